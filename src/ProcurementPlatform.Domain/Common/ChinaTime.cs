using System.Globalization;

namespace ProcurementPlatform.Domain.Common;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving). Stored times are UTC; people see CST.
/// A fixed offset is exact for China and needs no time-zone database in the container.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime ToCst(DateTime utc) => DateTime.SpecifyKind(AsUtc(utc) + Offset, DateTimeKind.Unspecified);

    /// <summary>Interprets a wall-clock time entered in China (e.g. from a datetime-local field) as UTC.</summary>
    public static DateTime FromCst(DateTime cstWallClock) => cstWallClock.Ticks < Offset.Ticks
        ? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)
        : DateTime.SpecifyKind(DateTime.SpecifyKind(cstWallClock, DateTimeKind.Unspecified) - Offset, DateTimeKind.Utc);

    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateOnly TodayCst(DateTime utcNow) => DateOnly.FromDateTime(ToCst(utcNow));

    /// <summary>The UTC bounds of a calendar year in China time: [1 January 00:00 CST, next 1 January 00:00 CST).</summary>
    public static (DateTime From, DateTime To) YearUtc(int year) =>
        (FromCst(new DateTime(year, 1, 1)), FromCst(new DateTime(year + 1, 1, 1)));

    public static string Format(DateTime utc) => ToCst(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string FormatWithSeconds(DateTime utc) => ToCst(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string FormatLong(DateTime utc) => ToCst(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) + "（北京时间）";

    /// <summary>A deadline as people say it: a period that runs to midnight ends "11月27日 24:00", not "11月28日 00:00".</summary>
    public static string FormatDeadline(DateTime utc)
    {
        var cst = ToCst(utc);
        return cst.TimeOfDay == TimeSpan.Zero
            ? cst.AddDays(-1).ToString("yyyy年M月d日", CultureInfo.InvariantCulture) + " 24:00（北京时间）"
            : FormatLong(utc);
    }
}
