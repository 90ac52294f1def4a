using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.UnitTests.Domain.Common;

public class TransitionTableTests
{
    private enum Light { Red, Green, Yellow }

    private enum Signal { Go, Slow, Stop }

    private static TransitionTable<Light, Signal> Traffic() => new TransitionTable<Light, Signal>()
        .Allow(Light.Red, Signal.Go, Light.Green)
        .Allow(Light.Green, Signal.Slow, Light.Yellow)
        .Allow(Light.Green, Signal.Stop, Light.Red)
        .Allow(Light.Yellow, Signal.Stop, Light.Red);

    [Fact]
    public void PermittedTriggers_lists_the_triggers_allowed_from_a_state()
    {
        var table = Traffic();

        Assert.Equal([Signal.Go], table.PermittedTriggers(Light.Red));
        Assert.Equal([Signal.Slow, Signal.Stop], table.PermittedTriggers(Light.Green).Order());
        Assert.Equal([Signal.Stop], table.PermittedTriggers(Light.Yellow));
    }

    [Fact]
    public void PermittedTriggers_is_empty_for_a_state_with_no_moves()
    {
        var table = new TransitionTable<Light, Signal>().Allow(Light.Red, Signal.Go, Light.Green);

        Assert.Empty(table.PermittedTriggers(Light.Green));
    }

    [Fact]
    public void Fire_returns_the_target_or_throws_the_refusal()
    {
        var table = Traffic();

        Assert.Equal(Light.Green, table.Fire(Light.Red, Signal.Go, (_, _) => "不会用到"));
        var ex = Assert.Throws<DomainException>(() => table.Fire(Light.Red, Signal.Slow, (from, t) => $"{from}:{t} 不允许"));
        Assert.Equal("Red:Slow 不允许", ex.Message);
    }

    [Fact]
    public void A_move_cannot_be_declared_twice()
    {
        var table = new TransitionTable<Light, Signal>().Allow(Light.Red, Signal.Go, Light.Green);

        Assert.Throws<ArgumentException>(() => table.Allow(Light.Red, Signal.Go, Light.Yellow));
    }

    [Fact]
    public void Moves_exposes_every_declared_move()
    {
        var table = Traffic();

        Assert.Equal(4, table.Moves.Count);
        Assert.Equal(Light.Red, table.Moves[(Light.Yellow, Signal.Stop)]);
    }

    [Theory]
    [InlineData(SolicitationStatus.Draft, new[] { SolicitationTrigger.Publish, SolicitationTrigger.Cancel })]
    [InlineData(SolicitationStatus.Open, new[] { SolicitationTrigger.Close, SolicitationTrigger.Cancel })]
    [InlineData(SolicitationStatus.Closed, new[] { SolicitationTrigger.StartReview, SolicitationTrigger.Cancel })]
    [InlineData(SolicitationStatus.UnderReview, new[] { SolicitationTrigger.Award, SolicitationTrigger.Cancel })]
    [InlineData(SolicitationStatus.Awarded, new SolicitationTrigger[0])]
    [InlineData(SolicitationStatus.Cancelled, new SolicitationTrigger[0])]
    public void Solicitation_permitted_triggers(SolicitationStatus state, SolicitationTrigger[] expected)
    {
        Assert.Equal(expected.Order(), Solicitation.Lifecycle.PermittedTriggers(state).Order());
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft, new[] { ApplicationTrigger.Submit })]
    [InlineData(ApplicationStatus.Submitted, new[] { ApplicationTrigger.Withdraw, ApplicationTrigger.MarkEligible, ApplicationTrigger.MarkIneligible, ApplicationTrigger.ConfirmDuplicate })]
    [InlineData(ApplicationStatus.Eligible, new[] { ApplicationTrigger.Withdraw, ApplicationTrigger.Recommend, ApplicationTrigger.NotRecommend, ApplicationTrigger.ConfirmDuplicate })]
    [InlineData(ApplicationStatus.Recommended, new[] { ApplicationTrigger.Award, ApplicationTrigger.Disqualify })]
    [InlineData(ApplicationStatus.Withdrawn, new ApplicationTrigger[0])]
    [InlineData(ApplicationStatus.Ineligible, new ApplicationTrigger[0])]
    [InlineData(ApplicationStatus.NotRecommended, new[] { ApplicationTrigger.Promote, ApplicationTrigger.ConfirmDuplicate })]
    [InlineData(ApplicationStatus.Awarded, new ApplicationTrigger[0])]
    [InlineData(ApplicationStatus.Disqualified, new ApplicationTrigger[0])]
    public void Application_permitted_triggers(ApplicationStatus state, ApplicationTrigger[] expected)
    {
        Assert.Equal(expected.Order(), ProjectApplication.Lifecycle.PermittedTriggers(state).Order());
    }

    [Theory]
    [InlineData(DuplicateFlagStatus.Open, new[] { DuplicateFlagTrigger.Confirm, DuplicateFlagTrigger.Dismiss })]
    [InlineData(DuplicateFlagStatus.Confirmed, new DuplicateFlagTrigger[0])]
    [InlineData(DuplicateFlagStatus.Dismissed, new DuplicateFlagTrigger[0])]
    public void Duplicate_flag_permitted_triggers(DuplicateFlagStatus state, DuplicateFlagTrigger[] expected)
    {
        Assert.Equal(expected.Order(), DuplicateFlag.Lifecycle.PermittedTriggers(state).Order());
    }
}
