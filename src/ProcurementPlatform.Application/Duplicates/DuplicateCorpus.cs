using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Duplicates;
using EngineText = ProcurementPlatform.Duplicates.ApplicationText;

namespace ProcurementPlatform.Application.Duplicates;

/// <summary>An application as the engine reads it and the triage pages show it.</summary>
public sealed class FlaggedApplication
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Objectives { get; init; } = "";
    public string Community { get; init; } = "";
    public string Location { get; init; } = "";
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public Money RequestedAmount { get; init; }
    public ApplicationStatus Status { get; init; }
    public DateTime? SubmittedAt { get; init; }
    public Guid OrganizationId { get; init; }
    public string OrganizationName { get; init; } = "";
    public string CreditCode { get; init; } = "";
    public Guid SolicitationId { get; init; }
    public string CallTitle { get; init; } = "";
    public string TargetGroups { get; init; } = "";
    public Guid DepartmentId { get; init; }
    public string DepartmentName { get; init; } = "";
    public List<ActivityText> Activities { get; init; } = [];

    /// <summary>The earlier submission first, as a person reads a pair: the original, then the one that repeats it.</summary>
    public static (FlaggedApplication First, FlaggedApplication Second) InSubmissionOrder(FlaggedApplication x, FlaggedApplication y) =>
        (y.SubmittedAt ?? DateTime.MaxValue) < (x.SubmittedAt ?? DateTime.MaxValue) ? (y, x) : (x, y);

    public EngineText ToEngineText() => new(
        Id.ToString("N"), Title, OrganizationName, CreditCode, DepartmentName, Summary, Objectives,
        string.Join("。", Activities.Select(a => a.Name + "：" + a.Description)), TargetGroups, Community, RequestedAmount.Yuan, PeriodStart, PeriodEnd);

    public string AllText => string.Join("\n", new[] { Title, Summary, Objectives }.Concat(Activities.Select(a => a.Name + "：" + a.Description)));

    public static IQueryable<FlaggedApplication> Query(IApplicationDbContext db) =>
        from a in db.Applications
        join s in db.Solicitations on a.SolicitationId equals s.Id
        join d in db.Departments on s.DepartmentId equals d.Id
        join o in db.Organizations on a.OrganizationId equals o.Id
        select new FlaggedApplication
        {
            Id = a.Id,
            Title = a.Title,
            Summary = a.Summary,
            Objectives = a.Objectives,
            Community = a.Community,
            Location = a.Location,
            PeriodStart = a.PeriodStart,
            PeriodEnd = a.PeriodEnd,
            RequestedAmount = a.RequestedAmount,
            Status = a.Status,
            SubmittedAt = a.SubmittedAt,
            OrganizationId = o.Id,
            OrganizationName = o.Name,
            CreditCode = o.CreditCode,
            SolicitationId = s.Id,
            CallTitle = s.Title,
            TargetGroups = s.TargetGroups,
            DepartmentId = d.Id,
            DepartmentName = d.Name,
            Activities = a.Activities.OrderBy(x => x.Order).Select(x => new ActivityText { Name = x.Name, Description = x.Description ?? "" }).ToList(),
        };
}

public sealed class ActivityText
{
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
}

/// <summary>
/// Every application that was ever submitted — across departments, calls and years — as the engine's corpus. Drafts
/// and withdrawn applications are not in it: neither can be funded.
/// </summary>
public static class DuplicateCorpus
{
    /// <summary>Statuses in which an application can still be stopped by confirming a duplicate; a pair is only flagged when one side is in one.</summary>
    public static readonly ApplicationStatus[] Undecided =
        [ApplicationStatus.Submitted, ApplicationStatus.Eligible, ApplicationStatus.NotRecommended, ApplicationStatus.Recommended];

    public static IQueryable<FlaggedApplication> Rows(IApplicationDbContext db) =>
        FlaggedApplication.Query(db).Where(a => a.SubmittedAt != null && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn);

    public static Guid IdOf(string engineId) => Guid.ParseExact(engineId, "N");
}

/// <summary>
/// The engine's index of the corpus, kept for on-submit checks: built from the database on first use and topped up with
/// applications submitted since (a submitted application's content never changes, so nothing indexed goes stale).
/// One per process; with several web servers each keeps its own, and the nightly sweep catches whatever any missed.
/// </summary>
public sealed class DuplicateIndex
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly DuplicateDetector _detector = new();
    private readonly HashSet<Guid> _indexed = [];
    private DateTime _watermark = DateTime.MinValue;

    public int Count => _indexed.Count;

    /// <summary>Brings the index up to date, then compares one application (which may already be in it) with everything else.</summary>
    public async Task<IReadOnlyList<DuplicatePair>> CheckAsync(IApplicationDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var query = DuplicateCorpus.Rows(db).AsNoTracking();
            // Overlap the watermark a little: submissions committed out of order by a second or two are still picked up.
            if (_watermark > DateTime.MinValue)
            {
                var since = _watermark.AddMinutes(-1);
                query = query.Where(r => r.SubmittedAt >= since);
            }
            var rows = await query.ToListAsync(cancellationToken);
            foreach (var row in rows.Where(r => _indexed.Add(r.Id)))
            {
                _detector.Add(row.ToEngineText());
                if (row.SubmittedAt > _watermark) _watermark = row.SubmittedAt.Value;
            }
            var target = rows.FirstOrDefault(r => r.Id == applicationId)
                ?? await DuplicateCorpus.Rows(db).AsNoTracking().FirstOrDefaultAsync(r => r.Id == applicationId, cancellationToken);
            return target is null ? [] : _detector.Check(target.ToEngineText());
        }
        finally
        {
            _gate.Release();
        }
    }
}
