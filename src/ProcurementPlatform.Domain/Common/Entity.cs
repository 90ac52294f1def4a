namespace ProcurementPlatform.Domain.Common;

public interface IDomainEvent;

/// <summary>
/// A record that is on public pages only in some states (a comment once approved, a policy once published). Saving
/// one that was not public and still is not changes nothing the public sees, so cached public pages are kept.
/// </summary>
public interface IPublicRecord
{
    bool IsPublic { get; }
}

/// <summary>An entity with a Guid identity that can raise domain events, dispatched after commit.</summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public Guid Id { get; protected set; } = Guid.NewGuid();

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}

/// <summary>
/// An aggregate root carries a Guid version used as the optimistic concurrency token.
/// A Guid (not rowversion) works the same on SQLite and SQL Server; it is renewed on every save.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public Guid Version { get; private set; } = Guid.NewGuid();

    public void RenewVersion() => Version = Guid.NewGuid();
}
