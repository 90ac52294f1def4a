using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.Application.Policies;

public sealed record PolicyListItem(Guid Id, string Title, string Issuer, string? DocumentNumber, DateOnly IssuedOn, PolicyLevel Level, DateTime? PublishedAt);

public sealed record PolicyAttachmentItem(int Id, string FileName, long Length);

public sealed record PolicyView(
    Guid Id, string Title, string Issuer, string? DocumentNumber, DateOnly IssuedOn, PolicyLevel Level, string Body,
    PolicyStatus Status, DateTime? PublishedAt, DateTime? WithdrawnAt, string? WithdrawalReason, DateTime UpdatedAt,
    IReadOnlyList<PolicyAttachmentItem> Attachments)
{
    public static PolicyView From(Policy p) => new(p.Id, p.Title, p.Issuer, p.DocumentNumber, p.IssuedOn, p.Level, p.Body, p.Status,
        p.PublishedAt, p.WithdrawnAt, p.WithdrawalReason, p.UpdatedAt,
        p.Attachments.OrderBy(a => a.Id).Select(a => new PolicyAttachmentItem(a.Id, a.FileName, a.Length)).ToList());
}

/// <summary>An entry as its manager sees it: the view plus who manages it and the version being edited.</summary>
public sealed record ManagedPolicy(PolicyView Policy, string? DepartmentName, string CreatedBy, Guid Version);

public sealed record ManagedPolicyListItem(Guid Id, string Title, string Issuer, string? DocumentNumber, DateOnly IssuedOn, PolicyLevel Level,
    PolicyStatus Status, string? DepartmentName, DateTime UpdatedAt);
