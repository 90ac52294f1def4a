using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Reviews.Experts;

public sealed record AffiliationView(string OrganizationName, AffiliationKind Kind, DateOnly From, DateOnly? To);

public sealed record ExpertItem(Guid Id, string Name, string Employer, string? ProfessionalTitle, string? Phone, IReadOnlyList<ServiceField> Fields,
    ExpertStatus Status, string? UserName, string? ProposedBy, string? ProposalNote, IReadOnlyList<AffiliationView> Affiliations);

public sealed record ReviewerAccount(string UserId, string UserName, string DisplayName);

public sealed record ExpertPoolView(IReadOnlyList<ExpertItem> Experts, IReadOnlyList<ReviewerAccount> FreeReviewerAccounts);

/// <summary>
/// The expert pool: in full for the system administrator and supervisors; a department sees only the
/// experts it proposed.
/// </summary>
[Authorize(Roles.SystemAdmin, Roles.Supervisor, Roles.DepartmentOfficer)]
public sealed record GetExpertPoolQuery : IQuery<ExpertPoolView>;

public sealed class GetExpertPoolQueryHandler(IApplicationDbContext db, IIdentityService identity, ICurrentUser user) : IQueryHandler<GetExpertPoolQuery, ExpertPoolView>
{
    public async ValueTask<ExpertPoolView> Handle(GetExpertPoolQuery query, CancellationToken cancellationToken)
    {
        var experts = db.Experts.AsNoTracking();
        var fullView = user.IsInRole(Roles.SystemAdmin) || user.IsInRole(Roles.Supervisor);
        if (!fullView) experts = experts.Where(e => e.ProposedByDepartmentId == user.DepartmentId);
        var list = await experts.OrderBy(e => e.Status).ThenBy(e => e.Name).ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name }).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var accounts = (await identity.ListUsersAsync(cancellationToken)).ToDictionary(u => u.Id);
        var items = list.Select(e => new ExpertItem(e.Id, e.Name, e.Employer, e.ProfessionalTitle, e.Phone, e.Fields, e.Status,
            e.UserId is { } id && accounts.TryGetValue(id, out var a) ? a.UserName : null,
            e.ProposedByDepartmentId is { } d ? departments.GetValueOrDefault(d) : null, e.ProposalNote,
            e.Affiliations.Select(x => new AffiliationView(organizations.GetValueOrDefault(x.OrganizationId, "（未知组织）"), x.Kind, x.From, x.To)).ToList())).ToList();
        var used = list.Where(e => e.UserId is not null).Select(e => e.UserId!).ToHashSet();
        var free = fullView
            ? accounts.Values.Where(u => u.Roles.Contains(Roles.Reviewer) && !used.Contains(u.Id)).Select(u => new ReviewerAccount(u.Id, u.UserName, u.DisplayName)).ToList()
            : [];
        return new ExpertPoolView(items, free);
    }
}
