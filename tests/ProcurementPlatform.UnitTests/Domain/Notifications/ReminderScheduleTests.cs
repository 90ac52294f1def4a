using Microsoft.Extensions.Time.Testing;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Publicity;

namespace ProcurementPlatform.UnitTests.Domain.Notifications;

/// <summary>When each reminder rule is due, driven by a fake clock (China time matters: days end at 24:00 CST).</summary>
public class ReminderScheduleTests
{
    private static DateTime Cst(int year, int month, int day, int hour = 0, int minute = 0) => ChinaTime.FromCst(new DateTime(year, month, day, hour, minute, 0));

    private static readonly int[] CallLeads = [3, 1];

    [Fact]
    public void A_call_closing_reminder_is_due_three_days_then_one_day_before_the_deadline_and_never_after()
    {
        var deadline = Cst(2026, 12, 10, 17);
        var clock = new FakeTimeProvider(new DateTimeOffset(deadline.AddDays(-4), TimeSpan.Zero));
        string? Now() => ReminderSchedule.BeforeDeadline(deadline, clock.GetUtcNow().UtcDateTime, CallLeads);

        Assert.Null(Now());                                    // four days before: nothing yet
        clock.SetUtcNow(deadline.AddDays(-3).AddSeconds(-1));
        Assert.Null(Now());
        clock.SetUtcNow(deadline.AddDays(-3));
        Assert.Equal("3d", Now());
        clock.Advance(TimeSpan.FromHours(47));
        Assert.Equal("3d", Now());                             // still the same occurrence: its key is already used
        clock.SetUtcNow(deadline.AddDays(-1));
        Assert.Equal("1d", Now());
        clock.SetUtcNow(deadline.AddSeconds(-1));
        Assert.Equal("1d", Now());
        clock.SetUtcNow(deadline);
        Assert.Null(Now());                                    // closed: no reminder
    }

    [Fact]
    public void A_missed_three_day_window_is_not_sent_late_once_the_one_day_reminder_is_due()
    {
        var deadline = Cst(2026, 12, 10, 17);
        Assert.Equal("1d", ReminderSchedule.BeforeDeadline(deadline, deadline.AddHours(-20), CallLeads));
        Assert.Equal("1d", ReminderSchedule.BeforeDeadline(deadline, deadline.AddHours(-20), [1, 3]));   // order of the setting does not matter
        Assert.Null(ReminderSchedule.BeforeDeadline(deadline, deadline.AddDays(-10), []));
    }

    [Fact]
    public void Publicity_ending_is_due_from_the_working_day_before_the_last_day()
    {
        // Last day Friday 2026-12-04 (ends 24:00, i.e. Sat 00:00 CST): reminded from Thursday.
        var ends = Cst(2026, 12, 5);
        var calendar = WorkingDayCalendar.WeekdaysOnly;
        Assert.False(ReminderSchedule.PublicityEnding(ends, Cst(2026, 12, 2, 23, 59), calendar, 1));
        Assert.True(ReminderSchedule.PublicityEnding(ends, Cst(2026, 12, 3, 0, 0), calendar, 1));
        Assert.True(ReminderSchedule.PublicityEnding(ends, Cst(2026, 12, 4, 23, 59), calendar, 1));
        Assert.False(ReminderSchedule.PublicityEnding(ends, ends, calendar, 1));
    }

    [Fact]
    public void Publicity_ending_on_a_monday_is_reminded_on_the_friday_before_and_a_holiday_is_skipped()
    {
        // Last day Monday 2026-12-07: the working day before is Friday 12-04; if that Friday is a holiday, Thursday.
        var ends = Cst(2026, 12, 8);
        Assert.False(ReminderSchedule.PublicityEnding(ends, Cst(2026, 12, 3, 12), WorkingDayCalendar.WeekdaysOnly, 1));
        Assert.True(ReminderSchedule.PublicityEnding(ends, Cst(2026, 12, 4, 9), WorkingDayCalendar.WeekdaysOnly, 1));
        var withHoliday = new WorkingDayCalendar([new DateOnly(2026, 12, 4)], []);
        Assert.True(ReminderSchedule.PublicityEnding(ends, Cst(2026, 12, 3, 9), withHoliday, 1));
    }

    [Fact]
    public void An_objection_is_waiting_on_the_fifth_working_day_after_it_was_filed()
    {
        // Filed Thursday 2026-12-03 (CST): working days Fri 4, Mon 7, Tue 8, Wed 9, Thu 10.
        var filed = Cst(2026, 12, 3, 15);
        var calendar = WorkingDayCalendar.WeekdaysOnly;
        Assert.False(ReminderSchedule.ObjectionWaiting(filed, Cst(2026, 12, 9, 23, 59), calendar, 5));
        Assert.True(ReminderSchedule.ObjectionWaiting(filed, Cst(2026, 12, 10, 0, 0), calendar, 5));
        // A make-up working day on Saturday 12-05 brings it forward a day.
        var makeUp = new WorkingDayCalendar([], [new DateOnly(2026, 12, 5)]);
        Assert.True(ReminderSchedule.ObjectionWaiting(filed, Cst(2026, 12, 9, 0, 0), makeUp, 5));
        // Filed at 01:00 on Saturday China time (Friday evening UTC): counted from Saturday, so the fifth working day is Friday 12-11.
        Assert.False(ReminderSchedule.ObjectionWaiting(Cst(2026, 12, 5, 1), Cst(2026, 12, 10, 23, 59), calendar, 5));
        Assert.True(ReminderSchedule.ObjectionWaiting(Cst(2026, 12, 5, 1), Cst(2026, 12, 11, 0, 0), calendar, 5));
    }

    [Fact]
    public void An_unsigned_contract_is_reported_twenty_days_after_the_award()
    {
        var awarded = new DateTime(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc);
        Assert.False(ReminderSchedule.ContractUnsigned(awarded, awarded.AddDays(20).AddSeconds(-1), 20));
        Assert.True(ReminderSchedule.ContractUnsigned(awarded, awarded.AddDays(20), 20));
    }

    [Fact]
    public void A_report_is_reminded_seven_and_one_days_before_then_daily_while_overdue_then_escalated()
    {
        var due = Cst(2027, 1, 11);   // 24:00 on 2027-01-10
        int[] leads = [7, 1];
        Assert.Null(ReminderSchedule.BeforeDeadline(due, due.AddDays(-8), leads));
        Assert.Equal("7d", ReminderSchedule.BeforeDeadline(due, due.AddDays(-7), leads));
        Assert.Equal("1d", ReminderSchedule.BeforeDeadline(due, due.AddHours(-2), leads));
        Assert.Null(ReminderSchedule.Overdue(due, due.AddSeconds(-1), 7));
        Assert.Equal("overdue-1", ReminderSchedule.Overdue(due, due, 7));
        Assert.Equal("overdue-1", ReminderSchedule.Overdue(due, due.AddHours(23), 7));
        Assert.Equal("overdue-2", ReminderSchedule.Overdue(due, due.AddDays(1), 7));
        Assert.Equal("overdue-7", ReminderSchedule.Overdue(due, due.AddDays(7).AddSeconds(-1), 7));
        Assert.Equal("escalated", ReminderSchedule.Overdue(due, due.AddDays(7), 7));
        Assert.Equal("escalated", ReminderSchedule.Overdue(due, due.AddDays(60), 7));
    }

    [Fact]
    public void A_failed_mail_is_retried_after_a_growing_delay_capped_at_six_hours()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), OutboxMail.RetryDelay(1));
        Assert.Equal(TimeSpan.FromMinutes(2), OutboxMail.RetryDelay(2));
        Assert.Equal(TimeSpan.FromMinutes(16), OutboxMail.RetryDelay(5));
        Assert.Equal(TimeSpan.FromHours(6), OutboxMail.RetryDelay(20));

        var now = new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
        var mail = new OutboxMail("a@example.cn", "主题", "正文", now);
        mail.RecordFailure("连接被拒绝", now);
        Assert.Equal((OutboxMailStatus.Pending, 1, now.AddMinutes(1), "连接被拒绝"), (mail.Status, mail.Attempts, mail.NextAttemptAt, mail.LastError));
        mail.MarkSent(now.AddMinutes(2));
        Assert.Equal((OutboxMailStatus.Sent, 2, (string?)null), (mail.Status, mail.Attempts, mail.LastError));
    }
}
