using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.Domain.Applications.ApplicationStatus;
using static ProcurementPlatform.Domain.Applications.ApplicationTrigger;

namespace ProcurementPlatform.UnitTests.Domain.Applications;

/// <summary>The full (state × trigger) table of an application, written out by hand (DOMAIN.md §2).</summary>
public class ApplicationLifecycleTests
{
    /// <summary>The only allowed moves. Every pair not listed here must be refused.</summary>
    private static readonly Dictionary<(ApplicationStatus, ApplicationTrigger), ApplicationStatus> Expected = new()
    {
        [(Draft, Submit)] = Submitted,
        [(Submitted, Withdraw)] = Withdrawn,
        [(Submitted, MarkEligible)] = Eligible,
        [(Submitted, MarkIneligible)] = Ineligible,
        [(Eligible, Withdraw)] = Withdrawn,
        [(Eligible, Recommend)] = Recommended,
        [(Eligible, NotRecommend)] = NotRecommended,
        [(Recommended, Award)] = Awarded,
        [(Recommended, Disqualify)] = Disqualified,
        [(NotRecommended, Promote)] = Recommended, // 递补 after a recommended project was disqualified
        // 重复申报 confirmed before the award notice; once recommended, the objection procedure applies.
        [(Submitted, ConfirmDuplicate)] = Ineligible,
        [(Eligible, ConfirmDuplicate)] = Ineligible,
        [(NotRecommended, ConfirmDuplicate)] = Ineligible,
    };

    /// <summary>Triggers the entity exposes a method for; the review outcomes have none yet.</summary>
    private static readonly HashSet<ApplicationTrigger> TriggersWithEntityMethods = [Submit, Withdraw, MarkEligible, MarkIneligible, ConfirmDuplicate];

    public static TheoryData<ApplicationStatus, ApplicationTrigger> AllPairs()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationTrigger>();
        foreach (var state in Enum.GetValues<ApplicationStatus>())
            foreach (var trigger in Enum.GetValues<ApplicationTrigger>())
                data.Add(state, trigger);
        return data;
    }

    [Fact]
    public void The_enumeration_covers_nine_states_and_ten_triggers()
    {
        Assert.Equal(9, Enum.GetValues<ApplicationStatus>().Length);
        Assert.Equal(10, Enum.GetValues<ApplicationTrigger>().Length);
        Assert.Equal(90, AllPairs().Count);
    }

    [Fact]
    public void The_table_holds_exactly_the_expected_moves()
    {
        var actual = ProjectApplication.Lifecycle.Moves.ToDictionary(m => (m.Key.From, m.Key.Trigger), m => m.Value);
        Assert.Equal(Expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Table_answers_each_pair_as_expected(ApplicationStatus from, ApplicationTrigger trigger)
    {
        var allowed = Expected.TryGetValue((from, trigger), out var expectedTarget);

        Assert.Equal(allowed, ProjectApplication.Lifecycle.CanFire(from, trigger));
        Assert.Equal(allowed, ProjectApplication.Lifecycle.TryGetTarget(from, trigger, out var target));
        if (allowed) Assert.Equal(expectedTarget, target);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Entity_obeys_the_table(ApplicationStatus from, ApplicationTrigger trigger)
    {
        var application = Build.ApplicationIn(from, out var solicitation);
        application.ClearDomainEvents();
        var updatedAt = application.UpdatedAt;
        var allowed = Expected.TryGetValue((from, trigger), out var expectedTarget);

        Assert.Equal(allowed, application.CanFire(trigger));
        if (!TriggersWithEntityMethods.Contains(trigger)) return; // nothing else to fire it through yet

        if (allowed)
        {
            FireThroughEntity(application, solicitation, trigger);
            Assert.Equal(expectedTarget, application.Status);
        }
        else
        {
            var ex = Assert.Throws<DomainException>(() => FireThroughEntity(application, solicitation, trigger));
            ChineseText.AssertChinese(ex.Message);
            Assert.Contains($"“{from.ToChinese()}”", ex.Message);
            Assert.Contains($"“{trigger.ToChinese()}”", ex.Message);
            Assert.Equal(from, application.Status);
            Assert.Equal(updatedAt, application.UpdatedAt);
            Assert.Empty(application.DomainEvents);
        }
    }

    [Fact]
    public void Every_state_and_trigger_has_a_chinese_name()
    {
        foreach (var state in Enum.GetValues<ApplicationStatus>())
        {
            ChineseText.AssertChinese(state.ToChinese());
            Assert.NotEqual(state.ToString(), state.ToChinese());
        }
        foreach (var trigger in Enum.GetValues<ApplicationTrigger>())
        {
            ChineseText.AssertChinese(trigger.ToChinese());
            Assert.NotEqual(trigger.ToString(), trigger.ToChinese());
        }
    }

    [Theory]
    [InlineData(Withdrawn)]
    [InlineData(Ineligible)]
    [InlineData(Awarded)]
    [InlineData(Disqualified)]
    public void Terminal_states_permit_nothing(ApplicationStatus state)
    {
        Assert.Empty(ProjectApplication.Lifecycle.PermittedTriggers(state));
    }

    /// <summary>Fires a trigger through the entity's real method with every non-state guard satisfied.</summary>
    private static void FireThroughEntity(ProjectApplication a, Solicitation s, ApplicationTrigger trigger)
    {
        var now = Calendar.DuringWindow.AddHours(1);
        switch (trigger)
        {
            case Submit: a.Submit(s, now); break;
            case Withdraw: a.Withdraw(s, "机构人员变动", now); break;
            case MarkEligible: a.MarkEligible(now); break;
            case MarkIneligible: a.MarkIneligible("登记未满一年", now); break;
            case ConfirmDuplicate: a.MarkDuplicate("与另一部门征集中的申报为同一项目", now); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "no entity method");
        }
    }
}
