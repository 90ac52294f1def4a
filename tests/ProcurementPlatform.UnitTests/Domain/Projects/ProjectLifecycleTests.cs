using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.Domain.Projects.ProjectStatus;
using static ProcurementPlatform.Domain.Projects.ProjectTrigger;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>The full (state × trigger) table of a project, written out by hand.</summary>
public class ProjectLifecycleTests
{
    /// <summary>The only allowed moves. Every pair not listed here must be refused.</summary>
    private static readonly Dictionary<(ProjectStatus, ProjectTrigger), ProjectStatus> Expected = new()
    {
        [(ContractPending, Sign)] = Contracted,
        [(Contracted, Start)] = InProgress,     // the first report filed
        [(InProgress, Complete)] = Completed,
        [(Completed, Evaluate)] = Evaluated,    // the final evaluation's results go into publicity
        [(Evaluated, Close)] = Closed,          // the publicity ended
        [(Evaluated, Reevaluate)] = Completed,  // an objection to the final evaluation was upheld
    };

    public static TheoryData<ProjectStatus, ProjectTrigger> AllPairs()
    {
        var data = new TheoryData<ProjectStatus, ProjectTrigger>();
        foreach (var state in Enum.GetValues<ProjectStatus>())
            foreach (var trigger in Enum.GetValues<ProjectTrigger>())
                data.Add(state, trigger);
        return data;
    }

    [Fact]
    public void The_enumeration_covers_six_states_and_six_triggers()
    {
        Assert.Equal(6, Enum.GetValues<ProjectStatus>().Length);
        Assert.Equal(6, Enum.GetValues<ProjectTrigger>().Length);
        Assert.Equal(36, AllPairs().Count);
    }

    [Fact]
    public void The_table_holds_exactly_the_expected_moves()
    {
        var actual = Project.Lifecycle.Moves.ToDictionary(m => (m.Key.From, m.Key.Trigger), m => m.Value);
        Assert.Equal(Expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Table_answers_each_pair_as_expected(ProjectStatus from, ProjectTrigger trigger)
    {
        var allowed = Expected.TryGetValue((from, trigger), out var expectedTarget);

        Assert.Equal(allowed, Project.Lifecycle.CanFire(from, trigger));
        Assert.Equal(allowed, Project.Lifecycle.TryGetTarget(from, trigger, out var target));
        if (allowed) Assert.Equal(expectedTarget, target);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Entity_obeys_the_table(ProjectStatus from, ProjectTrigger trigger)
    {
        var project = ProjectIn(from);
        project.ClearDomainEvents();
        var (signedAt, completedAt, closedAt) = (project.SignedAt, project.CompletedAt, project.ClosedAt);
        var allowed = Expected.TryGetValue((from, trigger), out var expectedTarget);

        if (allowed)
        {
            FireThroughEntity(project, trigger);
            Assert.Equal(expectedTarget, project.Status);
        }
        else if (trigger == Start)
        {
            // StartIfContracted is called on every submission: outside Contracted it does nothing rather than refuse.
            FireThroughEntity(project, trigger);
            Assert.Equal(from, project.Status);
        }
        else
        {
            var ex = Assert.Throws<DomainException>(() => FireThroughEntity(project, trigger));
            ChineseText.AssertChinese(ex.Message);
            Assert.Contains($"“{from.ToChinese()}”", ex.Message);
            Assert.Contains($"“{trigger.ToChinese()}”", ex.Message);
            Assert.Equal(from, project.Status);
            Assert.Equal((signedAt, completedAt, closedAt), (project.SignedAt, project.CompletedAt, project.ClosedAt));
            Assert.Empty(project.DomainEvents);
        }
    }

    [Fact]
    public void Closing_records_the_grade_for_the_credit_rules()
    {
        var project = ProjectIn(Evaluated);
        var evaluationId = Guid.NewGuid();
        var at = EndsOn.ToUtc(days: 40);

        project.Close(evaluationId, EvaluationGrade.Excellent, 92.5m, at);

        Assert.Equal(at, project.ClosedAt);
        var closed = Assert.IsType<ProjectClosed>(Assert.Single(project.DomainEvents, e => e is ProjectClosed));
        Assert.Equal(new ProjectClosed(project.Id, project.OrganizationId, evaluationId, EvaluationGrade.Excellent, 92.5m, at), closed);
    }

    [Fact]
    public void Completing_records_when()
    {
        var project = ProjectIn(InProgress);
        var at = EndsOn.ToUtc(days: 2);

        project.Complete(at);

        Assert.Equal(at, project.CompletedAt);
    }

    [Fact]
    public void Every_state_and_trigger_has_a_chinese_name()
    {
        foreach (var state in Enum.GetValues<ProjectStatus>())
        {
            ChineseText.AssertChinese(state.ToChinese());
            Assert.NotEqual(state.ToString(), state.ToChinese());
        }
        foreach (var trigger in Enum.GetValues<ProjectTrigger>())
        {
            ChineseText.AssertChinese(trigger.ToChinese());
            Assert.NotEqual(trigger.ToString(), trigger.ToChinese());
        }
    }

    [Fact]
    public void A_closed_project_permits_nothing() => Assert.Empty(Project.Lifecycle.PermittedTriggers(Closed));

    // ---- the 30-day contract deadline ----

    [Fact]
    public void The_contract_is_due_thirty_days_after_the_award()
    {
        var project = NewProject();

        Assert.Equal(AwardedAt.AddDays(30), project.ContractDueAt);
        Assert.False(project.ContractOverdue(AwardedAt));
        Assert.False(project.ContractOverdue(AwardedAt.AddDays(30)));
        Assert.True(project.ContractOverdue(AwardedAt.AddDays(30).AddSeconds(1)));
        Assert.True(project.ContractOverdue(AwardedAt.AddDays(90)));
    }

    [Theory]
    [InlineData(Contracted)]
    [InlineData(InProgress)]
    [InlineData(Completed)]
    [InlineData(Evaluated)]
    [InlineData(Closed)]
    public void Only_a_pending_contract_can_be_overdue(ProjectStatus status) =>
        Assert.False(ProjectIn(status).ContractOverdue(AwardedAt.AddDays(400)));

    [Fact]
    public void A_contract_signed_late_is_no_longer_overdue()
    {
        var project = NewProject();
        var late = AwardedAt.AddDays(45);
        Assert.True(project.ContractOverdue(late));

        project.Sign(Terms() with { StartsOn = new DateOnly(2027, 1, 15), EndsOn = new DateOnly(2027, 12, 31) }, "officer", late);

        Assert.False(project.ContractOverdue(late));
    }

    /// <summary>Fires a trigger through the entity's real method with every non-state guard satisfied.</summary>
    private static void FireThroughEntity(Project project, ProjectTrigger trigger)
    {
        var at = EndsOn.ToUtc(days: 5);
        switch (trigger)
        {
            case Sign: project.Sign(Terms(), "officer", AwardedAt); break;
            case Start: project.StartIfContracted(); break;
            case Complete: project.Complete(at); break;
            case Evaluate: project.MarkEvaluated(); break;
            case Close: project.Close(Guid.NewGuid(), EvaluationGrade.Good, 85m, at); break;
            case Reevaluate: project.ReopenEvaluation(); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "no entity method");
        }
    }
}
