using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using static ProcurementPlatform.UnitTests.Domain.Credit.CreditTestData;

namespace ProcurementPlatform.UnitTests.Domain.Credit;

/// <summary>异议 and 信用修复: only against a listed black entry; upheld, the entry leaves the list and its events stop counting.</summary>
public class CreditRequestTests
{
    // ---- filing ----

    [Fact]
    public void An_appeal_is_filed_against_a_listed_black_entry()
    {
        var entry = ListedBlack();

        var request = Appeal(entry);

        Assert.Equal(CreditRequestStatus.Pending, request.Status);
        Assert.Equal(CreditRequestKind.Appeal, request.Kind);
        Assert.Equal(entry.Id, request.EntryId);
        Assert.Equal(TheOrganisation, request.OrganizationId);
        Assert.Equal("材料系第三方伪造，已报案。", request.Statement);
        Assert.Equal("org-user", request.FiledBy);
        Assert.Equal(NowUtc, request.FiledAt);
        Assert.Equal(NowUtc.AddDays(15), request.DueAt);
        Assert.Null(request.Answer);
    }

    [Theory]
    [InlineData(CreditEntryStatus.Proposed)]
    [InlineData(CreditEntryStatus.Rejected)]
    [InlineData(CreditEntryStatus.Removed)]
    public void No_appeal_against_a_black_entry_that_is_not_listed(CreditEntryStatus status)
    {
        var ex = Assert.Throws<DomainException>(() => Appeal(EntryIn(status)));

        Assert.Equal("只能对已公布的黑名单条目提出异议。", ex.Message);
    }

    [Fact]
    public void No_appeal_against_a_red_entry()
    {
        var red = CreditEntry.PublishAutomatically(RedDerived(), NowUtc);

        var ex = Assert.Throws<DomainException>(() => Appeal(red));

        Assert.Equal("只能对已公布的黑名单条目提出异议。", ex.Message);
    }

    [Theory]
    [InlineData(CreditEntryStatus.Proposed)]
    [InlineData(CreditEntryStatus.Removed)]
    public void No_repair_of_a_black_entry_that_is_not_listed(CreditEntryStatus status)
    {
        var ex = Assert.Throws<DomainException>(() => Repair(EntryIn(status)));

        Assert.Equal("只能对已公布的黑名单条目申请信用修复。", ex.Message);
    }

    [Fact]
    public void No_repair_of_a_red_entry() =>
        Assert.Throws<DomainException>(() => Repair(CreditEntry.PublishAutomatically(RedDerived(), NowUtc)));

    [Fact]
    public void Repair_is_refused_before_it_is_allowed_and_the_message_names_the_date()
    {
        var allowedFrom = new DateOnly(2027, 3, 1);

        var ex = Assert.Throws<DomainException>(() => Repair(ListedBlack(), allowedFrom));

        Assert.Contains("2027-03-01", ex.Message);
    }

    [Fact]
    public void Repair_is_refused_on_the_last_china_day_before_it_is_allowed()
    {
        var allowedFrom = new DateOnly(2027, 3, 1);
        var lastMomentBefore = Utc(2027, 2, 28, 15, 59, 59); // 2027-02-28 23:59:59 China time

        Assert.Throws<DomainException>(() => Repair(ListedBlack(), allowedFrom, lastMomentBefore));
    }

    [Fact]
    public void Repair_is_allowed_from_the_first_moment_of_the_allowed_china_day()
    {
        var allowedFrom = new DateOnly(2027, 3, 1);
        var midnightInChina = Utc(2027, 2, 28, 16); // 2027-03-01 00:00 China time, still 02-28 in UTC

        var request = Repair(ListedBlack(), allowedFrom, midnightInChina);

        Assert.Equal(CreditRequestKind.Repair, request.Kind);
        Assert.Equal(CreditRequestStatus.Pending, request.Status);
    }

    [Fact]
    public void Repair_is_allowed_after_the_allowed_day_and_when_no_minimum_applies()
    {
        Assert.Equal(CreditRequestStatus.Pending, Repair(ListedBlack(), Today.AddDays(-1)).Status);
        Assert.Equal(CreditRequestStatus.Pending, Repair(ListedBlack(), Today).Status);
        Assert.Equal(CreditRequestStatus.Pending, Repair(ListedBlack(), null).Status);
    }

    [Theory]
    [InlineData(CreditRequestKind.Appeal, "")]
    [InlineData(CreditRequestKind.Appeal, "  ")]
    [InlineData(CreditRequestKind.Repair, "")]
    [InlineData(CreditRequestKind.Repair, "  ")]
    public void A_statement_is_required(CreditRequestKind kind, string statement)
    {
        var ex = Assert.Throws<DomainException>(() =>
            new CreditRequest(ListedBlack(), kind, statement, "org-user", NowUtc.AddDays(15), null, NowUtc));

        Assert.Equal(kind == CreditRequestKind.Appeal ? "请填写异议理由。" : "请说明整改情况。", ex.Message);
    }

    // ---- deciding ----

    [Fact]
    public void An_upheld_appeal_removes_the_entry_and_overturns_its_events_only()
    {
        var falseMaterials = Event(CreditGround.FalseMaterials, new DateOnly(2026, 3, 1));
        var misuse = Event(CreditGround.FundMisuse, new DateOnly(2026, 9, 1));
        var otherOrgs = Event(CreditGround.FalseMaterials, new DateOnly(2026, 3, 1), org: OtherOrg);
        var expired = Event(CreditGround.FailedEvaluation, new DateOnly(2024, 1, 1)); // same organisation, not a ground
        var entry = ListedFrom(falseMaterials, misuse, expired);
        Assert.Equal([falseMaterials.Id, misuse.Id], entry.Grounds.Select(g => g.EventId));
        var request = Appeal(entry);
        var at = NowUtc.AddDays(10);

        request.Decide(true, "  经复核，材料系他人伪造。 ", "civil-affairs", entry, [falseMaterials, misuse, otherOrgs, expired], at);

        Assert.Equal(CreditRequestStatus.Upheld, request.Status);
        Assert.Equal("经复核，材料系他人伪造。", request.Answer);
        Assert.Equal("civil-affairs", request.AnsweredBy);
        Assert.Equal(at, request.AnsweredAt);
        Assert.Equal(CreditEntryStatus.Removed, entry.Status);
        Assert.Equal(CreditRemoval.AppealUpheld, entry.Removal);
        Assert.Equal("异议成立：经复核，材料系他人伪造。", entry.RemovalNote);
        Assert.Equal(at, entry.RemovedAt);
        Assert.Equal(CreditEventStatus.Overturned, falseMaterials.Status);
        Assert.Equal(CreditEventStatus.Overturned, misuse.Status);
        Assert.Equal(CreditEventStatus.Active, otherOrgs.Status);
        Assert.Equal(CreditEventStatus.Active, expired.Status);
    }

    [Fact]
    public void An_approved_repair_removes_the_entry_and_marks_its_events_repaired()
    {
        var abnormal = Event(CreditGround.AbnormalActivity, new DateOnly(2026, 2, 1));
        var unrelated = Event(CreditGround.DuplicateApplication, new DateOnly(2026, 5, 1), org: OtherOrg);
        var entry = ListedFrom(abnormal);
        var request = Repair(entry, new DateOnly(2026, 8, 1));

        request.Decide(true, "已完成年报补报。", "civil-affairs", entry, [abnormal, unrelated], NowUtc);

        Assert.Equal(CreditRequestStatus.Upheld, request.Status);
        Assert.Equal(CreditEntryStatus.Removed, entry.Status);
        Assert.Equal(CreditRemoval.Repaired, entry.Removal);
        Assert.Equal("信用修复：已完成年报补报。", entry.RemovalNote);
        Assert.Equal(CreditEventStatus.Repaired, abnormal.Status);
        Assert.Equal(CreditEventStatus.Active, unrelated.Status);
    }

    [Fact]
    public void Once_its_events_are_cleared_the_rules_no_longer_list_the_organisation()
    {
        var events = new[] { Event(CreditGround.FalseMaterials, new DateOnly(2026, 3, 1)), Event(CreditGround.AbnormalActivity, new DateOnly(2026, 4, 1)) };
        var entry = ListedFrom(events);

        Appeal(entry).Decide(true, "异议成立。", "civil-affairs", entry, events, NowUtc);

        var active = events.Where(e => e.Status == CreditEventStatus.Active).Select(FactOf);
        Assert.Empty(CreditDerivation.Derive(active, Rules, Today));
    }

    [Theory]
    [InlineData(CreditRequestKind.Appeal)]
    [InlineData(CreditRequestKind.Repair)]
    public void A_rejected_request_leaves_the_entry_listed_and_its_events_active(CreditRequestKind kind)
    {
        var e = Event(CreditGround.FundMisuse, new DateOnly(2026, 3, 1));
        var entry = ListedFrom(e);
        var request = kind == CreditRequestKind.Appeal ? Appeal(entry) : Repair(entry);

        request.Decide(false, "理由不成立。", "civil-affairs", entry, [e], NowUtc);

        Assert.Equal(CreditRequestStatus.Rejected, request.Status);
        Assert.Equal("理由不成立。", request.Answer);
        Assert.Equal(CreditEntryStatus.Listed, entry.Status);
        Assert.Null(entry.Removal);
        Assert.Equal(CreditEventStatus.Active, e.Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_request_cannot_be_decided_twice(bool firstUpheld)
    {
        var e = Event(CreditGround.FundMisuse, new DateOnly(2026, 3, 1));
        var entry = ListedFrom(e);
        var request = Appeal(entry);
        request.Decide(firstUpheld, "第一次处理。", "civil-affairs", entry, [e], NowUtc);
        var status = request.Status;

        var ex = Assert.Throws<DomainException>(() => request.Decide(!firstUpheld, "第二次处理。", "someone-else", entry, [e], NowUtc.AddDays(1)));

        Assert.Equal("该申请已经处理。", ex.Message);
        Assert.Equal(status, request.Status);
        Assert.Equal("第一次处理。", request.Answer);
        Assert.Equal("civil-affairs", request.AnsweredBy);
        Assert.Equal(firstUpheld ? CreditEntryStatus.Removed : CreditEntryStatus.Listed, entry.Status);
        Assert.Equal(firstUpheld ? CreditEventStatus.Overturned : CreditEventStatus.Active, e.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_answer_is_required(string answer)
    {
        var e = Event(CreditGround.FundMisuse, new DateOnly(2026, 3, 1));
        var entry = ListedFrom(e);
        var request = Appeal(entry);

        var ex = Assert.Throws<DomainException>(() => request.Decide(true, answer, "civil-affairs", entry, [e], NowUtc));

        Assert.Equal("请填写处理意见和理由。", ex.Message);
        Assert.Equal(CreditRequestStatus.Pending, request.Status);
        Assert.Equal(CreditEntryStatus.Listed, entry.Status);
        Assert.Equal(CreditEventStatus.Active, e.Status);
    }

    [Fact]
    public void A_request_is_decided_against_its_own_entry_only()
    {
        var e = Event(CreditGround.FundMisuse, new DateOnly(2026, 3, 1));
        var entry = ListedFrom(e);
        var other = ListedFrom(Event(CreditGround.FalseMaterials, new DateOnly(2026, 3, 1)));
        var request = Appeal(entry);

        Assert.Throws<DomainException>(() => request.Decide(true, "异议成立。", "civil-affairs", other, [e], NowUtc));

        Assert.Equal(CreditRequestStatus.Pending, request.Status);
        Assert.Equal(CreditEntryStatus.Listed, other.Status);
        Assert.Equal(CreditEntryStatus.Listed, entry.Status);
    }

    [Fact]
    public void Kinds_and_statuses_have_chinese_names()
    {
        Assert.Equal(["异议", "信用修复"], Enum.GetValues<CreditRequestKind>().Select(k => k.ToChinese()));
        Assert.Equal(["待处理", "已同意", "不予同意"], Enum.GetValues<CreditRequestStatus>().Select(s => s.ToChinese()));
    }
}
