using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Plans;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Plans.Queries;

public sealed record LinkedCall(Guid Id, string Title, SolicitationStatus Status, bool Published);

public sealed record PlanEntryView(
    Guid PlanId, Guid EntryId, Guid DepartmentId, string DepartmentName, int Year, string Title, ServiceField ServiceField, string TargetGroups,
    FundSource FundSource, Money EstimatedBudget, int PlannedQuarter, string Rationale, LinkedCall? Call);

public sealed record PlanTotal(string Name, int Entries, Money Budget);

public sealed record PlanAmendmentView(string DepartmentName, DateTime At, string Reason, string Changes);

public sealed record PublicPlansView(
    int Year, IReadOnlyList<int> Years, IReadOnlyList<PlanEntryView> Entries, IReadOnlyList<PlanTotal> ByDepartment,
    IReadOnlyList<PlanTotal> ByServiceField, Money Total, IReadOnlyList<PlanAmendmentView> Amendments);

/// <summary>
/// The district's published release plans for a year, filtered, with totals by department and by
/// service field computed from the entries shown, each entry with the call published for it.
/// </summary>
public sealed record ListPublicPlansQuery(int Year, Guid? DepartmentId = null, ServiceField? ServiceField = null, FundSource? FundSource = null)
    : IQuery<PublicPlansView>;

public sealed class ListPublicPlansQueryHandler(IApplicationDbContext db) : IQueryHandler<ListPublicPlansQuery, PublicPlansView>
{
    public async ValueTask<PublicPlansView> Handle(ListPublicPlansQuery query, CancellationToken cancellationToken)
    {
        var years = await db.ReleasePlans.AsNoTracking().Where(p => p.Status == ReleasePlanStatus.Published)
            .Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var plans = db.ReleasePlans.AsNoTracking().Where(p => p.Status == ReleasePlanStatus.Published && p.Year == query.Year);
        if (query.DepartmentId is { } department) plans = plans.Where(p => p.DepartmentId == department);
        var entries = (await PlanEntries.LoadAsync(db, plans, publicOnly: true, cancellationToken))
            .Where(e => query.ServiceField is null || e.ServiceField == query.ServiceField)
            .Where(e => query.FundSource is null || e.FundSource == query.FundSource)
            .ToList();

        var amendments = (await (from p in plans join d in db.Departments on p.DepartmentId equals d.Id select new { p, d.Name }).ToListAsync(cancellationToken))
            .SelectMany(x => x.p.Amendments.Select(a => new PlanAmendmentView(x.Name, a.At, a.Reason, a.Changes)))
            .OrderByDescending(a => a.At).ToList();

        return new PublicPlansView(query.Year, years, entries,
            Totals(entries, e => e.DepartmentName), Totals(entries, e => e.ServiceField.ToChinese()),
            Money.Sum(entries.Select(e => e.EstimatedBudget)), amendments);
    }

    private static List<PlanTotal> Totals(IEnumerable<PlanEntryView> entries, Func<PlanEntryView, string> key) =>
        entries.GroupBy(key).Select(g => new PlanTotal(g.Key, g.Count(), Money.Sum(g.Select(e => e.EstimatedBudget))))
            .OrderByDescending(t => t.Budget).ToList();
}

internal static class PlanEntries
{
    /// <summary>
    /// The entries of the given plans with their department and the call made from each (the newest
    /// one that was not cancelled; for the public only calls that were published).
    /// </summary>
    public static async Task<List<PlanEntryView>> LoadAsync(IApplicationDbContext db, IQueryable<ReleasePlan> plans, bool publicOnly, CancellationToken ct)
    {
        var rows = await (from p in plans join d in db.Departments on p.DepartmentId equals d.Id select new { p, d.Name }).ToListAsync(ct);
        var entryIds = rows.SelectMany(r => r.p.Entries.Select(e => (Guid?)e.Id)).ToList();
        var calls = db.Solicitations.AsNoTracking().Where(s => s.PlanEntryId != null && entryIds.Contains(s.PlanEntryId));
        if (publicOnly) calls = calls.Where(Solicitation.IsPublic);
        var linked = (await calls.Select(s => new { s.PlanEntryId, s.Id, s.Title, s.Status, s.PublishedAt, s.CreatedAt }).ToListAsync(ct))
            .GroupBy(c => c.PlanEntryId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Status == SolicitationStatus.Cancelled ? 1 : 0).ThenByDescending(c => c.CreatedAt)
                .Select(c => new LinkedCall(c.Id, c.Title, c.Status, c.PublishedAt != null)).First());
        return rows
            .SelectMany(r => r.p.Entries.Select(e => new PlanEntryView(r.p.Id, e.Id, r.p.DepartmentId, r.Name, r.p.Year, e.Title, e.ServiceField, e.TargetGroups,
                e.FundSource, e.EstimatedBudget, e.PlannedQuarter, e.Rationale, linked.GetValueOrDefault(e.Id))))
            .OrderBy(e => e.DepartmentName).ThenBy(e => e.PlannedQuarter).ThenBy(e => e.Title)
            .ToList();
    }
}

public sealed record DepartmentPlanItem(Guid Id, int Year, ReleasePlanStatus Status, int Entries, Money Budget, DateTime? PublishedAt);

public sealed record DepartmentPlansView(IReadOnlyList<DepartmentPlanItem> Plans, IReadOnlyList<PlanEntryView> NotYetPublished);

/// <summary>The officer's department's plans, and the planned calls that have not been published yet.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record ListDepartmentPlansQuery : IQuery<DepartmentPlansView>;

public sealed class ListDepartmentPlansQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListDepartmentPlansQuery, DepartmentPlansView>
{
    public async ValueTask<DepartmentPlansView> Handle(ListDepartmentPlansQuery query, CancellationToken cancellationToken)
    {
        var own = db.ReleasePlans.AsNoTracking().Where(p => p.DepartmentId == user.DepartmentId);
        var plans = (await own.ToListAsync(cancellationToken))
            .OrderByDescending(p => p.Year)
            .Select(p => new DepartmentPlanItem(p.Id, p.Year, p.Status, p.Entries.Count, Money.Sum(p.Entries.Select(e => e.EstimatedBudget)), p.PublishedAt))
            .ToList();
        var entries = await PlanEntries.LoadAsync(db, own, publicOnly: false, cancellationToken);
        return new DepartmentPlansView(plans, entries.Where(e => e.Call is not { Published: true, Status: not SolicitationStatus.Cancelled })
            .OrderBy(e => e.Year).ThenBy(e => e.PlannedQuarter).ToList());
    }
}

public sealed record DepartmentPlanView(ReleasePlan Plan, IReadOnlyList<PlanEntryView> Entries);

[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record GetDepartmentPlanQuery(Guid PlanId) : IQuery<DepartmentPlanView>;

public sealed class GetDepartmentPlanQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetDepartmentPlanQuery, DepartmentPlanView>
{
    public async ValueTask<DepartmentPlanView> Handle(GetDepartmentPlanQuery query, CancellationToken cancellationToken)
    {
        var own = db.ReleasePlans.AsNoTracking().Where(p => p.Id == query.PlanId && p.DepartmentId == user.DepartmentId);
        var plan = await own.FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("未找到该年度发布计划，或它不属于您所在的部门。");
        return new DepartmentPlanView(plan, await PlanEntries.LoadAsync(db, own, publicOnly: false, cancellationToken));
    }
}

/// <summary>One entry of the department's own plans, to start a call from it.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record GetOwnPlanEntryQuery(Guid EntryId) : IQuery<PlanEntryView>;

public sealed class GetOwnPlanEntryQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetOwnPlanEntryQuery, PlanEntryView>
{
    public async ValueTask<PlanEntryView> Handle(GetOwnPlanEntryQuery query, CancellationToken cancellationToken)
    {
        var own = db.ReleasePlans.AsNoTracking().Where(p => p.DepartmentId == user.DepartmentId && p.Entries.Any(e => e.Id == query.EntryId));
        return (await PlanEntries.LoadAsync(db, own, publicOnly: false, cancellationToken)).FirstOrDefault(e => e.EntryId == query.EntryId)
            ?? throw new NotFoundException("未找到该计划项目，或它不属于您所在的部门。");
    }
}
