using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Applications.Queries;

public sealed record MyApplicationItem(Guid Id, string Title, Guid SolicitationId, string SolicitationTitle, string DepartmentName, Money RequestedAmount, ApplicationStatus Status, DateTime UpdatedAt, DateTime? SubmittedAt, DateTime ClosesAt);

/// <summary>The applications of the user's own organisation, drafts included.</summary>
[Authorize(Roles.OrganizationUser)]
public sealed record ListMyApplicationsQuery : IQuery<IReadOnlyList<MyApplicationItem>>;

public sealed class ListMyApplicationsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyApplicationsQuery, IReadOnlyList<MyApplicationItem>>
{
    public async ValueTask<IReadOnlyList<MyApplicationItem>> Handle(ListMyApplicationsQuery query, CancellationToken cancellationToken)
    {
        if (user.OrganizationId is null) return [];
        return (await Query(db, user.OrganizationId.Value).ToListAsync(cancellationToken)).OrderByDescending(a => a.UpdatedAt).ToList();
    }

    public static IQueryable<MyApplicationItem> Query(IApplicationDbContext db, Guid organizationId) =>
        from a in db.Applications.AsNoTracking()
        join s in db.Solicitations on a.SolicitationId equals s.Id
        join d in db.Departments on s.DepartmentId equals d.Id
        where a.OrganizationId == organizationId
        select new MyApplicationItem(a.Id, a.Title, s.Id, s.Title, d.Name, a.RequestedAmount, a.Status, a.UpdatedAt, a.SubmittedAt, s.ClosesAt);
}
