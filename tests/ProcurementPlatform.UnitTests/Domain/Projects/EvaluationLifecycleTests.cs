using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.Domain.Projects.EvaluationStatus;
using static ProcurementPlatform.Domain.Projects.EvaluationTrigger;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>The full (state × trigger) table of an evaluation, written out by hand.</summary>
public class EvaluationLifecycleTests
{
    /// <summary>The only allowed moves. Every pair not listed here must be refused.</summary>
    private static readonly Dictionary<(EvaluationStatus, EvaluationTrigger), EvaluationStatus> Expected = new()
    {
        [(Assigned, Submit)] = Scored,
        [(Scored, Publish)] = InPublicity,
        [(InPublicity, Finalise)] = Final,
        [(InPublicity, Reopen)] = Assigned, // an upheld objection sends it back to the evaluator
    };

    public static TheoryData<EvaluationStatus, EvaluationTrigger> AllPairs()
    {
        var data = new TheoryData<EvaluationStatus, EvaluationTrigger>();
        foreach (var state in Enum.GetValues<EvaluationStatus>())
            foreach (var trigger in Enum.GetValues<EvaluationTrigger>())
                data.Add(state, trigger);
        return data;
    }

    [Fact]
    public void The_enumeration_covers_four_states_and_four_triggers()
    {
        Assert.Equal(4, Enum.GetValues<EvaluationStatus>().Length);
        Assert.Equal(4, Enum.GetValues<EvaluationTrigger>().Length);
        Assert.Equal(16, AllPairs().Count);
    }

    [Fact]
    public void The_table_holds_exactly_the_expected_moves()
    {
        var actual = Evaluation.Lifecycle.Moves.ToDictionary(m => (m.Key.From, m.Key.Trigger), m => m.Value);
        Assert.Equal(Expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Table_answers_each_pair_as_expected(EvaluationStatus from, EvaluationTrigger trigger)
    {
        var allowed = Expected.TryGetValue((from, trigger), out var expectedTarget);

        Assert.Equal(allowed, Evaluation.Lifecycle.CanFire(from, trigger));
        Assert.Equal(allowed, Evaluation.Lifecycle.TryGetTarget(from, trigger, out var target));
        if (allowed) Assert.Equal(expectedTarget, target);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Entity_obeys_the_table(EvaluationStatus from, EvaluationTrigger trigger)
    {
        var evaluation = EvaluationIn(from, ProjectIn(ProjectStatus.Completed), EvaluationKind.Final);
        var before = (evaluation.Total, evaluation.Grade, evaluation.SubmittedAt, evaluation.FinalisedAt);
        var allowed = Expected.TryGetValue((from, trigger), out var expectedTarget);

        if (allowed)
        {
            FireThroughEntity(evaluation, trigger);
            Assert.Equal(expectedTarget, evaluation.Status);
        }
        else
        {
            var ex = Assert.Throws<DomainException>(() => FireThroughEntity(evaluation, trigger));
            ChineseText.AssertChinese(ex.Message);
            Assert.Contains($"“{from.ToChinese()}”", ex.Message);
            Assert.Contains($"“{trigger.ToChinese()}”", ex.Message);
            Assert.Equal(from, evaluation.Status);
            Assert.Equal(before, (evaluation.Total, evaluation.Grade, evaluation.SubmittedAt, evaluation.FinalisedAt));
        }
    }

    [Fact]
    public void Finalising_records_when()
    {
        var evaluation = EvaluationIn(InPublicity, ProjectIn(ProjectStatus.Completed), EvaluationKind.Final);
        var at = AwardedAt.AddDays(400);

        evaluation.Finalise(at);

        Assert.Equal(at, evaluation.FinalisedAt);
        Assert.Equal(87m, evaluation.Total);
    }

    [Fact]
    public void Every_state_and_trigger_has_a_chinese_name()
    {
        foreach (var state in Enum.GetValues<EvaluationStatus>())
        {
            ChineseText.AssertChinese(state.ToChinese());
            Assert.NotEqual(state.ToString(), state.ToChinese());
        }
        foreach (var trigger in Enum.GetValues<EvaluationTrigger>())
        {
            ChineseText.AssertChinese(trigger.ToChinese());
            Assert.NotEqual(trigger.ToString(), trigger.ToChinese());
        }
    }

    [Fact]
    public void A_final_evaluation_permits_nothing() => Assert.Empty(Evaluation.Lifecycle.PermittedTriggers(Final));

    /// <summary>Fires a trigger through the entity's real method with every non-state guard satisfied.</summary>
    private static void FireThroughEntity(Evaluation evaluation, EvaluationTrigger trigger)
    {
        switch (trigger)
        {
            case Submit: evaluation.Submit(AwardedAt.AddDays(1)); break;
            case Publish: evaluation.MarkPublished(); break;
            case Finalise: evaluation.Finalise(AwardedAt.AddDays(10)); break;
            case Reopen: evaluation.Reopen(); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "no entity method");
        }
    }
}
