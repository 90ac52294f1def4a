using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Applications.Queries;

public sealed record ApplicationView(
    ProjectApplication Application, string OrganizationName, string CreditCode,
    Guid SolicitationId, string SolicitationTitle, string DepartmentName, SolicitationStatus SolicitationStatus,
    DateTime ClosesAt, bool AcceptingApplications, bool IsOwner, IReadOnlyList<ApplicationTrigger> PermittedTriggers);

/// <summary>
/// One application. Visible to its own organisation; once submitted, also to the officers of the
/// call's department and to supervisors. Everyone else: not found.
/// </summary>
[Authorize(Roles.OrganizationUser, Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record GetApplicationQuery(Guid ApplicationId) : IQuery<ApplicationView>;

public sealed class GetApplicationQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetApplicationQuery, ApplicationView>
{
    public async ValueTask<ApplicationView> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var found = await (from a in db.Applications.AsNoTracking()
                           join s in db.Solicitations on a.SolicitationId equals s.Id
                           join d in db.Departments on s.DepartmentId equals d.Id
                           join o in db.Organizations on a.OrganizationId equals o.Id
                           where a.Id == query.ApplicationId
                           select new { a, s, DepartmentName = d.Name, OrganizationName = o.Name, o.CreditCode })
                          .FirstOrDefaultAsync(cancellationToken);
        var isOwner = found is not null && user.IsInRole(Roles.OrganizationUser) && found.a.OrganizationId == user.OrganizationId;
        var visible = found is not null && (isOwner || (found.a.Status != ApplicationStatus.Draft &&
            ((user.IsInRole(Roles.DepartmentOfficer) && found.s.DepartmentId == user.DepartmentId) || user.IsInRole(Roles.Supervisor))));
        if (!visible) throw new NotFoundException("未找到该申报，或您无权查看。");

        return new ApplicationView(found!.a, found.OrganizationName, found.CreditCode, found.s.Id, found.s.Title, found.DepartmentName,
            found.s.Status, found.s.ClosesAt, found.s.IsAcceptingApplications(clock.GetUtcNow().UtcDateTime), isOwner,
            isOwner ? ProjectApplication.Lifecycle.PermittedTriggers(found.a.Status).Where(t => t is ApplicationTrigger.Submit or ApplicationTrigger.Withdraw).ToList() : []);
    }
}
