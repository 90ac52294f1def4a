using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Portal;

public sealed record PortalFigures(int OpenCalls, Money OpenBudget, int PublishedCalls, int SubmittedApplications,
    int SignedProjects, Money ContractedAmount, int ContractedOrganizations);

/// <summary>The home page's key figures, computed from the records each time (no stored totals to drift).</summary>
public sealed record GetPortalFiguresQuery : IQuery<PortalFigures>;

public sealed class GetPortalFiguresQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPortalFiguresQuery, PortalFigures>
{
    public async ValueTask<PortalFigures> Handle(GetPortalFiguresQuery query, CancellationToken cancellationToken)
    {
        var open = db.Solicitations.AsNoTracking().Where(s => s.Status == SolicitationStatus.Open);
        var openCount = await open.CountAsync(cancellationToken);
        // Open calls are few; their budgets are added up exactly in fen here rather than trusting a SQL SUM over a converted column.
        var openBudget = await open.Select(s => s.TotalBudget).ToListAsync(cancellationToken);
        var published = await db.Solicitations.CountAsync(Solicitation.IsPublic, cancellationToken);
        var submitted = await db.Applications.CountAsync(a => a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn, cancellationToken);
        var signed = db.Projects.AsNoTracking().Where(p => p.SignedAt != null);
        var signedCount = await signed.CountAsync(cancellationToken);
        // Summed in SQL over the stored fen, cast to decimal (exact) as the statistics do: a long SUM would carry the Money converter.
        var contracted = new Money(checked((long)(await signed.SumAsync(p => (decimal)EF.Property<long>(p, nameof(Domain.Projects.Project.ContractAmount)), cancellationToken))));
        var organisations = await signed.Select(p => p.OrganizationId).Distinct().CountAsync(cancellationToken);
        return new PortalFigures(openCount, Money.Sum(openBudget), published, submitted, signedCount, contracted, organisations);
    }
}
