using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Credit;

public sealed record CreditListItem(Guid Id, string OrganizationName, string CreditCode, CreditList List, string Grounds, DateOnly? ListedOn, DateOnly? ExpiresOn,
    DateOnly? ReviewOn, string? DepartmentName, CreditEntryStatus Status, CreditRemoval? Removal, DateTime? RemovedAt);

/// <summary>
/// The public lists: entries on the red or black list now (or, with <c>History</c>, those removed after having been
/// published), searchable by organisation name or unified social credit code.
/// </summary>
public sealed record ListCreditEntriesQuery(CreditList? List = null, string? Search = null, bool History = false, int Page = 1, int PageSize = 20) : IQuery<PagedList<CreditListItem>>;

public sealed class ListCreditEntriesQueryHandler(IApplicationDbContext db) : IQueryHandler<ListCreditEntriesQuery, PagedList<CreditListItem>>
{
    public async ValueTask<PagedList<CreditListItem>> Handle(ListCreditEntriesQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 100);
        var rows = Filter(db, query);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(x => query.History ? x.Entry.RemovedAt : (DateTime?)x.Entry.DecidedAt).ThenBy(x => x.Entry.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedList<CreditListItem>(items.Select(x => new CreditListItem(x.Entry.Id, x.Name, x.Code, x.Entry.List,
            x.Entry.GroundsText(), x.Entry.ListedOn, x.Entry.ExpiresOn, x.Entry.ReviewOn, x.Department,
            x.Entry.Status, x.Entry.Removal, x.Entry.RemovedAt)).ToList(), page, size, total);
    }

    public sealed class Row
    {
        public required CreditEntry Entry { get; init; }
        public required string Name { get; init; }
        public required string Code { get; init; }
        public string? Department { get; init; }
    }

    /// <summary>The list's query (public for the SQL Server translation test).</summary>
    public static IQueryable<Row> Filter(IApplicationDbContext db, ListCreditEntriesQuery query)
    {
        var entries = query.History
            ? db.CreditEntries.AsNoTracking().Where(e => e.Status == CreditEntryStatus.Removed && e.ListedOn != null)
            : db.CreditEntries.AsNoTracking().Where(e => e.Status == CreditEntryStatus.Listed);
        if (query.List is { } list) entries = entries.Where(e => e.List == list);
        var rows = from e in entries
                   join o in db.Organizations on e.OrganizationId equals o.Id
                   join d in db.Departments on e.DepartmentId equals d.Id into ds
                   from d in ds.DefaultIfEmpty()
                   select new Row { Entry = e, Name = o.Name, Code = o.CreditCode, Department = d.Name };
        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            var upper = search.ToUpperInvariant();
            rows = rows.Where(r => r.Name.Contains(search) || r.Code == upper);
        }
        return rows;
    }
}

public sealed record CreditRecordView(Guid EventId, CreditGround Ground, string RuleCode, string RuleTitle, string LegalBasis, DateOnly OccurredOn, DateOnly? EndsOn,
    string? RecordingDepartment, string Description, IReadOnlyList<CreditEvidence> Evidence);

public sealed record CreditRequestView(Guid Id, CreditRequestKind Kind, string Statement, DateTime FiledAt, DateTime DueAt, CreditRequestStatus Status, string? Answer, DateTime? AnsweredAt,
    IReadOnlyList<CreditEvidence> Evidence);

public sealed record CreditEntryView(Guid Id, Guid OrganizationId, string OrganizationName, string CreditCode, CreditList List, CreditEntryStatus Status, DateTime ProposedAt,
    DateTime? DecidedAt, string? DecidedBy, string? DepartmentName, DateOnly? ListedOn, DateOnly? ExpiresOn, DateOnly? ReviewOn, CreditRemoval? Removal, DateTime? RemovedAt,
    string? RemovalNote, string? RejectionReason, IReadOnlyList<CreditRecordView> Records, IReadOnlyList<CreditRequestView> Requests,
    bool CanDecide, bool IsOwnOrganization, bool ShowPrivate, DateOnly? RepairFrom, bool HasPendingRequest);

/// <summary>
/// One entry with its grounds, the rules and legal basis, and the evidence records. Published or formerly published
/// entries are public (descriptions only); proposals, rejections, attachments, appeals and repairs are for the
/// organisation itself, the deciding department and Supervisors.
/// </summary>
public sealed record GetCreditEntryQuery(Guid EntryId) : IQuery<CreditEntryView>;

public sealed class GetCreditEntryQueryHandler(IApplicationDbContext db, ICurrentUser user, IOptions<CreditOptions> options) : IQueryHandler<GetCreditEntryQuery, CreditEntryView>
{
    public async ValueTask<CreditEntryView> Handle(GetCreditEntryQuery query, CancellationToken cancellationToken)
    {
        var entry = await db.CreditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == query.EntryId, cancellationToken) ?? throw new NotFoundException("未找到该条目。");
        var own = user.IsInRole(Roles.OrganizationUser) && user.OrganizationId == entry.OrganizationId;
        var deciding = user.IsInRole(Roles.DepartmentOfficer) && entry.DepartmentId is not null && user.DepartmentId == entry.DepartmentId;
        var privileged = own || deciding || user.IsInRole(Roles.Supervisor);
        if (entry.ListedOn is null && !privileged) throw new NotFoundException("未找到该条目。");

        var organization = await db.Organizations.Where(o => o.Id == entry.OrganizationId).Select(o => new { o.Name, o.CreditCode }).FirstAsync(cancellationToken);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var eventIds = entry.Grounds.Select(g => g.EventId).ToList();
        var events = await db.CreditEvents.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var rules = options.Value.EffectiveRules().ToDictionary(r => r.Code);
        var records = entry.Grounds.OrderByDescending(g => g.OccurredOn).Select(g =>
        {
            var e = events.GetValueOrDefault(g.EventId);
            var rule = rules.GetValueOrDefault(g.RuleCode);
            return new CreditRecordView(g.EventId, g.Ground, g.RuleCode, rule?.Title ?? g.RuleCode, rule?.LegalBasis ?? "", g.OccurredOn, g.EndsOn,
                e?.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, e?.Description ?? "", privileged ? e?.Evidence.ToList() ?? [] : []);
        }).ToList();
        var requests = privileged
            ? await db.CreditRequests.AsNoTracking().Where(r => r.EntryId == entry.Id).OrderByDescending(r => r.FiledAt)
                .Select(r => new CreditRequestView(r.Id, r.Kind, r.Statement, r.FiledAt, r.DueAt, r.Status, r.Answer, r.AnsweredAt, r.Evidence.ToList())).ToListAsync(cancellationToken)
            : [];
        var repairFrom = entry.RepairAllowedFrom(rules);
        return new CreditEntryView(entry.Id, entry.OrganizationId, organization.Name, organization.CreditCode, entry.List, entry.Status, entry.ProposedAt, entry.DecidedAt,
            entry.DecidedBy, entry.DepartmentId is { } dep ? departments.GetValueOrDefault(dep) : null, entry.ListedOn, entry.ExpiresOn, entry.ReviewOn, entry.Removal, entry.RemovedAt,
            entry.RemovalNote, privileged ? entry.RejectionReason : null, records, requests, deciding, own, privileged, repairFrom,
            requests.Any(r => r.Status == CreditRequestStatus.Pending));
    }
}

/// <summary>A file behind an entry (event evidence or request attachment), for the organisation, the deciding department and Supervisors.</summary>
[Authorize(Roles.OrganizationUser, Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record GetCreditFileQuery(Guid EntryId, Guid FileId) : IQuery<FileDownload>;

public sealed class GetCreditFileQueryHandler(IApplicationDbContext db, ISender sender) : IQueryHandler<GetCreditFileQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetCreditFileQuery query, CancellationToken cancellationToken)
    {
        var view = await sender.Send(new GetCreditEntryQuery(query.EntryId), cancellationToken);
        var files = view.Records.SelectMany(r => r.Evidence).Concat(view.Requests.SelectMany(r => r.Evidence));
        if (!view.ShowPrivate || files.All(f => f.FileId != query.FileId)) throw new NotFoundException("未找到该文件。");
        var file = await db.StoredFiles.AsNoTracking().FirstAsync(f => f.Id == query.FileId, cancellationToken);
        return new FileDownload(file.FileName, file.ContentType, file.Content);
    }
}

public sealed record CreditDeskItem(Guid EntryId, string OrganizationName, string CreditCode, CreditList List, CreditEntryStatus Status, string Grounds, DateTime ProposedAt,
    Guid? RequestId, CreditRequestKind? RequestKind, DateTime? RequestDueAt);

/// <summary>
/// The credit desk: proposals awaiting the department's confirmation and appeals/repairs awaiting its answer
/// (a Supervisor sees every department's).
/// </summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record ListCreditDeskQuery : IQuery<IReadOnlyList<CreditDeskItem>>;

public sealed class ListCreditDeskQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListCreditDeskQuery, IReadOnlyList<CreditDeskItem>>
{
    public async ValueTask<IReadOnlyList<CreditDeskItem>> Handle(ListCreditDeskQuery query, CancellationToken cancellationToken)
    {
        var entries = db.CreditEntries.AsNoTracking();
        if (!user.IsInRole(Roles.Supervisor)) entries = entries.Where(e => e.DepartmentId == user.DepartmentId);
        var proposals = await (from e in entries
                               join o in db.Organizations on e.OrganizationId equals o.Id
                               where e.Status == CreditEntryStatus.Proposed
                               orderby e.ProposedAt
                               select new { e, o.Name, o.CreditCode }).Take(500).ToListAsync(cancellationToken);
        var requests = await (from r in db.CreditRequests.AsNoTracking()
                              join e in entries on r.EntryId equals e.Id
                              join o in db.Organizations on e.OrganizationId equals o.Id
                              where r.Status == CreditRequestStatus.Pending
                              orderby r.DueAt
                              select new { r, e, o.Name, o.CreditCode }).Take(500).ToListAsync(cancellationToken);
        return [.. requests.Select(x => new CreditDeskItem(x.e.Id, x.Name, x.CreditCode, x.e.List, x.e.Status, x.e.GroundsText(), x.e.ProposedAt, x.r.Id, x.r.Kind, x.r.DueAt)),
                .. proposals.Select(x => new CreditDeskItem(x.e.Id, x.Name, x.CreditCode, x.e.List, x.e.Status, x.e.GroundsText(), x.e.ProposedAt, null, null, null))];
    }
}

/// <summary>The signed-in organisation's standing: its entries now and in history (proposals included, so nothing comes as a surprise).</summary>
[Authorize(Roles.OrganizationUser)]
public sealed record GetMyCreditStandingQuery : IQuery<IReadOnlyList<CreditListItem>>;

public sealed class GetMyCreditStandingQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyCreditStandingQuery, IReadOnlyList<CreditListItem>>
{
    public async ValueTask<IReadOnlyList<CreditListItem>> Handle(GetMyCreditStandingQuery query, CancellationToken cancellationToken)
    {
        var rows = await (from e in db.CreditEntries.AsNoTracking()
                          join o in db.Organizations on e.OrganizationId equals o.Id
                          join d in db.Departments on e.DepartmentId equals d.Id into ds
                          from d in ds.DefaultIfEmpty()
                          where e.OrganizationId == user.OrganizationId && e.Status != CreditEntryStatus.Rejected
                          orderby e.Status, e.ProposedAt descending
                          select new { e, o.Name, o.CreditCode, Department = d.Name }).ToListAsync(cancellationToken);
        return rows.Select(x => new CreditListItem(x.e.Id, x.Name, x.CreditCode, x.e.List, x.e.GroundsText(),
            x.e.ListedOn, x.e.ExpiresOn, x.e.ReviewOn, x.Department, x.e.Status, x.e.Removal, x.e.RemovedAt)).ToList();
    }
}
