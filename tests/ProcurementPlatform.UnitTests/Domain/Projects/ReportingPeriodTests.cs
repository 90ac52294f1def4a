using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>The reporting schedule (<see cref="ContractRules.Periods"/>): months or quarters from the start, the last cut at the end.</summary>
public class ReportingPeriodTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static (DateOnly From, DateOnly To)[] Ranges(IReadOnlyList<ReportingPeriod> periods) => periods.Select(p => (p.From, p.To)).ToArray();

    [Fact]
    public void A_one_year_contract_has_four_quarters()
    {
        var periods = ContractRules.Periods(D(2026, 12, 1), D(2027, 11, 30), ReportingFrequency.Quarterly);

        Assert.Equal([1, 2, 3, 4], periods.Select(p => p.Index));
        Assert.Equal(
            [(D(2026, 12, 1), D(2027, 2, 28)), (D(2027, 3, 1), D(2027, 5, 31)), (D(2027, 6, 1), D(2027, 8, 31)), (D(2027, 9, 1), D(2027, 11, 30))],
            Ranges(periods));
    }

    [Fact]
    public void The_last_quarter_is_cut_at_the_end_date()
    {
        var periods = ContractRules.Periods(D(2026, 12, 1), D(2027, 7, 15), ReportingFrequency.Quarterly);

        Assert.Equal(
            [(D(2026, 12, 1), D(2027, 2, 28)), (D(2027, 3, 1), D(2027, 5, 31)), (D(2027, 6, 1), D(2027, 7, 15))],
            Ranges(periods));
    }

    [Fact]
    public void Monthly_periods_run_calendar_months_from_the_start_and_the_last_is_cut_at_the_end_date()
    {
        var periods = ContractRules.Periods(D(2026, 12, 1), D(2027, 2, 15), ReportingFrequency.Monthly);

        Assert.Equal([(D(2026, 12, 1), D(2026, 12, 31)), (D(2027, 1, 1), D(2027, 1, 31)), (D(2027, 2, 1), D(2027, 2, 15))], Ranges(periods));
    }

    [Fact]
    public void Monthly_periods_from_mid_month_run_to_the_day_before_the_same_day_next_month()
    {
        var periods = ContractRules.Periods(D(2026, 12, 15), D(2027, 3, 14), ReportingFrequency.Monthly);

        Assert.Equal([(D(2026, 12, 15), D(2027, 1, 14)), (D(2027, 1, 15), D(2027, 2, 14)), (D(2027, 2, 15), D(2027, 3, 14))], Ranges(periods));
    }

    [Fact]
    public void A_term_shorter_than_one_period_is_a_single_period()
    {
        var period = Assert.Single(ContractRules.Periods(D(2026, 12, 1), D(2026, 12, 20), ReportingFrequency.Quarterly));

        Assert.Equal((D(2026, 12, 1), D(2026, 12, 20)), (period.From, period.To));
    }

    [Theory]
    [InlineData(2027, 1, 31, 2027, 12, 30, ReportingFrequency.Monthly)]
    [InlineData(2026, 11, 30, 2029, 11, 28, ReportingFrequency.Quarterly)]
    [InlineData(2028, 2, 29, 2029, 2, 27, ReportingFrequency.Monthly)]
    [InlineData(2026, 12, 1, 2027, 11, 30, ReportingFrequency.Monthly)]
    public void Periods_cover_the_term_without_gaps_or_overlaps(int y1, int m1, int d1, int y2, int m2, int d2, ReportingFrequency frequency)
    {
        var start = D(y1, m1, d1);
        var end = D(y2, m2, d2);

        var periods = ContractRules.Periods(start, end, frequency);

        Assert.Equal(start, periods[0].From);
        Assert.Equal(end, periods[^1].To);
        Assert.Equal(Enumerable.Range(1, periods.Count), periods.Select(p => p.Index));
        Assert.All(periods, p => Assert.True(p.From <= p.To, $"{p.Label} is empty"));
        for (var i = 1; i < periods.Count; i++) Assert.Equal(periods[i - 1].To.AddDays(1), periods[i].From);
    }

    [Fact]
    public void The_report_is_due_ten_days_after_the_period_ends_at_midnight_china_time()
    {
        var first = ContractRules.Periods(D(2026, 12, 1), D(2027, 11, 30), ReportingFrequency.Quarterly)[0];

        Assert.Equal(D(2027, 3, 10), first.DueOn);
        // 24:00 on 2027-03-10 in China is 16:00 UTC the same day.
        Assert.Equal(new DateTime(2027, 3, 10, 16, 0, 0, DateTimeKind.Utc), first.DueAtUtc);
        Assert.Equal(DateTimeKind.Utc, first.DueAtUtc.Kind);
        Assert.Equal(new DateTime(2027, 3, 11, 0, 0, 0), ChinaTime.ToCst(first.DueAtUtc));
        Assert.Equal(D(2027, 3, 10), ChinaTime.TodayCst(first.DueAtUtc.AddTicks(-1)));
    }

    [Fact]
    public void Every_period_is_due_ten_days_after_it_ends_including_the_cut_one()
    {
        var periods = ContractRules.Periods(D(2026, 12, 1), D(2027, 2, 15), ReportingFrequency.Monthly);

        Assert.Equal([D(2027, 1, 10), D(2027, 2, 10), D(2027, 2, 25)], periods.Select(p => p.DueOn));
        Assert.Equal(
            [new DateTime(2027, 1, 10, 16, 0, 0, DateTimeKind.Utc), new DateTime(2027, 2, 10, 16, 0, 0, DateTimeKind.Utc), new DateTime(2027, 2, 25, 16, 0, 0, DateTimeKind.Utc)],
            periods.Select(p => p.DueAtUtc));
        Assert.All(periods, p => Assert.Equal(Project.ReportGraceDays, p.DueOn.DayNumber - p.To.DayNumber));
    }

    [Fact]
    public void A_period_is_labelled_with_its_number_and_dates() =>
        Assert.Equal("第1期（2026-12-01 至 2027-02-28）", ContractRules.Periods(D(2026, 12, 1), D(2027, 11, 30), ReportingFrequency.Quarterly)[0].Label);

    [Fact]
    public void The_project_schedule_follows_the_signed_contract()
    {
        Assert.Empty(NewProject().ReportingPeriods());

        var quarterly = Signed();
        Assert.Equal(ContractRules.Periods(StartsOn, EndsOn, ReportingFrequency.Quarterly), quarterly.ReportingPeriods());
        Assert.Equal(4, quarterly.ReportingPeriods().Count);

        var monthly = Signed(Terms() with { Frequency = ReportingFrequency.Monthly });
        Assert.Equal(12, monthly.ReportingPeriods().Count);
        Assert.Equal((D(2027, 11, 1), D(2027, 11, 30)), (monthly.ReportingPeriods()[^1].From, monthly.ReportingPeriods()[^1].To));
    }
}
