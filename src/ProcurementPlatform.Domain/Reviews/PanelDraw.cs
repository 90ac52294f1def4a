namespace ProcurementPlatform.Domain.Reviews;

/// <summary>A declared tie of an expert to an organisation (employment, directorship, shareholding) and its dates.</summary>
public sealed record Affiliation(Guid OrganizationId, AffiliationKind Kind, DateOnly From, DateOnly? To);

public enum AffiliationKind
{
    Employee = 1,
    Director = 2,
    Shareholder = 3,
}

public sealed record ExpertCandidate(Guid ExpertId, string Name, IReadOnlyCollection<string> Fields, IReadOnlyList<Affiliation> Affiliations);

public sealed record Exclusion(Guid ExpertId, string Name, string Reason);

/// <summary>The full record of a draw: enough to audit it and to re-run it to the same result.</summary>
public sealed record PanelDrawResult(long Seed, string Field, int Size, IReadOnlyList<Guid> Candidates, IReadOnlyList<Exclusion> Excluded, IReadOnlyList<Guid> Drawn);

/// <summary>
/// Draws a review panel at random from the expert pool (DOMAIN §4): experts of the field, minus anyone
/// tied to an applicant within the last three years. The randomness comes from a recorded seed and a
/// generator defined here (not the runtime's), so the same inputs and seed always give the same panel.
/// </summary>
public static class PanelDraw
{
    public const int DefaultSize = 5;
    public const int ConflictYears = 3;

    public static PanelDrawResult Draw(IEnumerable<ExpertCandidate> pool, string field, IReadOnlyCollection<Guid> applicantOrganizations, int size, long seed, DateOnly today, IReadOnlyCollection<Guid>? alreadyOnPanel = null)
    {
        if (size < 1) throw new Common.DomainException("专家组人数至少为1人。");
        var since = today.AddYears(-ConflictYears);
        var candidates = pool.Where(e => e.Fields.Contains(field)).OrderBy(e => e.ExpertId).ToList();
        var excluded = new List<Exclusion>();
        var eligible = new List<ExpertCandidate>();
        foreach (var expert in candidates)
        {
            if (alreadyOnPanel?.Contains(expert.ExpertId) == true)
            {
                excluded.Add(new Exclusion(expert.ExpertId, expert.Name, "已在本次专家组中"));
                continue;
            }
            var tie = expert.Affiliations.FirstOrDefault(a => applicantOrganizations.Contains(a.OrganizationId) && (a.To is null || a.To >= since));
            if (tie is not null)
                excluded.Add(new Exclusion(expert.ExpertId, expert.Name, $"近{ConflictYears}年内与申报单位存在{KindText(tie.Kind)}关系（{tie.From:yyyy-MM-dd} 起{(tie.To is { } to ? $"，至 {to:yyyy-MM-dd}" : "，至今")}）"));
            else
                eligible.Add(expert);
        }
        if (eligible.Count < size)
            throw new Common.DomainException($"“{field}”领域可抽取的专家只有 {eligible.Count} 人（候选 {candidates.Count} 人，回避排除 {excluded.Count} 人），不足 {size} 人，请先补充专家库。");

        return new PanelDrawResult(seed, field, size, candidates.Select(c => c.ExpertId).ToList(), excluded, Pick(eligible.Select(e => e.ExpertId).ToList(), seed, size));
    }

    /// <summary>
    /// The random part of a draw: a seeded Fisher–Yates shuffle of the eligible experts (in id order),
    /// first <paramref name="size"/> taken. An auditor replays a recorded draw with it.
    /// </summary>
    public static IReadOnlyList<Guid> Pick(IReadOnlyList<Guid> eligibleInIdOrder, long seed, int size)
    {
        var order = eligibleInIdOrder.Order().ToArray();
        var random = new SplitMix64(seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order.Take(size).ToList();
    }

    /// <summary>Replays a recorded draw from its candidates, exclusions and seed; true when it gives the recorded panel.</summary>
    public static bool Replays(IReadOnlyList<Guid> candidates, IEnumerable<Guid> excluded, long seed, int size, IReadOnlyList<Guid> drawn) =>
        Pick(candidates.Except(excluded).ToList(), seed, size).SequenceEqual(drawn);

    public static string KindText(AffiliationKind kind) => kind switch
    {
        AffiliationKind.Employee => "任职",
        AffiliationKind.Director => "担任理事/董事",
        AffiliationKind.Shareholder => "出资/持股",
        _ => kind.ToString(),
    };

    /// <summary>SplitMix64: tiny, well-known, and fully specified here, so a recorded seed replays exactly on any runtime.</summary>
    private sealed class SplitMix64(long seed)
    {
        private ulong _state = unchecked((ulong)seed);

        public ulong Next()
        {
            unchecked
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
