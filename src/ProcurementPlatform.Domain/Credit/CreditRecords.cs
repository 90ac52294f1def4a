using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Credit;

public enum CreditEventStatus
{
    Active = 0,
    /// <summary>An appeal against a listing built on it was upheld.</summary>
    Overturned = 1,
    /// <summary>An approved credit repair (信用修复) cleared it.</summary>
    Repaired = 2,
}

public class CreditEvidence
{
    private CreditEvidence() { }

    internal CreditEvidence(Guid fileId, string fileName)
    {
        FileId = fileId;
        FileName = fileName;
    }

    public int Id { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
}

/// <summary>
/// 信用信息: a fact about an organisation that listing rules read — a final evaluation grade, a confirmed duplicate
/// application, or a finding recorded by a department or Supervisor. Its description is public; attachments are not.
/// </summary>
public class CreditEvent : AggregateRoot
{
    public const int MaxDescriptionLength = 1000;

    private readonly List<CreditEvidence> _evidence = [];

    private CreditEvent() { }

    public CreditEvent(Guid organizationId, CreditGround ground, DateOnly occurredOn, Guid? departmentId, string description, string recordedBy, DateTime nowUtc, string? sourceKey = null)
    {
        if (occurredOn > ChinaTime.TodayCst(nowUtc)) throw new DomainException("发生日期不能晚于今天。");
        if (string.IsNullOrWhiteSpace(description)) throw new DomainException("请填写事实描述。");
        OrganizationId = organizationId;
        Ground = ground;
        OccurredOn = occurredOn;
        DepartmentId = departmentId;
        Description = description.Trim();
        RecordedBy = recordedBy;
        RecordedAt = nowUtc;
        SourceKey = sourceKey;
        Status = CreditEventStatus.Active;
    }

    public Guid OrganizationId { get; private set; }
    public CreditGround Ground { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public Guid? DepartmentId { get; private set; }
    public string Description { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    /// <summary>Where an imported event comes from (e.g. "evaluation:{id}"), unique per ground, so imports run twice add nothing.</summary>
    public string? SourceKey { get; private set; }

    public CreditEventStatus Status { get; private set; }
    public IReadOnlyList<CreditEvidence> Evidence => _evidence;

    public void Attach(Guid fileId, string fileName) => _evidence.Add(new CreditEvidence(fileId, fileName));

    internal void Clear(CreditEventStatus status)
    {
        if (Status == CreditEventStatus.Active) Status = status;
    }
}

public enum CreditEntryStatus
{
    /// <summary>Derived by the rules; a black-list entry waits for the deciding department to confirm it.</summary>
    Proposed = 0,
    Listed = 1,
    /// <summary>The department declined the proposal (with a reason); it is proposed again only on a new ground.</summary>
    Rejected = 2,
    Removed = 3,
}

public enum CreditRemoval
{
    Expired = 1,
    AppealUpheld = 2,
    Repaired = 3,
    /// <summary>A proposal whose grounds no longer count, or a red entry displaced by a black-list ground.</summary>
    NoLongerApplies = 4,
}

/// <summary>One ground of an entry: the event, the rule it meets, and when it stops counting.</summary>
public class CreditEntryGround
{
    private CreditEntryGround() { }

    internal CreditEntryGround(DerivedGround g)
    {
        EventId = g.EventId;
        Ground = g.Ground;
        RuleCode = g.RuleCode;
        OccurredOn = g.OccurredOn;
        EndsOn = g.EndsOn;
    }

    public Guid EventId { get; private set; }
    public CreditGround Ground { get; private set; }
    public string RuleCode { get; private set; } = "";
    public DateOnly OccurredOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
}

/// <summary>红黑榜条目: an organisation on a list, with the grounds and rules behind it, its decision and its expiry. Kept in history when removed.</summary>
public class CreditEntry : AggregateRoot
{
    public const string RulesActor = "系统（按规则自动认定）";

    private readonly List<CreditEntryGround> _grounds = [];

    private CreditEntry() { }

    private CreditEntry(DerivedEntry desired, CreditEntryStatus status, DateTime nowUtc)
    {
        OrganizationId = desired.OrganizationId;
        List = desired.List;
        DepartmentId = desired.DepartmentId;
        Status = status;
        ProposedAt = nowUtc;
        UpdatedAt = nowUtc;
        Apply(desired);
    }

    /// <summary>A black-list entry awaits confirmation by the deciding department.</summary>
    public static CreditEntry Propose(DerivedEntry desired, DateTime nowUtc) => new(desired, CreditEntryStatus.Proposed, nowUtc);

    /// <summary>A red-list entry is published by the rules themselves.</summary>
    public static CreditEntry PublishAutomatically(DerivedEntry desired, DateTime nowUtc)
    {
        var entry = new CreditEntry(desired, CreditEntryStatus.Listed, nowUtc) { DecidedAt = nowUtc, DecidedBy = RulesActor, ListedOn = ChinaTime.TodayCst(nowUtc) };
        return entry;
    }

    public Guid OrganizationId { get; private set; }
    public CreditList List { get; private set; }
    public CreditEntryStatus Status { get; private set; }

    /// <summary>The deciding department: the one that recorded the latest ground (null for evaluation-only red entries of no department).</summary>
    public Guid? DepartmentId { get; private set; }

    public DateTime ProposedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateOnly? ListedOn { get; private set; }

    /// <summary>The day the entry ends (exclusive); null while a ground lasts until fixed.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>For until-fixed grounds: when the listing is reviewed at the latest.</summary>
    public DateOnly? ReviewOn { get; private set; }

    public string? RejectionReason { get; private set; }
    public CreditRemoval? Removal { get; private set; }
    public DateTime? RemovedAt { get; private set; }
    public string? RemovalNote { get; private set; }

    public IReadOnlyList<CreditEntryGround> Grounds => _grounds;

    public bool IsActive => Status is CreditEntryStatus.Proposed or CreditEntryStatus.Listed;

    /// <summary>The grounds as a person reads them: 重复申报、违规使用资金.</summary>
    public string GroundsText() => string.Join("、", _grounds.Select(g => g.Ground.ToChinese()).Distinct());

    /// <summary>The first day credit repair may be asked: the latest ground's date plus its rule's minimum period.</summary>
    public DateOnly? RepairAllowedFrom(IReadOnlyDictionary<string, CreditRule> rulesByCode) =>
        _grounds.Count == 0 ? null : _grounds.Max(g => g.OccurredOn.AddMonths(rulesByCode.TryGetValue(g.RuleCode, out var r) ? r.RepairAfterMonths : 0));

    public bool SameAs(DerivedEntry desired) =>
        ExpiresOn == desired.ExpiresOn && ReviewOn == desired.ReviewOn &&
        _grounds.Select(g => g.EventId).ToHashSet().SetEquals(desired.Grounds.Select(g => g.EventId));

    /// <summary>A rejected proposal still covers its grounds: it is proposed again only when a ground it did not have appears.</summary>
    public bool Covers(DerivedEntry desired) => desired.Grounds.All(g => _grounds.Any(x => x.EventId == g.EventId));

    /// <summary>New or expired grounds: the entry follows (a new ground restarts the clock). Returns false when nothing changed.</summary>
    public bool Refresh(DerivedEntry desired, DateTime nowUtc)
    {
        if (!IsActive) throw new DomainException("该条目已不在榜单上。");
        if (SameAs(desired)) return false;
        Apply(desired);
        if (Status == CreditEntryStatus.Proposed) DepartmentId = desired.DepartmentId;
        UpdatedAt = nowUtc;
        return true;
    }

    public void Confirm(string by, DateTime nowUtc)
    {
        if (Status != CreditEntryStatus.Proposed) throw new DomainException($"该条目当前状态为“{Status.ToChinese()}”，不能确认公布。");
        Status = CreditEntryStatus.Listed;
        DecidedAt = nowUtc;
        DecidedBy = by;
        ListedOn = ChinaTime.TodayCst(nowUtc);
        UpdatedAt = nowUtc;
    }

    public void Reject(string reason, string by, DateTime nowUtc)
    {
        if (Status != CreditEntryStatus.Proposed) throw new DomainException($"该条目当前状态为“{Status.ToChinese()}”，不能驳回。");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("不予列入须填写理由。");
        Status = CreditEntryStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedAt = nowUtc;
        DecidedBy = by;
        UpdatedAt = nowUtc;
    }

    /// <summary>Off the list, kept in history with the reason.</summary>
    public void Remove(CreditRemoval removal, string note, DateTime nowUtc)
    {
        if (!IsActive) throw new DomainException("该条目已不在榜单上。");
        Status = CreditEntryStatus.Removed;
        Removal = removal;
        RemovalNote = note;
        RemovedAt = nowUtc;
        UpdatedAt = nowUtc;
    }

    /// <summary>An upheld appeal or an approved repair clears the events behind the entry, so the rules do not list it again.</summary>
    public void RemoveAndClear(CreditRemoval removal, string note, IEnumerable<CreditEvent> events, DateTime nowUtc)
    {
        Remove(removal, note, nowUtc);
        var ids = _grounds.Select(g => g.EventId).ToHashSet();
        foreach (var e in events.Where(e => ids.Contains(e.Id)))
            e.Clear(removal == CreditRemoval.AppealUpheld ? CreditEventStatus.Overturned : CreditEventStatus.Repaired);
    }

    private void Apply(DerivedEntry desired)
    {
        _grounds.Clear();
        _grounds.AddRange(desired.Grounds.Select(g => new CreditEntryGround(g)));
        ExpiresOn = desired.ExpiresOn;
        ReviewOn = desired.ReviewOn;
    }
}

public enum CreditRequestKind
{
    /// <summary>异议: the organisation contests the listing.</summary>
    Appeal = 1,
    /// <summary>信用修复: the cause is fixed and the minimum period has passed.</summary>
    Repair = 2,
}

public enum CreditRequestStatus
{
    Pending = 0,
    Upheld = 1,
    Rejected = 2,
}

/// <summary>An organisation's appeal against a black-list entry or its application for credit repair, answered by the deciding department.</summary>
public class CreditRequest : AggregateRoot
{
    public const int MaxTextLength = 2000;

    private readonly List<CreditEvidence> _evidence = [];

    private CreditRequest() { }

    public CreditRequest(CreditEntry entry, CreditRequestKind kind, string statement, string filedBy, DateTime dueAt, DateOnly? repairAllowedFrom, DateTime nowUtc)
    {
        if (entry.List != CreditList.Black || entry.Status != CreditEntryStatus.Listed)
            throw new DomainException(kind == CreditRequestKind.Appeal ? "只能对已公布的黑名单条目提出异议。" : "只能对已公布的黑名单条目申请信用修复。");
        if (kind == CreditRequestKind.Repair && repairAllowedFrom is { } from && ChinaTime.TodayCst(nowUtc) < from)
            throw new DomainException($"信用修复须在列入满规定期限后申请，最早可于 {from:yyyy-MM-dd} 申请。");
        if (string.IsNullOrWhiteSpace(statement))
            throw new DomainException(kind == CreditRequestKind.Appeal ? "请填写异议理由。" : "请说明整改情况。");
        EntryId = entry.Id;
        OrganizationId = entry.OrganizationId;
        Kind = kind;
        Statement = statement.Trim();
        FiledBy = filedBy;
        FiledAt = nowUtc;
        DueAt = dueAt;
        Status = CreditRequestStatus.Pending;
    }

    public Guid EntryId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public CreditRequestKind Kind { get; private set; }
    public string Statement { get; private set; } = "";
    public string FiledBy { get; private set; } = "";
    public DateTime FiledAt { get; private set; }
    public DateTime DueAt { get; private set; }
    public CreditRequestStatus Status { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public IReadOnlyList<CreditEvidence> Evidence => _evidence;

    public void Attach(Guid fileId, string fileName) => _evidence.Add(new CreditEvidence(fileId, fileName));

    /// <summary>Upheld: the entry leaves the list (history keeps it as overturned or repaired) and its events no longer count.</summary>
    public void Decide(bool upheld, string answer, string by, CreditEntry entry, IEnumerable<CreditEvent> events, DateTime nowUtc)
    {
        if (Status != CreditRequestStatus.Pending) throw new DomainException("该申请已经处理。");
        if (string.IsNullOrWhiteSpace(answer)) throw new DomainException("请填写处理意见和理由。");
        if (entry.Id != EntryId) throw new DomainException("申请与条目不符。");
        Status = upheld ? CreditRequestStatus.Upheld : CreditRequestStatus.Rejected;
        Answer = answer.Trim();
        AnsweredBy = by;
        AnsweredAt = nowUtc;
        if (upheld)
            entry.RemoveAndClear(Kind == CreditRequestKind.Appeal ? CreditRemoval.AppealUpheld : CreditRemoval.Repaired,
                Kind == CreditRequestKind.Appeal ? $"异议成立：{Answer}" : $"信用修复：{Answer}", events, nowUtc);
    }
}

public static class CreditStatusText
{
    public static string ToChinese(this CreditEntryStatus status) => status switch
    {
        CreditEntryStatus.Proposed => "待确认",
        CreditEntryStatus.Listed => "公布中",
        CreditEntryStatus.Rejected => "不予列入",
        CreditEntryStatus.Removed => "已移出",
        _ => status.ToString(),
    };

    public static string ToChinese(this CreditRemoval removal) => removal switch
    {
        CreditRemoval.Expired => "期满移出",
        CreditRemoval.AppealUpheld => "异议成立，撤销",
        CreditRemoval.Repaired => "信用修复移出",
        CreditRemoval.NoLongerApplies => "情形消失",
        _ => removal.ToString(),
    };

    public static string ToChinese(this CreditRequestKind kind) => kind == CreditRequestKind.Appeal ? "异议" : "信用修复";

    public static string ToChinese(this CreditRequestStatus status) => status switch
    {
        CreditRequestStatus.Pending => "待处理",
        CreditRequestStatus.Upheld => "已同意",
        CreditRequestStatus.Rejected => "不予同意",
        _ => status.ToString(),
    };
}
