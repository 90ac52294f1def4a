using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Portal;

/// <summary>The level of the issuing authority (效力层级).</summary>
public enum PolicyLevel
{
    Central = 0,
    Provincial = 1,
    Municipal = 2,
    District = 3,
}

public enum PolicyStatus
{
    Draft = 0,
    Published = 1,
    /// <summary>废止/撤下: no longer shown in the list, kept for the record.</summary>
    Withdrawn = 2,
}

/// <summary>
/// 政策法规: a policy document the public may read — title, issuer, document number (文号), date, level and a
/// Markdown body (rendered sanitised), with attachments. Drafted and published by the SystemAdmin or a department officer.
/// </summary>
public class Policy : AggregateRoot, IPublicRecord
{
    public const int MaxTitleLength = 200;
    public const int MaxIssuerLength = 100;
    public const int MaxDocumentNumberLength = 60;
    public const int MaxBodyLength = 100_000;
    public const int MaxReasonLength = 500;

    private readonly List<PolicyAttachment> _attachments = [];

    private Policy() { }

    public static Policy Draft(string title, string issuer, string? documentNumber, DateOnly issuedOn, PolicyLevel level,
        string body, Guid? departmentId, string createdBy, DateTime nowUtc)
    {
        var policy = new Policy { Status = PolicyStatus.Draft, CreatedAt = nowUtc, CreatedBy = createdBy, DepartmentId = departmentId };
        policy.Edit(title, issuer, documentNumber, issuedOn, level, body, nowUtc);
        return policy;
    }

    public string Title { get; private set; } = "";
    public string Issuer { get; private set; } = "";
    public string? DocumentNumber { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public PolicyLevel Level { get; private set; }
    public string Body { get; private set; } = "";
    public PolicyStatus Status { get; private set; }

    /// <summary>Published policies are listed; withdrawn ones stay reachable by link. Drafts are nobody's but their editors'.</summary>
    public bool IsPublic => Status != PolicyStatus.Draft;

    /// <summary>The department that manages the entry (null when the SystemAdmin entered it).</summary>
    public Guid? DepartmentId { get; private set; }

    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public IReadOnlyList<PolicyAttachment> Attachments => _attachments;

    public void Edit(string title, string issuer, string? documentNumber, DateOnly issuedOn, PolicyLevel level, string body, DateTime nowUtc)
    {
        if (Status == PolicyStatus.Withdrawn) throw new DomainException("已撤下的政策文件不能再修改。");
        title = (title ?? "").Trim();
        issuer = (issuer ?? "").Trim();
        documentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim();
        body = (body ?? "").Trim();
        if (title.Length == 0) throw new DomainException("请填写文件标题。");
        if (title.Length > MaxTitleLength) throw new DomainException($"标题不能超过{MaxTitleLength}个字。");
        if (issuer.Length == 0) throw new DomainException("请填写发文机关。");
        if (issuer.Length > MaxIssuerLength) throw new DomainException($"发文机关不能超过{MaxIssuerLength}个字。");
        if (documentNumber is { Length: > MaxDocumentNumberLength }) throw new DomainException($"文号不能超过{MaxDocumentNumberLength}个字。");
        if (body.Length == 0) throw new DomainException("请填写正文。");
        if (body.Length > MaxBodyLength) throw new DomainException($"正文不能超过{MaxBodyLength}个字符。");
        if (!Enum.IsDefined(level)) throw new DomainException("请选择效力层级。");
        if (issuedOn > ChinaTime.TodayCst(nowUtc)) throw new DomainException("成文日期不能晚于今天。");
        Title = title;
        Issuer = issuer;
        DocumentNumber = documentNumber;
        IssuedOn = issuedOn;
        Level = level;
        Body = body;
        UpdatedAt = nowUtc;
    }

    public void Publish(DateTime nowUtc)
    {
        if (Status != PolicyStatus.Draft) throw new DomainException($"该政策文件当前为“{Status.ToChinese()}”，只能发布草稿。");
        Status = PolicyStatus.Published;
        PublishedAt = nowUtc;
        UpdatedAt = nowUtc;
    }

    public void Withdraw(string reason, DateTime nowUtc)
    {
        if (Status != PolicyStatus.Published) throw new DomainException($"该政策文件当前为“{Status.ToChinese()}”，只能撤下已发布的文件。");
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new DomainException("请填写撤下的理由（如已废止、已被新文件替代）。");
        if (reason.Length > MaxReasonLength) throw new DomainException($"理由不能超过{MaxReasonLength}个字。");
        Status = PolicyStatus.Withdrawn;
        WithdrawnAt = nowUtc;
        WithdrawalReason = reason;
        UpdatedAt = nowUtc;
    }

    public void Attach(Guid fileId, string fileName, string contentType, long length)
    {
        if (Status == PolicyStatus.Withdrawn) throw new DomainException("已撤下的政策文件不能再添加附件。");
        if (_attachments.Count >= 20) throw new DomainException("每份政策文件最多20个附件。");
        _attachments.Add(new PolicyAttachment(fileId, fileName, contentType, length));
    }

    public void RemoveAttachment(int attachmentId)
    {
        if (Status == PolicyStatus.Withdrawn) throw new DomainException("已撤下的政策文件不能再修改附件。");
        var attachment = _attachments.SingleOrDefault(a => a.Id == attachmentId) ?? throw new DomainException("附件不存在。");
        _attachments.Remove(attachment);
    }
}

/// <summary>A public attachment of a policy (原文 PDF, 解读 …); the bytes live in a StoredFile.</summary>
public class PolicyAttachment
{
    private PolicyAttachment() { }

    internal PolicyAttachment(Guid fileId, string fileName, string contentType, long length)
    {
        FileId = fileId;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
    }

    public int Id { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
}

public static class PolicyText
{
    public static string ToChinese(this PolicyStatus status) => status switch
    {
        PolicyStatus.Draft => "草稿",
        PolicyStatus.Published => "已发布",
        PolicyStatus.Withdrawn => "已撤下",
        _ => status.ToString(),
    };

    public static string ToChinese(this PolicyLevel level) => level switch
    {
        PolicyLevel.Central => "中央",
        PolicyLevel.Provincial => "省级",
        PolicyLevel.Municipal => "市级",
        PolicyLevel.District => "区级",
        _ => level.ToString(),
    };
}
