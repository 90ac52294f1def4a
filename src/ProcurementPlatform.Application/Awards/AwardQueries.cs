using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Awards;

public sealed record NoticeListItem(Guid Id, string Title, string DepartmentName, DateTime PublishedAt, DateTime PublicityEndsAt, AwardNoticeStatus Status, int Projects,
    NoticeKind Kind = NoticeKind.Award);

/// <summary>
/// The public notice list, a page at a time, newest first: kind (立项 / 评估结果) and a keyword over the notice title, its
/// projects and organisations. Ordering and paging run in the database, so the list stays quick with thousands of notices.
/// </summary>
public sealed record ListPublicNoticesQuery(NoticeKind? Kind = null, string? Keyword = null, int Page = 1, int PageSize = 20) : IQuery<PagedList<NoticeListItem>>;

public sealed class ListPublicNoticesQueryHandler(IApplicationDbContext db) : IQueryHandler<ListPublicNoticesQuery, PagedList<NoticeListItem>>
{
    public const int MaxPageSize = 100;

    public async ValueTask<PagedList<NoticeListItem>> Handle(ListPublicNoticesQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var keyword = string.IsNullOrWhiteSpace(query.Keyword) ? null : query.Keyword.Trim();
        var total = await Filter(db, query.Kind, keyword).CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await Rows(db, query.Kind, keyword).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<NoticeListItem>(items, page, pageSize, total);
    }

    public static IQueryable<AwardNotice> Filter(IApplicationDbContext db, NoticeKind? kind, string? keyword)
    {
        var notices = db.AwardNotices.AsNoTracking();
        if (kind is { } k) notices = notices.Where(n => n.Kind == k);
        if (keyword is not null)
            notices = notices.Where(n => n.Title.Contains(keyword) || n.Entries.Any(e => e.ProjectTitle.Contains(keyword) || e.OrganizationName.Contains(keyword)));
        return notices;
    }

    /// <summary>The list rows, newest first, with the department's name and the number of projects, ready to page.</summary>
    public static IQueryable<NoticeListItem> Rows(IApplicationDbContext db, NoticeKind? kind, string? keyword) =>
        from n in Filter(db, kind, keyword)
        join s in db.Solicitations on n.SolicitationId equals s.Id
        join d in db.Departments on s.DepartmentId equals d.Id
        orderby n.PublishedAt descending, n.Id
        select new NoticeListItem(n.Id, n.Title, d.Name, n.PublishedAt, n.PublicityEndsAt, n.Status, n.Entries.Count(), n.Kind);
}

/// <summary>An objection as the public sees it: grounds, outcome and answer — never the contact.</summary>
public sealed record PublicObjection(Guid Id, Guid ApplicationId, string ProjectTitle, string Grounds, DateTime FiledAt, ObjectionStatus Status, string? Answer, DateTime? AnsweredAt, DateTime AnswerDueAt);

public sealed record NoticeView(Guid Id, Guid SolicitationId, Guid DepartmentId, string Title, string DepartmentName, DateTime PublishedAt, DateTime PublicityEndsAt, int WorkingDays,
    AwardNoticeStatus Status, bool InPublicity, IReadOnlyList<AwardNoticeEntry> Entries, IReadOnlyList<PublicObjection> Objections, IReadOnlyDictionary<Guid, ObjectionPrivate> Private,
    Guid? SupplementsNoticeId, IReadOnlyList<NoticeLink> Supplements, NoticeKind Kind = NoticeKind.Award);

public sealed record NoticeLink(Guid Id, string Title);

/// <summary>What only the notice's department sees of an objection: who to answer, and the evidence (which may identify the objector).</summary>
public sealed record ObjectionPrivate(string Contact, string? AttachmentName);

/// <summary>An award notice. Objection contacts are included only for the notice's own department.</summary>
public sealed record GetNoticeQuery(Guid NoticeId) : IQuery<NoticeView>;

public sealed class GetNoticeQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetNoticeQuery, NoticeView>
{
    public async ValueTask<NoticeView> Handle(GetNoticeQuery query, CancellationToken cancellationToken)
    {
        var found = await (from n in db.AwardNotices.AsNoTracking()
                           join s in db.Solicitations on n.SolicitationId equals s.Id
                           join d in db.Departments on s.DepartmentId equals d.Id
                           where n.Id == query.NoticeId
                           select new { n, s.DepartmentId, d.Name }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("未找到该公示。");
        var objections = await db.Objections.AsNoTracking().Where(o => o.NoticeId == query.NoticeId).ToListAsync(cancellationToken);
        var titles = found.n.Entries.ToDictionary(e => e.ApplicationId, e => e.ProjectTitle);
        var ownDepartment = user.IsInRole(Roles.DepartmentOfficer) && user.DepartmentId == found.DepartmentId;
        return new NoticeView(found.n.Id, found.n.SolicitationId, found.DepartmentId, found.n.Title, found.Name, found.n.PublishedAt, found.n.PublicityEndsAt, found.n.WorkingDays,
            found.n.Status, found.n.InPublicity(clock.GetUtcNow().UtcDateTime), found.n.Entries.OrderBy(e => e.Rank).ToList(),
            objections.OrderBy(o => o.FiledAt).Select(o => new PublicObjection(o.Id, o.ApplicationId, titles.GetValueOrDefault(o.ApplicationId, ""), o.Grounds, o.FiledAt, o.Status, o.Answer, o.AnsweredAt, o.AnswerDueAt)).ToList(),
            ownDepartment ? objections.ToDictionary(o => o.Id, o => new ObjectionPrivate(o.Contact, o.AttachmentName)) : new Dictionary<Guid, ObjectionPrivate>(),
            found.n.SupplementsNoticeId,
            await db.AwardNotices.AsNoTracking().Where(n => n.SupplementsNoticeId == found.n.Id).OrderBy(n => n.PublishedAt).Select(n => new NoticeLink(n.Id, n.Title)).ToListAsync(cancellationToken),
            found.n.Kind);
    }
}

/// <summary>An objection's attachment: for the notice's department and supervisors only (it may identify the objector).</summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record GetObjectionAttachmentQuery(Guid ObjectionId) : IQuery<FileDownload>;

public sealed class GetObjectionAttachmentQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetObjectionAttachmentQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetObjectionAttachmentQuery query, CancellationToken cancellationToken)
    {
        var found = await (from o in db.Objections.AsNoTracking()
                           join n in db.AwardNotices on o.NoticeId equals n.Id
                           join s in db.Solicitations on n.SolicitationId equals s.Id
                           join f in db.StoredFiles on o.AttachmentFileId equals f.Id
                           where o.Id == query.ObjectionId
                           select new { s.DepartmentId, f.FileName, f.ContentType, f.Content }).FirstOrDefaultAsync(cancellationToken);
        var visible = found is not null && (user.IsInRole(Roles.Supervisor) || (user.IsInRole(Roles.DepartmentOfficer) && found.DepartmentId == user.DepartmentId));
        if (!visible) throw new NotFoundException("未找到该附件。");
        return new FileDownload(found!.FileName, found.ContentType, found.Content);
    }
}

/// <summary>The notice made for a call, if any (for the department's pages).</summary>
public sealed record FindNoticeForCallQuery(Guid SolicitationId) : IQuery<Guid?>;

public sealed class FindNoticeForCallQueryHandler(IApplicationDbContext db) : IQueryHandler<FindNoticeForCallQuery, Guid?>
{
    public async ValueTask<Guid?> Handle(FindNoticeForCallQuery query, CancellationToken cancellationToken) =>
        await db.AwardNotices.Where(n => n.SolicitationId == query.SolicitationId && n.SupplementsNoticeId == null && n.Kind == NoticeKind.Award).Select(n => (Guid?)n.Id).FirstOrDefaultAsync(cancellationToken);
}

public sealed record DepartmentObjection(Guid Id, Guid NoticeId, string NoticeTitle, string ProjectTitle, string Grounds, DateTime FiledAt, DateTime AnswerDueAt, bool Overdue);

/// <summary>The department's to-do: objections to its notices still awaiting an answer, the most urgent first.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record ListDepartmentObjectionsQuery : IQuery<IReadOnlyList<DepartmentObjection>>;

public sealed class ListDepartmentObjectionsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListDepartmentObjectionsQuery, IReadOnlyList<DepartmentObjection>>
{
    public async ValueTask<IReadOnlyList<DepartmentObjection>> Handle(ListDepartmentObjectionsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await (from o in db.Objections.AsNoTracking()
                             join n in db.AwardNotices on o.NoticeId equals n.Id
                             join s in db.Solicitations on n.SolicitationId equals s.Id
                             where s.DepartmentId == user.DepartmentId && o.Status == ObjectionStatus.Pending
                             orderby o.AnswerDueAt
                             select new { o, n }).Take(500).ToListAsync(cancellationToken);
        return pending.Select(x => new DepartmentObjection(x.o.Id, x.n.Id, x.n.Title,
            x.n.Entries.FirstOrDefault(e => e.ApplicationId == x.o.ApplicationId)?.ProjectTitle ?? "", x.o.Grounds, x.o.FiledAt, x.o.AnswerDueAt, x.o.AnswerDueAt <= now)).ToList();
    }
}
