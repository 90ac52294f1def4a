using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Calls;

public sealed class AttachmentModel : PlatformPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, int attachmentId)
    {
        var file = await Mediator.Send(new GetSolicitationAttachmentQuery(id, attachmentId));
        return File(file.Content, file.ContentType, file.FileName);
    }
}
