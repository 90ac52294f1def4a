using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.Queries;

public sealed record DepartmentSolicitationItem(SolicitationListItem Call, int SubmittedApplications);

/// <summary>All calls of the officer's own department, drafts included.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record ListDepartmentSolicitationsQuery : IQuery<IReadOnlyList<DepartmentSolicitationItem>>;

public sealed class ListDepartmentSolicitationsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListDepartmentSolicitationsQuery, IReadOnlyList<DepartmentSolicitationItem>>
{
    public async ValueTask<IReadOnlyList<DepartmentSolicitationItem>> Handle(ListDepartmentSolicitationsQuery query, CancellationToken cancellationToken)
    {
        var own = db.Solicitations.AsNoTracking().Where(s => s.DepartmentId == user.DepartmentId);
        var calls = await ListPublicSolicitationsQueryHandler.WithDepartment(db, own)
            .OrderByDescending(x => x.Call.CreatedAt)
            .Select(ListPublicSolicitationsQueryHandler.ToListItem)
            .ToListAsync(cancellationToken);
        var ids = calls.Select(c => c.Id).ToList();
        var counts = await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.SolicitationId) && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
            .GroupBy(a => a.SolicitationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return calls.Select(c => new DepartmentSolicitationItem(c, counts.GetValueOrDefault(c.Id))).ToList();
    }
}

public sealed record ReceivedApplicationItem(Guid Id, string Title, string OrganizationName, string CreditCode, Money RequestedAmount, ApplicationStatus Status, DateTime? SubmittedAt, DateTime? WithdrawnAt);

public sealed record DepartmentSolicitationView(SolicitationDetails Call, IReadOnlyList<ReceivedApplicationItem> Applications);

/// <summary>
/// One call of the officer's department with the applications it received. Organisations' drafts are
/// theirs alone: the department sees an application once it has been submitted.
/// </summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record GetDepartmentSolicitationQuery(Guid SolicitationId) : IQuery<DepartmentSolicitationView>;

public sealed class GetDepartmentSolicitationQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetDepartmentSolicitationQuery, DepartmentSolicitationView>
{
    public async ValueTask<DepartmentSolicitationView> Handle(GetDepartmentSolicitationQuery query, CancellationToken cancellationToken)
    {
        var found = await (from s in db.Solicitations.AsNoTracking()
                           join d in db.Departments on s.DepartmentId equals d.Id
                           where s.Id == query.SolicitationId && s.DepartmentId == user.DepartmentId
                           select new { s, d.Name }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("未找到该项目征集，或它不属于您所在的部门。");
        var applications = (await ReceivedApplications(db, query.SolicitationId).ToListAsync(cancellationToken))
            .OrderBy(a => a.SubmittedAt).ToList();
        return new DepartmentSolicitationView(found.s.ToDetails(found.Name, clock.GetUtcNow().UtcDateTime), applications);
    }

    public static IQueryable<ReceivedApplicationItem> ReceivedApplications(IApplicationDbContext db, Guid solicitationId) =>
        from a in db.Applications.AsNoTracking()
        join o in db.Organizations on a.OrganizationId equals o.Id
        where a.SolicitationId == solicitationId && a.Status != ApplicationStatus.Draft
        select new ReceivedApplicationItem(a.Id, a.Title, o.Name, o.CreditCode, a.RequestedAmount, a.Status, a.SubmittedAt, a.WithdrawnAt);
}

/// <summary>A department's draft call for editing.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record GetSolicitationForEditQuery(Guid SolicitationId) : IQuery<Solicitation>;

public sealed class GetSolicitationForEditQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetSolicitationForEditQuery, Solicitation>
{
    public async ValueTask<Solicitation> Handle(GetSolicitationForEditQuery query, CancellationToken cancellationToken) =>
        await db.Solicitations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.SolicitationId && s.DepartmentId == user.DepartmentId, cancellationToken)
        ?? throw new NotFoundException("未找到该项目征集，或它不属于您所在的部门。");
}
