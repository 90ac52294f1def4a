using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Policies.Queries;

/// <summary>The entries the current user manages (an officer: their department's; the SystemAdmin: all), recently changed first.</summary>
[Authorize(Roles.SystemAdmin, Roles.DepartmentOfficer)]
public sealed record ListManagedPoliciesQuery(int Page = 1, int PageSize = 20) : IQuery<PagedList<ManagedPolicyListItem>>;

public sealed class ListManagedPoliciesQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListManagedPoliciesQuery, PagedList<ManagedPolicyListItem>>
{
    public async ValueTask<PagedList<ManagedPolicyListItem>> Handle(ListManagedPoliciesQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 50);
        var policies = db.Manageable(user).AsNoTracking();
        var total = await policies.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await (
                from p in policies
                join d in db.Departments on p.DepartmentId equals d.Id into departments
                from d in departments.DefaultIfEmpty()
                orderby p.UpdatedAt descending, p.Id
                select new ManagedPolicyListItem(p.Id, p.Title, p.Issuer, p.DocumentNumber, p.IssuedOn, p.Level, p.Status,
                    d == null ? null : d.Name, p.UpdatedAt))
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<ManagedPolicyListItem>(items, page, pageSize, total);
    }
}

[Authorize(Roles.SystemAdmin, Roles.DepartmentOfficer)]
public sealed record GetManagedPolicyQuery(Guid PolicyId) : IQuery<ManagedPolicy>;

public sealed class GetManagedPolicyQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetManagedPolicyQuery, ManagedPolicy>
{
    public async ValueTask<ManagedPolicy> Handle(GetManagedPolicyQuery query, CancellationToken cancellationToken)
    {
        var policy = await db.LoadManageableAsync(user, query.PolicyId, cancellationToken);
        var department = policy.DepartmentId is { } id
            ? await db.Departments.Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ManagedPolicy(PolicyView.From(policy), department, policy.CreatedBy, policy.Version);
    }
}
