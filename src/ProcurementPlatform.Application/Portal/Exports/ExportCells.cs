using System.Globalization;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Application.Portal.Exports;

/// <summary>How exported cells are written: yuan exactly from fen, times and dates in China Standard Time.</summary>
public static class ExportCells
{
    /// <summary>Yuan with exactly two decimals, computed from fen without floating point (adding 0.00m fixes the scale at 2).</summary>
    public static decimal Yuan(Money amount) => amount.Fen / 100m + 0.00m;

    public static string Time(DateTime? utc) => utc is { } t ? ChinaTime.Format(t) : "";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
