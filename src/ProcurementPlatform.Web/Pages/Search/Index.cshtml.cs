using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Portal.Search;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Search;

/// <summary>全站搜索: calls, notices, projects and policies in one place.</summary>
public sealed class IndexModel : PlatformPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public SearchKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public SearchResults Results { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            if (ModelState["kind"]?.Errors.Count > 0) Kind = null;
            if (ModelState["p"]?.Errors.Count > 0) PageNumber = 1;
        }
        Results = await Mediator.Send(new SearchPortalQuery(Query, Kind, PageNumber));
    }

    public static string Label(SearchKind kind) => kind switch
    {
        SearchKind.Calls => "项目征集",
        SearchKind.Notices => "公示公告",
        SearchKind.Projects => "服务项目",
        _ => "政策法规",
    };

    public static string Link(SearchHit hit) => hit.Kind switch
    {
        SearchKind.Calls => $"/calls/{hit.Id}",
        SearchKind.Notices => $"/notices/{hit.Id}",
        SearchKind.Projects => $"/projects/{hit.Id}",
        _ => $"/policies/{hit.Id}",
    };

    public string SearchUrl(SearchKind? kind, int page = 1) =>
        $"/search?q={Uri.EscapeDataString(Results.Query)}{(kind is null ? "" : $"&kind={kind}")}{(page > 1 ? $"&p={page}" : "")}";

    /// <summary>The text with every match wrapped in &lt;mark&gt;; the text itself is HTML-encoded (only the marks are markup).</summary>
    public IHtmlContent Highlight(string text)
    {
        var html = new HtmlContentBuilder();
        foreach (var (segment, match) in Marked(text))
        {
            if (match) html.AppendHtml("<mark>").Append(segment).AppendHtml("</mark>");
            else html.Append(segment);
        }
        return html;
    }

    /// <summary>Splits text into (segment, isMatch) pieces.</summary>
    public IEnumerable<(string Text, bool Match)> Marked(string text)
    {
        var terms = Results.Terms.Where(t => t.Length > 0).ToList();
        var i = 0;
        while (i < text.Length)
        {
            var next = terms.Select(t => (t, at: text.IndexOf(t, i, StringComparison.OrdinalIgnoreCase))).Where(x => x.at >= 0)
                .OrderBy(x => x.at).ThenByDescending(x => x.t.Length).FirstOrDefault();
            if (next.t is null) { yield return (text[i..], false); yield break; }
            if (next.at > i) yield return (text[i..next.at], false);
            yield return (text.Substring(next.at, next.t.Length), true);
            i = next.at + next.t.Length;
        }
    }
}
