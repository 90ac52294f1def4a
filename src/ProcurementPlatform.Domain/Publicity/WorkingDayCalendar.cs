namespace ProcurementPlatform.Domain.Publicity;

/// <summary>
/// The official working-day calendar: Monday to Friday, minus configured public holidays, plus
/// configured make-up working days on weekends (调休). Publicity periods and answer deadlines are
/// counted in its working days.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkdays;

    public WorkingDayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        _holidays = [.. holidays];
        _makeUpWorkdays = [.. makeUpWorkdays];
        var both = _holidays.Intersect(_makeUpWorkdays).FirstOrDefault();
        if (both != default) throw new ArgumentException($"{both:yyyy-MM-dd} 不能既是法定节假日又是调休工作日。");
    }

    public static WorkingDayCalendar WeekdaysOnly { get; } = new([], []);

    public bool IsWorkingDay(DateOnly day) =>
        _makeUpWorkdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>
    /// The last day of a period of <paramref name="workingDays"/> working days that starts on
    /// <paramref name="start"/> (counted when it is itself a working day) — e.g. a publicity period
    /// published on a Monday with 5 working days ends that Friday.
    /// </summary>
    public DateOnly LastDayOfPeriod(DateOnly start, int workingDays)
    {
        if (workingDays < 1) throw new ArgumentOutOfRangeException(nameof(workingDays), "至少一个工作日。");
        var day = start;
        var counted = 0;
        while (true)
        {
            if (IsWorkingDay(day) && ++counted == workingDays) return day;
            day = day.AddDays(1);
        }
    }

    /// <summary>The working day that is <paramref name="workingDays"/> working days after <paramref name="from"/> (not counting it).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        if (workingDays < 0) throw new ArgumentOutOfRangeException(nameof(workingDays));
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }
}
