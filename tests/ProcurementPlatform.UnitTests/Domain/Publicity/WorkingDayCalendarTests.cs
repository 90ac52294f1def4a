using ProcurementPlatform.Domain.Publicity;

namespace ProcurementPlatform.UnitTests.Domain.Publicity;

/// <summary>Publicity periods count working days: weekends and holidays do not count, make-up days (调休) do.</summary>
public sealed class WorkingDayCalendarTests
{
    // National Day week as configured for this test: 1–7 October are holidays; Sunday 27 September and
    // Saturday 10 October are make-up working days.
    private static readonly WorkingDayCalendar Calendar = new(
        Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)),
        [new DateOnly(2026, 9, 27), new DateOnly(2026, 10, 10)]);

    [Theory]
    [InlineData("2026-11-23", true)]  // Monday
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-11-29", false)] // Sunday
    [InlineData("2026-10-01", false)] // holiday on a Thursday
    [InlineData("2026-09-27", true)]  // make-up working Sunday
    [InlineData("2026-10-10", true)]  // make-up working Saturday
    public void Knows_working_days(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void Five_working_days_from_a_monday_end_on_friday() =>
        Assert.Equal(new DateOnly(2026, 11, 27), Calendar.LastDayOfPeriod(new DateOnly(2026, 11, 23), 5));

    [Fact]
    public void A_period_started_on_a_friday_runs_over_the_weekend() =>
        Assert.Equal(new DateOnly(2026, 12, 3), Calendar.LastDayOfPeriod(new DateOnly(2026, 11, 27), 5));

    [Fact]
    public void A_period_across_the_holiday_week_skips_the_holidays()
    {
        // Mon 28, Tue 29, Wed 30 September, then 1–7 October off, then Thu 8 and Fri 9 October.
        Assert.Equal(new DateOnly(2026, 10, 9), Calendar.LastDayOfPeriod(new DateOnly(2026, 9, 28), 5));
    }

    [Fact]
    public void Make_up_working_days_count()
    {
        // Sat 26 off; Sun 27 make-up (1), 28, 29, 30 September (4), 8 October (5).
        Assert.Equal(new DateOnly(2026, 10, 8), Calendar.LastDayOfPeriod(new DateOnly(2026, 9, 26), 5));
        // 9 October (Fri) then the make-up Saturday 10 October.
        Assert.Equal(new DateOnly(2026, 10, 10), Calendar.AddWorkingDays(new DateOnly(2026, 10, 8), 2));
    }

    [Fact]
    public void Without_configured_holidays_only_weekends_are_off()
    {
        Assert.Equal(new DateOnly(2026, 10, 5), WorkingDayCalendar.WeekdaysOnly.LastDayOfPeriod(new DateOnly(2026, 9, 29), 5));
        Assert.Equal(7, Calendar.WorkingDaysBetween(new DateOnly(2026, 9, 25), new DateOnly(2026, 10, 10)));
    }

    [Fact]
    public void A_day_cannot_be_both_holiday_and_make_up_day() =>
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([new DateOnly(2026, 10, 1)], [new DateOnly(2026, 10, 1)]));
}
