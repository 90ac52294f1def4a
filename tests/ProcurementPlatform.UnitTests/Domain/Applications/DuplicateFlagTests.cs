using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Domain.Applications;

public class DuplicateFlagTests
{
    private static readonly DateTime Now = Calendar.DuringWindow;

    private static ProjectApplication Submitted()
    {
        var s = Build.OpenSolicitation();
        var a = Build.DraftApplication(s);
        a.Submit(s, Now);
        return a;
    }

    private static DuplicateFlag Flag(ProjectApplication x, Guid y) =>
        new(x.Id, y, DuplicateFlagKind.LightEdit, 0.8, 0.76, 0.8, "同一申报单位、同一服务社区", "少量改动：文本相似度 76%", DuplicateDetection.OnSubmit, Now);

    [Fact]
    public void A_pair_is_kept_in_one_order_whichever_way_it_was_found()
    {
        var x = Guid.NewGuid();
        var y = Guid.NewGuid();
        var one = new DuplicateFlag(x, y, DuplicateFlagKind.Exact, 1, 1, 1, "", "完全相同", DuplicateDetection.Sweep, Now);
        var other = new DuplicateFlag(y, x, DuplicateFlagKind.Exact, 1, 1, 1, "", "完全相同", DuplicateDetection.Sweep, Now);
        Assert.Equal((one.ApplicationAId, one.ApplicationBId), (other.ApplicationAId, other.ApplicationBId));
        Assert.True(one.ApplicationAId.CompareTo(one.ApplicationBId) < 0);
        Assert.Throws<ArgumentException>(() => new DuplicateFlag(x, x, DuplicateFlagKind.Exact, 1, 1, 1, "", "", DuplicateDetection.Sweep, Now));
    }

    [Fact]
    public void Confirming_makes_the_chosen_application_ineligible_and_records_the_decision()
    {
        var application = Submitted();
        var flag = Flag(application, Guid.NewGuid());

        flag.Confirm(application, "  与另一部门的申报为同一项目。 ", "mzj@demo.gov.cn", Now.AddHours(1));

        Assert.Equal(DuplicateFlagStatus.Confirmed, flag.Status);
        Assert.Equal(application.Id, flag.DuplicateApplicationId);
        Assert.Equal(("与另一部门的申报为同一项目。", "mzj@demo.gov.cn", Now.AddHours(1)), (flag.DecisionReason, flag.DecidedBy, flag.DecidedAt));
        Assert.Equal(ApplicationStatus.Ineligible, application.Status);
        Assert.StartsWith("经核实为重复申报：", application.EligibilityNote);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Confirming_without_a_reason_changes_nothing(string reason)
    {
        var application = Submitted();
        var flag = Flag(application, Guid.NewGuid());
        Assert.Throws<DomainException>(() => flag.Confirm(application, reason, "mzj", Now));
        Assert.Equal(DuplicateFlagStatus.Open, flag.Status);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void An_application_outside_the_pair_cannot_be_confirmed()
    {
        var flag = Flag(Submitted(), Guid.NewGuid());
        var stranger = Submitted();
        Assert.Throws<DomainException>(() => flag.Confirm(stranger, "重复。", "mzj", Now));
        Assert.Equal(ApplicationStatus.Submitted, stranger.Status);
        Assert.Equal(DuplicateFlagStatus.Open, flag.Status);
    }

    [Fact]
    public void A_decided_flag_is_not_decided_again_and_a_later_sweep_keeps_what_was_decided_on()
    {
        var application = Submitted();
        var flag = Flag(application, Guid.NewGuid());
        flag.Dismiss("同一机构在两个社区开展的同类服务，不重复。", "mzj", Now);

        var again = Assert.Throws<DomainException>(() => flag.Confirm(application, "重复。", "mzj", Now));
        Assert.Contains("已排除", again.Message);
        Assert.Throws<DomainException>(() => flag.Dismiss("再次排除。", "mzj", Now));

        flag.SeenAgain(DuplicateFlagKind.Exact, 1, 1, 1, "", "完全相同", Now.AddDays(1));
        Assert.Equal((DuplicateFlagKind.LightEdit, 0.8, Now.AddDays(1)), (flag.Kind, flag.Score, flag.LastSeenAt));
    }

    [Fact]
    public void An_open_flag_takes_the_latest_figures()
    {
        var flag = Flag(Submitted(), Guid.NewGuid());
        flag.SeenAgain(DuplicateFlagKind.Exact, 1.2, 1, 1, "", "完全相同", Now.AddDays(1));
        Assert.Equal((DuplicateFlagKind.Exact, 1.0, "完全相同"), (flag.Kind, flag.Score, flag.Reason));
    }

    [Fact]
    public void A_dismissal_needs_a_reason()
    {
        var flag = Flag(Submitted(), Guid.NewGuid());
        Assert.Throws<DomainException>(() => flag.Dismiss(" ", "mzj", Now));
        Assert.Throws<DomainException>(() => flag.Dismiss(new string('长', DuplicateFlag.MaxReasonLength + 1), "mzj", Now));
        Assert.Equal(DuplicateFlagStatus.Open, flag.Status);
    }

    [Fact]
    public void Eligible_and_not_recommended_applications_can_be_confirmed_as_duplicates()
    {
        var eligible = Submitted();
        eligible.MarkEligible(Now);
        eligible.MarkDuplicate("重复。", Now);
        Assert.Equal(ApplicationStatus.Ineligible, eligible.Status);

        var notRecommended = Submitted();
        notRecommended.MarkEligible(Now);
        notRecommended.NotRecommend(Now);
        notRecommended.MarkDuplicate("重复。", Now);
        Assert.Equal(ApplicationStatus.Ineligible, notRecommended.Status);
    }

    [Fact]
    public void Once_in_the_award_publicity_or_awarded_a_duplicate_goes_through_objections_or_the_contract()
    {
        var recommended = Submitted();
        recommended.MarkEligible(Now);
        recommended.Recommend(Now);
        Assert.Contains("异议程序", Assert.Throws<DomainException>(() => recommended.MarkDuplicate("重复。", Now)).Message);
        Assert.Equal(ApplicationStatus.Recommended, recommended.Status);

        recommended.MarkAwarded(Now);
        Assert.Contains("合同", Assert.Throws<DomainException>(() => recommended.MarkDuplicate("重复。", Now)).Message);

        var withdrawn = Submitted();
        withdrawn.Withdraw(Build.OpenSolicitation(), null, Now);
        Assert.Contains("已撤回", Assert.Throws<DomainException>(() => withdrawn.MarkDuplicate("重复。", Now)).Message);
    }
}
