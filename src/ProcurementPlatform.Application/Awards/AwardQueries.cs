using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Awards;

public sealed record NoticeListItem(Guid Id, string Title, string DepartmentName, DateTime PublishedAt, DateTime PublicityEndsAt, AwardNoticeStatus Status, int Projects);

public sealed record ListNoticesQuery : IQuery<IReadOnlyList<NoticeListItem>>;

public sealed class ListNoticesQueryHandler(IApplicationDbContext db) : IQueryHandler<ListNoticesQuery, IReadOnlyList<NoticeListItem>>
{
    public async ValueTask<IReadOnlyList<NoticeListItem>> Handle(ListNoticesQuery query, CancellationToken cancellationToken) =>
        (await (from n in db.AwardNotices.AsNoTracking()
                join s in db.Solicitations on n.SolicitationId equals s.Id
                join d in db.Departments on s.DepartmentId equals d.Id
                select new { n, d.Name }).ToListAsync(cancellationToken))
        .OrderByDescending(x => x.n.PublishedAt)
        .Select(x => new NoticeListItem(x.n.Id, x.n.Title, x.Name, x.n.PublishedAt, x.n.PublicityEndsAt, x.n.Status, x.n.Entries.Count)).ToList();
}

/// <summary>An objection as the public sees it: grounds, outcome and answer — never the contact.</summary>
public sealed record PublicObjection(Guid Id, Guid ApplicationId, string ProjectTitle, string Grounds, DateTime FiledAt, ObjectionStatus Status, string? Answer, DateTime? AnsweredAt, DateTime AnswerDueAt);

public sealed record NoticeView(Guid Id, Guid SolicitationId, Guid DepartmentId, string Title, string DepartmentName, DateTime PublishedAt, DateTime PublicityEndsAt, int WorkingDays,
    AwardNoticeStatus Status, bool InPublicity, IReadOnlyList<AwardNoticeEntry> Entries, IReadOnlyList<PublicObjection> Objections, IReadOnlyDictionary<Guid, string> Contacts);

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
            ownDepartment ? objections.ToDictionary(o => o.Id, o => o.Contact) : new Dictionary<Guid, string>());
    }
}

/// <summary>The notice made for a call, if any (for the department's pages).</summary>
public sealed record FindNoticeForCallQuery(Guid SolicitationId) : IQuery<Guid?>;

public sealed class FindNoticeForCallQueryHandler(IApplicationDbContext db) : IQueryHandler<FindNoticeForCallQuery, Guid?>
{
    public async ValueTask<Guid?> Handle(FindNoticeForCallQuery query, CancellationToken cancellationToken) =>
        await db.AwardNotices.Where(n => n.SolicitationId == query.SolicitationId).Select(n => (Guid?)n.Id).FirstOrDefaultAsync(cancellationToken);
}
