using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.Queries;

public sealed record SolicitationListItem(
    Guid Id, string Title, string DepartmentName, ServiceField ServiceField, FundSource FundSource,
    Money ProjectCeiling, Money TotalBudget, int ProjectCount, DateTime OpensAt, DateTime ClosesAt,
    SolicitationStatus Status, DateTime? PublishedAt);

public sealed record RubricView(string Name, int Weight, string? Description);

public sealed record AttachmentView(int Id, string FileName, long Length);

public sealed record SolicitationDetails(
    Guid Id, Guid DepartmentId, string DepartmentName, string Title, string Summary, ServiceField ServiceField,
    string TargetGroups, FundSource FundSource, Money ProjectCeiling, Money TotalBudget, int ProjectCount,
    string Eligibility, DateTime OpensAt, DateTime ClosesAt, DateTime RoadshowAt, string ContactInfo,
    SolicitationStatus Status, DateTime? PublishedAt, DateTime? ClosedAt, DateTime? CancelledAt, string? CancellationReason,
    IReadOnlyList<RubricView> Rubric, IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<SolicitationTrigger> PermittedTriggers, bool AcceptingApplications, Guid? PlanEntryId = null, int? PlanYear = null);

internal static class SolicitationViewMapping
{
    public static SolicitationDetails ToDetails(this Solicitation s, string departmentName, DateTime nowUtc) => new(
        s.Id, s.DepartmentId, departmentName, s.Title, s.Summary, s.ServiceField, s.TargetGroups, s.FundSource,
        s.ProjectCeiling, s.TotalBudget, s.ProjectCount, s.Eligibility, s.OpensAt, s.ClosesAt, s.RoadshowAt, s.ContactInfo,
        s.Status, s.PublishedAt, s.ClosedAt, s.CancelledAt, s.CancellationReason,
        s.Rubric.OrderBy(r => r.Order).Select(r => new RubricView(r.Name, r.Weight, r.Description)).ToList(),
        s.Attachments.Select(a => new AttachmentView(a.Id, a.FileName, a.Length)).ToList(),
        Solicitation.Lifecycle.PermittedTriggers(s.Status).ToList(),
        s.IsAcceptingApplications(nowUtc), s.PlanEntryId);
}
