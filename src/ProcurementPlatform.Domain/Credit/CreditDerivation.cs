namespace ProcurementPlatform.Domain.Credit;

/// <summary>An active credit event as the rules read it.</summary>
public sealed record CreditFact(Guid EventId, Guid OrganizationId, CreditGround Ground, DateOnly OccurredOn, Guid? DepartmentId);

public sealed record DerivedGround(Guid EventId, CreditGround Ground, string RuleCode, DateOnly OccurredOn, DateOnly? EndsOn);

/// <summary>What the rules say an organisation's entry on a list should be today.</summary>
public sealed record DerivedEntry(Guid OrganizationId, CreditList List, IReadOnlyList<DerivedGround> Grounds, DateOnly? ExpiresOn, DateOnly? ReviewOn, Guid? DepartmentId);

/// <summary>
/// The lists the rules imply today, as a pure function of the active events: black for any counting black ground
/// (ends at the latest of its grounds' ends, so a new ground restarts the clock; open-ended while a ground lasts until
/// fixed), red for a counting red ground and no black ground.
/// </summary>
public static class CreditDerivation
{
    public static IReadOnlyList<DerivedEntry> Derive(IEnumerable<CreditFact> facts, IReadOnlyList<CreditRule> rules, DateOnly today)
    {
        var byGround = rules.ToLookup(r => r.Ground);
        var counting = facts
            .SelectMany(f => byGround[f.Ground].Where(r => r.CountsOn(f.OccurredOn, today)).Select(r => (Fact: f, Rule: r)))
            .GroupBy(x => (x.Fact.OrganizationId, x.Rule.List));
        var black = new Dictionary<Guid, DerivedEntry>();
        var red = new List<DerivedEntry>();
        foreach (var group in counting)
        {
            var items = group.OrderBy(x => x.Fact.OccurredOn).ThenBy(x => x.Fact.EventId).ToList();
            var grounds = items.Select(x => new DerivedGround(x.Fact.EventId, x.Fact.Ground, x.Rule.Code, x.Fact.OccurredOn, x.Rule.EndsOn(x.Fact.OccurredOn))).ToList();
            var openEnded = items.Where(x => x.Rule.UntilFixed).ToList();
            var expires = openEnded.Count > 0 ? null : grounds.Max(g => g.EndsOn);
            DateOnly? review = openEnded.Count > 0 ? openEnded.Max(x => x.Fact.OccurredOn.AddMonths(x.Rule.ReviewMonths)) : null;
            var latest = items.LastOrDefault(x => x.Fact.DepartmentId is not null).Fact?.DepartmentId;
            var entry = new DerivedEntry(group.Key.OrganizationId, group.Key.List, grounds, expires, review, latest);
            if (group.Key.List == CreditList.Black) black[group.Key.OrganizationId] = entry;
            else red.Add(entry);
        }
        return [.. black.Values, .. red.Where(r => !black.ContainsKey(r.OrganizationId))];
    }
}
