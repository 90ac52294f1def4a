using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;

namespace ProcurementPlatform.Application.Credit;

/// <summary>
/// Brings the lists in line with the rules: one set-based read of the events that can still count, the pure
/// derivation, then only the differences written (new proposals, red entries published, grounds refreshed,
/// entries expired). Idempotent: a second run finds nothing to change.
/// </summary>
public static class CreditRecompute
{
    public static async Task<int> RunAsync(IApplicationDbContext db, CreditOptions options, DateTime nowUtc, Guid? organizationId, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct); // the command's own new events count
        var rules = options.EffectiveRules();
        var today = ChinaTime.TodayCst(nowUtc);
        var grounds = rules.Select(r => r.Ground).Distinct().ToList();
        var openEnded = rules.Where(r => r.UntilFixed || r.DurationMonths is null).Select(r => r.Ground).Distinct().ToList();
        var oldest = today.AddMonths(-rules.Where(r => r.DurationMonths is not null).Select(r => r.DurationMonths!.Value).DefaultIfEmpty(0).Max());

        var events = db.CreditEvents.AsNoTracking().Where(e => e.Status == CreditEventStatus.Active && grounds.Contains(e.Ground) && e.OccurredOn <= today
            && (openEnded.Contains(e.Ground) || e.OccurredOn >= oldest));
        var entries = db.CreditEntries.Where(e => e.Status == CreditEntryStatus.Proposed || e.Status == CreditEntryStatus.Listed || e.Status == CreditEntryStatus.Rejected);
        if (organizationId is { } org)
        {
            events = events.Where(e => e.OrganizationId == org);
            entries = entries.Where(e => e.OrganizationId == org);
        }
        var facts = await events.Select(e => new CreditFact(e.Id, e.OrganizationId, e.Ground, e.OccurredOn, e.DepartmentId)).ToListAsync(ct);
        var desired = CreditDerivation.Derive(facts, rules, today);
        var current = await entries.ToListAsync(ct);
        var active = current.Where(e => e.IsActive).ToDictionary(e => (e.OrganizationId, e.List));
        var rejected = current.Where(e => e.Status == CreditEntryStatus.Rejected).ToLookup(e => e.OrganizationId);
        Guid? approver = null;

        var changes = 0;
        foreach (var d in desired)
        {
            var entry = d;
            if (entry.DepartmentId is null && entry.List == CreditList.Black)
            {
                approver ??= await db.Departments.Where(x => x.Code == options.ApproverDepartmentCode).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
                entry = entry with { DepartmentId = approver };
            }
            if (active.Remove((entry.OrganizationId, entry.List), out var existing))
            {
                if (existing.Refresh(entry, nowUtc)) changes++;
                continue;
            }
            if (entry.List == CreditList.Black)
            {
                if (rejected[entry.OrganizationId].Any(r => r.List == CreditList.Black && r.Covers(entry))) continue;
                db.CreditEntries.Add(CreditEntry.Propose(entry, nowUtc));
            }
            else
            {
                db.CreditEntries.Add(CreditEntry.PublishAutomatically(entry, nowUtc));
            }
            changes++;
        }

        var blackOrganizations = desired.Where(d => d.List == CreditList.Black).Select(d => d.OrganizationId).ToHashSet();
        foreach (var stale in active.Values)
        {
            if (stale.Status == CreditEntryStatus.Proposed)
                stale.Remove(CreditRemoval.NoLongerApplies, "认定依据已不再适用，提议撤回。", nowUtc);
            else if (stale.List == CreditList.Red && blackOrganizations.Contains(stale.OrganizationId))
                stale.Remove(CreditRemoval.NoLongerApplies, "出现黑名单情形，移出红名单。", nowUtc);
            else
                stale.Remove(CreditRemoval.Expired, $"列入期限届满（{today:yyyy-MM-dd}），自动移出。", nowUtc);
            changes++;
        }
        return changes;
    }
}
