using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>项目实施动态: creating, saving, submitting and reviewing a period's report.</summary>
public class ProgressReportTests
{
    // ---- creating ----

    [Fact]
    public void A_report_takes_its_period_and_due_time_from_the_schedule()
    {
        var project = Signed();

        var report = new ProgressReport(project, 1, "ngo-user", InFirstPeriod);

        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(project.Id, report.ProjectId);
        Assert.Equal(1, report.PeriodIndex);
        Assert.Equal(new DateOnly(2026, 12, 1), report.PeriodFrom);
        Assert.Equal(new DateOnly(2027, 2, 28), report.PeriodTo);
        Assert.Equal(new DateTime(2027, 3, 10, 16, 0, 0, DateTimeKind.Utc), report.DueAt);
        Assert.Equal("ngo-user", report.CreatedBy);
    }

    [Fact]
    public void A_report_cannot_be_created_for_a_period_not_yet_started()
    {
        var project = Signed();

        var ex = Assert.Throws<DomainException>(() => new ProgressReport(project, 2, "ngo-user", InFirstPeriod));

        Assert.Contains(project.Period(2).Label, ex.Message);
        Assert.Contains("尚未开始", ex.Message);
    }

    [Fact]
    public void The_first_period_opens_at_midnight_china_time_on_its_first_day()
    {
        var project = Signed();
        var midnight = new DateTime(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc); // 2026-12-01 00:00 in China

        Assert.Throws<DomainException>(() => new ProgressReport(project, 1, "ngo-user", midnight.AddSeconds(-1)));
        Assert.Equal(1, new ProgressReport(project, 1, "ngo-user", midnight).PeriodIndex);
    }

    [Theory]
    [InlineData(ProjectStatus.ContractPending)]
    [InlineData(ProjectStatus.Completed)]
    [InlineData(ProjectStatus.Evaluated)]
    [InlineData(ProjectStatus.Closed)]
    public void A_report_needs_a_signed_project_still_being_carried_out(ProjectStatus status)
    {
        var project = ProjectIn(status);

        var ex = Assert.Throws<DomainException>(() => new ProgressReport(project, 1, "ngo-user", InLastPeriod));

        ChineseText.AssertChinese(ex.Message);
        Assert.Contains($"“{status.ToChinese()}”", ex.Message);
    }

    [Theory]
    [InlineData(ProjectStatus.Contracted)]
    [InlineData(ProjectStatus.InProgress)]
    public void A_report_can_be_created_while_contracted_or_in_progress(ProjectStatus status) =>
        Assert.Equal(ReportStatus.Draft, new ProgressReport(ProjectIn(status), 1, "ngo-user", InFirstPeriod).Status);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void A_report_needs_a_period_of_the_schedule(int index)
    {
        var ex = Assert.Throws<DomainException>(() => new ProgressReport(Signed(), index, "ngo-user", InLastPeriod));

        Assert.Contains("没有这个报告期", ex.Message);
    }

    // ---- saving ----

    [Fact]
    public void Saving_charges_expenditures_to_the_contract_lines_and_their_fund_sources()
    {
        var project = Signed();
        var report = new ProgressReport(project, 1, "ngo-user", InFirstPeriod);
        var savedAt = InFirstPeriod.AddHours(1);

        report.Save(project, new ReportContent(" 开展助餐服务。 ", Outputs(),
        [
            new(PersonnelLine, Money.FromYuan(6_000), new DateOnly(2026, 12, 5), "十二月社工薪酬"),
            new(ActivitiesLine, Money.FromYuan(2_500), new DateOnly(2027, 2, 28), " 餐费补贴 "),
        ]), savedAt);

        Assert.Equal("开展助餐服务。", report.Narrative);
        Assert.Equal(savedAt, report.UpdatedAt);
        Assert.Equal([(BudgetCategory.Personnel, FundSource.FiscalBudget), (BudgetCategory.Activities, FundSource.WelfareLottery)],
            report.Expenditures.Select(e => (e.Category, e.FundSource)));
        Assert.Equal([1, 2], report.Expenditures.Select(e => e.Order));
        Assert.Equal("餐费补贴", report.Expenditures[1].Description);
        Assert.Equal(Money.FromYuan(8_500), report.Spent);
        Assert.Single(report.Outputs);
    }

    [Fact]
    public void Saving_again_replaces_the_outputs_and_expenditures()
    {
        var project = Signed();
        var report = ReadyReport(project, 1);

        report.Save(project, new ReportContent("改写", [], []), InFirstPeriod);

        Assert.Empty(report.Outputs);
        Assert.Empty(report.Expenditures);
        Assert.Equal(Money.Zero, report.Spent);
    }

    /// <summary>An expenditure each rule refuses: unknown line, amount ≤ 0, dated after the period, no description.</summary>
    public static TheoryData<ExpenditureInput, string> RefusedExpenditures() => new()
    {
        { new(9, Money.FromYuan(100), new DateOnly(2026, 12, 5), "餐费"), "第1笔支出：请选择合同中的预算科目" },
        { new(ActivitiesLine, Money.Zero, new DateOnly(2026, 12, 5), "餐费"), "第1笔支出：金额必须大于0" },
        { new(ActivitiesLine, new Money(-1), new DateOnly(2026, 12, 5), "餐费"), "第1笔支出：金额必须大于0" },
        { new(ActivitiesLine, Money.FromYuan(100), new DateOnly(2027, 3, 1), "餐费"), "第1笔支出：支出日期 2027-03-01 晚于本报告期结束日" },
        { new(ActivitiesLine, Money.FromYuan(100), new DateOnly(2026, 12, 5), " "), "第1笔支出：请填写支出说明" },
    };

    [Theory]
    [MemberData(nameof(RefusedExpenditures))]
    public void A_refused_expenditure_is_named_and_nothing_changes(ExpenditureInput expenditure, string expected)
    {
        var project = Signed();
        var report = ReadyReport(project, 1);
        var before = (report.Narrative, report.UpdatedAt, Expenditures: report.Expenditures.ToList(), Outputs: report.Outputs.ToList());

        var ex = Assert.Throws<DomainException>(() => report.Save(project, new ReportContent("新的说明", [], [expenditure]), InFirstPeriod.AddDays(1)));

        Assert.Contains(expected, ex.Message);
        Assert.Equal(before.Narrative, report.Narrative);
        Assert.Equal(before.UpdatedAt, report.UpdatedAt);
        Assert.Equal(before.Expenditures, report.Expenditures);
        Assert.Equal(before.Outputs, report.Outputs);
    }

    [Fact]
    public void An_expenditure_on_the_last_day_of_the_period_is_accepted()
    {
        var project = Signed();
        var report = ReadyReport(project, 1);

        report.Save(project, new ReportContent("说明", Outputs(), [new(ActivitiesLine, Money.FromYuan(1), project.Period(1).To, "餐费")]), InFirstPeriod);

        Assert.Equal(new DateOnly(2027, 2, 28), Assert.Single(report.Expenditures).SpentOn);
    }

    [Theory]
    [InlineData(BudgetCategory.Personnel)]
    [InlineData(BudgetCategory.Administration)]
    public void Lottery_funds_cannot_be_charged_for_personnel_or_administration(BudgetCategory category)
    {
        var project = Signed();
        var line = InjectLine(project, category, FundSource.WelfareLottery, Money.FromYuan(10_000));
        var report = ReadyReport(project, 1);
        var before = report.Expenditures.ToList();

        var ex = Assert.Throws<DomainException>(() => report.Save(project,
            new ReportContent("说明", Outputs(), [new(line.Order, Money.FromYuan(100), new DateOnly(2026, 12, 5), "历史支出")]), InFirstPeriod));

        Assert.Contains($"第1笔支出：彩票公益金不得用于{category.ToChinese()}", ex.Message);
        Assert.Equal(before, report.Expenditures);
    }

    [Fact]
    public void Every_refused_expenditure_is_named_by_its_number()
    {
        var project = Signed();
        var report = new ProgressReport(project, 1, "ngo-user", InFirstPeriod);

        var ex = Assert.Throws<DomainException>(() => report.Save(project, new ReportContent("说明", [],
        [
            new(ActivitiesLine, Money.FromYuan(100), new DateOnly(2026, 12, 5), "餐费"),
            new(ActivitiesLine, Money.Zero, new DateOnly(2026, 12, 5), "餐费"),
            new(7, Money.FromYuan(100), new DateOnly(2026, 12, 5), "餐费"),
        ]), InFirstPeriod));

        Assert.DoesNotContain("第1笔", ex.Message);
        Assert.Contains("第2笔支出：金额必须大于0", ex.Message);
        Assert.Contains("第3笔支出：请选择合同中的预算科目", ex.Message);
        Assert.Empty(report.Expenditures);
    }

    [Fact]
    public void Negative_outputs_are_refused()
    {
        var project = Signed();
        var report = new ProgressReport(project, 1, "ngo-user", InFirstPeriod);

        var ex = Assert.Throws<DomainException>(() => report.Save(project,
            new ReportContent("说明", [new("助餐", OutputType.Casework, 50, -1, 0)], []), InFirstPeriod));

        Assert.Contains("第1项产出", ex.Message);
        Assert.Empty(report.Outputs);
    }

    // ---- submitting ----

    [Fact]
    public void Submitting_needs_a_narrative_outputs_and_evidence_and_names_all_that_is_missing()
    {
        var project = Signed();
        var report = new ProgressReport(project, 1, "ngo-user", InFirstPeriod);

        var ex = Assert.Throws<DomainException>(() => report.Submit(project, InFirstPeriod));

        Assert.Contains("实施情况说明", ex.Message);
        Assert.Contains("产出完成情况", ex.Message);
        Assert.Contains("佐证材料", ex.Message);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Null(report.SubmittedAt);
        Assert.Equal(ProjectStatus.Contracted, project.Status);
    }

    [Fact]
    public void Submitting_names_only_what_is_still_missing()
    {
        var project = Signed();
        var report = new ProgressReport(project, 1, "ngo-user", InFirstPeriod);
        report.Save(project, new ReportContent("本期开展助餐服务。", [], []), InFirstPeriod);

        var ex = Assert.Throws<DomainException>(() => report.Submit(project, InFirstPeriod));
        Assert.DoesNotContain("实施情况说明", ex.Message);
        Assert.Contains("产出完成情况", ex.Message);
        Assert.Contains("佐证材料", ex.Message);

        report.Save(project, new ReportContent("本期开展助餐服务。", Outputs(), []), InFirstPeriod);
        ex = Assert.Throws<DomainException>(() => report.Submit(project, InFirstPeriod));
        Assert.DoesNotContain("产出完成情况", ex.Message);
        Assert.Contains("佐证材料", ex.Message);

        report.Save(project, new ReportContent("  ", Outputs(), []), InFirstPeriod);
        report.AddEvidence(Guid.NewGuid(), "活动照片.jpg", 2048);
        ex = Assert.Throws<DomainException>(() => report.Submit(project, InFirstPeriod));
        Assert.Contains("实施情况说明", ex.Message);
        Assert.DoesNotContain("佐证材料", ex.Message);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void The_first_submission_starts_the_project()
    {
        var project = Signed();
        var report = ReadyReport(project, 1);
        var at = InFirstPeriod.AddDays(3);

        report.Submit(project, at);

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(at, report.SubmittedAt);
        Assert.Equal(at, report.UpdatedAt);
        Assert.Equal(ProjectStatus.InProgress, project.Status);
    }

    [Fact]
    public void Later_submissions_leave_the_project_in_progress()
    {
        var project = Signed();
        ReadyReport(project, 1).Submit(project, InFirstPeriod);
        var second = ReadyReport(project, 2);

        second.Submit(project, project.Period(2).During());

        Assert.Equal(ProjectStatus.InProgress, project.Status);
    }

    [Fact]
    public void A_refused_submission_does_not_start_the_project()
    {
        var project = Signed();
        var report = new ProgressReport(project, 1, "ngo-user", InFirstPeriod);

        Assert.Throws<DomainException>(() => report.Submit(project, InFirstPeriod));

        Assert.Equal(ProjectStatus.Contracted, project.Status);
    }

    // ---- reviewing ----

    [Fact]
    public void Accepting_records_the_reviewer_and_raises_ReportReviewed()
    {
        var project = Signed();
        var report = ReportIn(ReportStatus.Submitted, project);
        report.ClearDomainEvents();
        var at = InFirstPeriod.AddDays(5);

        report.Accept("officer", "  ", at);

        Assert.Equal(ReportStatus.Accepted, report.Status);
        Assert.Equal("officer", report.ReviewedBy);
        Assert.Equal(at, report.ReviewedAt);
        Assert.Null(report.ReviewComment);
        Assert.Equal(new ReportReviewed(report.Id, project.Id), Assert.Single(report.DomainEvents));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Returning_needs_a_comment(string comment)
    {
        var report = ReportIn(ReportStatus.Submitted, Signed());
        report.ClearDomainEvents();

        var ex = Assert.Throws<DomainException>(() => report.Return("officer", comment, InFirstPeriod));

        Assert.Contains("修改意见", ex.Message);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Null(report.ReviewedBy);
        Assert.Empty(report.DomainEvents);
    }

    [Fact]
    public void A_returned_report_can_be_corrected_and_submitted_again()
    {
        var project = Signed();
        var report = ReportIn(ReportStatus.Submitted, project);
        report.Return("officer", " 请补充签到表。 ", InFirstPeriod);
        Assert.Equal("请补充签到表。", report.ReviewComment);

        report.Save(project, new ReportContent("补充后的说明", Outputs(), []), InFirstPeriod.AddDays(1));
        report.AddEvidence(Guid.NewGuid(), "签到表.pdf", 4096);
        report.Submit(project, InFirstPeriod.AddDays(1));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal("补充后的说明", report.Narrative);
        Assert.Equal(2, report.Evidence.Count);
        report.Accept("officer", null, InFirstPeriod.AddDays(2));
        Assert.Equal(ReportStatus.Accepted, report.Status);
    }

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Accepted)]
    [InlineData(ReportStatus.Returned)]
    public void Accept_and_return_only_from_submitted(ReportStatus status)
    {
        var report = ReportIn(status, Signed());

        Assert.Throws<DomainException>(() => report.Accept("officer", null, InFirstPeriod));
        Assert.Throws<DomainException>(() => report.Return("officer", "意见", InFirstPeriod));
        Assert.Equal(status, report.Status);
    }

    [Theory]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Accepted)]
    public void No_edits_once_submitted(ReportStatus status)
    {
        var project = Signed();
        var report = ReportIn(status, project);
        var evidence = report.Evidence.Single().FileId;
        var narrative = report.Narrative;

        var save = Assert.Throws<DomainException>(() => report.Save(project, new ReportContent("改写", Outputs(), []), InFirstPeriod));
        Assert.Contains($"“{status.ToChinese()}”", save.Message);
        Assert.Throws<DomainException>(() => report.AddEvidence(Guid.NewGuid(), "补充.jpg", 100));
        Assert.Throws<DomainException>(() => report.RemoveEvidence(evidence));

        Assert.Equal(narrative, report.Narrative);
        Assert.Single(report.Evidence);
        Assert.Single(report.Expenditures);
    }

    [Fact]
    public void At_most_ten_pieces_of_evidence()
    {
        var report = new ProgressReport(Signed(), 1, "ngo-user", InFirstPeriod);
        for (var i = 0; i < ProgressReport.MaxEvidenceFiles; i++) report.AddEvidence(Guid.NewGuid(), $"照片{i}.jpg", 100);

        Assert.Throws<DomainException>(() => report.AddEvidence(Guid.NewGuid(), "照片11.jpg", 100));
        Assert.Equal(10, report.Evidence.Count);
    }
}
