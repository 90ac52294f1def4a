using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.Domain.Solicitations.SolicitationStatus;
using static ProcurementPlatform.Domain.Solicitations.SolicitationTrigger;

namespace ProcurementPlatform.UnitTests.Domain.Solicitations;

/// <summary>The full (state × trigger) table of a call for proposals, written out by hand (DOMAIN.md §1).</summary>
public class SolicitationLifecycleTests
{
    /// <summary>The only allowed moves. Every pair not listed here must be refused.</summary>
    private static readonly Dictionary<(SolicitationStatus, SolicitationTrigger), SolicitationStatus> Expected = new()
    {
        [(Draft, Publish)] = Open,
        [(Draft, Cancel)] = Cancelled,
        [(Open, Close)] = Closed,
        [(Open, Cancel)] = Cancelled,
        [(Closed, StartReview)] = UnderReview,
        [(Closed, Cancel)] = Cancelled,
        [(UnderReview, Award)] = Awarded,
        [(UnderReview, Cancel)] = Cancelled,
    };

    public static TheoryData<SolicitationStatus, SolicitationTrigger> AllPairs()
    {
        var data = new TheoryData<SolicitationStatus, SolicitationTrigger>();
        foreach (var state in Enum.GetValues<SolicitationStatus>())
            foreach (var trigger in Enum.GetValues<SolicitationTrigger>())
                data.Add(state, trigger);
        return data;
    }

    [Fact]
    public void The_enumeration_covers_six_states_and_five_triggers()
    {
        Assert.Equal(6, Enum.GetValues<SolicitationStatus>().Length);
        Assert.Equal(5, Enum.GetValues<SolicitationTrigger>().Length);
        Assert.Equal(30, AllPairs().Count);
    }

    [Fact]
    public void The_table_holds_exactly_the_expected_moves()
    {
        var actual = Solicitation.Lifecycle.Moves.ToDictionary(m => (m.Key.From, m.Key.Trigger), m => m.Value);
        Assert.Equal(Expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Table_answers_each_pair_as_expected(SolicitationStatus from, SolicitationTrigger trigger)
    {
        var allowed = Expected.TryGetValue((from, trigger), out var expectedTarget);

        Assert.Equal(allowed, Solicitation.Lifecycle.CanFire(from, trigger));
        Assert.Equal(allowed, Solicitation.Lifecycle.TryGetTarget(from, trigger, out var target));
        if (allowed) Assert.Equal(expectedTarget, target);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Entity_methods_obey_the_table(SolicitationStatus from, SolicitationTrigger trigger)
    {
        var solicitation = Build.SolicitationIn(from);
        solicitation.ClearDomainEvents();
        var updatedAt = solicitation.UpdatedAt;

        Assert.Equal(Expected.ContainsKey((from, trigger)), solicitation.CanFire(trigger));

        if (Expected.TryGetValue((from, trigger), out var expectedTarget))
        {
            FireThroughEntity(solicitation, trigger);
            Assert.Equal(expectedTarget, solicitation.Status);
        }
        else
        {
            var ex = Assert.Throws<DomainException>(() => FireThroughEntity(solicitation, trigger));
            ChineseText.AssertChinese(ex.Message);
            Assert.Contains($"“{from.ToChinese()}”", ex.Message);
            Assert.Contains($"“{trigger.ToChinese()}”", ex.Message);
            Assert.Equal(from, solicitation.Status);
            Assert.Equal(updatedAt, solicitation.UpdatedAt);
            Assert.Empty(solicitation.DomainEvents);
        }
    }

    [Fact]
    public void Every_state_and_trigger_has_a_chinese_name()
    {
        foreach (var state in Enum.GetValues<SolicitationStatus>())
        {
            ChineseText.AssertChinese(state.ToChinese());
            Assert.NotEqual(state.ToString(), state.ToChinese());
        }
        foreach (var trigger in Enum.GetValues<SolicitationTrigger>())
        {
            ChineseText.AssertChinese(trigger.ToChinese());
            Assert.NotEqual(trigger.ToString(), trigger.ToChinese());
        }
    }

    [Fact]
    public void Terminal_states_permit_nothing()
    {
        Assert.Empty(Solicitation.Lifecycle.PermittedTriggers(Awarded));
        Assert.Empty(Solicitation.Lifecycle.PermittedTriggers(Cancelled));
    }

    /// <summary>Fires a trigger through the entity's real method, with every non-state guard satisfied.</summary>
    private static void FireThroughEntity(Solicitation s, SolicitationTrigger trigger)
    {
        switch (trigger)
        {
            case Publish: s.Publish(Calendar.BeforeOpening); break;
            case Close: s.Close(Calendar.JustAfterDeadline); break;
            case StartReview: s.StartReview(Calendar.JustAfterDeadline.AddDays(1)); break;
            case Award: s.MarkAwarded(Calendar.RoadshowAt.AddDays(1)); break;
            case Cancel: s.Cancel("经费未落实", Calendar.JustAfterDeadline.AddDays(1)); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null);
        }
    }
}
