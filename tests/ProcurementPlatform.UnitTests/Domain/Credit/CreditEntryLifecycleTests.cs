using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using static ProcurementPlatform.UnitTests.Domain.Credit.CreditTestData;

namespace ProcurementPlatform.UnitTests.Domain.Credit;

/// <summary>红黑榜条目: proposed → listed → removed (kept in history), or proposed → rejected; red entries are published by the rules.</summary>
public class CreditEntryLifecycleTests
{
    public static TheoryData<CreditEntryStatus> AllStatuses() => [.. Enum.GetValues<CreditEntryStatus>()];

    [Fact]
    public void A_proposal_awaits_the_deciding_department()
    {
        var derived = BlackDerived(CivilAffairs);

        var entry = CreditEntry.Propose(derived, NowUtc);

        Assert.Equal(CreditEntryStatus.Proposed, entry.Status);
        Assert.True(entry.IsActive);
        Assert.Equal(TheOrganisation, entry.OrganizationId);
        Assert.Equal(CreditList.Black, entry.List);
        Assert.Equal(CivilAffairs, entry.DepartmentId);
        Assert.Equal(NowUtc, entry.ProposedAt);
        Assert.Equal(NowUtc, entry.UpdatedAt);
        Assert.Null(entry.DecidedAt);
        Assert.Null(entry.DecidedBy);
        Assert.Null(entry.ListedOn);
        Assert.Equal(new DateOnly(2029, 3, 1), entry.ExpiresOn);
        var ground = Assert.Single(entry.Grounds);
        Assert.Equal(derived.Grounds[0].EventId, ground.EventId);
        Assert.Equal("BLACK-FALSE", ground.RuleCode);
        Assert.Equal(CreditGround.FalseMaterials, ground.Ground);
        Assert.Equal(new DateOnly(2026, 3, 1), ground.OccurredOn);
        Assert.Equal(new DateOnly(2029, 3, 1), ground.EndsOn);
    }

    [Fact]
    public void Confirming_lists_the_entry_from_the_china_date_of_now()
    {
        var entry = ProposedBlack();
        var at = NowUtc.AddHours(1);

        entry.Confirm("civil-affairs", at);

        Assert.Equal(CreditEntryStatus.Listed, entry.Status);
        Assert.True(entry.IsActive);
        Assert.Equal("civil-affairs", entry.DecidedBy);
        Assert.Equal(at, entry.DecidedAt);
        Assert.Equal(at, entry.UpdatedAt);
        Assert.Equal(Today, entry.ListedOn);
    }

    [Fact]
    public void Confirming_late_in_the_utc_evening_lists_on_the_next_china_day()
    {
        var entry = ProposedBlack();

        entry.Confirm("civil-affairs", LateEveningUtc);

        Assert.Equal(new DateOnly(2026, 11, 24), entry.ListedOn);
    }

    [Fact]
    public void Removing_a_listed_entry_keeps_it_in_history_with_the_reason()
    {
        var entry = ListedBlack();
        var grounds = entry.Grounds.Select(g => g.EventId).ToList();
        var at = NowUtc.AddDays(30);

        entry.Remove(CreditRemoval.Expired, "期满自动移出", at);

        Assert.Equal(CreditEntryStatus.Removed, entry.Status);
        Assert.False(entry.IsActive);
        Assert.Equal(CreditRemoval.Expired, entry.Removal);
        Assert.Equal("期满自动移出", entry.RemovalNote);
        Assert.Equal(at, entry.RemovedAt);
        Assert.Equal(at, entry.UpdatedAt);
        Assert.Equal(grounds, entry.Grounds.Select(g => g.EventId));
        Assert.Equal(Today, entry.ListedOn);
        Assert.Equal("civil-affairs", entry.DecidedBy);
    }

    [Fact]
    public void A_proposal_whose_grounds_no_longer_count_may_be_removed()
    {
        var entry = ProposedBlack();

        entry.Remove(CreditRemoval.NoLongerApplies, "情形消失", NowUtc);

        Assert.Equal(CreditEntryStatus.Removed, entry.Status);
        Assert.Equal(CreditRemoval.NoLongerApplies, entry.Removal);
        Assert.Null(entry.ListedOn);
    }

    [Fact]
    public void Rejecting_a_proposal_records_the_trimmed_reason()
    {
        var entry = ProposedBlack();

        entry.Reject("  事实尚待核实 ", "civil-affairs", NowUtc);

        Assert.Equal(CreditEntryStatus.Rejected, entry.Status);
        Assert.False(entry.IsActive);
        Assert.Equal("事实尚待核实", entry.RejectionReason);
        Assert.Equal("civil-affairs", entry.DecidedBy);
        Assert.Equal(NowUtc, entry.DecidedAt);
        Assert.Null(entry.ListedOn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejecting_needs_a_reason(string reason)
    {
        var entry = ProposedBlack();

        var ex = Assert.Throws<DomainException>(() => entry.Reject(reason, "civil-affairs", NowUtc));

        Assert.Contains("理由", ex.Message);
        Assert.Equal(CreditEntryStatus.Proposed, entry.Status);
        Assert.Null(entry.RejectionReason);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Only_a_proposal_can_be_confirmed(CreditEntryStatus status)
    {
        var entry = EntryIn(status);

        if (status == CreditEntryStatus.Proposed)
        {
            entry.Confirm("civil-affairs", NowUtc);
            Assert.Equal(CreditEntryStatus.Listed, entry.Status);
            return;
        }
        var ex = Assert.Throws<DomainException>(() => entry.Confirm("civil-affairs", NowUtc.AddDays(1)));
        Assert.Contains(status.ToChinese(), ex.Message);
        Assert.Equal(status, entry.Status);
        Assert.NotEqual(NowUtc.AddDays(1), entry.DecidedAt);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Only_a_proposal_can_be_rejected(CreditEntryStatus status)
    {
        var entry = EntryIn(status);

        if (status == CreditEntryStatus.Proposed)
        {
            entry.Reject("事实不清", "civil-affairs", NowUtc);
            Assert.Equal(CreditEntryStatus.Rejected, entry.Status);
            return;
        }
        var ex = Assert.Throws<DomainException>(() => entry.Reject("另一理由", "civil-affairs", NowUtc));
        Assert.Contains(status.ToChinese(), ex.Message);
        Assert.Equal(status, entry.Status);
        Assert.NotEqual("另一理由", entry.RejectionReason);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Only_an_active_entry_can_be_removed(CreditEntryStatus status)
    {
        var entry = EntryIn(status);
        var active = status is CreditEntryStatus.Proposed or CreditEntryStatus.Listed;
        Assert.Equal(active, entry.IsActive);

        if (active)
        {
            entry.Remove(CreditRemoval.NoLongerApplies, "情形消失", NowUtc);
            Assert.Equal(CreditEntryStatus.Removed, entry.Status);
            return;
        }
        var before = entry.Removal;
        Assert.Throws<DomainException>(() => entry.Remove(CreditRemoval.AppealUpheld, "异议成立", NowUtc));
        Assert.Equal(status, entry.Status);
        Assert.Equal(before, entry.Removal);
    }

    [Fact]
    public void The_rules_publish_a_red_entry_themselves()
    {
        var entry = CreditEntry.PublishAutomatically(RedDerived(), NowUtc);

        Assert.Equal(CreditEntryStatus.Listed, entry.Status);
        Assert.Equal(CreditList.Red, entry.List);
        Assert.Equal(CreditEntry.RulesActor, entry.DecidedBy);
        Assert.Equal(NowUtc, entry.DecidedAt);
        Assert.Equal(Today, entry.ListedOn);
        Assert.Equal(new DateOnly(2028, 6, 30), entry.ExpiresOn);
        Assert.Null(entry.DepartmentId);
        Assert.Equal("RED-EXCELLENT", Assert.Single(entry.Grounds).RuleCode);
        Assert.Equal(new DateOnly(2026, 11, 24), CreditEntry.PublishAutomatically(RedDerived(), LateEveningUtc).ListedOn);
    }

    // ---- covers ----

    [Fact]
    public void An_entry_covers_a_derivation_whose_grounds_it_already_has()
    {
        var first = Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10));
        var second = Fact(CreditGround.DuplicateApplication, new DateOnly(2026, 1, 10));
        var entry = CreditEntry.Propose(Single(first, second), NowUtc);
        entry.Reject("已另案处理", "civil-affairs", NowUtc);

        Assert.True(entry.Covers(Single(first, second)));
        Assert.True(entry.Covers(Assert.Single(Derive(new DateOnly(2027, 1, 10), first, second)))); // only the second left
    }

    [Fact]
    public void An_entry_does_not_cover_a_derivation_with_a_new_event()
    {
        var first = Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10));
        var entry = CreditEntry.Propose(Single(first), NowUtc);
        entry.Reject("已另案处理", "civil-affairs", NowUtc);

        Assert.False(entry.Covers(Single(first, Fact(CreditGround.FundMisuse, new DateOnly(2026, 9, 1)))));
        Assert.False(entry.Covers(Single(Fact(CreditGround.DuplicateApplication, new DateOnly(2025, 1, 10)))));
    }

    // ---- department ----

    [Fact]
    public void The_entry_is_decided_by_the_department_of_the_latest_event_that_has_one()
    {
        var a = Fact(CreditGround.FalseMaterials, new DateOnly(2025, 1, 1), department: CivilAffairs);
        var b = Fact(CreditGround.FundMisuse, new DateOnly(2025, 6, 1), department: Finance);
        var none = Fact(CreditGround.FailedEvaluation, new DateOnly(2026, 1, 1));

        Assert.Equal(Finance, CreditEntry.Propose(Single(a, b, none), NowUtc).DepartmentId);
        Assert.Equal(CivilAffairs, CreditEntry.Propose(Single(none, a), NowUtc).DepartmentId);
    }

    [Fact]
    public void A_refreshed_proposal_moves_to_the_department_of_the_new_latest_ground()
    {
        var a = Fact(CreditGround.FalseMaterials, new DateOnly(2025, 1, 1), department: CivilAffairs);
        var b = Fact(CreditGround.FundMisuse, new DateOnly(2026, 6, 1), department: Finance);
        var entry = CreditEntry.Propose(Single(a), NowUtc);

        Assert.True(entry.Refresh(Single(a, b), NowUtc));

        Assert.Equal(Finance, entry.DepartmentId);
    }

    [Fact]
    public void A_listed_entry_keeps_the_department_that_decided_it()
    {
        var a = Fact(CreditGround.FalseMaterials, new DateOnly(2025, 1, 1), department: CivilAffairs);
        var b = Fact(CreditGround.FundMisuse, new DateOnly(2026, 6, 1), department: Finance);
        var entry = CreditEntry.Propose(Single(a), NowUtc);
        entry.Confirm("civil-affairs", NowUtc);

        Assert.True(entry.Refresh(Single(a, b), NowUtc));

        Assert.Equal(CivilAffairs, entry.DepartmentId);
        Assert.Equal(2, entry.Grounds.Count);
    }

    [Fact]
    public void Every_status_and_removal_has_a_chinese_name()
    {
        Assert.Equal(["待确认", "公布中", "不予列入", "已移出"], Enum.GetValues<CreditEntryStatus>().Select(s => s.ToChinese()));
        Assert.Equal(["期满移出", "异议成立，撤销", "信用修复移出", "情形消失"], Enum.GetValues<CreditRemoval>().Select(r => r.ToChinese()));
    }
}
