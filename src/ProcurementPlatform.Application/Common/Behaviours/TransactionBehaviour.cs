using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Events;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Application.Common.Behaviours;

/// <summary>
/// One database transaction per command: all of it commits or none of it does. Domain events raised
/// by the command are dispatched only after the commit, so no side effect (job, mail) ever follows a
/// change that rolled back.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IApplicationDbContext db, AuditTrail trail, DomainEventDispatcher dispatcher, IDatabaseErrors errors)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || db.Database.CurrentTransaction is not null)
            return await next(message, cancellationToken);

        TResponse response;
        List<IDomainEvent> events;
        IReadOnlyList<AuditEntry> audit = [];
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                response = await next(message, cancellationToken);
                events = db.ChangeTracker.Entries<Entity>().SelectMany(e => e.Entity.DomainEvents).ToList();
                foreach (var entry in db.ChangeTracker.Entries<Entity>()) entry.Entity.ClearDomainEvents();
                audit = trail.TakeAll();
                db.AuditEntries.AddRange(audit);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (Exception ex)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                var conflict = ex switch
                {
                    DbUpdateConcurrencyException => new ConcurrencyConflictException(),
                    DbUpdateException update when errors.IsUniqueViolation(update) => new ConcurrencyConflictException("该记录已存在或刚被其他操作保存，请刷新页面查看。"),
                    _ => null,
                };
                // A failure at commit time turns the command's "succeeded" records into failures.
                foreach (var entry in audit) trail.Add(entry.AsFailed((conflict ?? ex).Message));
                await WriteFailureAuditAsync();
                if (conflict is not null) throw conflict;
                throw;
            }
        }

        await dispatcher.DispatchAsync(events, cancellationToken);
        return response;
    }

    private async Task WriteFailureAuditAsync()
    {
        var entries = trail.TakeAll();
        if (entries.Count == 0) return;
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
    }
}
