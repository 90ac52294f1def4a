using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Policies.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Policies;

public sealed class AttachmentModel : PlatformPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, int attachmentId)
    {
        var file = await Mediator.Send(new GetPolicyAttachmentQuery(id, attachmentId));
        return File(file.Content, file.ContentType, file.FileName);
    }
}
