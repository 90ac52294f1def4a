using Microsoft.Extensions.Time.Testing;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Domain.Solicitations;

/// <summary>
/// A change of terms is an amendment: recorded with its reason; within the last 3 days before the
/// deadline it moves the deadline by at least 3 days; a deadline is never brought forward.
/// </summary>
public sealed class LateAmendmentTests
{
    private static readonly TermsChange RaiseBudget = new(TotalBudget: Money.FromYuan(1_200_000));

    [Fact]
    public void An_early_amendment_changes_the_terms_and_leaves_the_deadline_alone()
    {
        var clock = new FakeTimeProvider(Calendar.ClosesAt.AddDays(-10));
        var call = Build.OpenSolicitation();

        var amendment = call.Amend(RaiseBudget, "预算追加", "officer", clock.GetUtcNow().UtcDateTime);

        Assert.Equal(Money.FromYuan(1_200_000), call.TotalBudget);
        Assert.Equal(Calendar.ClosesAt, call.ClosesAt);
        Assert.Contains("总预算", amendment.Changes);
        Assert.Equal("预算追加", amendment.Reason);
        Assert.Single(call.Amendments);
        Assert.Contains(call.DomainEvents, e => e is SolicitationAmended);
    }

    [Theory]
    [InlineData(3 * 24 * 3600 - 1)]
    [InlineData(24 * 3600)]
    [InlineData(1)]
    [InlineData(0)]
    public void Within_the_last_three_days_the_deadline_moves_by_at_least_three_days(int secondsBeforeDeadline)
    {
        var clock = new FakeTimeProvider(Calendar.ClosesAt.AddSeconds(-secondsBeforeDeadline));
        var call = Build.OpenSolicitation();

        var amendment = call.Amend(RaiseBudget, "预算追加", "officer", clock.GetUtcNow().UtcDateTime);

        Assert.Equal(Calendar.ClosesAt.AddDays(3), call.ClosesAt);
        Assert.Equal(Calendar.ClosesAt, amendment.PreviousClosesAt);
        Assert.Equal(call.ClosesAt, amendment.ClosesAt);
        Assert.Contains("顺延", amendment.Changes);
        Assert.True(call.RoadshowAt > call.ClosesAt);
    }

    [Fact]
    public void Exactly_three_days_before_is_not_yet_late()
    {
        var clock = new FakeTimeProvider(Calendar.ClosesAt.AddDays(-3));
        var call = Build.OpenSolicitation();
        call.Amend(RaiseBudget, "预算追加", "officer", clock.GetUtcNow().UtcDateTime);
        Assert.Equal(Calendar.ClosesAt, call.ClosesAt);
    }

    [Fact]
    public void A_late_amendment_that_already_extends_far_enough_keeps_the_requested_deadline()
    {
        var clock = new FakeTimeProvider(Calendar.ClosesAt.AddDays(-1));
        var call = Build.OpenSolicitation();
        var requested = Calendar.ClosesAt.AddDays(7);
        call.Amend(new TermsChange(ClosesAtUtc: requested), "延长申报期", "officer", clock.GetUtcNow().UtcDateTime);
        Assert.Equal(requested, call.ClosesAt);
    }

    [Fact]
    public void A_late_extension_shorter_than_three_days_is_lengthened_to_three()
    {
        var clock = new FakeTimeProvider(Calendar.ClosesAt.AddDays(-1));
        var call = Build.OpenSolicitation();
        call.Amend(new TermsChange(ClosesAtUtc: Calendar.ClosesAt.AddDays(1)), "延长申报期", "officer", clock.GetUtcNow().UtcDateTime);
        Assert.Equal(Calendar.ClosesAt.AddDays(3), call.ClosesAt);
    }

    [Fact]
    public void The_deadline_is_never_brought_forward_and_nothing_changes()
    {
        var clock = new FakeTimeProvider(Calendar.ClosesAt.AddDays(-10));
        var call = Build.OpenSolicitation();
        var refusal = Assert.Throws<DomainException>(() =>
            call.Amend(new TermsChange(TotalBudget: Money.FromYuan(2_000_000), ClosesAtUtc: Calendar.ClosesAt.AddDays(-1)), "提前截止", "officer", clock.GetUtcNow().UtcDateTime));
        Assert.Contains("不能提前", refusal.Message);
        Assert.Equal(Calendar.ClosesAt, call.ClosesAt);
        Assert.Equal(Money.FromYuan(1_000_000), call.TotalBudget);
        Assert.Empty(call.Amendments);
    }

    [Fact]
    public void An_amendment_needs_a_reason_a_real_change_an_open_call_and_consistent_terms()
    {
        var now = Calendar.ClosesAt.AddDays(-10);
        var call = Build.OpenSolicitation();
        Assert.Throws<DomainException>(() => call.Amend(RaiseBudget, " ", "officer", now));
        Assert.Throws<DomainException>(() => call.Amend(new TermsChange(), "无变化", "officer", now));
        Assert.Throws<DomainException>(() => call.Amend(new TermsChange(Rubric: [new RubricItem("唯一", 50, null)]), "改评分", "officer", now));
        Assert.Throws<DomainException>(() => call.Amend(RaiseBudget, "截止后", "officer", Calendar.JustAfterDeadline));
        Assert.Throws<DomainException>(() => Build.DraftSolicitation().Amend(RaiseBudget, "草稿", "officer", now));
        Assert.Empty(call.Amendments);
        Assert.Equal(Money.FromYuan(1_000_000), call.TotalBudget);
    }
}
