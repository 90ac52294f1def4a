using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProcurementPlatform.Application.Common.Events;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Duplicates;

namespace ProcurementPlatform.Application.Duplicates;

/// <summary>Turns the engine's pairs into flags: one per pair (found again → refreshed, never doubled), only where one side can still be stopped.</summary>
internal static class DuplicateFlagging
{
    public static async Task<int> RecordAsync(IApplicationDbContext db, IReadOnlyList<DuplicatePair> pairs, DuplicateDetection detection, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (pairs.Count == 0) return 0;
        var ids = pairs.SelectMany(p => new[] { DuplicateCorpus.IdOf(p.A), DuplicateCorpus.IdOf(p.B) }).ToHashSet();
        var statuses = await db.Applications.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Status }).ToDictionaryAsync(a => a.Id, a => a.Status, cancellationToken);
        var existing = await db.DuplicateFlags.Where(f => ids.Contains(f.ApplicationAId) && ids.Contains(f.ApplicationBId))
            .ToDictionaryAsync(f => (f.ApplicationAId, f.ApplicationBId), cancellationToken);
        var added = 0;
        foreach (var pair in pairs)
        {
            var (a, b) = DuplicateFlag.Order(DuplicateCorpus.IdOf(pair.A), DuplicateCorpus.IdOf(pair.B));
            var kind = KindOf(pair.Kind);
            var signals = string.Join("、", pair.Signals);
            if (existing.TryGetValue((a, b), out var flag))
            {
                flag.SeenAgain(kind, pair.Score, pair.Similarity, pair.Containment, signals, pair.Reason, nowUtc);
                continue;
            }
            if (!statuses.TryGetValue(a, out var sa) || !statuses.TryGetValue(b, out var sb)) continue;
            if (!DuplicateCorpus.Undecided.Contains(sa) && !DuplicateCorpus.Undecided.Contains(sb)) continue;
            flag = new DuplicateFlag(a, b, kind, pair.Score, pair.Similarity, pair.Containment, signals, pair.Reason, detection, nowUtc);
            db.DuplicateFlags.Add(flag);
            existing[(a, b)] = flag;
            added++;
        }
        return added;
    }

    private static DuplicateFlagKind KindOf(DuplicateKind kind) => kind switch
    {
        DuplicateKind.Exact => DuplicateFlagKind.Exact,
        DuplicateKind.LightEdit => DuplicateFlagKind.LightEdit,
        DuplicateKind.Paraphrase => DuplicateFlagKind.Paraphrase,
        DuplicateKind.Resubmission => DuplicateFlagKind.Resubmission,
        DuplicateKind.Split => DuplicateFlagKind.Split,
        _ => DuplicateFlagKind.Other,
    };
}

/// <summary>
/// The on-submit check, run after the submission has committed: a flag never blocks a submission (the applicant sees
/// nothing); it shows to the departments concerned. A failure here is logged and the nightly sweep finds the pair.
/// </summary>
public sealed class CheckForDuplicatesWhenApplicationSubmitted(IApplicationDbContext db, DuplicateIndex index, TimeProvider clock, ILogger<CheckForDuplicatesWhenApplicationSubmitted> logger)
    : IDomainEventHandler<ApplicationSubmitted>
{
    public async Task HandleAsync(ApplicationSubmitted e, CancellationToken cancellationToken)
    {
        var pairs = await index.CheckAsync(db, e.ApplicationId, cancellationToken);
        var added = await DuplicateFlagging.RecordAsync(db, pairs, DuplicateDetection.OnSubmit, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (added > 0) logger.LogInformation("Application {Application} flagged as a possible duplicate of {Count} others", e.ApplicationId, added);
    }
}

/// <summary>The nightly sweep over every submitted application (catches pairs that arrived in another order); idempotent: re-running adds no flag.</summary>
[Authorize(SystemOnly = true)]
public sealed record SweepDuplicatesCommand : ICommand<DuplicateSweepResult>;

public sealed record DuplicateSweepResult(int Applications, int Pairs, int NewFlags);

public sealed class SweepDuplicatesCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<SweepDuplicatesCommand, DuplicateSweepResult>
{
    public async ValueTask<DuplicateSweepResult> Handle(SweepDuplicatesCommand command, CancellationToken cancellationToken)
    {
        var detector = new DuplicateDetector();
        var count = 0;
        await foreach (var row in DuplicateCorpus.Rows(db).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            detector.Add(row.ToEngineText());
            count++;
        }
        var pairs = detector.FindAll();
        var added = await DuplicateFlagging.RecordAsync(db, pairs, DuplicateDetection.Sweep, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new DuplicateSweepResult(count, pairs.Count, added);
    }
}
