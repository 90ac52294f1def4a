using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Reviews;

namespace ProcurementPlatform.UnitTests.Domain.Reviews;

public sealed class PanelDrawTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Guid Applicant = Guid.NewGuid();
    private static readonly Guid Unrelated = Guid.NewGuid();

    private static List<ExpertCandidate> Pool() =>
    [
        .. Enumerable.Range(1, 10).Select(i => new ExpertCandidate(new Guid($"00000000-0000-0000-0000-{i:000000000000}"), $"专家{i}", ["儿童关爱"], [])),
        new(new Guid("00000000-0000-0000-0000-000000000011"), "在职专家", ["儿童关爱"], [new Affiliation(Applicant, AffiliationKind.Employee, new DateOnly(2020, 1, 1), null)]),
        new(new Guid("00000000-0000-0000-0000-000000000012"), "前理事", ["儿童关爱"], [new Affiliation(Applicant, AffiliationKind.Director, new DateOnly(2019, 1, 1), new DateOnly(2024, 6, 30))]),
        new(new Guid("00000000-0000-0000-0000-000000000013"), "早年股东", ["儿童关爱"], [new Affiliation(Applicant, AffiliationKind.Shareholder, new DateOnly(2015, 1, 1), new DateOnly(2022, 12, 31))]),
        new(new Guid("00000000-0000-0000-0000-000000000014"), "别家职员", ["儿童关爱"], [new Affiliation(Unrelated, AffiliationKind.Employee, new DateOnly(2020, 1, 1), null)]),
        new(new Guid("00000000-0000-0000-0000-000000000015"), "养老专家", ["养老服务"], []),
    ];

    [Fact]
    public void The_same_seed_and_inputs_give_the_same_panel_and_other_seeds_differ()
    {
        var first = PanelDraw.Draw(Pool(), "儿童关爱", [Applicant], 5, 20261123, Today);
        var again = PanelDraw.Draw(Pool().AsEnumerable().Reverse(), "儿童关爱", [Applicant], 5, 20261123, Today);
        Assert.Equal(first.Drawn, again.Drawn);
        Assert.Equal(5, first.Drawn.Distinct().Count());

        var panels = Enumerable.Range(1, 20).Select(s => string.Join(",", PanelDraw.Draw(Pool(), "儿童关爱", [Applicant], 5, s, Today).Drawn)).Distinct().Count();
        Assert.True(panels > 10, $"only {panels} different panels from 20 seeds");
    }

    [Fact]
    public void The_draw_is_pinned_to_a_known_result_so_a_recorded_seed_replays_on_any_runtime()
    {
        var result = PanelDraw.Draw(Pool(), "儿童关爱", [Applicant], 3, 42, Today);
        Assert.Equal("10,07,08", string.Join(",", result.Drawn.Select(id => id.ToString()[^2..])));
    }

    [Fact]
    public void Experts_tied_to_an_applicant_within_three_years_are_excluded_with_the_reason()
    {
        var result = PanelDraw.Draw(Pool(), "儿童关爱", [Applicant], 5, 7, Today);

        Assert.Equal(["在职专家", "前理事"], result.Excluded.Select(e => e.Name));
        Assert.Contains("任职", result.Excluded[0].Reason);
        Assert.Contains("至今", result.Excluded[0].Reason);
        Assert.Contains("2024-06-30", result.Excluded[1].Reason);
        Assert.DoesNotContain(result.Drawn, id => result.Excluded.Any(e => e.ExpertId == id));
        Assert.Equal(14, result.Candidates.Count); // the 养老 expert is not a candidate at all
    }

    [Fact]
    public void A_replacement_draw_skips_those_already_on_the_panel()
    {
        var panel = PanelDraw.Draw(Pool(), "儿童关爱", [Applicant], 5, 99, Today);
        var replacement = PanelDraw.Draw(Pool(), "儿童关爱", [Applicant], 1, 100, Today, alreadyOnPanel: panel.Drawn);
        Assert.DoesNotContain(replacement.Drawn.Single(), panel.Drawn);
    }

    [Fact]
    public void Too_few_eligible_experts_is_refused_with_the_numbers()
    {
        var refusal = Assert.Throws<DomainException>(() => PanelDraw.Draw(Pool(), "养老服务", [Applicant], 5, 1, Today));
        Assert.Contains("只有 1 人", refusal.Message);
    }
}

public sealed class PanelDrawReplayTests
{
    [Fact]
    public void A_recorded_draw_replays_from_its_candidates_exclusions_and_seed_and_a_tampered_record_does_not()
    {
        var candidates = Enumerable.Range(1, 9).Select(i => new Guid($"00000000-0000-0000-0000-{i:000000000000}")).ToList();
        var excluded = new[] { candidates[2] };
        var drawn = PanelDraw.Pick(candidates.Except(excluded).ToList(), 123456789, 5);

        Assert.True(PanelDraw.Replays(candidates, excluded, 123456789, 5, drawn));
        Assert.False(PanelDraw.Replays(candidates, excluded, 123456790, 5, drawn));
        var swapped = drawn.Take(4).Append(candidates[2]).ToList(); // a record edited to put an excluded expert on the panel
        Assert.False(PanelDraw.Replays(candidates, excluded, 123456789, 5, swapped));
        Assert.DoesNotContain(candidates[2], drawn);
    }
}
