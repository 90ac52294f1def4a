using System.Security.Cryptography;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Notifications;

/// <summary>
/// 新征集提醒订阅: anyone may ask to be told by e-mail of new calls in chosen service fields or from chosen departments.
/// Double opt-in: nothing is sent but the confirmation mail until the link in it is followed. Every alert carries a
/// one-click unsubscribe link. The tokens are random and unguessable; the address is never shown publicly.
/// </summary>
public class AlertSubscription : Entity
{
    public const int MaxEmailLength = 256;

    private AlertSubscription() { }

    public AlertSubscription(string email, IReadOnlyCollection<ServiceField> fields, IReadOnlyCollection<Guid> departmentIds, DateTime nowUtc)
    {
        if (fields.Count == 0 && departmentIds.Count == 0) throw new DomainException("请至少选择一个服务领域或一个部门。");
        Email = email.Trim().ToLowerInvariant();
        ServiceFields = string.Join(",", fields.Distinct().Order().Select(f => (int)f));
        DepartmentIds = string.Join(",", departmentIds.Distinct().Order());
        ConfirmToken = NewToken();
        UnsubscribeToken = NewToken();
        CreatedAt = nowUtc;
    }

    public string Email { get; private set; } = "";

    /// <summary>Service fields as comma-separated numbers (empty: any field of the chosen departments).</summary>
    public string ServiceFields { get; private set; } = "";

    /// <summary>Departments as comma-separated ids (empty: any department, in the chosen fields).</summary>
    public string DepartmentIds { get; private set; } = "";
    public string ConfirmToken { get; private set; } = "";
    public string UnsubscribeToken { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }
    public DateTime? UnsubscribedAt { get; private set; }

    public bool Active => ConfirmedAt is not null && UnsubscribedAt is null;

    public IReadOnlyList<ServiceField> Fields => ServiceFields.Length == 0 ? [] : ServiceFields.Split(',').Select(f => (ServiceField)int.Parse(f)).ToList();
    public IReadOnlyList<Guid> Departments => DepartmentIds.Length == 0 ? [] : DepartmentIds.Split(',').Select(Guid.Parse).ToList();

    /// <summary>A call matches when it is in a chosen field (or none chosen) and from a chosen department (or none chosen).</summary>
    public bool Matches(ServiceField field, Guid departmentId) =>
        (ServiceFields.Length == 0 || Fields.Contains(field)) && (DepartmentIds.Length == 0 || Departments.Contains(departmentId));

    /// <summary>Following the confirmation link: idempotent; a confirmation after unsubscribing does not resubscribe.</summary>
    public void Confirm(DateTime nowUtc)
    {
        if (UnsubscribedAt is not null) throw new DomainException("该订阅已退订。如需继续接收，请重新订阅。");
        ConfirmedAt ??= nowUtc;
    }

    /// <summary>One-click unsubscribe: idempotent.</summary>
    public void Unsubscribe(DateTime nowUtc) => UnsubscribedAt ??= nowUtc;

    private static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
