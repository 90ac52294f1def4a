using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.Domain.Projects.TrancheTrigger;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>The 三方协议's rules (<see cref="ContractRules.Check"/>) and signing (<see cref="Project.Sign"/>).</summary>
public class ContractRulesTests
{
    private static IReadOnlyList<string> Errors(ContractTerms terms) => ContractRules.Check(terms, Awarded);

    private static string SingleError(ContractTerms terms)
    {
        var error = Assert.Single(Errors(terms));
        ChineseText.AssertChinese(error);
        return error;
    }

    [Fact]
    public void The_baseline_terms_break_no_rule() => Assert.Empty(Errors(Terms()));

    // ---- tranches ----

    [Theory]
    [InlineData(40, 30, 29, 99)]
    [InlineData(40, 30, 31, 101)]
    [InlineData(10, 10, 10, 30)]
    public void Tranches_must_add_up_to_exactly_100_percent_and_the_refusal_names_the_sum(int first, int second, int third, int sum)
    {
        var error = SingleError(Terms() with { Tranches = [new(first, Signing, null), new(second, MidTermAccepted, null), new(third, FinalAccepted, null)] });

        Assert.Contains("100%", error);
        Assert.Contains($"现为{sum}%", error);
    }

    [Theory]
    [InlineData(new[] { 100 })]
    [InlineData(new[] { 1, 99 })]
    [InlineData(new[] { 33, 33, 34 })]
    public void Any_split_adding_up_to_100_is_accepted(int[] percents) =>
        Assert.Empty(Errors(Terms() with { Tranches = percents.Select(p => new TrancheInput(p, Signing, null)).ToList() }));

    [Theory]
    [InlineData(0, 100)]
    [InlineData(-10, 110)]
    [InlineData(101, -1)]
    public void Each_tranche_must_be_between_1_and_100_percent(int first, int second)
    {
        var error = SingleError(Terms() with { Tranches = [new(first, Signing, null), new(second, FinalAccepted, null)] });

        Assert.Contains("1%到100%", error);
    }

    [Fact]
    public void At_least_one_tranche_is_required() =>
        Assert.Contains("至少设置一个拨付批次", SingleError(Terms() with { Tranches = [] }));

    [Fact]
    public void A_date_tranche_needs_a_date()
    {
        var error = SingleError(Terms() with { Tranches = [new(50, Signing, null), new(50, Date, null)] });

        Assert.Contains("第2批", error);
        Assert.Contains("请填写日期", error);
    }

    [Theory]
    [InlineData(-1, false)] // the day before the service starts
    [InlineData(0, true)]   // the first day
    [InlineData(100, true)]
    [InlineData(364, true)] // the last day, 2027-11-30
    [InlineData(365, false)] // the day after
    public void A_date_tranche_must_fall_inside_the_service_period(int daysAfterStart, bool allowed)
    {
        var terms = Terms() with { Tranches = [new(50, Signing, null), new(50, Date, StartsOn.AddDays(daysAfterStart))] };

        if (allowed) Assert.Empty(Errors(terms));
        else Assert.Contains("第2批的拨付日期须在服务期内", SingleError(terms));
    }

    [Fact]
    public void At_most_one_tranche_may_follow_the_mid_term_evaluation()
    {
        var error = SingleError(Terms() with { Tranches = [new(30, Signing, null), new(35, MidTermAccepted, null), new(35, MidTermAccepted, null)] });

        Assert.Contains("中期评估通过后", error);
        Assert.Contains("只能对应一个拨付批次", error);
    }

    [Fact]
    public void At_most_one_tranche_may_follow_the_final_evaluation()
    {
        var error = SingleError(Terms() with { Tranches = [new(30, Signing, null), new(35, FinalAccepted, null), new(35, FinalAccepted, null)] });

        Assert.Contains("末期评估通过后", error);
        Assert.Contains("只能对应一个拨付批次", error);
    }

    [Fact]
    public void One_mid_term_and_one_final_tranche_together_are_fine() =>
        Assert.Empty(Errors(Terms() with { Tranches = [new(20, Signing, null), new(20, Date, StartsOn.AddMonths(3)), new(30, MidTermAccepted, null), new(30, FinalAccepted, null)] }));

    // ---- term ----

    [Theory]
    [InlineData(1, -1, false, true)]  // 2026-12-01..2027-11-30: exactly one year, no flag needed
    [InlineData(1, 0, false, false)]  // 2027-12-01: one day over a year without the flag
    [InlineData(1, 0, true, true)]    // ... with the flag
    [InlineData(2, 0, true, true)]
    [InlineData(3, -1, true, true)]   // 2029-11-30: the longest term allowed
    [InlineData(3, -1, false, false)] // ... but only as a recurring service
    public void A_term_over_one_year_needs_the_recurring_flag(int years, int days, bool recurring, bool allowed)
    {
        var terms = Terms() with { EndsOn = StartsOn.AddYears(years).AddDays(days), RecurringService = recurring };

        if (allowed) Assert.Empty(Errors(terms));
        else Assert.Contains("持续性服务", SingleError(terms));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(400)]
    public void Three_years_or_more_is_refused_even_for_a_recurring_service(int daysBeyond)
    {
        var terms = Terms() with { EndsOn = StartsOn.AddYears(3).AddDays(daysBeyond), RecurringService = true };

        Assert.Contains("服务期限不能超过三年", SingleError(terms));
    }

    [Fact]
    public void Exactly_one_day_short_of_three_years_is_the_boundary()
    {
        Assert.Empty(Errors(Terms() with { EndsOn = new DateOnly(2029, 11, 30), RecurringService = true }));
        Assert.NotEmpty(Errors(Terms() with { EndsOn = new DateOnly(2029, 12, 1), RecurringService = true }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-30)]
    public void The_end_must_come_after_the_start(int days)
    {
        var error = SingleError(Terms() with { EndsOn = StartsOn.AddDays(days) });

        Assert.Contains("服务结束日期必须晚于开始日期", error);
    }

    // ---- amount and budget ----

    [Fact]
    public void The_contract_may_not_exceed_the_awarded_amount()
    {
        var error = SingleError(TermsFor(Awarded + new Money(1)));

        Assert.Contains("¥200,000.01", error);
        Assert.Contains("¥200,000.00", error);
        Assert.Contains("不能超过立项金额", error);
    }

    [Fact]
    public void The_contract_may_equal_or_be_below_the_awarded_amount()
    {
        Assert.Empty(Errors(TermsFor(Awarded)));
        Assert.Empty(Errors(TermsFor(Money.FromYuan(150_000))));
    }

    [Fact]
    public void The_contract_amount_must_be_positive() =>
        Assert.Contains("合同金额必须大于0", Errors(Terms() with { Amount = Money.Zero }));

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void The_budget_lines_must_add_up_to_the_contract_amount(long fenOff)
    {
        var lines = Lines().ToList();
        lines[0] = lines[0] with { Amount = lines[0].Amount + new Money(fenOff) };

        var error = SingleError(Terms() with { Lines = lines });

        Assert.Contains($"预算科目合计 {Money.Sum(lines.Select(l => l.Amount))}", error);
        Assert.Contains("须等于合同金额 ¥200,000.00", error);
    }

    [Fact]
    public void At_least_one_budget_line_is_required() =>
        Assert.Contains("请填写合同预算科目", Errors(Terms() with { Lines = [] }));

    [Theory]
    [InlineData(BudgetCategory.Personnel, FundSource.WelfareLottery, false)]
    [InlineData(BudgetCategory.Administration, FundSource.WelfareLottery, false)]
    [InlineData(BudgetCategory.Activities, FundSource.WelfareLottery, true)]
    [InlineData(BudgetCategory.Materials, FundSource.WelfareLottery, true)]
    [InlineData(BudgetCategory.Personnel, FundSource.FiscalBudget, true)]
    [InlineData(BudgetCategory.Administration, FundSource.CharityFund, true)]
    public void Welfare_lottery_funds_may_not_pay_for_personnel_or_administration(BudgetCategory category, FundSource source, bool allowed)
    {
        var lines = Lines().ToList();
        lines[1] = lines[1] with { Category = category, FundSource = source };
        var terms = Terms() with { Lines = lines };

        if (allowed) Assert.Empty(Errors(terms));
        else
        {
            var error = SingleError(terms);
            Assert.Contains($"彩票公益金不得用于{category.ToChinese()}", error);
            Assert.Contains("餐费补贴", error);
        }
    }

    [Fact]
    public void Every_rule_broken_is_reported_at_once()
    {
        var terms = Terms() with
        {
            CommunityName = " ",
            EndsOn = StartsOn.AddYears(2),
            Tranches = [new(50, Signing, null), new(49, Date, null)],
            Lines = [new(BudgetCategory.Personnel, "社工薪酬", Awarded, FundSource.WelfareLottery)],
        };

        var errors = Errors(terms);

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.Contains("服务社区"));
        Assert.Contains(errors, e => e.Contains("持续性服务"));
        Assert.Contains(errors, e => e.Contains("现为99%"));
        Assert.Contains(errors, e => e.Contains("第2批按约定日期拨付"));
        Assert.Contains(errors, e => e.Contains("彩票公益金不得用于人员经费"));
    }

    // ---- signing ----

    [Fact]
    public void Signing_records_the_contract_its_tranches_and_lines_and_raises_ContractSigned()
    {
        var project = NewProject();
        var signedAt = AwardedAt.AddDays(3);

        project.Sign(Terms(), "officer", signedAt);

        Assert.Equal(ProjectStatus.Contracted, project.Status);
        Assert.Equal("朝阳区某某社区", project.CommunityName);
        Assert.Equal(Awarded, project.ContractAmount);
        Assert.Equal(StartsOn, project.StartsOn);
        Assert.Equal(EndsOn, project.EndsOn);
        Assert.Equal(ReportingFrequency.Quarterly, project.Frequency);
        Assert.Equal(signedAt, project.SignedAt);
        Assert.Equal("officer", project.SignedBy);
        Assert.Equal([1, 2, 3], project.Tranches.Select(t => t.Order));
        Assert.Equal([Money.FromYuan(80_000), Money.FromYuan(60_000), Money.FromYuan(60_000)], project.Tranches.Select(t => t.Amount));
        Assert.Equal([Signing, MidTermAccepted, FinalAccepted], project.Tranches.Select(t => t.Trigger));
        Assert.Equal([1, 2, 3], project.Lines.Select(l => l.Order));
        Assert.Equal(Money.FromYuan(100_000), project.Budget(FundSource.WelfareLottery));
        Assert.Equal(Money.FromYuan(100_000), project.Budget(FundSource.FiscalBudget));
        Assert.Equal(Money.Zero, project.Budget(FundSource.CharityFund));
        var signed = Assert.IsType<ContractSigned>(Assert.Single(project.DomainEvents));
        Assert.Equal(project.Id, signed.ProjectId);
    }

    [Fact]
    public void Only_a_date_tranche_keeps_its_date()
    {
        var due = StartsOn.AddMonths(6);
        var project = Signed(Terms() with { Tranches = [new(50, Signing, StartsOn), new(50, Date, due)] });

        Assert.Null(project.Tranches[0].DueOn);
        Assert.Equal(due, project.Tranches[1].DueOn);
        Assert.Equal("2027-06-01 起", project.Tranches[1].Describe());
    }

    [Fact]
    public void A_refused_signing_changes_nothing()
    {
        var project = NewProject();
        var terms = Terms() with
        {
            Tranches = [new(40, Signing, null), new(30, MidTermAccepted, null), new(29, FinalAccepted, null)],
            Lines = [.. Lines().Take(2), new(BudgetCategory.Administration, "办公及交通", Money.FromYuan(20_000), FundSource.WelfareLottery)],
        };

        var ex = Assert.Throws<DomainException>(() => project.Sign(terms, "officer", AwardedAt));

        Assert.Contains("现为99%", ex.Message);
        Assert.Contains("彩票公益金不得用于行政办公费", ex.Message);
        Assert.Equal(ProjectStatus.ContractPending, project.Status);
        Assert.Empty(project.Tranches);
        Assert.Empty(project.Lines);
        Assert.Null(project.SignedAt);
        Assert.Null(project.SignedBy);
        Assert.Null(project.CommunityName);
        Assert.Null(project.StartsOn);
        Assert.Null(project.EndsOn);
        Assert.Equal(Money.Zero, project.ContractAmount);
        Assert.Empty(project.ReportingPeriods());
        Assert.Empty(project.DomainEvents);

        project.Sign(Terms(), "officer", AwardedAt); // and it can still be signed properly
        Assert.Equal(ProjectStatus.Contracted, project.Status);
    }

    [Fact]
    public void A_contract_cannot_be_signed_twice()
    {
        var project = Signed();
        project.ClearDomainEvents();

        var ex = Assert.Throws<DomainException>(() => project.Sign(TermsFor(Money.FromYuan(100_000)), "officer", AwardedAt.AddDays(1)));

        Assert.Contains($"“{ProjectStatus.Contracted.ToChinese()}”", ex.Message);
        Assert.Contains($"“{ProjectTrigger.Sign.ToChinese()}”", ex.Message);
        Assert.Equal(Awarded, project.ContractAmount);
        Assert.Equal(3, project.Tranches.Count);
        Assert.Equal(3, project.Lines.Count);
        Assert.Equal(AwardedAt, project.SignedAt);
        Assert.Empty(project.DomainEvents);
    }

    // ---- tranche amounts ----

    [Fact]
    public void Tranche_amounts_add_up_to_the_fen_and_the_last_takes_the_remainder()
    {
        var amounts = ContractRules.TrancheAmounts(new Money(100_001), [33, 33, 34]);

        // 100001 × 33% = 33000.33 → 33000; 34% would be 34000.34 → 34000, but the last takes what is left: 34001.
        Assert.Equal([new Money(33_000), new Money(33_000), new Money(34_001)], amounts);
        Assert.Equal(new Money(100_001), Money.Sum(amounts));
    }

    [Theory]
    [InlineData(1L, new[] { 50, 50 })]
    [InlineData(7L, new[] { 33, 33, 34 })]
    [InlineData(99L, new[] { 1, 99 })]
    [InlineData(100_001L, new[] { 40, 30, 30 })]
    [InlineData(19_999_999L, new[] { 25, 25, 25, 25 })]
    [InlineData(123_456_789L, new[] { 10, 20, 30, 40 })]
    [InlineData(123_456_789L, new[] { 100 })]
    public void Tranche_amounts_always_add_up_exactly(long fen, int[] percents)
    {
        var amounts = ContractRules.TrancheAmounts(new Money(fen), percents);

        Assert.Equal(percents.Length, amounts.Count);
        Assert.Equal(fen, Money.Sum(amounts).Fen);
        for (var i = 0; i < percents.Length - 1; i++) Assert.Equal(fen * percents[i] / 100, amounts[i].Fen);
        Assert.All(amounts, a => Assert.False(a.IsNegative));
    }

    [Fact]
    public void Signing_an_awkward_amount_gives_tranches_that_add_up_to_the_contract()
    {
        var project = Signed(TermsFor(new Money(100_001), new(33, Signing, null), new(33, MidTermAccepted, null), new(34, FinalAccepted, null)));

        Assert.Equal([33_000L, 33_000L, 34_001L], project.Tranches.Select(t => t.Amount.Fen));
        Assert.Equal(project.ContractAmount, Money.Sum(project.Tranches.Select(t => t.Amount)));
    }
}
