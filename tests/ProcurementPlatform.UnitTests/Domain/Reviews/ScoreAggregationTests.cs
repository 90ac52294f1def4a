using ProcurementPlatform.Domain.Reviews;

namespace ProcurementPlatform.UnitTests.Domain.Reviews;

public sealed class ScoreAggregationTests
{
    private static readonly DateTime At = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void With_five_or_more_scores_the_highest_and_lowest_are_dropped() =>
        Assert.Equal(80m, ScoreAggregation.TrimmedMean([95m, 80m, 79m, 81m, 40m]));

    [Fact]
    public void With_fewer_than_five_the_plain_mean_is_taken_to_two_decimals()
    {
        Assert.Equal(71.67m, ScoreAggregation.TrimmedMean([95m, 80m, 40m]));
        Assert.Equal(80m, ScoreAggregation.TrimmedMean([80m]));
    }

    [Fact]
    public void Only_one_highest_and_one_lowest_are_dropped_even_when_tied() =>
        Assert.Equal(85m, ScoreAggregation.TrimmedMean([90m, 90m, 90m, 80m, 80m, 70m]));

    [Theory]
    [InlineData(85, new[] { 80.0, 82.0, 84.0 }, false)] // median 82: 3 apart
    [InlineData(103, new[] { 80.0, 82.0, 84.0 }, true)] // 21 apart
    [InlineData(62, new[] { 80.0, 82.0, 84.0 }, false)] // exactly 20 apart is not more than the margin
    [InlineData(61, new[] { 80.0, 82.0, 84.0 }, true)]
    [InlineData(50, new double[0], false)]              // nobody to compare with yet
    public void A_total_far_from_the_others_median_is_an_outlier(double total, double[] others, bool outlier) =>
        Assert.Equal(outlier, ScoreAggregation.IsOutlier((decimal)total, others.Select(o => (decimal)o).ToList()));

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.Equal(81m, ScoreAggregation.Median([84m, 80m, 82m, 70m]));

    [Fact]
    public void Ties_are_broken_by_the_heaviest_criterion_then_by_earlier_submission()
    {
        ScoredApplication App(Guid id, decimal plan, decimal rest, int minutes) => new(id,
            [new ReviewerScores(Guid.NewGuid(), new Dictionary<string, decimal> { ["服务方案"] = plan, ["其他"] = rest }, At)],
            At.AddMinutes(minutes));
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        var d = Guid.NewGuid();

        var ranked = ScoreAggregation.Rank([App(a, 20, 60, 5), App(b, 25, 55, 9), App(c, 25, 55, 1), App(d, 30, 60, 0)], "服务方案");

        Assert.Equal([d, c, b, a], ranked.Select(r => r.ApplicationId));
        Assert.Equal(90m, ranked[0].Score);
        Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.Rank));
    }
}

public sealed class RecommendationTests
{
    private static RankedApplication Ranked(Guid id, decimal score, int rank) => new(id, score, 0, rank);

    [Fact]
    public void From_the_top_above_the_pass_score_within_count_and_budget_skipping_what_does_not_fit()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        var d = Guid.NewGuid();
        var ranked = new[] { Ranked(a, 90, 1), Ranked(b, 85, 2), Ranked(c, 80, 3), Ranked(d, 59.99m, 4) };
        var requested = new Dictionary<Guid, ProcurementPlatform.Domain.Common.Money>
        {
            [a] = ProcurementPlatform.Domain.Common.Money.FromYuan(200_000),
            [b] = ProcurementPlatform.Domain.Common.Money.FromYuan(250_000),
            [c] = ProcurementPlatform.Domain.Common.Money.FromYuan(100_000),
            [d] = ProcurementPlatform.Domain.Common.Money.FromYuan(10_000),
        };

        Assert.Equal([a, c], ScoreAggregation.Recommend(ranked, requested, ProcurementPlatform.Domain.Common.Money.FromYuan(400_000), 3));
        Assert.Equal([a], ScoreAggregation.Recommend(ranked, requested, ProcurementPlatform.Domain.Common.Money.FromYuan(1_000_000), 1));
        Assert.Equal([a, b, c], ScoreAggregation.Recommend(ranked, requested, ProcurementPlatform.Domain.Common.Money.FromYuan(1_000_000), 10)); // d is below 60
    }
}

public sealed class PromotionTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    private static (Guid, decimal, int, ProcurementPlatform.Domain.Common.Money)[] Candidates(decimal bScore = 70m) =>
    [
        (C, 59.5m, 5, ProcurementPlatform.Domain.Common.Money.FromYuan(10_000)),
        (A, 75m, 3, ProcurementPlatform.Domain.Common.Money.FromYuan(150_000)),
        (B, bScore, 4, ProcurementPlatform.Domain.Common.Money.FromYuan(80_000)),
    ];

    [Fact]
    public void The_best_ranked_that_fits_the_budget_left_is_next_in_line()
    {
        Assert.Equal(A, ScoreAggregation.NextInLine(Candidates(), ProcurementPlatform.Domain.Common.Money.FromYuan(200_000)));
        Assert.Equal(B, ScoreAggregation.NextInLine(Candidates(), ProcurementPlatform.Domain.Common.Money.FromYuan(100_000))); // A does not fit: skipped, as in the recommendation
    }

    [Fact]
    public void Nobody_below_the_pass_score_is_promoted_even_when_cheap()
    {
        Assert.Null(ScoreAggregation.NextInLine(Candidates(), ProcurementPlatform.Domain.Common.Money.FromYuan(50_000)));
        Assert.Null(ScoreAggregation.NextInLine(Candidates(bScore: 59.99m), ProcurementPlatform.Domain.Common.Money.FromYuan(100_000)));
        Assert.Null(ScoreAggregation.NextInLine([], ProcurementPlatform.Domain.Common.Money.FromYuan(100_000)));
    }
}
