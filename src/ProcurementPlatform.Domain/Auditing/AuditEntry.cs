namespace ProcurementPlatform.Domain.Auditing;

public enum AuditOutcome
{
    Succeeded = 1,
    Failed = 2,
    Refused = 3,
}

/// <summary>
/// One audited action (等保: date and time, user, event, success or failure). Append-only: nothing
/// updates or deletes a row; the platform never exposes a way to.
/// </summary>
public class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTime atUtc, string? userId, string userName, string action, string? entityType, string? entityId, AuditOutcome outcome, string? detail, string? ipAddress)
    {
        At = atUtc;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Outcome = outcome;
        Detail = detail is { Length: > 2000 } ? detail[..2000] : detail;
        IpAddress = ipAddress;
    }

    /// <summary>A copy recording that the action failed after all (e.g. its commit was refused).</summary>
    public AuditEntry AsFailed(string detail) => new(At, UserId, UserName, Action, EntityType, EntityId, AuditOutcome.Failed, detail, IpAddress);

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? EntityType { get; private set; }
    public string? EntityId { get; private set; }
    public AuditOutcome Outcome { get; private set; }
    public string? Detail { get; private set; }
    public string? IpAddress { get; private set; }
}
