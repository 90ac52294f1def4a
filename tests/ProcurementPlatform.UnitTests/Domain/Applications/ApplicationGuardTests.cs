using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Domain.Applications;

public class ApplicationGuardTests
{
    // ---- creating a draft ----

    [Fact]
    public void A_draft_is_created_for_an_open_call_and_totals_its_budget()
    {
        var s = Build.OpenSolicitation();

        var a = Build.DraftApplication(s);

        Assert.Equal(ApplicationStatus.Draft, a.Status);
        Assert.Equal(s.Id, a.SolicitationId);
        Assert.Equal(Build.OrganizationId, a.OrganizationId);
        Assert.Equal(Money.FromYuan(170_000), a.RequestedAmount);
        Assert.Equal([1, 2], a.BudgetLines.Select(l => l.Order));
        Assert.Empty(a.DomainEvents);
    }

    [Fact]
    public void A_draft_may_be_incomplete()
    {
        var a = Build.DraftApplication(Build.OpenSolicitation(), Build.TitleOnlyContent());

        Assert.Equal(ApplicationStatus.Draft, a.Status);
        Assert.Equal(Money.Zero, a.RequestedAmount);
    }

    [Fact]
    public void A_draft_over_the_ceiling_is_refused()
    {
        var content = Build.CompleteContent() with
        {
            BudgetLines = [new BudgetLineItem(BudgetCategory.Personnel, "社工薪酬", Money.FromYuan(200_000) + new Money(1))],
        };

        var ex = Assert.Throws<DomainException>(() => Build.DraftApplication(Build.OpenSolicitation(), content));

        Assert.Contains("超过", ex.Message);
        Assert.Contains("¥200,000.01", ex.Message);
        Assert.Contains("¥200,000.00", ex.Message);
    }

    [Fact]
    public void A_submission_exactly_at_the_ceiling_is_accepted()
    {
        var s = Build.OpenSolicitation();
        var content = Build.CompleteContent() with
        {
            BudgetLines = [new BudgetLineItem(BudgetCategory.Personnel, "社工薪酬", Money.FromYuan(200_000))],
        };
        var a = Build.DraftApplication(s, content);

        a.Submit(s, Calendar.DuringWindow);

        Assert.Equal(ApplicationStatus.Submitted, a.Status);
    }

    [Fact]
    public void A_draft_cannot_be_started_after_the_deadline()
    {
        var s = Build.OpenSolicitation();

        var ex = Assert.Throws<DomainException>(() =>
            new ProjectApplication(s, Build.OrganizationId, Build.CompleteContent(), Guid.NewGuid(), "ngo-user", Calendar.JustAfterDeadline));

        Assert.Contains("截止", ex.Message);
    }

    [Fact]
    public void A_draft_cannot_be_started_on_a_draft_call()
    {
        var s = Build.DraftSolicitation();

        var ex = Assert.Throws<DomainException>(() => Build.DraftApplication(s));

        Assert.Contains("“草稿”", ex.Message);
        Assert.Contains("不接受申报", ex.Message);
    }

    // ---- submitting ----

    [Fact]
    public void Submit_raises_ApplicationSubmitted()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);

        a.Submit(s, Calendar.DuringWindow);

        Assert.Equal(ApplicationStatus.Submitted, a.Status);
        Assert.Equal(Calendar.DuringWindow, a.SubmittedAt);
        var submitted = Assert.IsType<ApplicationSubmitted>(Assert.Single(a.DomainEvents));
        Assert.Equal(new ApplicationSubmitted(a.Id, s.Id, Build.OrganizationId), submitted);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void Submit_is_accepted_up_to_and_including_the_deadline_second(int secondsFromDeadline)
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);
        var at = Calendar.ClosesAt.AddSeconds(secondsFromDeadline);

        a.Submit(s, at);

        Assert.Equal(ApplicationStatus.Submitted, a.Status);
        Assert.Equal(at, a.SubmittedAt);
    }

    [Fact]
    public void Submit_one_second_after_the_deadline_is_refused()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);

        var ex = Assert.Throws<DomainException>(() => a.Submit(s, Calendar.ClosesAt.AddSeconds(1)));

        Assert.Contains("截止", ex.Message);
        Assert.Contains("2025-03-31 17:00:00", ex.Message); // deadline, Beijing time
        Assert.Contains("2025-03-31 17:00:01", ex.Message); // when the server received it
        AssertUnsubmitted(a);
    }

    [Fact]
    public void Submit_before_the_call_opens_is_refused()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);

        var ex = Assert.Throws<DomainException>(() => a.Submit(s, Calendar.OpensAt.AddSeconds(-1)));

        Assert.Contains("开始接受申报", ex.Message);
        Assert.Contains("2025-03-01 08:00:00", ex.Message);
        AssertUnsubmitted(a);
    }

    [Theory]
    [InlineData(SolicitationStatus.Closed)]
    [InlineData(SolicitationStatus.Cancelled)]
    public void Submit_to_a_call_that_is_no_longer_open_is_refused(SolicitationStatus callStatus)
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);
        if (callStatus == SolicitationStatus.Closed) s.Close(Calendar.JustAfterDeadline);
        else s.Cancel("经费未落实", Calendar.DuringWindow);

        // Even at a moment inside the window, a call that is not open takes nothing.
        var ex = Assert.Throws<DomainException>(() => a.Submit(s, Calendar.DuringWindow.AddHours(1)));

        Assert.Contains($"“{callStatus.ToChinese()}”", ex.Message);
        Assert.Contains("不接受申报", ex.Message);
        AssertUnsubmitted(a);
    }

    [Fact]
    public void Submit_of_an_incomplete_application_lists_everything_missing()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s, Build.TitleOnlyContent());

        var ex = Assert.Throws<DomainException>(() => a.Submit(s, Calendar.DuringWindow));

        Assert.StartsWith("申报材料不完整，无法提交：", ex.Message);
        string[] missing =
        [
            "请填写项目概述。", "请填写项目目标。", "请填写合作社区", "请填写项目社工", "请填写服务地点。",
            "请填写项目周期。", "请至少填写一个参与力量", "请至少填写一项服务活动", "请至少填写一条预算明细。",
        ];
        foreach (var item in missing) Assert.Contains(item, ex.Message);
        AssertUnsubmitted(a);
    }

    [Fact]
    public void Submit_lists_only_what_is_actually_missing()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s, Build.CompleteContent() with { Objectives = " ", Partners = [] });

        var ex = Assert.Throws<DomainException>(() => a.Submit(s, Calendar.DuringWindow));

        Assert.Contains("请填写项目目标。", ex.Message);
        Assert.Contains("参与力量", ex.Message);
        Assert.DoesNotContain("项目概述", ex.Message);
        Assert.DoesNotContain("预算明细", ex.Message);
        AssertUnsubmitted(a);
    }

    [Fact]
    public void Submit_refuses_an_activity_without_a_quantified_output()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s, Build.CompleteContent() with
        {
            Activities = [new ActivityItem("社区活动", OutputType.CommunityEvent, 0, 100, null)],
        });

        var ex = Assert.Throws<DomainException>(() => a.Submit(s, Calendar.DuringWindow));

        Assert.Contains("产出数量必须大于0", ex.Message);
        AssertUnsubmitted(a);
    }

    [Fact]
    public void Submit_refuses_a_request_above_the_ceiling()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s); // requests ¥170,000.00, within the ¥200,000.00 ceiling
        // The entity gives no way to lower an open call's ceiling, so the stored value is changed
        // directly, as if the row had been corrected in the database after the draft was made.
        Build.SetPrivate(s, nameof(Solicitation.ProjectCeiling), Money.FromYuan(100_000));

        var ex = Assert.Throws<DomainException>(() => a.Submit(s, Calendar.DuringWindow));

        Assert.Contains("超过", ex.Message);
        Assert.Contains("¥170,000.00", ex.Message);
        Assert.Contains("¥100,000.00", ex.Message);
        AssertUnsubmitted(a);
    }

    [Fact]
    public void Submit_against_another_call_is_a_programming_error()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);

        Assert.Throws<ArgumentException>(() => a.Submit(Build.OpenSolicitation(), Calendar.DuringWindow));
        Assert.Equal(ApplicationStatus.Draft, a.Status);
    }

    // ---- withdrawing ----

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void Withdraw_is_allowed_up_to_the_deadline(int secondsFromDeadline)
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);
        a.Submit(s, Calendar.DuringWindow);
        a.ClearDomainEvents();
        var at = Calendar.ClosesAt.AddSeconds(secondsFromDeadline);

        a.Withdraw(s, "  机构人员变动 ", at);

        Assert.Equal(ApplicationStatus.Withdrawn, a.Status);
        Assert.Equal(at, a.WithdrawnAt);
        Assert.Equal("机构人员变动", a.WithdrawalReason);
        Assert.Equal(new ApplicationWithdrawn(a.Id, s.Id), Assert.Single(a.DomainEvents));
    }

    [Fact]
    public void Withdraw_without_a_reason_is_allowed()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);
        a.Submit(s, Calendar.DuringWindow);

        a.Withdraw(s, "  ", Calendar.DuringWindow);

        Assert.Equal(ApplicationStatus.Withdrawn, a.Status);
        Assert.Null(a.WithdrawalReason);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Eligible)]
    public void Withdraw_after_the_deadline_is_refused(ApplicationStatus status)
    {
        var a = Build.ApplicationIn(status, out var s);
        a.ClearDomainEvents();

        var ex = Assert.Throws<DomainException>(() => a.Withdraw(s, "不想做了", Calendar.JustAfterDeadline));

        ChineseText.AssertChinese(ex.Message);
        Assert.Contains("截止后不能撤回", ex.Message);
        Assert.Equal(status, a.Status);
        Assert.Null(a.WithdrawnAt);
        Assert.Null(a.WithdrawalReason);
        Assert.Empty(a.DomainEvents);
    }

    // ---- eligibility ----

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void MarkIneligible_needs_a_reason(string reason)
    {
        var a = Build.ApplicationIn(ApplicationStatus.Submitted, out _);

        var ex = Assert.Throws<DomainException>(() => a.MarkIneligible(reason, Calendar.JustAfterDeadline));

        Assert.Contains("理由", ex.Message);
        Assert.Equal(ApplicationStatus.Submitted, a.Status);
        Assert.Null(a.EligibilityNote);
    }

    [Fact]
    public void MarkIneligible_keeps_the_trimmed_reason()
    {
        var a = Build.ApplicationIn(ApplicationStatus.Submitted, out _);

        a.MarkIneligible("  登记未满一年 ", Calendar.JustAfterDeadline);

        Assert.Equal(ApplicationStatus.Ineligible, a.Status);
        Assert.Equal("登记未满一年", a.EligibilityNote);
    }

    // ---- editing ----

    [Fact]
    public void Only_a_draft_can_be_edited()
    {
        var a = Build.ApplicationIn(ApplicationStatus.Submitted, out var s);

        var ex = Assert.Throws<DomainException>(() => a.Edit(Build.CompleteContent() with { Title = "新标题" }, s, Calendar.DuringWindow));

        Assert.Contains("只有草稿可以修改", ex.Message);
        Assert.Equal("幸福食堂——高龄老人助餐服务", a.Title);
    }

    [Fact]
    public void A_draft_cannot_be_edited_after_the_deadline()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);

        var ex = Assert.Throws<DomainException>(() => a.Edit(Build.CompleteContent() with { Title = "新标题" }, s, Calendar.JustAfterDeadline));

        Assert.Contains("截止", ex.Message);
        Assert.Equal("幸福食堂——高龄老人助餐服务", a.Title);
    }

    [Fact]
    public void Editing_a_draft_replaces_its_content()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);

        a.Edit(Build.CompleteContent() with
        {
            Title = "  新标题 ",
            BudgetLines = [new BudgetLineItem(BudgetCategory.Materials, "物资", Money.FromYuan(1_000))],
        }, s, Calendar.DuringWindow.AddDays(1));

        Assert.Equal("新标题", a.Title);
        Assert.Equal(Money.FromYuan(1_000), a.RequestedAmount);
        Assert.Single(a.BudgetLines);
        Assert.Equal(Calendar.DuringWindow.AddDays(1), a.UpdatedAt);
    }

    [Fact]
    public void Current_content_round_trips_what_was_applied()
    {
        var content = Build.CompleteContent();
        var a = Build.DraftApplication(Build.OpenSolicitation(), content);

        var current = a.CurrentContent();

        Assert.Equal(content.Title, current.Title);
        Assert.Equal(content.PeriodEnd, current.PeriodEnd);
        Assert.Equal(content.Partners, current.Partners);
        Assert.Equal(content.Activities, current.Activities);
        Assert.Equal(content.BudgetLines, current.BudgetLines);
        Assert.Equal(content.RequestedAmount, current.RequestedAmount);
    }

    // ---- content rules ----

    [Fact]
    public void Content_problems_are_keyed_by_field()
    {
        var content = Build.CompleteContent() with
        {
            Title = " ",
            PeriodStart = new DateOnly(2025, 6, 1),
            PeriodEnd = new DateOnly(2025, 6, 1),
            Activities = [new ActivityItem("活动", OutputType.GroupSession, -1, 10, null)],
            BudgetLines = [new BudgetLineItem(BudgetCategory.Other, "其他", Money.Zero)],
        };

        var problems = content.Problems(Money.FromYuan(200_000)).ToList();

        Assert.Contains(problems, p => p is { Field: "Title", Message: "请填写项目名称。" });
        Assert.Contains(problems, p => p is { Field: "PeriodEnd", Message: "项目结束日期必须晚于开始日期。" });
        Assert.Contains(problems, p => p is { Field: "Activities", Message: "活动数量和受益人数不能为负数。" });
        Assert.Contains(problems, p => p is { Field: "BudgetLines", Message: "每条预算金额必须大于0。" });
        Assert.All(problems, p => ChineseText.AssertChinese(p.Message));
    }

    [Fact]
    public void Complete_content_has_no_problems_or_gaps()
    {
        var content = Build.CompleteContent();

        Assert.Empty(content.Problems(Money.FromYuan(200_000)));
        Assert.Empty(content.Incompleteness());
    }

    private static void AssertUnsubmitted(ProjectApplication a)
    {
        Assert.Equal(ApplicationStatus.Draft, a.Status);
        Assert.Null(a.SubmittedAt);
        Assert.Empty(a.DomainEvents);
    }
}
