using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;

namespace ProcurementPlatform.UnitTests.Domain.Credit;

/// <summary>
/// A fixed calendar for the credit lists (UTC; China time is UTC+8): today is Monday 2026-11-23, now is 10:00 China time.
/// Facts are built with fresh event ids; events (for appeals and repairs) share their id with the fact derived from them.
/// </summary>
public static class CreditTestData
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>2026-11-23 10:00 China time.</summary>
    public static readonly DateTime NowUtc = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>2026-11-23 17:00 UTC is already 2026-11-24 01:00 China time.</summary>
    public static readonly DateTime LateEveningUtc = new(2026, 11, 23, 17, 0, 0, DateTimeKind.Utc);

    public static readonly Guid TheOrganisation = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid OtherOrg = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000002");
    public static readonly Guid CivilAffairs = Guid.Parse("dddddddd-0000-0000-0000-000000000001");
    public static readonly Guid Finance = Guid.Parse("dddddddd-0000-0000-0000-000000000002");

    public static IReadOnlyList<CreditRule> Rules => CreditRule.Defaults;

    public static CreditRule RuleFor(CreditGround ground) => Rules.Single(r => r.Ground == ground);

    public static CreditFact Fact(CreditGround ground, DateOnly occurredOn, Guid? org = null, Guid? department = null) =>
        new(Guid.NewGuid(), org ?? TheOrganisation, ground, occurredOn, department);

    public static IReadOnlyList<DerivedEntry> Derive(DateOnly today, params CreditFact[] facts) =>
        CreditDerivation.Derive(facts, Rules, today);

    public static IReadOnlyList<DerivedEntry> Derive(params CreditFact[] facts) => Derive(Today, facts);

    /// <summary>The single entry the facts derive to today.</summary>
    public static DerivedEntry Single(params CreditFact[] facts) => Assert.Single(Derive(facts));

    /// <summary>A black entry on a false-materials ground of 2026-03-01 (ends 2029-03-01).</summary>
    public static DerivedEntry BlackDerived(Guid? department = null) =>
        Single(Fact(CreditGround.FalseMaterials, new DateOnly(2026, 3, 1), department: department ?? CivilAffairs));

    /// <summary>A red entry on an excellent final evaluation of 2026-06-30.</summary>
    public static DerivedEntry RedDerived() => Single(Fact(CreditGround.ExcellentEvaluation, new DateOnly(2026, 6, 30)));

    public static CreditEntry ProposedBlack() => CreditEntry.Propose(BlackDerived(), NowUtc);

    public static CreditEntry ListedBlack()
    {
        var entry = ProposedBlack();
        entry.Confirm("civil-affairs", NowUtc);
        return entry;
    }

    /// <summary>An entry brought to <paramref name="status"/> through its own methods only.</summary>
    public static CreditEntry EntryIn(CreditEntryStatus status)
    {
        var entry = ProposedBlack();
        switch (status)
        {
            case CreditEntryStatus.Proposed:
                break;
            case CreditEntryStatus.Listed:
                entry.Confirm("civil-affairs", NowUtc);
                break;
            case CreditEntryStatus.Rejected:
                entry.Reject("事实不清", "civil-affairs", NowUtc);
                break;
            case CreditEntryStatus.Removed:
                entry.Confirm("civil-affairs", NowUtc);
                entry.Remove(CreditRemoval.Expired, "期满", NowUtc);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
        Assert.Equal(status, entry.Status);
        return entry;
    }

    public static CreditEvent Event(CreditGround ground, DateOnly occurredOn, Guid? org = null, Guid? department = null) =>
        new(org ?? TheOrganisation, ground, occurredOn, department ?? CivilAffairs, "经核实，该组织在项目申报中存在问题。", "supervisor", NowUtc);

    /// <summary>The fact the rules read from an event (same id, so clearing the entry reaches the event).</summary>
    public static CreditFact FactOf(CreditEvent e) => new(e.Id, e.OrganizationId, e.Ground, e.OccurredOn, e.DepartmentId);

    /// <summary>A listed black entry built from <paramref name="events"/>, and the request filed against it.</summary>
    public static CreditEntry ListedFrom(params CreditEvent[] events)
    {
        var derived = Assert.Single(CreditDerivation.Derive(events.Select(FactOf), Rules, Today));
        var entry = CreditEntry.Propose(derived, NowUtc);
        entry.Confirm("civil-affairs", NowUtc);
        return entry;
    }

    public static CreditRequest Appeal(CreditEntry entry) =>
        new(entry, CreditRequestKind.Appeal, "  材料系第三方伪造，已报案。 ", "org-user", NowUtc.AddDays(15), null, NowUtc);

    public static CreditRequest Repair(CreditEntry entry, DateOnly? allowedFrom = null, DateTime? nowUtc = null) =>
        new(entry, CreditRequestKind.Repair, "已完成整改并退回资金。", "org-user", (nowUtc ?? NowUtc).AddDays(15), allowedFrom, nowUtc ?? NowUtc);

    /// <summary>The ids of the entry's grounds, in order.</summary>
    public static Guid[] Ids(this DerivedEntry entry) => [.. entry.Grounds.Select(g => g.EventId)];

    public static DateTime Utc(int year, int month, int day, int hour = 2, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    public static DateOnly ChinaDate(DateTime utc) => ChinaTime.TodayCst(utc);
}
