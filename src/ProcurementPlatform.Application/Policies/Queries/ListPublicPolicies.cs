using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.Application.Policies.Queries;

/// <summary>The public list of policies (published only; withdrawn and drafts are not listed), searched, filtered and paged; newest first.</summary>
public sealed record ListPublicPoliciesQuery(
    string? Keyword = null, PolicyLevel? Level = null, string? Issuer = null, int? Year = null, int Page = 1, int PageSize = 10)
    : IQuery<PagedList<PolicyListItem>>;

public sealed class ListPublicPoliciesQueryHandler(IApplicationDbContext db) : IQueryHandler<ListPublicPoliciesQuery, PagedList<PolicyListItem>>
{
    public const int MaxPageSize = 50;

    public async ValueTask<PagedList<PolicyListItem>> Handle(ListPublicPoliciesQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var filtered = Filter(db, query);
        var total = await filtered.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await Ordered(filtered)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(p => new PolicyListItem(p.Id, p.Title, p.Issuer, p.DocumentNumber, p.IssuedOn, p.Level, p.PublishedAt))
            .ToListAsync(cancellationToken);
        return new PagedList<PolicyListItem>(items, page, pageSize, total);
    }

    /// <summary>The filter, exposed so tests can check its SQL Server translation.</summary>
    public static IQueryable<Policy> Filter(IApplicationDbContext db, ListPublicPoliciesQuery query)
    {
        var policies = db.Policies.AsNoTracking().Where(p => p.Status == PolicyStatus.Published);
        if (query.Level is { } level) policies = policies.Where(p => p.Level == level);
        if (!string.IsNullOrWhiteSpace(query.Issuer))
        {
            var issuer = query.Issuer.Trim();
            policies = policies.Where(p => p.Issuer == issuer);
        }
        if (query.Year is { } year and >= 1949 and <= 9998)
        {
            // A range on the column (not .Year) so the index on IssuedOn can serve it on both providers.
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year + 1, 1, 1);
            policies = policies.Where(p => p.IssuedOn >= from && p.IssuedOn < to);
        }
        if (!string.IsNullOrWhiteSpace(query.Keyword))
        {
            var keyword = query.Keyword.Trim();
            policies = policies.Where(p => p.Title.Contains(keyword) || p.Issuer.Contains(keyword)
                || (p.DocumentNumber != null && p.DocumentNumber.Contains(keyword)) || p.Body.Contains(keyword));
        }
        return policies;
    }

    public static IOrderedQueryable<Policy> Ordered(IQueryable<Policy> policies) =>
        policies.OrderByDescending(p => p.IssuedOn).ThenByDescending(p => p.PublishedAt).ThenBy(p => p.Id);
}

public sealed record PolicyFilterChoices(IReadOnlyList<string> Issuers, IReadOnlyList<int> Years);

/// <summary>The issuers and years the public list can be narrowed to (from published entries only).</summary>
public sealed record GetPolicyFilterChoicesQuery : IQuery<PolicyFilterChoices>;

public sealed class GetPolicyFilterChoicesQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPolicyFilterChoicesQuery, PolicyFilterChoices>
{
    public async ValueTask<PolicyFilterChoices> Handle(GetPolicyFilterChoicesQuery query, CancellationToken cancellationToken)
    {
        var published = db.Policies.AsNoTracking().Where(p => p.Status == PolicyStatus.Published);
        var issuers = await published.Select(p => p.Issuer).Distinct().ToListAsync(cancellationToken);
        var dates = await published.Select(p => p.IssuedOn).Distinct().ToListAsync(cancellationToken);
        return new PolicyFilterChoices(
            issuers.Order(StringComparer.Ordinal).ToList(),
            dates.Select(d => d.Year).Distinct().OrderDescending().ToList());
    }
}
