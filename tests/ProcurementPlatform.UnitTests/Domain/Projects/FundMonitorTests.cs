using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.Domain.Projects.TrancheTrigger;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>资金动态监管 (<see cref="FundMonitor.Evaluate"/>): one test per rule, each with the case that must not alert.</summary>
public class FundMonitorTests
{
    private static readonly Guid ReportId = Guid.Parse("33333333-3333-3333-3333-333333333333");

    /// <summary>2027-04-25: day 146 of the 365-day term, so exactly 40% of it has elapsed.</summary>
    private static readonly DateOnly FortyPercentIn = StartsOn.AddDays(145);

    /// <summary>A spend charged to one of the contract's lines, as the monitor reads it from accepted and pending reports.</summary>
    private static SpendRecord Spend(Project project, int lineOrder, Money amount, DateOnly? spentOn = null, int order = 1, Guid? reportId = null)
    {
        var line = project.Lines.Single(l => l.Order == lineOrder);
        return new SpendRecord(reportId ?? ReportId, "第1期（2026-12-01 至 2027-02-28）", order, lineOrder, line.Category, line.FundSource, amount,
            spentOn ?? StartsOn, $"支出{order}");
    }

    /// <summary>Evaluates on the first day of the term, when no execution lag can be alerted.</summary>
    private static IReadOnlyList<FundFinding> Evaluate(Project project, IReadOnlyList<SpendRecord> spending, IReadOnlyList<Disbursement>? disbursements = null, DateOnly? today = null) =>
        FundMonitor.Evaluate(project, spending, disbursements ?? [], today ?? StartsOn);

    [Fact]
    public void An_unsigned_project_has_nothing_to_monitor() =>
        Assert.Empty(FundMonitor.Evaluate(NewProject(), [], [], new DateOnly(2027, 6, 1)));

    [Fact]
    public void Spending_within_every_line_on_time_raises_nothing()
    {
        var project = Signed();

        Assert.Empty(Evaluate(project, [Spend(project, PersonnelLine, Money.FromYuan(80_000)), Spend(project, ActivitiesLine, Money.FromYuan(100_000), order: 2),
            Spend(project, AdministrationLine, Money.FromYuan(20_000), order: 3)]));
    }

    // ---- over a budget line ----

    [Fact]
    public void Spending_over_a_budget_line_is_alerted_with_the_overspend()
    {
        var project = Signed();
        var spending = new[] { Spend(project, AdministrationLine, Money.FromYuan(15_000)), Spend(project, AdministrationLine, new Money(500_001), order: 2) };

        var finding = Assert.Single(Evaluate(project, spending));

        Assert.Equal(FundAlertKind.OverBudgetLine, finding.Kind);
        Assert.Equal("line-3", finding.Subject);
        Assert.Contains("办公及交通", finding.Message);
        Assert.Contains("已支出 ¥20,000.01", finding.Message);
        Assert.Contains("超出预算 ¥20,000.00", finding.Message);
        Assert.Contains("超出 ¥0.01", finding.Message);
        Assert.Contains("支出1", finding.Records);
        Assert.Contains("支出2", finding.Records);
    }

    [Fact]
    public void Spending_exactly_the_budget_line_is_not_alerted()
    {
        var project = Signed();

        Assert.Empty(Evaluate(project, [Spend(project, AdministrationLine, Money.FromYuan(15_000)), Spend(project, AdministrationLine, Money.FromYuan(5_000), order: 2)]));
    }

    [Fact]
    public void Each_line_is_held_to_its_own_budget()
    {
        var project = Signed();

        // 25,000 in total is within the contract, and line 2 has 100,000 left; but line 3 only has 20,000.
        var finding = Assert.Single(Evaluate(project, [Spend(project, AdministrationLine, Money.FromYuan(25_000))]));

        Assert.Equal("line-3", finding.Subject);
    }

    // ---- before the contract ----

    [Fact]
    public void Spending_dated_before_the_contract_start_is_alerted()
    {
        var project = Signed();

        var finding = Assert.Single(Evaluate(project, [Spend(project, ActivitiesLine, Money.FromYuan(300), new DateOnly(2026, 11, 30), order: 4)]));

        Assert.Equal(FundAlertKind.SpentBeforeContract, finding.Kind);
        Assert.Equal($"spend-{ReportId:N}-4", finding.Subject);
        Assert.Contains("2026-11-30", finding.Message);
        Assert.Contains("早于合同服务期开始日 2026-12-01", finding.Message);
    }

    [Fact]
    public void Spending_on_the_first_day_of_the_contract_is_not_alerted()
    {
        var project = Signed();

        Assert.Empty(Evaluate(project, [Spend(project, ActivitiesLine, Money.FromYuan(300), StartsOn)]));
    }

    // ---- lottery funds ----

    [Theory]
    [InlineData(BudgetCategory.Personnel)]
    [InlineData(BudgetCategory.Administration)]
    public void Lottery_funds_spent_on_personnel_or_administration_are_alerted(BudgetCategory category)
    {
        var project = Signed();
        var spend = new SpendRecord(ReportId, "第1期", 2, ActivitiesLine, category, FundSource.WelfareLottery, Money.FromYuan(500), StartsOn, "历史支出");

        var finding = Assert.Single(Evaluate(project, [spend]));

        Assert.Equal(FundAlertKind.LotteryMisuse, finding.Kind);
        Assert.Equal($"spend-{ReportId:N}-2", finding.Subject);
        Assert.Contains($"以彩票公益金列支{category.ToChinese()}", finding.Message);
    }

    [Theory]
    [InlineData(BudgetCategory.Activities, FundSource.WelfareLottery)]
    [InlineData(BudgetCategory.Materials, FundSource.WelfareLottery)]
    [InlineData(BudgetCategory.Personnel, FundSource.FiscalBudget)]
    [InlineData(BudgetCategory.Administration, FundSource.CharityFund)]
    public void Other_uses_of_funds_are_not_alerted(BudgetCategory category, FundSource source)
    {
        var project = Signed();
        var spend = new SpendRecord(ReportId, "第1期", 2, ActivitiesLine, category, source, Money.FromYuan(500), StartsOn, "支出");

        Assert.Empty(Evaluate(project, [spend]));
    }

    // ---- execution behind ----

    [Fact]
    public void Execution_lagging_more_than_the_threshold_behind_the_time_elapsed_is_alerted()
    {
        var project = Signed();
        // 40% of the term has elapsed; 19,999.99 of 200,000 is just under 10% spent: the lag is just over 30 points.
        var spending = new[] { Spend(project, ActivitiesLine, new Money(1_999_999)) };

        var finding = Assert.Single(Evaluate(project, spending, today: FortyPercentIn));

        Assert.Equal(FundAlertKind.ExecutionBehind, finding.Kind);
        Assert.Equal("execution", finding.Subject);
        Assert.Contains("¥19,999.99", finding.Message);
        Assert.Contains("2027-04-25", finding.Records);
    }

    [Fact]
    public void Execution_exactly_at_the_threshold_is_not_alerted()
    {
        var project = Signed();
        // 40% elapsed, exactly 10% spent: a lag of exactly 30 points is not more than the threshold.
        Assert.Empty(Evaluate(project, [Spend(project, ActivitiesLine, Money.FromYuan(20_000))], today: FortyPercentIn));
    }

    [Fact]
    public void The_threshold_can_be_set()
    {
        var project = Signed();
        var spending = new[] { Spend(project, ActivitiesLine, new Money(1_999_999)) };

        Assert.Empty(FundMonitor.Evaluate(project, spending, [], FortyPercentIn, executionLagThreshold: 0.35m));
        Assert.Single(FundMonitor.Evaluate(project, spending, [], FortyPercentIn, executionLagThreshold: 0.20m));
        Assert.Equal(0.30m, FundMonitor.DefaultExecutionLagThreshold);
    }

    [Fact]
    public void No_execution_alert_before_the_service_starts_or_on_its_first_day()
    {
        var project = Signed();

        Assert.Empty(Evaluate(project, [], today: StartsOn.AddDays(-1)));
        Assert.Empty(Evaluate(project, [], today: ChinaTime.TodayCst(AwardedAt)));
        Assert.Empty(Evaluate(project, [], today: StartsOn));
    }

    [Fact]
    public void After_the_end_the_whole_term_counts_as_elapsed()
    {
        var project = Signed();
        // 69.5% spent against 100% elapsed: 30.5 points behind.
        var finding = Assert.Single(Evaluate(project, [Spend(project, ActivitiesLine, Money.FromYuan(100_000)), Spend(project, PersonnelLine, Money.FromYuan(39_000), order: 2)],
            today: EndsOn.AddDays(60)));
        Assert.Equal(FundAlertKind.ExecutionBehind, finding.Kind);

        Assert.Empty(Evaluate(project, [Spend(project, ActivitiesLine, Money.FromYuan(100_000)), Spend(project, PersonnelLine, Money.FromYuan(40_000), order: 2)],
            today: EndsOn.AddDays(60)));
    }

    // ---- over-disbursed ----

    [Fact]
    public void Disbursements_above_the_contract_are_alerted()
    {
        var terms = TermsFor(Awarded, new TrancheInput(100, Signing, null));
        var project = Signed(terms);
        var paid = Pay(project, 1, AwardedAt);
        // The same tranche recorded again (here through a twin contract, since Pay itself refuses it).
        var again = Pay(Signed(terms), 1, AwardedAt.AddDays(1));

        var finding = Assert.Single(Evaluate(project, [], [paid, again]));

        Assert.Equal(FundAlertKind.OverDisbursed, finding.Kind);
        Assert.Equal("disbursed", finding.Subject);
        Assert.Contains("累计拨付 ¥400,000.00 超过合同金额 ¥200,000.00", finding.Message);
        Assert.Contains("凭证 PZ-2026-0001", finding.Records);
        Assert.Contains("2026-11-24", finding.Records);
    }

    [Fact]
    public void Disbursements_up_to_the_contract_are_not_alerted()
    {
        var project = Signed(TermsFor(Awarded, new TrancheInput(100, Signing, null)));

        Assert.Empty(Evaluate(project, [], [Pay(project, 1, AwardedAt)]));
    }

    // ---- stable subjects ----

    [Fact]
    public void Findings_have_stable_subjects_so_an_alert_is_raised_once()
    {
        var project = Signed();
        var otherReport = Guid.Parse("44444444-4444-4444-4444-444444444444");
        IReadOnlyList<SpendRecord> Spending(Money overspend) =>
        [
            Spend(project, AdministrationLine, Money.FromYuan(20_000) + overspend),
            Spend(project, ActivitiesLine, Money.FromYuan(100), new DateOnly(2026, 11, 20), order: 2, reportId: otherReport),
        ];

        var first = Evaluate(project, Spending(new Money(1)), today: FortyPercentIn.AddDays(200));
        var again = Evaluate(project, Spending(new Money(1)), today: FortyPercentIn.AddDays(200));
        var changed = Evaluate(project, Spending(Money.FromYuan(5_000)), today: FortyPercentIn.AddDays(201));

        (FundAlertKind, string)[] expected =
        [
            (FundAlertKind.OverBudgetLine, "line-3"),
            (FundAlertKind.SpentBeforeContract, $"spend-{otherReport:N}-2"),
            (FundAlertKind.ExecutionBehind, "execution"),
        ];
        Assert.Equal(expected, first.Select(f => (f.Kind, f.Subject)));
        Assert.Equal(first, again);
        // What the finding says follows the data; what it is about does not.
        Assert.Equal(expected, changed.Select(f => (f.Kind, f.Subject)));
        Assert.NotEqual(first[0].Message, changed[0].Message);
    }
}
