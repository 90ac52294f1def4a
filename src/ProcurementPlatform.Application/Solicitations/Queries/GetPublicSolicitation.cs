using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.Queries;

/// <summary>A published call as anyone sees it; drafts do not exist for the public.</summary>
public sealed record GetPublicSolicitationQuery(Guid SolicitationId) : IQuery<SolicitationDetails>;

public sealed class GetPublicSolicitationQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<GetPublicSolicitationQuery, SolicitationDetails>
{
    public async ValueTask<SolicitationDetails> Handle(GetPublicSolicitationQuery query, CancellationToken cancellationToken)
    {
        var found = await (from s in db.Solicitations.AsNoTracking()
                           join d in db.Departments on s.DepartmentId equals d.Id
                           where s.Id == query.SolicitationId && s.PublishedAt != null
                           select new { s, d.Name }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("未找到该项目征集。");
        var details = found.s.ToDetails(found.Name, clock.GetUtcNow().UtcDateTime);
        return details.PlanEntryId is { } entryId
            ? details with { PlanYear = await PlanYearOf(db, entryId, cancellationToken) }
            : details;
    }

    /// <summary>The year of the published release plan an entry belongs to (null while that plan is a draft).</summary>
    internal static async Task<int?> PlanYearOf(IApplicationDbContext db, Guid entryId, CancellationToken ct) =>
        await db.ReleasePlans.Where(p => p.Status == Domain.Plans.ReleasePlanStatus.Published && p.Entries.Any(e => e.Id == entryId))
            .Select(p => (int?)p.Year).FirstOrDefaultAsync(ct);
}
