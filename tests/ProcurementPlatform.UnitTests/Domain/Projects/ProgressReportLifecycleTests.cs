using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.Domain.Projects.ReportStatus;
using static ProcurementPlatform.Domain.Projects.ReportTrigger;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>The full (state × trigger) table of a progress report (项目实施动态), written out by hand.</summary>
public class ProgressReportLifecycleTests
{
    /// <summary>The only allowed moves. Every pair not listed here must be refused.</summary>
    private static readonly Dictionary<(ReportStatus, ReportTrigger), ReportStatus> Expected = new()
    {
        [(Draft, Submit)] = Submitted,
        [(Returned, Submit)] = Submitted,
        [(Submitted, Accept)] = Accepted,
        [(Submitted, Return)] = Returned,
    };

    public static TheoryData<ReportStatus, ReportTrigger> AllPairs()
    {
        var data = new TheoryData<ReportStatus, ReportTrigger>();
        foreach (var state in Enum.GetValues<ReportStatus>())
            foreach (var trigger in Enum.GetValues<ReportTrigger>())
                data.Add(state, trigger);
        return data;
    }

    [Fact]
    public void The_enumeration_covers_four_states_and_three_triggers()
    {
        Assert.Equal(4, Enum.GetValues<ReportStatus>().Length);
        Assert.Equal(3, Enum.GetValues<ReportTrigger>().Length);
        Assert.Equal(12, AllPairs().Count);
    }

    [Fact]
    public void The_table_holds_exactly_the_expected_moves()
    {
        var actual = ProgressReport.Lifecycle.Moves.ToDictionary(m => (m.Key.From, m.Key.Trigger), m => m.Value);
        Assert.Equal(Expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Table_answers_each_pair_as_expected(ReportStatus from, ReportTrigger trigger)
    {
        var allowed = Expected.TryGetValue((from, trigger), out var expectedTarget);

        Assert.Equal(allowed, ProgressReport.Lifecycle.CanFire(from, trigger));
        Assert.Equal(allowed, ProgressReport.Lifecycle.TryGetTarget(from, trigger, out var target));
        if (allowed) Assert.Equal(expectedTarget, target);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Entity_obeys_the_table(ReportStatus from, ReportTrigger trigger)
    {
        var project = Signed();
        var report = ReportIn(from, project);
        report.ClearDomainEvents();
        var (updatedAt, submittedAt, reviewedAt, comment) = (report.UpdatedAt, report.SubmittedAt, report.ReviewedAt, report.ReviewComment);
        var allowed = Expected.TryGetValue((from, trigger), out var expectedTarget);

        if (allowed)
        {
            FireThroughEntity(report, project, trigger);
            Assert.Equal(expectedTarget, report.Status);
        }
        else
        {
            var ex = Assert.Throws<DomainException>(() => FireThroughEntity(report, project, trigger));
            ChineseText.AssertChinese(ex.Message);
            Assert.Contains($"“{from.ToChinese()}”", ex.Message);
            Assert.Contains($"“{trigger.ToChinese()}”", ex.Message);
            Assert.Equal(from, report.Status);
            Assert.Equal((updatedAt, submittedAt, reviewedAt, comment), (report.UpdatedAt, report.SubmittedAt, report.ReviewedAt, report.ReviewComment));
            Assert.Empty(report.DomainEvents);
        }
    }

    [Fact]
    public void Every_state_and_trigger_has_a_chinese_name()
    {
        foreach (var state in Enum.GetValues<ReportStatus>())
        {
            ChineseText.AssertChinese(state.ToChinese());
            Assert.NotEqual(state.ToString(), state.ToChinese());
        }
        foreach (var trigger in Enum.GetValues<ReportTrigger>())
        {
            ChineseText.AssertChinese(trigger.ToChinese());
            Assert.NotEqual(trigger.ToString(), trigger.ToChinese());
        }
    }

    [Fact]
    public void An_accepted_report_permits_nothing() => Assert.Empty(ProgressReport.Lifecycle.PermittedTriggers(Accepted));

    [Theory]
    [InlineData(Draft, true)]
    [InlineData(Returned, true)]
    [InlineData(Submitted, false)]
    [InlineData(Accepted, false)]
    public void Only_drafts_and_returned_reports_are_editable(ReportStatus status, bool editable) =>
        Assert.Equal(editable, ReportIn(status, Signed()).Editable);

    /// <summary>Fires a trigger through the entity's real method with every non-state guard satisfied.</summary>
    private static void FireThroughEntity(ProgressReport report, Project project, ReportTrigger trigger)
    {
        var at = InFirstPeriod.AddDays(30);
        switch (trigger)
        {
            case Submit: report.Submit(project, at); break;
            case Accept: report.Accept("officer", "材料齐全", at); break;
            case Return: report.Return("officer", "请补充签到表。", at); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "no entity method");
        }
    }
}
