using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Notices;

public sealed class IndexModel : PlatformPageModel
{
    public PagedList<NoticeListItem> Notices { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    // "p", not "page": Razor Pages keeps "page" for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>The kind filter from the query string: "award", "evaluation", or nothing for every notice.</summary>
    public string? Kind { get; private set; }

    public string PageUrl(int page) => "/notices?" + string.Join("&", new[]
    {
        Kind is null ? null : "kind=" + Kind,
        Search is null ? null : "q=" + Uri.EscapeDataString(Search),
        "p=" + page,
    }.Where(x => x is not null));

    public async Task OnGetAsync(string? kind)
    {
        NoticeKind? filter = kind?.ToLowerInvariant() switch
        {
            "award" => NoticeKind.Award,
            "evaluation" => NoticeKind.Evaluation,
            _ => null,
        };
        Kind = filter?.ToString().ToLowerInvariant();
        if (ModelState["p"]?.Errors.Count > 0) PageNumber = 1;
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        Notices = await Mediator.Send(new ListPublicNoticesQuery(filter, Search, PageNumber));
    }
}
