using System.Text.Json;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Reviews;

public enum ReviewSessionStatus
{
    Scheduled = 0,
    Closed = 1,
}

public enum PanelMemberStatus
{
    Active = 0,
    Declined = 1,
}

public class PanelMember
{
    private PanelMember() { }

    internal PanelMember(Guid expertId, DateTime drawnAt)
    {
        ExpertId = expertId;
        DrawnAt = drawnAt;
        Status = PanelMemberStatus.Active;
    }

    public int Id { get; private set; }
    public Guid ExpertId { get; private set; }
    public PanelMemberStatus Status { get; private set; }
    public DateTime DrawnAt { get; private set; }
    public DateTime? DeclinedAt { get; private set; }

    internal void Decline(DateTime nowUtc)
    {
        Status = PanelMemberStatus.Declined;
        DeclinedAt = nowUtc;
    }
}

public class SessionApplication
{
    private SessionApplication() { }

    internal SessionApplication(Guid applicationId) => ApplicationId = applicationId;

    public int Id { get; private set; }
    public Guid ApplicationId { get; private set; }
}

/// <summary>The recorded draw: seed, candidates, exclusions with reasons, result — auditable and replayable.</summary>
public class PanelDrawRecord
{
    private PanelDrawRecord() { }

    internal PanelDrawRecord(DateTime at, string purpose, PanelDrawResult result, IReadOnlyList<Guid> applicantOrganizations, IReadOnlyList<Guid> alreadyOnPanel, DateOnly asOf)
    {
        At = at;
        Purpose = purpose;
        Seed = result.Seed;
        Size = result.Size;
        Field = result.Field;
        AsOf = asOf;
        Candidates = JsonSerializer.Serialize(result.Candidates);
        Excluded = JsonSerializer.Serialize(result.Excluded);
        Drawn = JsonSerializer.Serialize(result.Drawn);
        Applicants = JsonSerializer.Serialize(applicantOrganizations);
        AlreadyOnPanel = JsonSerializer.Serialize(alreadyOnPanel);
    }

    public int Id { get; private set; }
    public DateTime At { get; private set; }
    public string Purpose { get; private set; } = "";
    public long Seed { get; private set; }
    public int Size { get; private set; }
    public string Field { get; private set; } = "";

    /// <summary>The day the three-year conflict window was counted back from.</summary>
    public DateOnly AsOf { get; private set; }

    public string Candidates { get; private set; } = "[]";
    public string Excluded { get; private set; } = "[]";
    public string Drawn { get; private set; } = "[]";
    public string Applicants { get; private set; } = "[]";
    public string AlreadyOnPanel { get; private set; } = "[]";

    public IReadOnlyList<Guid> DrawnIds => JsonSerializer.Deserialize<List<Guid>>(Drawn) ?? [];
    public IReadOnlyList<Guid> CandidateIds => JsonSerializer.Deserialize<List<Guid>>(Candidates) ?? [];
    public IReadOnlyList<Exclusion> Exclusions => JsonSerializer.Deserialize<List<Exclusion>>(Excluded) ?? [];
    public IReadOnlyList<Guid> ApplicantIds => JsonSerializer.Deserialize<List<Guid>>(Applicants) ?? [];
    public IReadOnlyList<Guid> AlreadyOnPanelIds => JsonSerializer.Deserialize<List<Guid>>(AlreadyOnPanel) ?? [];
}

/// <summary>路演评审: a roadshow session for a closed call's eligible applications, with its drawn expert panel.</summary>
public class ReviewSession : AggregateRoot
{
    private readonly List<SessionApplication> _applications = [];
    private readonly List<PanelMember> _members = [];
    private readonly List<PanelDrawRecord> _draws = [];

    private ReviewSession() { }

    public ReviewSession(Guid solicitationId, DateTime scheduledAtUtc, string venue, int panelSize, IReadOnlyList<Guid> applicationIds, DateTime nowUtc)
    {
        if (applicationIds.Count == 0) throw new DomainException("没有资格审查通过的申报，不能安排路演评审。");
        if (string.IsNullOrWhiteSpace(venue)) throw new DomainException("请填写路演地点。");
        if (panelSize is < 3 or > 15) throw new DomainException("专家组人数应在3至15人之间。");
        if (scheduledAtUtc <= nowUtc) throw new DomainException("路演时间应晚于当前时间。");
        SolicitationId = solicitationId;
        ScheduledAt = scheduledAtUtc;
        Venue = venue.Trim();
        PanelSize = panelSize;
        Status = ReviewSessionStatus.Scheduled;
        CreatedAt = nowUtc;
        _applications.AddRange(applicationIds.Distinct().Select(id => new SessionApplication(id)));
    }

    public Guid SolicitationId { get; private set; }
    public DateTime ScheduledAt { get; private set; }
    public string Venue { get; private set; } = "";
    public int PanelSize { get; private set; }
    public ReviewSessionStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<SessionApplication> Applications => _applications;
    public IReadOnlyList<PanelMember> Members => _members;
    public IReadOnlyList<PanelDrawRecord> Draws => _draws;

    public IEnumerable<Guid> ActiveExpertIds => _members.Where(m => m.Status == PanelMemberStatus.Active).Select(m => m.ExpertId);

    public DateTime? ClosedAt { get; private set; }
    public DateTime? RecommendedAt { get; private set; }

    /// <summary>Why the department's recommendation departs from the ranking, when it does.</summary>
    public string? DeviationReason { get; private set; }

    /// <summary>
    /// Closes the scoring once every active panel member has submitted or declared a conflict for every
    /// application (<paramref name="finishedSheets"/>: the (expert, application) pairs that are done).
    /// </summary>
    public void Close(IReadOnlyCollection<(Guid ExpertId, Guid ApplicationId)> finishedSheets, DateTime nowUtc)
    {
        if (Status != ReviewSessionStatus.Scheduled) throw new DomainException("本次路演评审已经结束。");
        var missing = (from expert in ActiveExpertIds
                       from application in _applications.Select(a => a.ApplicationId)
                       where !finishedSheets.Contains((expert, application))
                       select (expert, application)).Count();
        if (missing > 0) throw new DomainException($"还有 {missing} 份评分未提交（或未声明回避），不能结束评审。");
        Status = ReviewSessionStatus.Closed;
        ClosedAt = nowUtc;
    }

    public void RecordRecommendation(string? deviationReason, DateTime nowUtc)
    {
        if (Status != ReviewSessionStatus.Closed) throw new DomainException("评审结束后才能确定推荐名单。");
        if (RecommendedAt is not null) throw new DomainException("推荐名单已经确定。");
        RecommendedAt = nowUtc;
        DeviationReason = string.IsNullOrWhiteSpace(deviationReason) ? null : deviationReason.Trim();
    }

    /// <summary>Records the first draw and seats the drawn experts.</summary>
    public void SeatPanel(PanelDrawResult result, IReadOnlyList<Guid> applicantOrganizations, DateOnly asOf, DateTime nowUtc)
    {
        if (_draws.Count > 0) throw new DomainException("专家组已经抽取；如有专家不能参加，请为其抽取替补。");
        if (result.Drawn.Count != PanelSize) throw new DomainException("抽取人数与专家组人数不符。");
        _draws.Add(new PanelDrawRecord(nowUtc, "抽取专家组", result, applicantOrganizations, [], asOf));
        _members.AddRange(result.Drawn.Select(id => new PanelMember(id, nowUtc)));
    }

    /// <summary>An expert declines; a replacement is drawn (excluding everyone already drawn) and recorded.</summary>
    public void ReplaceDeclined(Guid expertId, Func<IReadOnlyCollection<Guid>, PanelDrawResult> drawReplacement, IReadOnlyList<Guid> applicantOrganizations, DateOnly asOf, DateTime nowUtc)
    {
        if (Status != ReviewSessionStatus.Scheduled) throw new DomainException("评审已结束，不能更换专家。");
        var member = _members.FirstOrDefault(m => m.ExpertId == expertId && m.Status == PanelMemberStatus.Active)
            ?? throw new DomainException("该专家不在本次专家组中。");
        var everyone = _members.Select(m => m.ExpertId).ToList();
        var result = drawReplacement(everyone);
        member.Decline(nowUtc);
        _draws.Add(new PanelDrawRecord(nowUtc, "专家无法参加，抽取替补", result, applicantOrganizations, everyone, asOf));
        _members.AddRange(result.Drawn.Select(id => new PanelMember(id, nowUtc)));
    }
}
