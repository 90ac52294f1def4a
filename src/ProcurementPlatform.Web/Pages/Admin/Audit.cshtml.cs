using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Auditing;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Admin;

public sealed class AuditModel : PlatformPageModel
{
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionName { get; set; }
    [BindProperty(SupportsGet = true, Name = "outcome")] public AuditOutcome? Outcome { get; set; }
    [BindProperty(SupportsGet = true, Name = "from")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public DateOnly? To { get; set; }
    // "p", not "page": Razor Pages keeps "page" for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<AuditEntryItem> Entries { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid) { Outcome = null; From = null; To = null; PageNumber = 1; }
        // Dates are days in China Standard Time; "to" includes the whole day.
        DateTime? fromUtc = From is { } f ? ChinaTime.FromCst(f.ToDateTime(TimeOnly.MinValue)) : null;
        DateTime? toUtc = To is { } t ? ChinaTime.FromCst(t.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null;
        Entries = await Mediator.Send(new ListAuditEntriesQuery(UserName, ActionName, Outcome, fromUtc, toUtc, PageNumber));
    }

    public string PageUrl(int page) => Url.Page("/Admin/Audit", new { user = UserName, action = ActionName, outcome = Outcome, from = From, to = To, p = page })!;

    public static string OutcomeText(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "成功",
        AuditOutcome.Refused => "拒绝",
        _ => "失败",
    };
}
