using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Alerts;

/// <summary>
/// The link in the confirmation mail. Opening it only shows a button: mail scanners open links in mails, so a GET must
/// not confirm — only the person pressing the button does.
/// </summary>
public sealed class ConfirmModel : PlatformPageModel
{
    public AlertSubscriptionView? Subscription { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token) => await LoadAsync(() => Mediator.Send(new GetAlertSubscriptionQuery(token)));

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var page = await OnGetAsync(token);
        if (Subscription is null) return page;
        var (ok, _) = await TrySendAsync(new ConfirmAlertSubscriptionCommand(token), "Confirm");
        if (!ok) return await OnGetAsync(token);
        return RedirectToPage(new { token });
    }

    private async Task<IActionResult> LoadAsync(Func<ValueTask<AlertSubscriptionView>> load)
    {
        try
        {
            Subscription = await load();
        }
        catch (NotFoundException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
