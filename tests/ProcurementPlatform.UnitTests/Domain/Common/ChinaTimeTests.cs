using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.UnitTests.Domain.Common;

public class ChinaTimeTests
{
    [Fact]
    public void Offset_is_eight_hours()
    {
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Offset);
    }

    [Fact]
    public void ToCst_adds_eight_hours_and_drops_the_utc_kind()
    {
        var utc = new DateTime(2025, 3, 31, 9, 0, 0, DateTimeKind.Utc);

        var cst = ChinaTime.ToCst(utc);

        Assert.Equal(new DateTime(2025, 3, 31, 17, 0, 0), cst);
        Assert.Equal(DateTimeKind.Unspecified, cst.Kind);
    }

    [Fact]
    public void ToCst_crosses_midnight_and_year_end()
    {
        var utc = new DateTime(2024, 12, 31, 16, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2025, 1, 1, 0, 30, 0), ChinaTime.ToCst(utc));
    }

    [Fact]
    public void ToCst_treats_an_unspecified_time_as_utc()
    {
        var unspecified = new DateTime(2025, 3, 31, 9, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(new DateTime(2025, 3, 31, 17, 0, 0), ChinaTime.ToCst(unspecified));
    }

    [Fact]
    public void FromCst_subtracts_eight_hours_and_marks_utc()
    {
        var wallClock = new DateTime(2025, 3, 31, 17, 0, 0); // as typed into a datetime-local field

        var utc = ChinaTime.FromCst(wallClock);

        Assert.Equal(new DateTime(2025, 3, 31, 9, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Local)]
    public void FromCst_ignores_the_kind_of_the_wall_clock_value(DateTimeKind kind)
    {
        var wallClock = new DateTime(2025, 1, 1, 7, 59, 59, kind);
        Assert.Equal(new DateTime(2024, 12, 31, 23, 59, 59, DateTimeKind.Utc), ChinaTime.FromCst(wallClock));
    }

    [Theory]
    [InlineData("2025-03-31T17:00:00")]
    [InlineData("2025-01-01T00:00:00")]
    [InlineData("2024-02-29T07:59:59")]
    [InlineData("2025-06-30T23:59:59")]
    public void FromCst_and_ToCst_round_trip(string wallClockText)
    {
        var wallClock = DateTime.Parse(wallClockText, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(wallClock, ChinaTime.ToCst(ChinaTime.FromCst(wallClock)));
        var utc = DateTime.SpecifyKind(wallClock, DateTimeKind.Utc);
        Assert.Equal(utc, ChinaTime.FromCst(ChinaTime.ToCst(utc)));
    }

    [Fact]
    public void AsUtc_keeps_utc_labels_unspecified_and_converts_local()
    {
        var utc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(utc, ChinaTime.AsUtc(utc));

        var unspecified = ChinaTime.AsUtc(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
        Assert.Equal(DateTimeKind.Utc, unspecified.Kind);
        Assert.Equal(utc, unspecified);

        var local = utc.ToLocalTime();
        Assert.Equal(utc, ChinaTime.AsUtc(local));
    }

    [Theory]
    [InlineData("2025-01-01T15:59:59", 2025, 1, 1)]
    [InlineData("2025-01-01T16:00:00", 2025, 1, 2)]
    public void TodayCst_switches_date_at_16_utc(string utcText, int year, int month, int day)
    {
        var utc = DateTime.SpecifyKind(DateTime.Parse(utcText, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        Assert.Equal(new DateOnly(year, month, day), ChinaTime.TodayCst(utc));
    }

    [Fact]
    public void Format_shows_beijing_time()
    {
        var utc = new DateTime(2025, 3, 31, 9, 5, 7, DateTimeKind.Utc);

        Assert.Equal("2025-03-31 17:05", ChinaTime.Format(utc));
        Assert.Equal("2025-03-31 17:05:07", ChinaTime.FormatWithSeconds(utc));
        Assert.Equal("2025年3月31日 17:05（北京时间）", ChinaTime.FormatLong(utc));
    }

    [Fact]
    public void Format_uses_24_hour_clock_and_next_day_after_16_utc()
    {
        var utc = new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc);

        Assert.Equal("2026-01-01 00:00", ChinaTime.Format(utc));
        Assert.Equal("2026年1月1日 00:00（北京时间）", ChinaTime.FormatLong(utc));
    }
}
