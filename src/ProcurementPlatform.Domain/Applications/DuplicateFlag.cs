using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Applications;

/// <summary>What kind of duplicate the engine thinks a pair is (mirrors the engine's kinds; stored as numbers).</summary>
public enum DuplicateFlagKind
{
    Exact = 1,
    LightEdit = 2,
    Paraphrase = 3,
    Resubmission = 4,
    Split = 5,
    Other = 6,
}

public enum DuplicateFlagStatus
{
    Open = 0,
    Confirmed = 1,
    Dismissed = 2,
}

public enum DuplicateFlagTrigger
{
    Confirm,
    Dismiss,
}

/// <summary>Which check found a pair first.</summary>
public enum DuplicateDetection
{
    OnSubmit = 1,
    Sweep = 2,
}

/// <summary>
/// 疑似重复申报: a pair of applications the engine found alike, for a person to decide. The pair is stored in a fixed
/// order (the smaller id first) and once (a unique index), so the on-submit check and every nightly sweep agree on one
/// flag. A flag never blocks an application: only a confirmation by an officer or Supervisor makes one ineligible.
/// </summary>
public class DuplicateFlag : AggregateRoot
{
    public const int MaxReasonLength = 1000;

    public static readonly TransitionTable<DuplicateFlagStatus, DuplicateFlagTrigger> Lifecycle = new TransitionTable<DuplicateFlagStatus, DuplicateFlagTrigger>()
        .Allow(DuplicateFlagStatus.Open, DuplicateFlagTrigger.Confirm, DuplicateFlagStatus.Confirmed)
        .Allow(DuplicateFlagStatus.Open, DuplicateFlagTrigger.Dismiss, DuplicateFlagStatus.Dismissed);

    private DuplicateFlag() { }

    public DuplicateFlag(Guid applicationA, Guid applicationB, DuplicateFlagKind kind, double score, double similarity, double containment,
        string signals, string reason, DuplicateDetection detectedBy, DateTime nowUtc)
    {
        if (applicationA == applicationB) throw new ArgumentException("a pair needs two applications");
        (ApplicationAId, ApplicationBId) = Order(applicationA, applicationB);
        DetectedBy = detectedBy;
        DetectedAt = nowUtc;
        Status = DuplicateFlagStatus.Open;
        Update(kind, score, similarity, containment, signals, reason, nowUtc);
    }

    public Guid ApplicationAId { get; private set; }
    public Guid ApplicationBId { get; private set; }
    public DuplicateFlagKind Kind { get; private set; }

    /// <summary>0..1: text similarity (or containment for a split), plus a little for each structured signal.</summary>
    public double Score { get; private set; }
    public double Similarity { get; private set; }
    public double Containment { get; private set; }

    /// <summary>The structured signals that agree, joined with "、" (同一申报单位、同一服务社区 …).</summary>
    public string Signals { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DuplicateDetection DetectedBy { get; private set; }
    public DateTime DetectedAt { get; private set; }
    public DateTime LastSeenAt { get; private set; }
    public DuplicateFlagStatus Status { get; private set; }

    /// <summary>On confirmation: the application found to be the duplicate (made ineligible).</summary>
    public Guid? DuplicateApplicationId { get; private set; }
    public string? DecisionReason { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    /// <summary>The order a pair is kept in, so (a, b) and (b, a) are the same flag.</summary>
    public static (Guid A, Guid B) Order(Guid x, Guid y) => x.CompareTo(y) < 0 ? (x, y) : (y, x);

    public bool Involves(Guid applicationId) => ApplicationAId == applicationId || ApplicationBId == applicationId;

    /// <summary>Another check saw the pair again: an open flag takes the latest figures; a decided one keeps what was decided on.</summary>
    public void SeenAgain(DuplicateFlagKind kind, double score, double similarity, double containment, string signals, string reason, DateTime nowUtc)
    {
        if (Status == DuplicateFlagStatus.Open) Update(kind, score, similarity, containment, signals, reason, nowUtc);
        else LastSeenAt = nowUtc;
    }

    /// <summary>
    /// Confirmed as a duplicate: <paramref name="duplicate"/> (one of the pair) becomes ineligible. Everything is checked
    /// before anything changes, so a refusal leaves both the flag and the application as they were.
    /// </summary>
    public void Confirm(ProjectApplication duplicate, string reason, string decidedBy, DateTime nowUtc)
    {
        var to = Fire(DuplicateFlagTrigger.Confirm);
        if (!Involves(duplicate.Id)) throw new DomainException("请选择本组疑似重复的两份申报之一。");
        var text = RequireReason(reason, "认定重复申报");
        duplicate.MarkDuplicate(text, nowUtc);
        Decide(to, text, decidedBy, nowUtc);
        DuplicateApplicationId = duplicate.Id;
    }

    public void Dismiss(string reason, string decidedBy, DateTime nowUtc)
    {
        var to = Fire(DuplicateFlagTrigger.Dismiss);
        Decide(to, RequireReason(reason, "排除"), decidedBy, nowUtc);
    }

    private void Update(DuplicateFlagKind kind, double score, double similarity, double containment, string signals, string reason, DateTime nowUtc)
    {
        Kind = kind;
        Score = Math.Round(Math.Clamp(score, 0, 1), 3);
        Similarity = Math.Round(Math.Clamp(similarity, 0, 1), 3);
        Containment = Math.Round(Math.Clamp(containment, 0, 1), 3);
        Signals = signals;
        Reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        LastSeenAt = nowUtc;
    }

    private void Decide(DuplicateFlagStatus to, string reason, string decidedBy, DateTime nowUtc)
    {
        Status = to;
        DecisionReason = reason;
        DecidedBy = decidedBy;
        DecidedAt = nowUtc;
    }

    private static string RequireReason(string? reason, string action)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException($"{action}必须填写理由。");
        var text = reason.Trim();
        if (text.Length > MaxReasonLength) throw new DomainException($"理由不能超过{MaxReasonLength}个字符。");
        return text;
    }

    private DuplicateFlagStatus Fire(DuplicateFlagTrigger trigger) =>
        Lifecycle.Fire(Status, trigger, (from, _) => $"该疑似重复{from.ToChinese()}，不能再次处理。");
}

public static class DuplicateFlagText
{
    public static string ToChinese(this DuplicateFlagStatus status) => status switch
    {
        DuplicateFlagStatus.Open => "待核查",
        DuplicateFlagStatus.Confirmed => "已认定为重复申报",
        DuplicateFlagStatus.Dismissed => "已排除",
        _ => status.ToString(),
    };

    public static string ToChinese(this DuplicateFlagKind kind) => kind switch
    {
        DuplicateFlagKind.Exact => "完全相同",
        DuplicateFlagKind.LightEdit => "少量改动",
        DuplicateFlagKind.Paraphrase => "改写",
        DuplicateFlagKind.Resubmission => "跨年度重复申报",
        DuplicateFlagKind.Split => "拆分申报",
        _ => "其他相似",
    };

    public static string ToChinese(this DuplicateDetection detection) => detection == DuplicateDetection.OnSubmit ? "提交时比对" : "每日全量比对";
}
