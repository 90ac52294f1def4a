using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Organizations;

public enum OrganizationStatus
{
    PendingApproval = 0,
    Active = 1,
    Rejected = 2,
}

/// <summary>承接主体: a social organisation that applies for projects.</summary>
public class Organization : AggregateRoot
{
    private Organization() { }

    public Organization(string name, SocialCreditCode creditCode, string contactName, string contactPhone, string contactEmail, DateTime registeredAtUtc)
    {
        Name = name.Trim();
        CreditCode = creditCode.Value;
        ContactName = contactName.Trim();
        ContactPhone = contactPhone.Trim();
        ContactEmail = contactEmail.Trim();
        RegisteredAt = registeredAtUtc;
        Status = OrganizationStatus.PendingApproval;
    }

    public string Name { get; private set; } = "";
    public string CreditCode { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
    public OrganizationStatus Status { get; private set; }
    public DateTime RegisteredAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? RejectionReason { get; private set; }

    public void Approve(string decidedBy, DateTime nowUtc)
    {
        if (Status != OrganizationStatus.PendingApproval)
            throw new DomainException($"该社会组织当前状态为“{Status.ToChinese()}”，只有待审核的注册可以批准。");
        Status = OrganizationStatus.Active;
        DecidedAt = nowUtc;
        DecidedBy = decidedBy;
        RejectionReason = null;
    }

    public void Reject(string reason, string decidedBy, DateTime nowUtc)
    {
        if (Status != OrganizationStatus.PendingApproval)
            throw new DomainException($"该社会组织当前状态为“{Status.ToChinese()}”，只有待审核的注册可以驳回。");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("驳回注册必须填写理由。");
        Status = OrganizationStatus.Rejected;
        DecidedAt = nowUtc;
        DecidedBy = decidedBy;
        RejectionReason = reason.Trim();
    }
}

public static class OrganizationStatusText
{
    public static string ToChinese(this OrganizationStatus status) => status switch
    {
        OrganizationStatus.PendingApproval => "待审核",
        OrganizationStatus.Active => "已启用",
        OrganizationStatus.Rejected => "已驳回",
        _ => status.ToString(),
    };
}
