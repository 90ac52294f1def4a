using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Auditing;

public sealed record AuditEntryItem(long Id, DateTime At, string UserName, string Action, string? EntityType, string? EntityId, AuditOutcome Outcome, string? Detail, string? IpAddress);

/// <summary>The audit trail, newest first, for the audit administrator and supervisors (read only).</summary>
[Authorize(Roles.AuditAdmin, Roles.Supervisor)]
public sealed record ListAuditEntriesQuery(string? UserName = null, string? Action = null, AuditOutcome? Outcome = null, DateTime? FromUtc = null, DateTime? ToUtc = null, int Page = 1, int PageSize = 50)
    : IQuery<PagedList<AuditEntryItem>>;

public sealed class ListAuditEntriesQueryHandler(IApplicationDbContext db) : IQueryHandler<ListAuditEntriesQuery, PagedList<AuditEntryItem>>
{
    public async ValueTask<PagedList<AuditEntryItem>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = Filter(db, query);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var total = await entries.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditEntryItem(e.Id, e.At, e.UserName, e.Action, e.EntityType, e.EntityId, e.Outcome, e.Detail, e.IpAddress))
            .ToListAsync(cancellationToken);
        return new PagedList<AuditEntryItem>(items, page, pageSize, total);
    }

    public static IQueryable<AuditEntry> Filter(IApplicationDbContext db, ListAuditEntriesQuery query)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserName)) entries = entries.Where(e => e.UserName.Contains(query.UserName.Trim()));
        if (!string.IsNullOrWhiteSpace(query.Action)) entries = entries.Where(e => e.Action.Contains(query.Action.Trim()));
        if (query.Outcome is { } outcome) entries = entries.Where(e => e.Outcome == outcome);
        if (query.FromUtc is { } from) entries = entries.Where(e => e.At >= from);
        if (query.ToUtc is { } to) entries = entries.Where(e => e.At < to);
        return entries;
    }
}
