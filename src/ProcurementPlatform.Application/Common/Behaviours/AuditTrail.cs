using ProcurementPlatform.Domain.Auditing;

namespace ProcurementPlatform.Application.Common.Behaviours;

/// <summary>
/// The audit records of the current command, handed from <see cref="AuditBehaviour{TMessage,TResponse}"/>
/// to <see cref="TransactionBehaviour{TMessage,TResponse}"/>: a success is written inside the command's
/// transaction, a failure after it has rolled back (so the refusal itself is never lost).
/// </summary>
public sealed class AuditTrail
{
    private readonly List<AuditEntry> _pending = [];

    public void Add(AuditEntry entry) => _pending.Add(entry);

    public IReadOnlyList<AuditEntry> TakeAll()
    {
        var entries = _pending.ToList();
        _pending.Clear();
        return entries;
    }
}
