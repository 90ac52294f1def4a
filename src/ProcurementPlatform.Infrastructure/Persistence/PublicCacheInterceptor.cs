using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using ProcurementPlatform.Application.Common.Caching;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Infrastructure.Persistence;

/// <summary>
/// Drops cached public pages when the records they show change, whoever changes them: a command from a page, a
/// Hangfire job (a call closed at its deadline, a notice finalised when its publicity ends, the credit recompute) or
/// the seeder. It works at the DbContext rather than in the command pipeline so nothing that saves can forget it.
/// The datasets touched by a save are remembered and invalidated only once they are durable: at once for a save
/// outside a transaction, at the commit otherwise (a rolled-back transaction invalidates nothing; invalidating too
/// early would let a request re-cache the old rows before the commit).
/// </summary>
public sealed class PublicCacheInterceptor(IPublicCacheInvalidator invalidator) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Flush(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) await Flush(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Discard(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Flush(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Flush(eventData.Context, cancellationToken).AsTask();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Discard(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        HashSet<string>? datasets = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (!ShownPublicly(entry)) continue;
            var type = RootOf(entry.Metadata).ClrType;
            // Identity's tables (users, roles, sign-in counters) and the like are not the domain's: never on a public page.
            if (type.Assembly != typeof(Entity).Assembly) continue;
            foreach (var dataset in PublicDatasets.FedBy(type))
                (datasets ??= _pending.GetOrCreateValue(context)).Add(dataset);
        }
    }

    /// <summary>
    /// False for a record that was not public before this save and is not after it (a comment submitted or declined,
    /// a policy draft edited): nothing on a public page changed. Everything else may show somewhere.
    /// </summary>
    private static bool ShownPublicly(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        if (entry.Entity is not IPublicRecord now) return true;
        if (now.IsPublic) return true;
        return entry.State != EntityState.Added && entry.OriginalValues.ToObject() is IPublicRecord { IsPublic: true };
    }

    private static IReadOnlyEntityType RootOf(IReadOnlyEntityType type)
    {
        while (type.FindOwnership() is { } ownership) type = ownership.PrincipalEntityType;
        return type;
    }

    private async ValueTask Flush(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var datasets)) return;
        _pending.Remove(context);
        if (datasets.Count > 0) await invalidator.InvalidateAsync(datasets, cancellationToken);
    }

    private void Discard(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }

}

/// <summary>Used where no public page cache runs (tools, benchmarks): nothing to invalidate.</summary>
public sealed class NoPublicCache : IPublicCacheInvalidator
{
    public ValueTask InvalidateAsync(IReadOnlyCollection<string> datasets, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
