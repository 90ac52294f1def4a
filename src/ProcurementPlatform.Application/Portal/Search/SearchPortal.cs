using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Portal.Search;

public enum SearchKind
{
    Calls = 0,
    Notices = 1,
    Projects = 2,
    Policies = 3,
}

public sealed record SearchHit(SearchKind Kind, Guid Id, string Title, string Snippet, string Meta, DateTime? At);

public sealed record SearchGroup(SearchKind Kind, int Total, IReadOnlyList<SearchHit> Hits);

public sealed record SearchResults(string Query, IReadOnlyList<string> Terms, SearchKind? Kind, IReadOnlyList<SearchGroup> Groups, int Page, int PageSize)
{
    public int Total => Groups.Sum(g => g.Total);
}

/// <summary>
/// 全站搜索 over what the public may read: published calls, award and evaluation notices, signed projects and published
/// policies. Chinese has no spaces between words, so each term is matched as a substring (LIKE); several terms separated by
/// spaces must all match. With no kind, each group shows its first hits; with a kind, that group is paged.
/// </summary>
public sealed record SearchPortalQuery(string? Query, SearchKind? Kind = null, int Page = 1) : IQuery<SearchResults>
{
    public const int MaxTerms = 5;
    public const int MaxLength = 50;
    public const int PerGroup = 5;
    public const int PageSize = 20;

    /// <summary>The terms of a query: split on spaces (half or full width), at most five, each at least one character.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        (query ?? "").Trim().Length == 0 ? [] :
        query!.Trim()[..Math.Min(query.Trim().Length, MaxLength)]
            .Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().Take(MaxTerms).ToList();
}

public sealed class SearchPortalQueryHandler(IApplicationDbContext db) : IQueryHandler<SearchPortalQuery, SearchResults>
{
    public async ValueTask<SearchResults> Handle(SearchPortalQuery query, CancellationToken cancellationToken)
    {
        var terms = SearchPortalQuery.Terms(query.Query);
        var page = Math.Max(1, query.Page);
        if (terms.Count == 0) return new SearchResults(query.Query ?? "", terms, query.Kind, [], 1, SearchPortalQuery.PageSize);
        var groups = new List<SearchGroup>();
        foreach (var kind in query.Kind is { } only ? [only] : Enum.GetValues<SearchKind>())
        {
            var (skip, take) = query.Kind is null ? (0, SearchPortalQuery.PerGroup) : ((page - 1) * SearchPortalQuery.PageSize, SearchPortalQuery.PageSize);
            groups.Add(kind switch
            {
                SearchKind.Calls => await CallsAsync(terms, skip, take, cancellationToken),
                SearchKind.Notices => await NoticesAsync(terms, skip, take, cancellationToken),
                SearchKind.Projects => await ProjectsAsync(terms, skip, take, cancellationToken),
                _ => await PoliciesAsync(terms, skip, take, cancellationToken),
            });
        }
        return new SearchResults(query.Query!.Trim(), terms, query.Kind, groups, page, SearchPortalQuery.PageSize);
    }

    /// <summary>Calls whose title, summary or target groups contain every term.</summary>
    public IQueryable<Solicitation> Calls(IReadOnlyList<string> terms) =>
        terms.Aggregate(db.Solicitations.AsNoTracking().Where(Solicitation.IsPublic),
            (q, t) => q.Where(s => s.Title.Contains(t) || s.Summary.Contains(t) || s.TargetGroups.Contains(t)));

    private async Task<SearchGroup> CallsAsync(IReadOnlyList<string> terms, int skip, int take, CancellationToken ct)
    {
        var calls = Calls(terms);
        var rows = await (from s in calls
                          join d in db.Departments on s.DepartmentId equals d.Id
                          orderby s.PublishedAt descending, s.Id
                          select new { s.Id, s.Title, s.Summary, s.Status, d.Name, s.PublishedAt, s.ServiceField }).Skip(skip).Take(take).ToListAsync(ct);
        return new SearchGroup(SearchKind.Calls, await calls.CountAsync(ct),
            rows.Select(r => new SearchHit(SearchKind.Calls, r.Id, r.Title, Snippet(r.Summary, terms), $"{r.Name} · {r.ServiceField.ToChinese()} · {r.Status.ToChinese()}", r.PublishedAt)).ToList());
    }

    /// <summary>Notices whose title, or one of whose projects or organisations, contains every term.</summary>
    public IQueryable<AwardNotice> Notices(IReadOnlyList<string> terms) =>
        terms.Aggregate(db.AwardNotices.AsNoTracking(),
            (q, t) => q.Where(n => n.Title.Contains(t) || n.Entries.Any(e => e.ProjectTitle.Contains(t) || e.OrganizationName.Contains(t))));

    private async Task<SearchGroup> NoticesAsync(IReadOnlyList<string> terms, int skip, int take, CancellationToken ct)
    {
        var notices = Notices(terms);
        var rows = await (from n in notices
                          join s in db.Solicitations on n.SolicitationId equals s.Id
                          join d in db.Departments on s.DepartmentId equals d.Id
                          orderby n.PublishedAt descending, n.Id
                          select new { n.Id, n.Title, n.Kind, n.Status, d.Name, n.PublishedAt, Entries = n.Entries.Select(e => e.ProjectTitle + "（" + e.OrganizationName + "）").ToList() })
            .Skip(skip).Take(take).ToListAsync(ct);
        return new SearchGroup(SearchKind.Notices, await notices.CountAsync(ct),
            rows.Select(r => new SearchHit(SearchKind.Notices, r.Id, r.Title, Snippet(string.Join("；", r.Entries), terms),
                $"{(r.Kind == NoticeKind.Award ? "立项公示" : "评估结果公示")} · {r.Name} · {(r.Status == AwardNoticeStatus.InPublicity ? "公示中" : "公示期满")}", r.PublishedAt)).ToList());
    }

    /// <summary>Signed projects whose title, community or organisation contains every term.</summary>
    public IQueryable<Project> Projects(IReadOnlyList<string> terms) =>
        terms.Aggregate(db.Projects.AsNoTracking().Where(p => p.SignedAt != null),
            (q, t) => q.Where(p => p.Title.Contains(t) || p.CommunityName!.Contains(t) || db.Organizations.Any(o => o.Id == p.OrganizationId && o.Name.Contains(t))));

    private async Task<SearchGroup> ProjectsAsync(IReadOnlyList<string> terms, int skip, int take, CancellationToken ct)
    {
        var projects = Projects(terms);
        var rows = await (from p in projects
                          join o in db.Organizations on p.OrganizationId equals o.Id
                          join d in db.Departments on p.DepartmentId equals d.Id
                          orderby p.SignedAt descending, p.Id
                          select new { p.Id, p.Title, p.CommunityName, Organization = o.Name, Department = d.Name, p.Status, p.SignedAt, p.ContractAmount }).Skip(skip).Take(take).ToListAsync(ct);
        return new SearchGroup(SearchKind.Projects, await projects.CountAsync(ct),
            rows.Select(r => new SearchHit(SearchKind.Projects, r.Id, r.Title, $"{r.Organization} · {r.CommunityName}",
                $"{r.Department} · 合同金额 {r.ContractAmount} · {r.Status.ToChinese()}", r.SignedAt)).ToList());
    }

    /// <summary>Published policies whose title, issuer, document number or body contains every term.</summary>
    public IQueryable<Policy> Policies(IReadOnlyList<string> terms) =>
        terms.Aggregate(db.Policies.AsNoTracking().Where(p => p.Status == PolicyStatus.Published),
            (q, t) => q.Where(p => p.Title.Contains(t) || p.Issuer.Contains(t) || (p.DocumentNumber != null && p.DocumentNumber.Contains(t)) || p.Body.Contains(t)));

    private async Task<SearchGroup> PoliciesAsync(IReadOnlyList<string> terms, int skip, int take, CancellationToken ct)
    {
        var policies = Policies(terms);
        var rows = await policies.OrderByDescending(p => p.IssuedOn).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.Issuer, p.DocumentNumber, p.Level, p.IssuedOn, p.PublishedAt, p.Body }).Skip(skip).Take(take).ToListAsync(ct);
        return new SearchGroup(SearchKind.Policies, await policies.CountAsync(ct),
            rows.Select(r => new SearchHit(SearchKind.Policies, r.Id, r.Title, Snippet(PlainText(r.Body), terms),
                $"{r.Issuer}{(r.DocumentNumber is null ? "" : " " + r.DocumentNumber)} · {r.Level.ToChinese()} · {r.IssuedOn:yyyy-MM-dd}", r.PublishedAt)).ToList());
    }

    /// <summary>About 80 characters of text around the first term found (or its beginning).</summary>
    public static string Snippet(string text, IReadOnlyList<string> terms, int length = 80)
    {
        text = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= length) return text;
        var at = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Clamp(at - length / 4, 0, text.Length - length);
        return (start > 0 ? "…" : "") + text.Substring(start, length) + (start + length < text.Length ? "…" : "");
    }

    /// <summary>Markdown reduced to its words for a snippet (markers dropped; the text is encoded when shown).</summary>
    private static string PlainText(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(markdown ?? "", @"[#>*_`\[\]\(\)|-]+", " ");
}
