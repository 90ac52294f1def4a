using ProcurementPlatform.Domain.Projects;

namespace ProcurementPlatform.Web.Pages.Projects;

/// <summary>The badge classes statuses of the implementation stage are shown with (projects, reports, evaluations).</summary>
public static class StatusBadges
{
    public static string For(ProjectStatus status) => status switch
    {
        ProjectStatus.ContractPending => "badge badge-draft",
        ProjectStatus.Contracted or ProjectStatus.InProgress => "badge badge-open",
        _ => "badge badge-closed",
    };

    public static string For(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "badge badge-draft",
        ReportStatus.Submitted => "badge badge-closed",
        ReportStatus.Accepted => "badge badge-open",
        _ => "badge badge-cancelled",
    };

    public static string For(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Assigned => "badge badge-draft",
        EvaluationStatus.Final => "badge badge-open",
        _ => "badge badge-closed",
    };
}
