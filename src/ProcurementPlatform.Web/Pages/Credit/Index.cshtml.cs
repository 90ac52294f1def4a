using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Credit;

/// <summary>The public red and black lists (/credit, /credit/red, /credit/black), current or history, searchable.</summary>
public sealed class IndexModel : PlatformPageModel
{
    /// <summary>The route segment: "red", "black" or none (both lists).</summary>
    [BindProperty(SupportsGet = true, Name = "list")] public string? ListSegment { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "history")] public bool History { get; set; }
    // "p", not "page": Razor Pages keeps "page" for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public CreditList? List { get; private set; }
    public PagedList<CreditListItem> Entries { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            if (ModelState["history"]?.Errors.Count > 0) History = false;
            if (ModelState["p"]?.Errors.Count > 0) PageNumber = 1;
        }
        List = ListSegment?.ToLowerInvariant() switch { "red" => CreditList.Red, "black" => CreditList.Black, _ => null };
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        Entries = await Mediator.Send(new ListCreditEntriesQuery(List, Search, History, PageNumber, 20));
    }

    public string Path(CreditList? list) => list switch { CreditList.Red => "/credit/red", CreditList.Black => "/credit/black", _ => "/credit" };

    public string TabUrl(CreditList? list, bool history)
    {
        var query = new List<string>();
        if (history) query.Add("history=true");
        if (Search is not null) query.Add("q=" + Uri.EscapeDataString(Search));
        return Path(list) + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (History) query.Add("history=true");
        if (Search is not null) query.Add("q=" + Uri.EscapeDataString(Search));
        query.Add("p=" + page);
        return Path(List) + "?" + string.Join("&", query);
    }
}
