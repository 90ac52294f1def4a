using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Duplicates;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Duplicates;

/// <summary>重复申报核查 (/duplicates): pairs the engine flagged for the officer's own calls (Supervisors: all), open ones first.</summary>
public sealed class IndexModel : PlatformPageModel
{
    /// <summary>open (default), confirmed, dismissed or all.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public IReadOnlyList<DuplicateFlagRow> Flags { get; private set; } = [];

    public static readonly (string Key, string Label)[] Tabs = [("open", "待核查"), ("confirmed", "已认定"), ("dismissed", "已排除"), ("all", "全部")];

    public string Current => Tabs.Any(t => t.Key == Status) ? Status! : "open";

    public async Task OnGetAsync()
    {
        DuplicateFlagStatus? status = Current switch
        {
            "confirmed" => DuplicateFlagStatus.Confirmed,
            "dismissed" => DuplicateFlagStatus.Dismissed,
            "all" => null,
            _ => DuplicateFlagStatus.Open,
        };
        Flags = await Mediator.Send(new ListDuplicateFlagsQuery(status));
    }
}
