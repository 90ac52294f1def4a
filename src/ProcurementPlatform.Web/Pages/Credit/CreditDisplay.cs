using ProcurementPlatform.Domain.Credit;

namespace ProcurementPlatform.Web.Pages.Credit;

/// <summary>How the credit pages show lists, statuses and periods (end days are exclusive in the domain; people read the last day).</summary>
public static class CreditDisplay
{
    public static string ListClass(CreditList list) => list == CreditList.Red ? "badge credit-badge-red" : "badge credit-badge-black";

    public static string StatusClass(CreditEntryStatus status) => status switch
    {
        CreditEntryStatus.Listed => "badge badge-closed",
        CreditEntryStatus.Proposed => "badge badge-draft",
        _ => "badge badge-cancelled",
    };

    public static string RequestClass(CreditRequestStatus status) => status switch
    {
        CreditRequestStatus.Pending => "badge badge-draft",
        CreditRequestStatus.Upheld => "badge badge-open",
        _ => "badge badge-cancelled",
    };

    /// <summary>The listing period's end: "至 2027-05-31", or "整改完成前（2026-12-01 前复核）" for until-fixed grounds.</summary>
    public static string Until(DateOnly? expiresOn, DateOnly? reviewOn) =>
        expiresOn is { } end ? $"至 {end.AddDays(-1):yyyy-MM-dd}"
        : reviewOn is { } review ? $"整改完成前（{review:yyyy-MM-dd} 前复核）"
        : "整改完成前";

    /// <summary>Until when one record counts.</summary>
    public static string Counts(DateOnly? endsOn) => endsOn is { } end ? $"计入至 {end.AddDays(-1):yyyy-MM-dd}" : "整改完成前持续计入";
}
