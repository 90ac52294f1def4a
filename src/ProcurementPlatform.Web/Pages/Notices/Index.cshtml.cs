using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Notices;

public sealed class IndexModel : PlatformPageModel
{
    public PagedList<NoticeListItem> Notices { get; private set; } = null!;

    // "p", not "page": Razor Pages keeps "page" for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>The kind filter from the query string: "award", "evaluation", or nothing for every notice.</summary>
    public string? Kind { get; private set; }

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
        Notices = await Mediator.Send(new ListNoticesPageQuery(filter, PageNumber));
    }

    public string PageUrl(int page) => Url.Page("/Notices/Index", new { kind = Kind, p = page })!;
}
