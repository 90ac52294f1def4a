using ProcurementPlatform.Domain.Credit;
using static ProcurementPlatform.UnitTests.Domain.Credit.CreditTestData;

namespace ProcurementPlatform.UnitTests.Domain.Credit;

/// <summary>The derivation as a pure function: a new ground restarts the clock, entries end with their last ground, same input same output.</summary>
public class CreditDerivationTests
{
    // ---- clock restart ----

    [Fact]
    public void A_second_ground_of_the_same_kind_a_year_later_extends_the_entry_to_its_own_end()
    {
        var first = Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10));
        var second = Fact(CreditGround.DuplicateApplication, new DateOnly(2026, 1, 10));

        Assert.Equal(new DateOnly(2027, 1, 10), Single(first).ExpiresOn);
        var entry = Single(first, second);

        Assert.Equal(CreditList.Black, entry.List);
        Assert.Equal(new DateOnly(2028, 1, 10), entry.ExpiresOn);
        Assert.Equal([first.EventId, second.EventId], entry.Ids());
        Assert.Equal([new DateOnly(2027, 1, 10), new DateOnly(2028, 1, 10)], entry.Grounds.Select(g => g.EndsOn));
    }

    [Fact]
    public void After_the_first_ground_ends_the_entry_rests_on_the_second_alone()
    {
        var first = Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10));
        var second = Fact(CreditGround.DuplicateApplication, new DateOnly(2026, 1, 10));

        var entry = Assert.Single(Derive(new DateOnly(2027, 1, 10), first, second));

        Assert.Equal([second.EventId], entry.Ids());
        Assert.Equal(new DateOnly(2028, 1, 10), entry.ExpiresOn);
    }

    [Fact]
    public void A_shorter_lived_new_ground_does_not_shorten_the_entry()
    {
        var falseMaterials = Fact(CreditGround.FalseMaterials, new DateOnly(2025, 1, 10)); // ends 2028-01-10
        var failed = Fact(CreditGround.FailedEvaluation, new DateOnly(2026, 6, 1));        // ends 2027-06-01

        var entry = Single(falseMaterials, failed);

        Assert.Equal(new DateOnly(2028, 1, 10), entry.ExpiresOn);
        Assert.Equal([falseMaterials.EventId, failed.EventId], entry.Ids());
    }

    [Fact]
    public void Refresh_adds_a_new_ground_and_restarts_the_clock()
    {
        var first = Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10));
        var second = Fact(CreditGround.DuplicateApplication, new DateOnly(2026, 1, 10));
        var entry = CreditEntry.Propose(Single(first), NowUtc);
        entry.Confirm("civil-affairs", NowUtc);
        var later = NowUtc.AddHours(3);

        var changed = entry.Refresh(Single(first, second), later);

        Assert.True(changed);
        Assert.Equal([first.EventId, second.EventId], entry.Grounds.Select(g => g.EventId));
        Assert.Equal(new DateOnly(2028, 1, 10), entry.ExpiresOn);
        Assert.Equal(later, entry.UpdatedAt);
        Assert.Equal(CreditEntryStatus.Listed, entry.Status);
        Assert.Equal(NowUtc, entry.DecidedAt);
    }

    [Fact]
    public void Refresh_returns_false_and_changes_nothing_when_the_grounds_are_identical()
    {
        var fact = Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10));
        var entry = CreditEntry.Propose(Single(fact), NowUtc);

        Assert.False(entry.Refresh(Single(fact), NowUtc.AddHours(3)));
        Assert.Equal(NowUtc, entry.UpdatedAt);
        Assert.Equal([fact.EventId], entry.Grounds.Select(g => g.EventId));
    }

    [Fact]
    public void Refresh_drops_an_ended_ground()
    {
        var first = Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10));
        var second = Fact(CreditGround.DuplicateApplication, new DateOnly(2026, 1, 10));
        var entry = CreditEntry.Propose(Single(first, second), NowUtc);

        Assert.True(entry.Refresh(Assert.Single(Derive(new DateOnly(2027, 1, 10), first, second)), NowUtc));
        Assert.Equal([second.EventId], entry.Grounds.Select(g => g.EventId));
        Assert.Equal(new DateOnly(2028, 1, 10), entry.ExpiresOn);
    }

    [Theory]
    [InlineData(CreditEntryStatus.Rejected)]
    [InlineData(CreditEntryStatus.Removed)]
    public void An_entry_off_the_list_cannot_be_refreshed(CreditEntryStatus status)
    {
        var entry = EntryIn(status);

        Assert.Throws<ProcurementPlatform.Domain.Common.DomainException>(() => entry.Refresh(RedDerived(), NowUtc));
    }

    // ---- expiry ----

    [Fact]
    public void On_the_day_all_grounds_have_ended_nothing_is_derived()
    {
        var duplicate = Fact(CreditGround.DuplicateApplication, new DateOnly(2024, 6, 1)); // ends 2026-06-01
        var failed = Fact(CreditGround.FailedEvaluation, new DateOnly(2025, 9, 1));       // ends 2026-09-01

        var lastDay = Assert.Single(Derive(new DateOnly(2026, 8, 31), duplicate, failed));
        Assert.Equal([failed.EventId], lastDay.Ids());
        Assert.Equal(new DateOnly(2026, 9, 1), lastDay.ExpiresOn);

        Assert.Empty(Derive(new DateOnly(2026, 9, 1), duplicate, failed));
        Assert.Empty(Derive(new DateOnly(2026, 9, 2), duplicate, failed));
    }

    [Fact]
    public void An_until_fixed_ground_keeps_the_entry_open_ended_after_the_other_grounds_expired()
    {
        var duplicate = Fact(CreditGround.DuplicateApplication, new DateOnly(2023, 1, 1)); // ended 2025-01-01
        var abnormal = Fact(CreditGround.AbnormalActivity, new DateOnly(2024, 1, 31));

        var entry = Single(duplicate, abnormal);

        Assert.Equal(CreditList.Black, entry.List);
        Assert.Null(entry.ExpiresOn);
        Assert.Equal(new DateOnly(2024, 7, 31), entry.ReviewOn);
        Assert.Equal([abnormal.EventId], entry.Ids());
    }

    [Fact]
    public void An_until_fixed_ground_makes_the_entry_open_ended_even_beside_a_timed_ground()
    {
        var abnormal = Fact(CreditGround.AbnormalActivity, new DateOnly(2026, 2, 1));
        var misuse = Fact(CreditGround.FundMisuse, new DateOnly(2026, 5, 1));

        var entry = Single(abnormal, misuse);

        Assert.Null(entry.ExpiresOn);
        Assert.Equal(new DateOnly(2026, 8, 1), entry.ReviewOn);
        Assert.Equal([abnormal.EventId, misuse.EventId], entry.Ids());
        Assert.Equal([null, new DateOnly(2029, 5, 1)], entry.Grounds.Select(g => g.EndsOn));
    }

    [Fact]
    public void The_review_follows_the_latest_until_fixed_ground()
    {
        var earlier = Fact(CreditGround.AbnormalActivity, new DateOnly(2025, 3, 1));
        var later = Fact(CreditGround.AbnormalActivity, new DateOnly(2026, 4, 15));

        Assert.Equal(new DateOnly(2026, 10, 15), Single(later, earlier).ReviewOn);
    }

    [Fact]
    public void Refreshing_to_an_open_ended_derivation_clears_the_expiry()
    {
        var misuse = Fact(CreditGround.FundMisuse, new DateOnly(2026, 5, 1));
        var abnormal = Fact(CreditGround.AbnormalActivity, new DateOnly(2026, 6, 1));
        var entry = CreditEntry.Propose(Single(misuse), NowUtc);
        Assert.Equal(new DateOnly(2029, 5, 1), entry.ExpiresOn);

        Assert.True(entry.Refresh(Single(misuse, abnormal), NowUtc));

        Assert.Null(entry.ExpiresOn);
        Assert.Equal(new DateOnly(2026, 12, 1), entry.ReviewOn);
    }

    // ---- department ----

    [Fact]
    public void The_department_is_that_of_the_latest_event_that_has_one()
    {
        var a = Fact(CreditGround.FalseMaterials, new DateOnly(2025, 1, 1), department: CivilAffairs);
        var b = Fact(CreditGround.FundMisuse, new DateOnly(2025, 6, 1), department: Finance);
        var none = Fact(CreditGround.FailedEvaluation, new DateOnly(2026, 1, 1));

        Assert.Equal(Finance, Single(none, b, a).DepartmentId);
        Assert.Equal(CivilAffairs, Single(a, none).DepartmentId);
        Assert.Null(Single(none).DepartmentId);
    }

    // ---- idempotence ----

    [Fact]
    public void Same_facts_on_the_same_day_derive_the_same_entries_in_any_order()
    {
        var facts = new[]
        {
            Fact(CreditGround.FalseMaterials, new DateOnly(2025, 1, 1), department: CivilAffairs),
            Fact(CreditGround.FundMisuse, new DateOnly(2025, 6, 1), department: Finance),
            Fact(CreditGround.FailedEvaluation, new DateOnly(2026, 1, 1)),
            Fact(CreditGround.DuplicateApplication, new DateOnly(2026, 1, 1), department: CivilAffairs), // same day as above
            Fact(CreditGround.ExcellentEvaluation, new DateOnly(2026, 3, 1)),                              // hidden by black
            Fact(CreditGround.ExcellentEvaluation, new DateOnly(2026, 3, 1), org: OtherOrg),
            Fact(CreditGround.ExcellentEvaluation, new DateOnly(2025, 3, 1), org: OtherOrg, department: Finance),
            Fact(CreditGround.AbnormalActivity, new DateOnly(2026, 2, 1), org: Guid.NewGuid(), department: Finance),
            Fact(CreditGround.FailedEvaluation, new DateOnly(2024, 1, 1), org: Guid.NewGuid()),            // expired
        };
        var expected = Normalise(CreditDerivation.Derive(facts, Rules, Today));
        Assert.Equal(3, expected.Count);

        Assert.Equal(expected, Normalise(CreditDerivation.Derive(facts, Rules, Today)));
        Assert.Equal(expected, Normalise(CreditDerivation.Derive(facts.Reverse(), Rules, Today)));
        var random = new Random(6);
        for (var i = 0; i < 20; i++)
            Assert.Equal(expected, Normalise(CreditDerivation.Derive(facts.OrderBy(_ => random.Next()).ToArray(), Rules, Today)));
    }

    [Fact]
    public void An_entry_proposed_from_a_derivation_is_the_same_as_it_and_needs_no_refresh()
    {
        var facts = new[]
        {
            Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10), department: CivilAffairs),
            Fact(CreditGround.FalseMaterials, new DateOnly(2026, 1, 10), department: Finance),
            Fact(CreditGround.AbnormalActivity, new DateOnly(2026, 2, 10)),
        };
        var derived = Assert.Single(CreditDerivation.Derive(facts, Rules, Today));
        var entry = CreditEntry.Propose(derived, NowUtc);

        Assert.True(entry.SameAs(derived));
        Assert.True(entry.SameAs(Assert.Single(CreditDerivation.Derive(facts.Reverse(), Rules, Today))));
        Assert.False(entry.Refresh(Assert.Single(CreditDerivation.Derive(facts.Reverse(), Rules, Today)), NowUtc.AddDays(1)));
        Assert.Equal(NowUtc, entry.UpdatedAt);
    }

    [Fact]
    public void An_entry_is_not_the_same_as_a_derivation_with_another_ground_or_expiry()
    {
        var first = Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10));
        var entry = CreditEntry.Propose(Single(first), NowUtc);

        Assert.False(entry.SameAs(Single(first, Fact(CreditGround.DuplicateApplication, new DateOnly(2026, 1, 10)))));
        Assert.False(entry.SameAs(Single(Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10)))));
        Assert.False(entry.SameAs(Single(first) with { ExpiresOn = null }));
        Assert.False(entry.SameAs(Single(first) with { ReviewOn = Today }));
    }

    private static List<string> Normalise(IEnumerable<DerivedEntry> entries) =>
        [.. entries
            .Select(e => $"{e.OrganizationId}|{e.List}|{e.ExpiresOn}|{e.ReviewOn}|{e.DepartmentId}|" +
                string.Join(",", e.Grounds.Select(g => $"{g.EventId}:{g.Ground}:{g.RuleCode}:{g.OccurredOn}:{g.EndsOn}")))
            .Order(StringComparer.Ordinal)];
}
