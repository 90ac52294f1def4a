using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Alerts;

/// <summary>
/// One-click unsubscribe: opening the link in any alert mail unsubscribes at once (idempotent; no sign-in, no button). A
/// scanner opening it unsubscribes too — the safe side for mail the person may not want.
/// </summary>
public sealed class UnsubscribeModel : PlatformPageModel
{
    public AlertSubscriptionView? Subscription { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        try
        {
            Subscription = await Mediator.Send(new UnsubscribeAlertsCommand(token), HttpContext.RequestAborted);
        }
        catch (NotFoundException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
