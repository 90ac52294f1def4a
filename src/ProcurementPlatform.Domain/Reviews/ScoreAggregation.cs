namespace ProcurementPlatform.Domain.Reviews;

/// <summary>One reviewer's submitted scores for one application, per rubric criterion.</summary>
public sealed record ReviewerScores(Guid ReviewerId, IReadOnlyDictionary<string, decimal> ByCriterion, DateTime SubmittedAt)
{
    public decimal Total => ByCriterion.Values.Sum();
}

public sealed record ScoredApplication(Guid ApplicationId, IReadOnlyList<ReviewerScores> Scores, DateTime ApplicationSubmittedAt);

public sealed record RankedApplication(Guid ApplicationId, decimal Score, decimal HeaviestCriterionScore, int Rank);

/// <summary>
/// How an application's score comes out of its reviewers' scores (DOMAIN §4): each reviewer's total;
/// the trimmed mean — one highest and one lowest dropped when at least five scored, the plain mean
/// otherwise — to two decimals; ties broken by the heaviest-weighted criterion, then earlier submission.
/// </summary>
public static class ScoreAggregation
{
    public const int TrimFrom = 5;

    /// <summary>Margin (points) beyond which a reviewer's total needs a written reason (default 20).</summary>
    public const decimal DefaultOutlierMargin = 20m;

    public static decimal TrimmedMean(IReadOnlyList<decimal> totals)
    {
        if (totals.Count == 0) throw new ArgumentException("没有评分。", nameof(totals));
        var kept = totals.Count >= TrimFrom ? totals.Order().Skip(1).Take(totals.Count - 2).ToList() : totals.ToList();
        return Math.Round(kept.Average(), 2, MidpointRounding.AwayFromZero);
    }

    public static decimal Median(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0) throw new ArgumentException("没有数值。", nameof(values));
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>
    /// Whether <paramref name="total"/> differs from the median of the other panel members' totals by
    /// more than <paramref name="margin"/>; with no other totals yet there is nothing to compare with.
    /// </summary>
    public static bool IsOutlier(decimal total, IReadOnlyList<decimal> otherTotals, decimal margin = DefaultOutlierMargin) =>
        otherTotals.Count > 0 && Math.Abs(total - Median(otherTotals)) > margin;

    public const decimal DefaultPassScore = 60m;

    /// <summary>
    /// The recommendation the ranking implies: from the top, at or above the pass score, while the
    /// project count and the total budget allow (a project that does not fit is skipped, not the rest).
    /// </summary>
    public static IReadOnlyList<Guid> Recommend(IReadOnlyList<RankedApplication> ranked, IReadOnlyDictionary<Guid, Common.Money> requested, Common.Money totalBudget, int projectCount, decimal passScore = DefaultPassScore)
    {
        var chosen = new List<Guid>();
        var spent = Common.Money.Zero;
        foreach (var application in ranked.OrderBy(r => r.Rank))
        {
            if (chosen.Count >= projectCount || application.Score < passScore) break;
            var amount = requested[application.ApplicationId];
            if (spent + amount > totalBudget) continue;
            chosen.Add(application.ApplicationId);
            spent += amount;
        }
        return chosen;
    }

    /// <summary>
    /// 递补: the best-ranked not-recommended application at or above the pass score whose amount fits
    /// what is left of the budget (the same walk down the ranking as <see cref="Recommend"/>), or null.
    /// </summary>
    public static Guid? NextInLine(IEnumerable<(Guid ApplicationId, decimal Score, int Rank, Common.Money Amount)> notRecommended, Common.Money remainingBudget, decimal passScore = DefaultPassScore) =>
        notRecommended.OrderBy(c => c.Rank).TakeWhile(c => c.Score >= passScore).Where(c => c.Amount <= remainingBudget)
            .Select(c => (Guid?)c.ApplicationId).FirstOrDefault();

    /// <summary>Ranks applications best first; <paramref name="heaviestCriterion"/> names the rubric's heaviest-weighted criterion.</summary>
    public static IReadOnlyList<RankedApplication> Rank(IEnumerable<ScoredApplication> applications, string heaviestCriterion)
    {
        var scored = applications.Where(a => a.Scores.Count > 0).Select(a => new
        {
            a.ApplicationId,
            Score = TrimmedMean(a.Scores.Select(s => s.Total).ToList()),
            Heaviest = Math.Round(a.Scores.Average(s => s.ByCriterion.GetValueOrDefault(heaviestCriterion)), 2, MidpointRounding.AwayFromZero),
            a.ApplicationSubmittedAt,
        })
        .OrderByDescending(a => a.Score).ThenByDescending(a => a.Heaviest).ThenBy(a => a.ApplicationSubmittedAt).ThenBy(a => a.ApplicationId)
        .ToList();
        return scored.Select((a, i) => new RankedApplication(a.ApplicationId, a.Score, a.Heaviest, i + 1)).ToList();
    }
}
