using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Reviews.Sessions;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Reviews;

/// <summary>A call's roadshow session: panel and draw record, for the department and supervisors.</summary>
public sealed class SessionModel : PlatformPageModel
{
    public ReviewSessionView? Session { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid solicitationId)
    {
        Session = await Mediator.Send(new GetReviewSessionQuery(solicitationId));
        return Session is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostReplaceAsync(Guid solicitationId, Guid sessionId, Guid expertId)
    {
        var (ok, _) = await TrySendAsync(new ReplaceDeclinedExpertCommand(sessionId, expertId));
        if (!ok)
        {
            Session = await Mediator.Send(new GetReviewSessionQuery(solicitationId));
            return Page();
        }
        StatusMessage = "已为不能参加的专家抽取替补，抽取过程已记录。";
        return RedirectToPage(new { solicitationId });
    }
}
