using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Alerts;

/// <summary>订阅新征集提醒 (/alerts): anyone, by e-mail, for chosen service fields and/or departments; confirmed by the link in the mail.</summary>
[EnableRateLimiting(RateLimits.AlertSubscriptions)]
public sealed class IndexModel : PlatformPageModel
{
    public AlertFormView Form { get; private set; } = null!;

    [BindProperty] public SubscribeToAlertsCommand Subscription { get; set; } = new();

    public async Task OnGetAsync() => Form = await Mediator.Send(new GetAlertFormQuery());

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Subscription, nameof(Subscription));
        if (!ok)
        {
            Form = await Mediator.Send(new GetAlertFormQuery());
            return Page();
        }
        StatusMessage = $"确认邮件已发送至 {Subscription.Email!.Trim()}，请点击邮件中的链接完成订阅。如几分钟内未收到，请查看垃圾邮件文件夹。";
        return RedirectToPage();
    }
}
