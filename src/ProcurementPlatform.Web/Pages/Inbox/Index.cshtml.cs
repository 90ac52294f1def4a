using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Inbox;

/// <summary>消息提醒 (/inbox): the signed-in user's notifications; opening one marks it read and goes to what it is about.</summary>
public sealed class IndexModel : PlatformPageModel
{
    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<InboxItem> Items { get; private set; } = new([], 1, ListMyNotificationsQuery.PageSize, 0);

    public async Task OnGetAsync() => Items = await Mediator.Send(new ListMyNotificationsQuery(Unread, PageNumber));

    public async Task<IActionResult> OnPostOpenAsync(Guid id) => LocalRedirect(await Mediator.Send(new OpenNotificationCommand(id)));

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        await Mediator.Send(new MarkNotificationReadCommand(id));
        return RedirectToPage(new { Unread, p = PageNumber });
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var count = await Mediator.Send(new MarkAllNotificationsReadCommand());
        StatusMessage = count > 0 ? $"已将 {count} 条消息标为已读。" : "没有未读消息。";
        return RedirectToPage(new { Unread });
    }
}
