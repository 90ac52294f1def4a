using ProcurementPlatform.Domain.Credit;
using static ProcurementPlatform.UnitTests.Domain.Credit.CreditTestData;

namespace ProcurementPlatform.UnitTests.Domain.Credit;

/// <summary>The default listing rules (DOMAIN.md §8) and when a ground counts: from the day it occurred to the day before it ends.</summary>
public class CreditRuleTests
{
    /// <summary>Each timed default rule: ground, list, months it counts.</summary>
    public static TheoryData<CreditGround, CreditList, int> TimedRules() => new()
    {
        { CreditGround.ExcellentEvaluation, CreditList.Red, 24 },
        { CreditGround.DuplicateApplication, CreditList.Black, 24 },
        { CreditGround.FalseMaterials, CreditList.Black, 36 },
        { CreditGround.FundMisuse, CreditList.Black, 36 },
        { CreditGround.FailedEvaluation, CreditList.Black, 12 },
    };

    [Fact]
    public void The_defaults_are_one_rule_per_ground_except_administrative_penalty()
    {
        Assert.Equal(
            [CreditGround.ExcellentEvaluation, CreditGround.DuplicateApplication, CreditGround.FalseMaterials,
             CreditGround.FundMisuse, CreditGround.FailedEvaluation, CreditGround.AbnormalActivity],
            Rules.Select(r => r.Ground));
        Assert.DoesNotContain(Rules, r => r.Ground == CreditGround.AdministrativePenalty);
        Assert.Equal(Rules.Count, Rules.Select(r => r.Code).Distinct().Count());
        Assert.All(Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.LegalBasis)));
    }

    [Theory]
    [MemberData(nameof(TimedRules))]
    public void A_timed_default_rule_lists_on_its_list_for_its_months(CreditGround ground, CreditList list, int months)
    {
        var rule = RuleFor(ground);
        var occurred = new DateOnly(2025, 6, 15);

        Assert.Equal(list, rule.List);
        Assert.False(rule.UntilFixed);
        Assert.Equal(months, rule.DurationMonths);
        Assert.Equal(occurred.AddMonths(months), rule.EndsOn(occurred));
    }

    [Fact]
    public void Abnormal_activity_lists_black_until_fixed_and_is_reviewed_after_six_months()
    {
        var rule = RuleFor(CreditGround.AbnormalActivity);

        Assert.Equal(CreditList.Black, rule.List);
        Assert.True(rule.UntilFixed);
        Assert.Equal(6, rule.ReviewMonths);
        Assert.Null(rule.EndsOn(new DateOnly(2020, 1, 1)));
        Assert.True(rule.CountsOn(new DateOnly(2020, 1, 1), new DateOnly(2036, 1, 1)));
    }

    [Theory]
    [MemberData(nameof(TimedRules))]
    public void A_ground_counts_from_the_day_it_occurred_until_the_day_before_it_ends(CreditGround ground, CreditList list, int months)
    {
        _ = list;
        var rule = RuleFor(ground);
        var occurred = new DateOnly(2025, 6, 15);
        var end = occurred.AddMonths(months);

        Assert.False(rule.CountsOn(occurred, occurred.AddDays(-1)));
        Assert.True(rule.CountsOn(occurred, occurred));
        Assert.True(rule.CountsOn(occurred, end.AddDays(-1)));
        Assert.False(rule.CountsOn(occurred, end));
        Assert.False(rule.CountsOn(occurred, end.AddDays(1)));
    }

    [Theory]
    [MemberData(nameof(TimedRules))]
    public void Derivation_lists_from_the_day_of_the_event_until_the_day_before_it_ends(CreditGround ground, CreditList list, int months)
    {
        var occurred = new DateOnly(2025, 6, 15);
        var end = occurred.AddMonths(months);
        var fact = Fact(ground, occurred);

        Assert.Empty(Derive(occurred.AddDays(-1), fact));

        foreach (var day in new[] { occurred, end.AddDays(-1) })
        {
            var entry = Assert.Single(Derive(day, fact));
            Assert.Equal(TheOrganisation, entry.OrganizationId);
            Assert.Equal(list, entry.List);
            Assert.Equal(end, entry.ExpiresOn);
            Assert.Null(entry.ReviewOn);
            var g = Assert.Single(entry.Grounds);
            Assert.Equal(fact.EventId, g.EventId);
            Assert.Equal(ground, g.Ground);
            Assert.Equal(RuleFor(ground).Code, g.RuleCode);
            Assert.Equal(occurred, g.OccurredOn);
            Assert.Equal(end, g.EndsOn);
        }

        Assert.Empty(Derive(end, fact));
    }

    [Fact]
    public void Month_arithmetic_clamps_to_the_end_of_the_month()
    {
        // A failed evaluation of 2024-02-29 counts for 12 months: up to and including 2025-02-27.
        var fact = Fact(CreditGround.FailedEvaluation, new DateOnly(2024, 2, 29));

        var entry = Assert.Single(Derive(new DateOnly(2025, 2, 27), fact));
        Assert.Equal(new DateOnly(2025, 2, 28), entry.ExpiresOn);
        Assert.Empty(Derive(new DateOnly(2025, 2, 28), fact));
    }

    [Theory]
    [InlineData(CreditGround.ExcellentEvaluation)]
    [InlineData(CreditGround.DuplicateApplication)]
    [InlineData(CreditGround.FalseMaterials)]
    [InlineData(CreditGround.FundMisuse)]
    [InlineData(CreditGround.FailedEvaluation)]
    [InlineData(CreditGround.AbnormalActivity)]
    public void An_event_dated_in_the_future_does_not_count(CreditGround ground)
    {
        var tomorrow = Today.AddDays(1);

        Assert.False(RuleFor(ground).CountsOn(tomorrow, Today));
        Assert.Empty(Derive(Fact(ground, tomorrow)));
    }

    [Fact]
    public void Abnormal_activity_lists_open_ended_and_is_reviewed_six_months_after_the_event()
    {
        var fact = Fact(CreditGround.AbnormalActivity, new DateOnly(2026, 8, 31), department: CivilAffairs);

        Assert.Empty(Derive(new DateOnly(2026, 8, 30), fact));
        var entry = Assert.Single(Derive(new DateOnly(2026, 8, 31), fact));
        Assert.Equal(CreditList.Black, entry.List);
        Assert.Null(entry.ExpiresOn);
        Assert.Equal(new DateOnly(2027, 2, 28), entry.ReviewOn);
        Assert.Null(Assert.Single(entry.Grounds).EndsOn);

        // Still listed years later: only fixing it (repair) clears it.
        var later = Assert.Single(Derive(new DateOnly(2031, 1, 1), fact));
        Assert.Null(later.ExpiresOn);
        Assert.Equal(new DateOnly(2027, 2, 28), later.ReviewOn);
    }

    [Fact]
    public void Administrative_penalty_derives_nothing_by_default()
    {
        Assert.Empty(Derive(Fact(CreditGround.AdministrativePenalty, Today)));
        Assert.Empty(Derive(Fact(CreditGround.AdministrativePenalty, new DateOnly(2026, 1, 1))));
    }

    [Fact]
    public void No_rules_no_lists() =>
        Assert.Empty(CreditDerivation.Derive([Fact(CreditGround.FalseMaterials, Today)], [], Today));

    // ---- red: excellent and no black ground ----

    [Fact]
    public void An_excellent_evaluation_within_24_months_lists_red()
    {
        var fact = Fact(CreditGround.ExcellentEvaluation, new DateOnly(2025, 1, 10));

        var entry = Single(fact);

        Assert.Equal(CreditList.Red, entry.List);
        Assert.Equal(new DateOnly(2027, 1, 10), entry.ExpiresOn);
        Assert.Null(entry.DepartmentId);
    }

    [Fact]
    public void A_black_ground_removes_the_red_entry_from_the_derivation()
    {
        var excellent = Fact(CreditGround.ExcellentEvaluation, new DateOnly(2026, 6, 30));
        var duplicate = Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 3, 1));

        var entry = Single(excellent, duplicate);

        Assert.Equal(CreditList.Black, entry.List);
        Assert.Equal([duplicate.EventId], entry.Ids());
        Assert.DoesNotContain(Derive(excellent, duplicate), e => e.List == CreditList.Red);
    }

    [Fact]
    public void Red_returns_once_the_black_ground_has_ended()
    {
        var excellent = Fact(CreditGround.ExcellentEvaluation, new DateOnly(2026, 6, 30));
        var failed = Fact(CreditGround.FailedEvaluation, new DateOnly(2025, 11, 23)); // ends 2026-11-23 = today

        Assert.Equal(CreditList.Black, Assert.Single(Derive(new DateOnly(2026, 11, 22), excellent, failed)).List);
        var entry = Single(excellent, failed);
        Assert.Equal(CreditList.Red, entry.List);
        Assert.Equal([excellent.EventId], entry.Ids());
    }

    [Fact]
    public void A_black_ground_of_another_organisation_leaves_the_red_entry_alone()
    {
        var excellent = Fact(CreditGround.ExcellentEvaluation, new DateOnly(2026, 6, 30));
        var other = Fact(CreditGround.FundMisuse, new DateOnly(2026, 5, 1), org: OtherOrg);

        var entries = Derive(excellent, other);

        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.OrganizationId == TheOrganisation && e.List == CreditList.Red);
        Assert.Contains(entries, e => e.OrganizationId == OtherOrg && e.List == CreditList.Black);
    }

    [Fact]
    public void An_administrative_penalty_does_not_block_the_red_list()
    {
        var excellent = Fact(CreditGround.ExcellentEvaluation, new DateOnly(2026, 6, 30));
        var penalty = Fact(CreditGround.AdministrativePenalty, new DateOnly(2026, 7, 1));

        Assert.Equal(CreditList.Red, Single(excellent, penalty).List);
    }
}
