using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Publicity;

namespace ProcurementPlatform.Domain.Awards;

public enum AwardNoticeStatus
{
    InPublicity = 0,
    Final = 1,
}

public enum NoticeKind
{
    /// <summary>立项公示.</summary>
    Award = 0,
    /// <summary>评估结果公示: the same publicity period and objections, about evaluation results.</summary>
    Evaluation = 1,
}

/// <summary>For an evaluation notice: Awarded means the result stands, Disqualified that an upheld objection sent it back.</summary>
public enum AwardOutcome
{
    /// <summary>In publicity, or held back by an objection still awaiting its answer.</summary>
    Pending = 0,
    Awarded = 1,
    Disqualified = 2,
}

public sealed record AwardNoticeItem(Guid ApplicationId, string ProjectTitle, string OrganizationName, Money Amount, decimal Score, int Rank,
    Guid? EvaluationId = null, Projects.EvaluationKind? EvaluationKind = null, Projects.EvaluationGrade? Grade = null);

public class AwardNoticeEntry
{
    private AwardNoticeEntry() { }

    internal AwardNoticeEntry(AwardNoticeItem item)
    {
        ApplicationId = item.ApplicationId;
        ProjectTitle = item.ProjectTitle;
        OrganizationName = item.OrganizationName;
        Amount = item.Amount;
        Score = item.Score;
        Rank = item.Rank;
        EvaluationId = item.EvaluationId;
        EvaluationKind = item.EvaluationKind;
        Grade = item.Grade;
    }

    public int Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string ProjectTitle { get; private set; } = "";
    public string OrganizationName { get; private set; } = "";
    public Money Amount { get; private set; }
    public decimal Score { get; private set; }
    public int Rank { get; private set; }
    public AwardOutcome Outcome { get; private set; }

    /// <summary>Evaluation notices: the evaluation this entry publishes, its kind and grade.</summary>
    public Guid? EvaluationId { get; private set; }
    public Projects.EvaluationKind? EvaluationKind { get; private set; }
    public Projects.EvaluationGrade? Grade { get; private set; }

    internal void Decide(AwardOutcome outcome) => Outcome = outcome;
}

public sealed record ApplicationAwarded(Guid NoticeId, Guid ApplicationId) : IDomainEvent;

/// <summary>
/// 立项公示: the recommended projects published for a period of working days, during which anyone may
/// object. When the period has ended, each project without an upheld or unanswered objection is awarded.
/// </summary>
public class AwardNotice : AggregateRoot
{
    private readonly List<AwardNoticeEntry> _entries = [];

    private AwardNotice() { }

    public AwardNotice(Guid solicitationId, string title, IReadOnlyList<AwardNoticeItem> items, WorkingDayCalendar calendar, int workingDays, DateTime nowUtc,
        Guid? supplementsNoticeId = null, NoticeKind kind = NoticeKind.Award)
    {
        if (items.Count == 0) throw new DomainException("推荐名单为空，不能发布立项公示。");
        if (workingDays < 1) throw new DomainException("公示期至少为1个工作日。");
        SolicitationId = solicitationId;
        SupplementsNoticeId = supplementsNoticeId;
        Kind = kind;
        Title = title;
        PublishedAt = nowUtc;
        WorkingDays = workingDays;
        PublicityEndsAt = PublicityEnd(calendar, workingDays, nowUtc);
        Status = AwardNoticeStatus.InPublicity;
        _entries.AddRange(items.OrderBy(i => i.Rank).Select(i => new AwardNoticeEntry(i)));
    }

    /// <summary>The period runs from the day after publication for N working days, to 24:00 China time of the last one.</summary>
    public static DateTime PublicityEnd(WorkingDayCalendar calendar, int workingDays, DateTime publishedAtUtc)
    {
        var lastDay = calendar.AddWorkingDays(ChinaTime.TodayCst(publishedAtUtc), workingDays);
        return ChinaTime.FromCst(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue));
    }

    public Guid SolicitationId { get; private set; }
    public NoticeKind Kind { get; private set; }

    /// <summary>For a 递补 notice: the notice whose disqualified project this one replaces.</summary>
    public Guid? SupplementsNoticeId { get; private set; }

    public string Title { get; private set; } = "";
    public DateTime PublishedAt { get; private set; }
    public int WorkingDays { get; private set; }
    public DateTime PublicityEndsAt { get; private set; }
    public AwardNoticeStatus Status { get; private set; }
    public DateTime? FinalisedAt { get; private set; }

    public IReadOnlyList<AwardNoticeEntry> Entries => _entries;

    public bool InPublicity(DateTime nowUtc) => nowUtc < PublicityEndsAt;

    /// <summary>
    /// After the period: decides every pending entry from its objections — upheld: disqualified;
    /// still unanswered: held back; otherwise awarded. Idempotent: decided entries stay as they are.
    /// Returns the entries decided now.
    /// </summary>
    public IReadOnlyList<AwardNoticeEntry> Finalise(Func<Guid, (bool AnyUpheld, bool AnyUnanswered)> objections, DateTime nowUtc)
    {
        if (InPublicity(nowUtc)) throw new DomainException($"公示期至 {ChinaTime.Format(PublicityEndsAt)} 结束，尚未期满。");
        var decided = new List<AwardNoticeEntry>();
        foreach (var entry in _entries.Where(e => e.Outcome == AwardOutcome.Pending))
        {
            var (upheld, unanswered) = objections(entry.ApplicationId);
            if (upheld) entry.Decide(AwardOutcome.Disqualified);
            else if (unanswered) continue;
            else
            {
                entry.Decide(AwardOutcome.Awarded);
                if (Kind == NoticeKind.Award) Raise(new ApplicationAwarded(Id, entry.ApplicationId));
            }
            decided.Add(entry);
        }
        if (_entries.All(e => e.Outcome != AwardOutcome.Pending) && Status != AwardNoticeStatus.Final)
        {
            Status = AwardNoticeStatus.Final;
            FinalisedAt = nowUtc;
        }
        return decided;
    }
}
