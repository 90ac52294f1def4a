using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Questions.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Questions;

public sealed class AttachmentModel : PlatformPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var file = await Mediator.Send(new GetQuestionAttachmentQuery(id));
        return File(file.Content, file.ContentType, file.FileName);
    }
}
