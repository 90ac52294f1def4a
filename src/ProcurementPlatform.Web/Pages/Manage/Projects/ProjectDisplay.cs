using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;

namespace ProcurementPlatform.Web.Pages.Manage.Projects;

/// <summary>How the supervision pages show project states (badge colours, percentages); no business rules.</summary>
public static class ProjectDisplay
{
    public static string StatusClass(ProjectStatus status) => status switch
    {
        ProjectStatus.ContractPending => "badge badge-draft",
        ProjectStatus.Contracted or ProjectStatus.InProgress => "badge badge-open",
        ProjectStatus.Closed => "badge badge-cancelled",
        _ => "badge badge-closed",
    };

    public static string StatusClass(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "badge badge-cancelled",
        ReportStatus.Submitted => "badge badge-draft",
        ReportStatus.Accepted => "badge badge-open",
        _ => "badge badge-alert",
    };

    public static string StatusClass(FundAlertStatus status) => status switch
    {
        FundAlertStatus.Open => "badge badge-alert",
        FundAlertStatus.Closed => "badge badge-cancelled",
        _ => "badge badge-open",
    };

    public static string StatusClass(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Assigned => "badge badge-draft",
        EvaluationStatus.Scored => "badge badge-closed",
        EvaluationStatus.InPublicity => "badge badge-closed",
        _ => "badge badge-open",
    };

    /// <summary>Part of a whole as a percentage with one decimal ("62.5%"), or "—" when the whole is zero.</summary>
    public static string Percent(Money part, Money whole) =>
        whole.Fen == 0 ? "—" : (part.Fen * 100m / whole.Fen).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>Yuan as a plain number for chart data.</summary>
    public static decimal Yuan(Money amount) => amount.Yuan;
}
