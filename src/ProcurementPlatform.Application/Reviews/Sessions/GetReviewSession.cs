using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Reviews.Sessions;

public sealed record SessionExpert(Guid ExpertId, string Name, string Employer, PanelMemberStatus Status);

public sealed record SessionApplicationItem(Guid ApplicationId, string Title, string OrganizationName);

public sealed record DrawView(DateTime At, string Purpose, long Seed, int Size, string Field, DateOnly AsOf, IReadOnlyList<string> Candidates,
    IReadOnlyList<Exclusion> Excluded, IReadOnlyList<string> Drawn, bool Replays);

public sealed record ReviewSessionView(Guid SessionId, Guid SolicitationId, string SolicitationTitle, DateTime ScheduledAt, string Venue, int PanelSize,
    ReviewSessionStatus Status, IReadOnlyList<SessionApplicationItem> Applications, IReadOnlyList<SessionExpert> Members, IReadOnlyList<DrawView> Draws);

/// <summary>
/// A call's roadshow session with its panel and the full draw record — for the call's department and
/// for supervisors, who can see that each recorded draw replays to the same panel.
/// </summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record GetReviewSessionQuery(Guid SolicitationId) : IQuery<ReviewSessionView?>;

public sealed class GetReviewSessionQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetReviewSessionQuery, ReviewSessionView?>
{
    public async ValueTask<ReviewSessionView?> Handle(GetReviewSessionQuery query, CancellationToken cancellationToken)
    {
        var call = await db.Solicitations.AsNoTracking().Where(s => s.Id == query.SolicitationId).Select(s => new { s.Title, s.DepartmentId }).FirstOrDefaultAsync(cancellationToken);
        if (call is null || (!user.IsInRole(Roles.Supervisor) && call.DepartmentId != user.DepartmentId))
            throw new NotFoundException("未找到该项目征集，或它不属于您所在的部门。");
        var session = await db.ReviewSessions.AsNoTracking().FirstOrDefaultAsync(s => s.SolicitationId == query.SolicitationId, cancellationToken);
        if (session is null) return null;

        var experts = await db.Experts.AsNoTracking().Select(e => new { e.Id, e.Name, e.Employer }).ToDictionaryAsync(e => e.Id, cancellationToken);
        string NameOf(Guid id) => experts.TryGetValue(id, out var e) ? e.Name : "（已删除）";
        var applicationIds = session.Applications.Select(a => a.ApplicationId).ToList();
        var applications = await (from a in db.Applications.AsNoTracking()
                                  join o in db.Organizations on a.OrganizationId equals o.Id
                                  where applicationIds.Contains(a.Id)
                                  select new SessionApplicationItem(a.Id, a.Title, o.Name)).ToListAsync(cancellationToken);
        return new ReviewSessionView(session.Id, session.SolicitationId, call.Title, session.ScheduledAt, session.Venue, session.PanelSize, session.Status,
            applications,
            session.Members.Select(m => new SessionExpert(m.ExpertId, NameOf(m.ExpertId), experts.TryGetValue(m.ExpertId, out var e) ? e.Employer : "", m.Status)).ToList(),
            session.Draws.OrderBy(d => d.At).Select(d => new DrawView(d.At, d.Purpose, d.Seed, d.Size, d.Field, d.AsOf,
                d.CandidateIds.Select(NameOf).ToList(), d.Exclusions, d.DrawnIds.Select(NameOf).ToList(),
                PanelDraw.Replays(d.CandidateIds.Except(d.AlreadyOnPanelIds).ToList(), d.Exclusions.Select(x => x.ExpertId), d.Seed, d.Size, d.DrawnIds))).ToList());
    }
}
