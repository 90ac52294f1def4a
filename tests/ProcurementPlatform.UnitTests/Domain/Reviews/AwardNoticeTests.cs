using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Publicity;

namespace ProcurementPlatform.UnitTests.Domain.Reviews;

public sealed class AwardNoticeTests
{
    private static readonly DateTime MondayMorning = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc); // 10:00 China time

    private static AwardNotice Notice(params Guid[] applications) => new(Guid.NewGuid(), "公示",
        applications.Select((id, i) => new AwardNoticeItem(id, $"项目{i}", "机构", Money.FromYuan(100_000), 80, i + 1)).ToList(),
        WorkingDayCalendar.WeekdaysOnly, 5, MondayMorning);

    [Fact]
    public void Publicity_runs_five_working_days_from_the_next_day_to_midnight_china_time()
    {
        // Published Monday 23rd: Tuesday to Monday 30th (weekend skipped), ending at 24:00 on the 30th.
        Assert.Equal(new DateTime(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc), Notice(Guid.NewGuid()).PublicityEndsAt);
    }

    [Fact]
    public void Finalising_awards_clear_entries_disqualifies_upheld_ones_and_holds_unanswered_ones_and_is_idempotent()
    {
        var clear = Guid.NewGuid();
        var upheld = Guid.NewGuid();
        var pending = Guid.NewGuid();
        var notice = Notice(clear, upheld, pending);
        var objections = new Dictionary<Guid, (bool, bool)> { [clear] = (false, false), [upheld] = (true, false), [pending] = (false, true) };

        Assert.Throws<DomainException>(() => notice.Finalise(id => objections[id], notice.PublicityEndsAt.AddSeconds(-1)));
        var decided = notice.Finalise(id => objections[id], notice.PublicityEndsAt);
        Assert.Equal([clear, upheld], decided.Select(d => d.ApplicationId));
        Assert.Equal(AwardNoticeStatus.InPublicity, notice.Status);
        Assert.Empty(notice.Finalise(id => objections[id], notice.PublicityEndsAt.AddHours(1)));
        Assert.Single(notice.DomainEvents.OfType<ApplicationAwarded>());

        objections[pending] = (false, false); // the objection was rejected
        Assert.Equal([pending], notice.Finalise(id => objections[id], notice.PublicityEndsAt.AddDays(1)).Select(d => d.ApplicationId));
        Assert.Equal(AwardNoticeStatus.Final, notice.Status);
        Assert.Equal([AwardOutcome.Awarded, AwardOutcome.Disqualified, AwardOutcome.Awarded], notice.Entries.Select(e => e.Outcome));
    }

    [Fact]
    public void Objections_are_taken_only_during_the_period_and_answered_once()
    {
        var application = Guid.NewGuid();
        var notice = Notice(application);
        Assert.Throws<DomainException>(() => new Objection(notice, application, "理由", "13900000000", notice.PublicityEndsAt, notice.PublicityEndsAt));
        Assert.Throws<DomainException>(() => new Objection(notice, Guid.NewGuid(), "理由", "13900000000", notice.PublicityEndsAt, MondayMorning));
        var objection = new Objection(notice, application, "理由", "13900000000", notice.PublicityEndsAt, MondayMorning);
        objection.Decide(false, "不成立", "officer", MondayMorning.AddDays(1));
        Assert.Throws<DomainException>(() => objection.Decide(true, "改判", "officer", MondayMorning.AddDays(2)));
    }
}
