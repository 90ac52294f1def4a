using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Domain.Solicitations;

public class SolicitationGuardTests
{
    [Fact]
    public void New_call_is_a_draft_with_the_terms_applied()
    {
        var s = Build.DraftSolicitation();

        Assert.Equal(SolicitationStatus.Draft, s.Status);
        Assert.Equal(Build.DepartmentId, s.DepartmentId);
        Assert.Equal(Money.FromYuan(200_000), s.ProjectCeiling);
        Assert.Equal(Calendar.ClosesAt, s.ClosesAt);
        Assert.Equal(DateTimeKind.Utc, s.ClosesAt.Kind);
        Assert.Equal(["项目设计", "执行能力", "预算合理性"], s.Rubric.OrderBy(r => r.Order).Select(r => r.Name));
        Assert.Equal(100, s.Rubric.Sum(r => r.Weight));
        Assert.Null(s.PublishedAt);
        Assert.Empty(s.DomainEvents);
    }

    [Fact]
    public void Inconsistent_terms_are_refused_by_the_entity()
    {
        var terms = Build.Terms() with { Rubric = [new RubricItem("项目设计", 60, null), new RubricItem("执行能力", 30, null)] };

        var ex = Assert.Throws<DomainException>(() => new Solicitation(Build.DepartmentId, terms, "officer", Calendar.BeforeOpening));

        Assert.Contains("100", ex.Message);
        Assert.Contains("90", ex.Message);
        ChineseText.AssertChinese(ex.Message);
    }

    [Fact]
    public void Publish_opens_the_call_and_raises_SolicitationPublished()
    {
        var s = Build.DraftSolicitation();

        s.Publish(Calendar.BeforeOpening);

        Assert.Equal(SolicitationStatus.Open, s.Status);
        Assert.Equal(Calendar.BeforeOpening, s.PublishedAt);
        var published = Assert.IsType<SolicitationPublished>(Assert.Single(s.DomainEvents));
        Assert.Equal(new SolicitationPublished(s.Id, Build.DepartmentId, Calendar.ClosesAt), published);
    }

    [Fact]
    public void Publish_is_allowed_one_second_before_the_deadline()
    {
        var s = Build.DraftSolicitation();

        s.Publish(Calendar.ClosesAt.AddSeconds(-1));

        Assert.Equal(SolicitationStatus.Open, s.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(86_400)]
    public void Publish_is_refused_once_the_deadline_has_passed(int secondsAfterDeadline)
    {
        var s = Build.DraftSolicitation();

        var ex = Assert.Throws<DomainException>(() => s.Publish(Calendar.ClosesAt.AddSeconds(secondsAfterDeadline)));

        ChineseText.AssertChinese(ex.Message);
        Assert.Contains("已过", ex.Message);
        Assert.Contains("2025-03-31 17:00", ex.Message); // the deadline in Beijing time
        Assert.Equal(SolicitationStatus.Draft, s.Status);
        Assert.Null(s.PublishedAt);
        Assert.Empty(s.DomainEvents);
    }

    [Theory]
    [InlineData(-86_400)]
    [InlineData(-1)]
    [InlineData(0)]
    public void Close_is_refused_until_the_deadline_has_passed(int secondsAfterDeadline)
    {
        var s = Build.OpenSolicitation();
        s.ClearDomainEvents();

        var ex = Assert.Throws<DomainException>(() => s.Close(Calendar.ClosesAt.AddSeconds(secondsAfterDeadline)));

        ChineseText.AssertChinese(ex.Message);
        Assert.Contains("不能提前截止", ex.Message);
        Assert.Contains("2025-03-31 17:00:00", ex.Message);
        Assert.Equal(SolicitationStatus.Open, s.Status);
        Assert.Null(s.ClosedAt);
        Assert.Empty(s.DomainEvents);
    }

    [Fact]
    public void Close_works_one_second_after_the_deadline()
    {
        var s = Build.OpenSolicitation();
        s.ClearDomainEvents();

        s.Close(Calendar.ClosesAt.AddSeconds(1));

        Assert.Equal(SolicitationStatus.Closed, s.Status);
        Assert.Equal(Calendar.ClosesAt.AddSeconds(1), s.ClosedAt);
        Assert.Equal(new SolicitationClosed(s.Id), Assert.Single(s.DomainEvents));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Cancel_needs_a_reason(string reason)
    {
        var s = Build.OpenSolicitation();
        s.ClearDomainEvents();

        var ex = Assert.Throws<DomainException>(() => s.Cancel(reason, Calendar.DuringWindow));

        Assert.Contains("理由", ex.Message);
        ChineseText.AssertChinese(ex.Message);
        Assert.Equal(SolicitationStatus.Open, s.Status);
        Assert.Null(s.CancellationReason);
        Assert.Null(s.CancelledAt);
        Assert.Empty(s.DomainEvents);
    }

    [Fact]
    public void Cancel_without_a_reason_is_refused_even_when_null_is_passed()
    {
        var s = Build.DraftSolicitation();

        Assert.Throws<DomainException>(() => s.Cancel(null!, Calendar.BeforeOpening));
        Assert.Equal(SolicitationStatus.Draft, s.Status);
    }

    [Fact]
    public void Cancel_keeps_the_trimmed_reason_and_raises_SolicitationCancelled()
    {
        var s = Build.OpenSolicitation();
        s.ClearDomainEvents();

        s.Cancel("  经费未落实  ", Calendar.DuringWindow);

        Assert.Equal(SolicitationStatus.Cancelled, s.Status);
        Assert.Equal("经费未落实", s.CancellationReason);
        Assert.Equal(Calendar.DuringWindow, s.CancelledAt);
        Assert.Equal(new SolicitationCancelled(s.Id, "经费未落实"), Assert.Single(s.DomainEvents));
    }

    [Fact]
    public void Only_drafts_can_be_edited()
    {
        var draft = Build.DraftSolicitation();
        draft.Edit(Build.Terms() with { Title = "  修改后的标题  " }, Calendar.BeforeOpening.AddHours(1));
        Assert.Equal("修改后的标题", draft.Title);
        Assert.Equal(Calendar.BeforeOpening.AddHours(1), draft.UpdatedAt);

        var open = Build.OpenSolicitation();
        var ex = Assert.Throws<DomainException>(() => open.Edit(Build.Terms() with { Title = "改" }, Calendar.DuringWindow));
        Assert.Contains("只有草稿可以修改", ex.Message);
        Assert.Equal("2025年社区养老服务项目征集", open.Title);
    }

    [Fact]
    public void Attachments_can_only_change_on_a_draft()
    {
        var open = Build.OpenSolicitation();

        var ex = Assert.Throws<DomainException>(() => open.AddAttachment(new SolicitationAttachment(Guid.NewGuid(), "指南.pdf", "application/pdf", 10)));
        ChineseText.AssertChinese(ex.Message);
        Assert.Empty(open.Attachments);
        Assert.Throws<DomainException>(() => open.RemoveAttachment(1));
    }

    [Fact]
    public void Removing_a_missing_attachment_is_refused()
    {
        var draft = Build.DraftSolicitation();

        var ex = Assert.Throws<DomainException>(() => draft.RemoveAttachment(42));
        Assert.Equal("附件不存在。", ex.Message);
    }

    [Theory]
    [InlineData(-1, false)]   // one second before opening
    [InlineData(0, true)]     // at opening
    public void Accepting_applications_starts_at_OpensAt(int secondsFromOpening, bool accepting)
    {
        var s = Build.OpenSolicitation();
        Assert.Equal(accepting, s.IsAcceptingApplications(Calendar.OpensAt.AddSeconds(secondsFromOpening)));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]     // the deadline second itself is inside the window
    [InlineData(1, false)]
    public void Accepting_applications_ends_after_the_deadline_second(int secondsFromDeadline, bool accepting)
    {
        var s = Build.OpenSolicitation();
        Assert.Equal(accepting, s.IsAcceptingApplications(Calendar.ClosesAt.AddSeconds(secondsFromDeadline)));
    }

    [Theory]
    [InlineData(SolicitationStatus.Draft)]
    [InlineData(SolicitationStatus.Closed)]
    [InlineData(SolicitationStatus.UnderReview)]
    [InlineData(SolicitationStatus.Awarded)]
    [InlineData(SolicitationStatus.Cancelled)]
    public void Only_an_open_call_accepts_applications(SolicitationStatus status)
    {
        var s = Build.SolicitationIn(status);
        Assert.False(s.IsAcceptingApplications(Calendar.DuringWindow));
    }
}
