using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Inbox;

/// <summary>提醒设置 (/inbox/settings): per kind, e-mail as well, or the inbox only.</summary>
public sealed class SettingsModel : PlatformPageModel
{
    [BindProperty] public SaveMyNotificationPreferencesCommand Data { get; set; } = new();

    public IReadOnlyList<NotificationPreferenceRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await Mediator.Send(new GetMyNotificationPreferencesQuery());

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await TrySendAsync(Data);
        if (!ok)
        {
            Rows = await Mediator.Send(new GetMyNotificationPreferencesQuery());
            return Page();
        }
        StatusMessage = "提醒设置已保存。所有提醒都会出现在站内消息中，勾选的类型同时发送邮件。";
        return RedirectToPage();
    }
}
