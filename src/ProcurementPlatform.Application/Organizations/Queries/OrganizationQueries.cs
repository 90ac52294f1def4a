using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Organizations.Queries;

public sealed record OrganizationItem(Guid Id, string Name, string CreditCode, string ContactName, string ContactPhone, string ContactEmail, OrganizationStatus Status, DateTime RegisteredAt, DateTime? DecidedAt, string? RejectionReason);

[Authorize(Roles.SystemAdmin, Roles.Supervisor)]
public sealed record ListOrganizationsQuery(OrganizationStatus? Status = null) : IQuery<IReadOnlyList<OrganizationItem>>;

public sealed class ListOrganizationsQueryHandler(IApplicationDbContext db) : IQueryHandler<ListOrganizationsQuery, IReadOnlyList<OrganizationItem>>
{
    public async ValueTask<IReadOnlyList<OrganizationItem>> Handle(ListOrganizationsQuery query, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (query.Status is { } status) organizations = organizations.Where(o => o.Status == status);
        return await organizations.OrderBy(o => o.Status).ThenByDescending(o => o.RegisteredAt)
            .Select(o => new OrganizationItem(o.Id, o.Name, o.CreditCode, o.ContactName, o.ContactPhone, o.ContactEmail, o.Status, o.RegisteredAt, o.DecidedAt, o.RejectionReason))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>The signed-in organisation user's own organisation (for its status banner).</summary>
[Authorize(Roles.OrganizationUser)]
public sealed record GetMyOrganizationQuery : IQuery<OrganizationItem?>;

public sealed class GetMyOrganizationQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyOrganizationQuery, OrganizationItem?>
{
    public async ValueTask<OrganizationItem?> Handle(GetMyOrganizationQuery query, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == user.OrganizationId)
            .Select(o => new OrganizationItem(o.Id, o.Name, o.CreditCode, o.ContactName, o.ContactPhone, o.ContactEmail, o.Status, o.RegisteredAt, o.DecidedAt, o.RejectionReason))
            .FirstOrDefaultAsync(cancellationToken);
}

public sealed record OrganizationName(Guid Id, string Name, string CreditCode);

/// <summary>Names of approved organisations (public information), e.g. to declare an affiliation.</summary>
[Authorize(Roles.SystemAdmin, Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record ListOrganizationNamesQuery : IQuery<IReadOnlyList<OrganizationName>>;

public sealed class ListOrganizationNamesQueryHandler(IApplicationDbContext db) : IQueryHandler<ListOrganizationNamesQuery, IReadOnlyList<OrganizationName>>
{
    public async ValueTask<IReadOnlyList<OrganizationName>> Handle(ListOrganizationNamesQuery query, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Status == OrganizationStatus.Active).OrderBy(o => o.Name)
            .Select(o => new OrganizationName(o.Id, o.Name, o.CreditCode)).ToListAsync(cancellationToken);
}
