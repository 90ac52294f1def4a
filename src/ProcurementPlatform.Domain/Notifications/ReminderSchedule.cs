using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Publicity;

namespace ProcurementPlatform.Domain.Notifications;

/// <summary>Lead times of the reminder rules (configurable as Reminders:*).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Days before a call's deadline that organisations with a draft are reminded, most distant first.</summary>
    public int[] CallClosingDays { get; set; } = [3, 1];

    /// <summary>Working days before the end of a publicity period that the department is reminded.</summary>
    public int PublicityEndingWorkingDays { get; set; } = 1;

    /// <summary>Working days after an objection was filed that the department is reminded to answer it.</summary>
    public int ObjectionWaitingWorkingDays { get; set; } = 5;

    /// <summary>Days after the award that an unsigned contract is reported to both parties.</summary>
    public int ContractUnsignedDays { get; set; } = 20;

    /// <summary>Days before a progress report is due that the organisation is reminded.</summary>
    public int[] ReportDueDays { get; set; } = [7, 1];

    /// <summary>Days after the due date the organisation is reminded daily; after them the department is told.</summary>
    public int ReportOverdueDailyDays { get; set; } = 7;

    /// <summary>Days before an evaluation is due that the evaluator is reminded.</summary>
    public int EvaluationDueDays { get; set; } = 7;
}

/// <summary>
/// When each reminder is due — pure functions of the deadline and the clock, so every rule is tested with a fake clock.
/// A rule answers with the occurrence due now (a short code that becomes part of the notification's unique key), or
/// null. Lead-time windows do not overlap: a reminder missed while the job was down is not sent once a nearer one is due.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>"3d", "1d" … : the nearest lead time whose window [deadline − days, next window) holds now; null before the first or after the deadline.</summary>
    public static string? BeforeDeadline(DateTime deadlineUtc, DateTime nowUtc, IEnumerable<int> leadDays)
    {
        if (nowUtc >= deadlineUtc) return null;
        var due = leadDays.Where(d => d > 0).Order().FirstOrDefault(d => nowUtc >= deadlineUtc.AddDays(-d));
        return due == 0 ? null : $"{due}d";
    }

    /// <summary>Publicity ending: from the start of the working day <paramref name="workingDaysBefore"/> before the last day until the period ends.</summary>
    public static bool PublicityEnding(DateTime publicityEndsAtUtc, DateTime nowUtc, WorkingDayCalendar calendar, int workingDaysBefore)
    {
        if (nowUtc >= publicityEndsAtUtc) return false;
        // The period ends at 24:00 of its last day, i.e. at 00:00 of the next.
        var lastDay = ChinaTime.TodayCst(publicityEndsAtUtc).AddDays(-1);
        var remindOn = WorkingDaysBefore(lastDay, workingDaysBefore, calendar);
        return ChinaTime.TodayCst(nowUtc) >= remindOn;
    }

    /// <summary>An objection still unanswered on the <paramref name="workingDays"/>th working day after it was filed.</summary>
    public static bool ObjectionWaiting(DateTime filedAtUtc, DateTime nowUtc, WorkingDayCalendar calendar, int workingDays) =>
        ChinaTime.TodayCst(nowUtc) >= calendar.AddWorkingDays(ChinaTime.TodayCst(filedAtUtc), workingDays);

    public static bool ContractUnsigned(DateTime awardedAtUtc, DateTime nowUtc, int days) => nowUtc >= awardedAtUtc.AddDays(days);

    /// <summary>
    /// An overdue report: "overdue-1" … "overdue-N" on each of the first N days after the due time (to the organisation),
    /// then "escalated" (to the department); null before the due time.
    /// </summary>
    public static string? Overdue(DateTime dueAtUtc, DateTime nowUtc, int dailyDays)
    {
        if (nowUtc < dueAtUtc) return null;
        var day = (int)((nowUtc - dueAtUtc).Ticks / TimeSpan.TicksPerDay) + 1;
        return day <= dailyDays ? $"overdue-{day}" : "escalated";
    }

    private static DateOnly WorkingDaysBefore(DateOnly day, int workingDays, WorkingDayCalendar calendar)
    {
        var result = day;
        for (var counted = 0; counted < workingDays;)
        {
            result = result.AddDays(-1);
            if (calendar.IsWorkingDay(result)) counted++;
        }
        return result;
    }
}
