using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.Domain.Projects.TrancheTrigger;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>资金拨付 (<see cref="Disbursement.Pay"/>): a tranche is paid when its trigger is met and every report due so far is accepted.</summary>
public class DisbursementTests
{
    /// <summary>2027-01-10 10:00 China time: in the first quarter, before its report is due.</summary>
    private static readonly DateTime BeforeFirstReportDue = new(2027, 1, 10, 2, 0, 0, DateTimeKind.Utc);

    // ---- basic guards ----

    [Fact]
    public void Nothing_is_paid_before_the_contract_is_signed()
    {
        var ex = Assert.Throws<DomainException>(() => Pay(NewProject(), 1, AwardedAt));

        Assert.Contains("合同签订前不能拨付资金", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void An_unknown_tranche_is_refused(int order)
    {
        var ex = Assert.Throws<DomainException>(() => Pay(Signed(), order, AwardedAt));

        Assert.Contains("合同中没有这个拨付批次", ex.Message);
    }

    [Fact]
    public void A_tranche_is_paid_only_once()
    {
        var project = Signed();
        var first = Pay(project, 1, AwardedAt);

        var ex = Assert.Throws<DomainException>(() => Pay(project, 1, AwardedAt.AddDays(1), paid: [first]));

        Assert.Contains("第1批资金已经拨付，不能重复拨付", ex.Message);
    }

    [Fact]
    public void The_paid_on_date_cannot_be_in_the_future_in_china_time()
    {
        var project = Signed();
        var now = new DateTime(2026, 12, 1, 17, 0, 0, DateTimeKind.Utc); // 2026-12-02 01:00 in China, still the 1st in UTC

        var today = Disbursement.Pay(project, 1, new DateOnly(2026, 12, 2), "PZ-1", [], [], [], "finance", now);
        Assert.Equal(new DateOnly(2026, 12, 2), today.PaidOn);

        var ex = Assert.Throws<DomainException>(() => Disbursement.Pay(project, 1, new DateOnly(2026, 12, 3), "PZ-1", [], [], [], "finance", now));
        Assert.Contains("拨付日期不能晚于今天", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_voucher_number_is_required(string voucher)
    {
        var ex = Assert.Throws<DomainException>(() => Disbursement.Pay(Signed(), 1, new DateOnly(2026, 11, 23), voucher, [], [], [], "finance", AwardedAt));

        Assert.Contains("凭证号", ex.Message);
    }

    // ---- triggers ----

    [Fact]
    public void The_signing_tranche_is_payable_right_away()
    {
        var project = Signed();

        var disbursement = Disbursement.Pay(project, 1, new DateOnly(2026, 11, 23), " PZ-2026-0001 ", [], [], [], "finance", AwardedAt);

        Assert.Equal(project.Id, disbursement.ProjectId);
        Assert.Equal(1, disbursement.TrancheOrder);
        Assert.Equal(Money.FromYuan(80_000), disbursement.Amount);
        Assert.Equal(new DateOnly(2026, 11, 23), disbursement.PaidOn);
        Assert.Equal("PZ-2026-0001", disbursement.Voucher);
        Assert.Equal("finance", disbursement.RecordedBy);
        Assert.Equal(AwardedAt, disbursement.RecordedAt);
        Assert.Equal(disbursement.Amount, Money.Sum(disbursement.Shares.Select(s => s.Amount)));
    }

    [Fact]
    public void A_date_tranche_is_payable_from_its_date_in_china_time()
    {
        var project = Signed(Terms() with { Tranches = [new(50, Signing, null), new(50, Date, new DateOnly(2027, 1, 15))] });
        var midnight = new DateTime(2027, 1, 14, 16, 0, 0, DateTimeKind.Utc); // 2027-01-15 00:00 in China

        var ex = Assert.Throws<DomainException>(() => Pay(project, 2, midnight.AddSeconds(-1)));
        Assert.Contains("第2批（2027-01-15 起）尚不能拨付", ex.Message);
        Assert.Contains("约定拨付日期为 2027-01-15", ex.Message);

        Assert.Equal(Money.FromYuan(100_000), Pay(project, 2, midnight).Amount);
    }

    [Fact]
    public void The_mid_term_tranche_waits_for_a_final_mid_term_evaluation_that_did_not_fail()
    {
        var project = Signed();
        string Refusal(params Evaluation[] evaluations) =>
            Assert.Throws<DomainException>(() => Pay(project, 2, BeforeFirstReportDue, evaluations: evaluations)).Message;

        Assert.Contains("中期评估结果尚未公示期满或评估不合格", Refusal());
        Assert.Contains("中期评估结果尚未公示期满或评估不合格", Refusal(EvaluationIn(EvaluationStatus.Scored, project, EvaluationKind.MidTerm)));
        Assert.Contains("中期评估结果尚未公示期满或评估不合格", Refusal(EvaluationIn(EvaluationStatus.InPublicity, project, EvaluationKind.MidTerm)));
        Assert.Contains("中期评估结果尚未公示期满或评估不合格", Refusal(EvaluationIn(EvaluationStatus.Final, project, EvaluationKind.MidTerm, 10m, 20m, 15m, 14.9m)));
        Assert.Contains("中期评估结果尚未公示期满或评估不合格", Refusal(EvaluationIn(EvaluationStatus.Final, ProjectIn(ProjectStatus.Completed), EvaluationKind.Final)));

        var passed = EvaluationIn(EvaluationStatus.Final, project, EvaluationKind.MidTerm, 12m, 24m, 15m, 9m); // 60: 合格
        Assert.Equal(EvaluationGrade.Pass, passed.Grade);
        var failed = EvaluationIn(EvaluationStatus.Final, project, EvaluationKind.MidTerm, 10m, 20m, 15m, 14.9m);
        Assert.Equal(Money.FromYuan(60_000), Pay(project, 2, BeforeFirstReportDue, evaluations: [failed, passed]).Amount);
    }

    [Fact]
    public void The_final_tranche_waits_for_a_final_final_evaluation_that_did_not_fail()
    {
        var project = CompletedWithEveryReportAccepted(out var reports);
        var midTerm = EvaluationIn(EvaluationStatus.Final, Signed(), EvaluationKind.MidTerm);
        var now = new DateTime(2027, 12, 20, 2, 0, 0, DateTimeKind.Utc);
        string Refusal(params Evaluation[] evaluations) =>
            Assert.Throws<DomainException>(() => Pay(project, 3, now, reports: reports, evaluations: evaluations)).Message;

        Assert.Contains("末期评估结果尚未公示期满或评估不合格", Refusal());
        Assert.Contains("末期评估结果尚未公示期满或评估不合格", Refusal(midTerm));
        Assert.Contains("末期评估结果尚未公示期满或评估不合格", Refusal(EvaluationIn(EvaluationStatus.InPublicity, project, EvaluationKind.Final)));
        Assert.Contains("末期评估结果尚未公示期满或评估不合格", Refusal(EvaluationIn(EvaluationStatus.Final, project, EvaluationKind.Final, 10m, 20m, 15m, 14.9m)));

        var good = EvaluationIn(EvaluationStatus.Final, project, EvaluationKind.Final);
        Assert.Equal(Money.FromYuan(60_000), Pay(project, 3, now, reports: reports, evaluations: [midTerm, good]).Amount);
    }

    // ---- gated on reporting ----

    [Fact]
    public void Payment_is_refused_from_the_moment_a_report_falls_due_until_it_is_accepted()
    {
        var project = Signed();
        var due = project.Period(1).DueAtUtc; // 2027-03-10 24:00 in China

        Assert.Equal(Money.FromYuan(80_000), Pay(project, 1, due.AddSeconds(-1)).Amount);

        var ex = Assert.Throws<DomainException>(() => Pay(project, 1, due));
        Assert.Contains("已到期的实施动态报告尚未全部审核通过", ex.Message);
        Assert.Contains("第1期（2026-12-01 至 2027-02-28）", ex.Message);
    }

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Returned)]
    public void A_due_report_not_yet_accepted_blocks_payment(ReportStatus status)
    {
        var project = Signed();
        var report = ReportIn(status, project, 1);

        var ex = Assert.Throws<DomainException>(() => Pay(project, 1, project.Period(1).DueAtUtc, reports: [report]));

        Assert.Contains(project.Period(1).Label, ex.Message);
    }

    [Fact]
    public void Once_the_due_report_is_accepted_payment_goes_ahead()
    {
        var project = Signed();

        var disbursement = Pay(project, 1, project.Period(1).DueAtUtc.AddDays(5), reports: [AcceptedReport(project, 1)]);

        Assert.Equal(1, disbursement.TrancheOrder);
    }

    [Fact]
    public void Every_overdue_period_is_named_and_only_those()
    {
        var project = Signed();
        var first = AcceptedReport(project, 1);
        var second = ReportIn(ReportStatus.Submitted, project, 2);
        var third = AcceptedReport(project, 3); // not due yet; accepting it early does not stand in for the second

        var none = Assert.Throws<DomainException>(() => Pay(project, 1, InLastPeriod)).Message;
        Assert.Contains(project.Period(1).Label + "、" + project.Period(2).Label, none);
        Assert.DoesNotContain("第3期", none);

        var onlySecond = Assert.Throws<DomainException>(() => Pay(project, 1, InLastPeriod, reports: [first, second, third])).Message;
        Assert.DoesNotContain("第1期", onlySecond);
        Assert.Contains(project.Period(2).Label, onlySecond);

        second.Accept("officer", null, InLastPeriod);
        Assert.Equal(1, Pay(project, 1, InLastPeriod, reports: [first, second, third]).TrancheOrder);
    }

    // ---- split across fund sources ----

    /// <summary>A 100-yuan contract: 财政 50 (two lines), 彩票公益金 30, 慈善 20.</summary>
    private static Project SmallContract(params TrancheInput[] tranches) => Signed(Terms() with
    {
        Amount = new Money(10_000),
        Tranches = tranches.Length > 0 ? tranches : [new(33, Signing, null), new(33, MidTermAccepted, null), new(34, FinalAccepted, null)],
        Lines =
        [
            new(BudgetCategory.Personnel, "社工薪酬", new Money(3_000), FundSource.FiscalBudget),
            new(BudgetCategory.Activities, "餐费补贴", new Money(3_000), FundSource.WelfareLottery),
            new(BudgetCategory.Administration, "办公费", new Money(2_000), FundSource.FiscalBudget),
            new(BudgetCategory.Materials, "物资", new Money(2_000), FundSource.CharityFund),
        ],
    });

    [Fact]
    public void A_payment_is_split_by_the_budget_shares_and_the_largest_source_takes_the_rounding()
    {
        var shares = Disbursement.Split(SmallContract(), new Money(3_333));

        // 彩票公益金 3333 × 30% = 999.9 → 999; 慈善 3333 × 20% = 666.6 → 666; 财政 (largest, 50%) takes the rest: 1668.
        Assert.Equal([(FundSource.FiscalBudget, 1_668L), (FundSource.WelfareLottery, 999L), (FundSource.CharityFund, 666L)],
            shares.Select(s => (s.FundSource, s.Amount.Fen)));
        Assert.Equal(3_333L, shares.Sum(s => s.Amount.Fen));
    }

    [Fact]
    public void Between_sources_with_equal_budgets_the_first_source_takes_the_rounding()
    {
        var project = Signed(Terms() with
        {
            Amount = new Money(10_000),
            Lines =
            [
                new(BudgetCategory.Activities, "餐费补贴", new Money(5_000), FundSource.WelfareLottery),
                new(BudgetCategory.Personnel, "社工薪酬", new Money(5_000), FundSource.FiscalBudget),
            ],
        });

        var shares = Disbursement.Split(project, new Money(3_333));

        Assert.Equal([(FundSource.FiscalBudget, 1_667L), (FundSource.WelfareLottery, 1_666L)], shares.Select(s => (s.FundSource, s.Amount.Fen)));
    }

    [Fact]
    public void A_single_source_takes_the_whole_payment()
    {
        var project = Signed(TermsFor(Awarded));

        var share = Assert.Single(Disbursement.Split(project, new Money(12_345)));

        Assert.Equal((FundSource.FiscalBudget, new Money(12_345)), (share.FundSource, share.Amount));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(3_333L)]
    [InlineData(9_999L)]
    [InlineData(10_000L)]
    public void The_shares_always_add_up_to_the_payment(long fen)
    {
        var shares = Disbursement.Split(SmallContract(), new Money(fen));

        Assert.Equal(fen, shares.Sum(s => s.Amount.Fen));
        Assert.All(shares, s => Assert.False(s.Amount.IsNegative));
        Assert.Equal(3, shares.Select(s => s.FundSource).Distinct().Count());
    }

    [Fact]
    public void A_paid_tranche_carries_its_split()
    {
        var project = Signed(); // 财政 100,000 (lines 1 and 3), 彩票公益金 100,000: equal, so 财政 comes first

        var disbursement = Pay(project, 1, AwardedAt);

        Assert.Equal([(FundSource.FiscalBudget, Money.FromYuan(40_000)), (FundSource.WelfareLottery, Money.FromYuan(40_000))],
            disbursement.Shares.Select(s => (s.FundSource, s.Amount)));
    }

    /// <summary>A completed project whose four quarterly reports were all accepted.</summary>
    private static Project CompletedWithEveryReportAccepted(out IReadOnlyCollection<ProgressReport> reports)
    {
        var project = Signed();
        reports = [.. Enumerable.Range(1, 4).Select(i => AcceptedReport(project, i))];
        project.Complete(EndsOn.ToUtc(days: 1));
        Assert.Equal(ProjectStatus.Completed, project.Status);
        return project;
    }
}
