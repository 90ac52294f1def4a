using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Solicitations;

public sealed record SolicitationPublished(Guid SolicitationId, Guid DepartmentId, DateTime ClosesAtUtc) : IDomainEvent;
public sealed record SolicitationClosed(Guid SolicitationId) : IDomainEvent;
public sealed record SolicitationCancelled(Guid SolicitationId, string Reason) : IDomainEvent;

/// <summary>项目征集: a department's call for proposals and its lifecycle.</summary>
public class Solicitation : AggregateRoot
{
    public static readonly TransitionTable<SolicitationStatus, SolicitationTrigger> Lifecycle = new TransitionTable<SolicitationStatus, SolicitationTrigger>()
        .Allow(SolicitationStatus.Draft, SolicitationTrigger.Publish, SolicitationStatus.Open)
        .Allow(SolicitationStatus.Draft, SolicitationTrigger.Cancel, SolicitationStatus.Cancelled)
        .Allow(SolicitationStatus.Open, SolicitationTrigger.Close, SolicitationStatus.Closed)
        .Allow(SolicitationStatus.Open, SolicitationTrigger.Cancel, SolicitationStatus.Cancelled)
        .Allow(SolicitationStatus.Closed, SolicitationTrigger.StartReview, SolicitationStatus.UnderReview)
        .Allow(SolicitationStatus.Closed, SolicitationTrigger.Cancel, SolicitationStatus.Cancelled)
        .Allow(SolicitationStatus.UnderReview, SolicitationTrigger.Award, SolicitationStatus.Awarded)
        .Allow(SolicitationStatus.UnderReview, SolicitationTrigger.Cancel, SolicitationStatus.Cancelled);

    private readonly List<RubricCriterion> _rubric = [];
    private readonly List<SolicitationAttachment> _attachments = [];
    private readonly List<SolicitationAmendment> _amendments = [];

    /// <summary>A change of terms this close to the deadline moves the deadline (ProZorro's rule too).</summary>
    public static readonly TimeSpan LateAmendmentWindow = TimeSpan.FromDays(3);

    /// <summary>How far a late change moves the deadline at least.</summary>
    public static readonly TimeSpan LateAmendmentExtension = TimeSpan.FromDays(3);

    private Solicitation() { }

    public Solicitation(Guid departmentId, SolicitationTerms terms, string createdBy, DateTime nowUtc)
    {
        DepartmentId = departmentId;
        Status = SolicitationStatus.Draft;
        CreatedAt = nowUtc;
        UpdatedAt = nowUtc;
        CreatedBy = createdBy;
        Apply(terms);
    }

    public Guid DepartmentId { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public ServiceField ServiceField { get; private set; }
    public string TargetGroups { get; private set; } = "";
    public FundSource FundSource { get; private set; }
    public Money ProjectCeiling { get; private set; }
    public Money TotalBudget { get; private set; }
    public int ProjectCount { get; private set; }
    public string Eligibility { get; private set; } = "";
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    public DateTime RoadshowAt { get; private set; }
    public string ContactInfo { get; private set; } = "";
    public SolicitationStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public string? CancellationReason { get; private set; }

    public IReadOnlyList<RubricCriterion> Rubric => _rubric;
    public IReadOnlyList<SolicitationAttachment> Attachments => _attachments;
    public IReadOnlyList<SolicitationAmendment> Amendments => _amendments;

    /// <summary>The annual-plan entry this call was created from, if any.</summary>
    public Guid? PlanEntryId { get; private set; }

    public void LinkToPlanEntry(Guid planEntryId)
    {
        if (Status != SolicitationStatus.Draft) throw new DomainException("只有草稿可以关联年度发布计划。");
        PlanEntryId = planEntryId;
    }

    public bool CanFire(SolicitationTrigger trigger) => Lifecycle.CanFire(Status, trigger);

    /// <summary>
    /// Public means "has been published" — not merely "not a draft": a draft cancelled before
    /// publication stays the department's own.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<Solicitation, bool>> IsPublic = s => s.PublishedAt != null;

    public bool WasPublished => PublishedAt is not null;

    /// <summary>Accepting applications: published and inside the application window (inclusive of the deadline second).</summary>
    public bool IsAcceptingApplications(DateTime nowUtc) => Status == SolicitationStatus.Open && nowUtc >= OpensAt && nowUtc <= ClosesAt;

    public void Edit(SolicitationTerms terms, DateTime nowUtc)
    {
        if (Status != SolicitationStatus.Draft)
            throw new DomainException($"项目征集当前状态为“{Status.ToChinese()}”，只有草稿可以修改。");
        Apply(terms);
        UpdatedAt = nowUtc;
    }

    public void AddAttachment(SolicitationAttachment attachment)
    {
        if (Status != SolicitationStatus.Draft)
            throw new DomainException("只有草稿状态的项目征集可以添加附件。");
        _attachments.Add(attachment);
    }

    public void RemoveAttachment(int attachmentId)
    {
        if (Status != SolicitationStatus.Draft)
            throw new DomainException("只有草稿状态的项目征集可以删除附件。");
        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId) ?? throw new DomainException("附件不存在。");
        _attachments.Remove(attachment);
    }

    public void Publish(DateTime nowUtc)
    {
        var to = Fire(SolicitationTrigger.Publish);
        var problems = CurrentTerms().Problems().Select(p => p.Message).ToList();
        if (problems.Count > 0) throw new DomainException("无法发布：" + string.Join(" ", problems));
        if (ClosesAt <= nowUtc)
            throw new DomainException($"无法发布：申报截止时间 {ChinaTime.Format(ClosesAt)} 已过，请先修改申报时间。");
        Status = to;
        PublishedAt = nowUtc;
        UpdatedAt = nowUtc;
        Raise(new SolicitationPublished(Id, DepartmentId, ClosesAt));
    }

    /// <summary>Closes the call at or after its deadline; never early.</summary>
    public void Close(DateTime nowUtc)
    {
        var to = Fire(SolicitationTrigger.Close);
        if (nowUtc <= ClosesAt)
            throw new DomainException($"申报截止时间为 {ChinaTime.FormatWithSeconds(ClosesAt)}，尚未到达，不能提前截止。");
        Status = to;
        ClosedAt = nowUtc;
        UpdatedAt = nowUtc;
        Raise(new SolicitationClosed(Id));
    }

    public void StartReview(DateTime nowUtc)
    {
        Status = Fire(SolicitationTrigger.StartReview);
        UpdatedAt = nowUtc;
    }

    public void MarkAwarded(DateTime nowUtc)
    {
        Status = Fire(SolicitationTrigger.Award);
        UpdatedAt = nowUtc;
    }

    public void Cancel(string reason, DateTime nowUtc)
    {
        var to = Fire(SolicitationTrigger.Cancel);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("取消项目征集必须填写理由。");
        Status = to;
        CancellationReason = reason.Trim();
        CancelledAt = nowUtc;
        UpdatedAt = nowUtc;
        Raise(new SolicitationCancelled(Id, CancellationReason));
    }

    /// <summary>
    /// Changes the terms of an open call. The change and its reason are recorded; a deadline is never
    /// brought forward; a change within <see cref="LateAmendmentWindow"/> of the deadline moves the
    /// deadline by at least <see cref="LateAmendmentExtension"/> (and the roadshow with it if needed).
    /// </summary>
    public SolicitationAmendment Amend(TermsChange change, string reason, string amendedBy, DateTime nowUtc)
    {
        if (Status != SolicitationStatus.Open || nowUtc > ClosesAt)
            throw new DomainException("只有征集中（截止之前）的项目征集可以变更条款。");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("变更征集条款必须填写理由，变更公告将在征集页面公开。");

        var before = CurrentTerms();
        var requestedCloses = change.ClosesAtUtc is { } c ? ChinaTime.AsUtc(c) : ClosesAt;
        if (requestedCloses < ClosesAt)
            throw new DomainException($"变更不能提前申报截止时间（当前为 {ChinaTime.Format(ClosesAt)}），以免申报单位措手不及。");
        var late = ClosesAt - nowUtc < LateAmendmentWindow;
        var closes = late && requestedCloses < ClosesAt + LateAmendmentExtension ? ClosesAt + LateAmendmentExtension : requestedCloses;
        var roadshow = RoadshowAt > closes ? RoadshowAt : RoadshowAt + (closes - ClosesAt);
        var after = before with
        {
            ProjectCeiling = change.ProjectCeiling ?? before.ProjectCeiling,
            TotalBudget = change.TotalBudget ?? before.TotalBudget,
            ProjectCount = change.ProjectCount ?? before.ProjectCount,
            Eligibility = change.Eligibility?.Trim() is { Length: > 0 } e ? e : before.Eligibility,
            Rubric = change.Rubric ?? before.Rubric,
            ClosesAtUtc = closes,
            RoadshowAtUtc = roadshow,
        };
        var changes = DescribeChanges(before, after, late && closes != requestedCloses);
        if (changes.Count == 0) throw new DomainException("没有任何条款发生变化。仅答复问题请直接答复，无需变更。");

        Apply(after);
        UpdatedAt = nowUtc;
        var amendment = new SolicitationAmendment(nowUtc, amendedBy, reason.Trim(), string.Join("；", changes), before.ClosesAtUtc, closes);
        _amendments.Add(amendment);
        Raise(new SolicitationAmended(Id, ClosesAt));
        return amendment;
    }

    private static List<string> DescribeChanges(SolicitationTerms before, SolicitationTerms after, bool extendedForLateChange)
    {
        var changes = new List<string>();
        if (before.ProjectCeiling != after.ProjectCeiling) changes.Add($"单个项目资金上限由 {before.ProjectCeiling} 调整为 {after.ProjectCeiling}");
        if (before.TotalBudget != after.TotalBudget) changes.Add($"总预算由 {before.TotalBudget} 调整为 {after.TotalBudget}");
        if (before.ProjectCount != after.ProjectCount) changes.Add($"拟资助项目数由 {before.ProjectCount} 个调整为 {after.ProjectCount} 个");
        if (before.Eligibility != after.Eligibility) changes.Add("申报资格条件已修改（见本页“申报资格”）");
        if (!before.Rubric.SequenceEqual(after.Rubric)) changes.Add("评分标准已修改（见本页“评分标准”）");
        if (before.ClosesAtUtc != after.ClosesAtUtc)
            changes.Add($"申报截止时间由 {ChinaTime.Format(before.ClosesAtUtc)} 延长至 {ChinaTime.Format(after.ClosesAtUtc)}"
                + (extendedForLateChange ? $"（截止前{LateAmendmentWindow.TotalDays:0}天内变更条款，截止时间至少顺延{LateAmendmentExtension.TotalDays:0}天）" : ""));
        if (before.RoadshowAtUtc != after.RoadshowAtUtc) changes.Add($"路演评审时间相应调整为 {ChinaTime.Format(after.RoadshowAtUtc)}");
        return changes;
    }

    public SolicitationTerms CurrentTerms() => new(
        Title, Summary, ServiceField, TargetGroups, FundSource, ProjectCeiling, TotalBudget, ProjectCount,
        Eligibility, OpensAt, ClosesAt, RoadshowAt, ContactInfo,
        _rubric.OrderBy(r => r.Order).Select(r => new RubricItem(r.Name, r.Weight, r.Description)).ToList());

    private SolicitationStatus Fire(SolicitationTrigger trigger) =>
        Lifecycle.Fire(Status, trigger, (from, t) => $"项目征集当前状态为“{from.ToChinese()}”，不能执行“{t.ToChinese()}”操作。");

    private void Apply(SolicitationTerms terms)
    {
        var problems = terms.Problems().Select(p => p.Message).ToList();
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));
        Title = terms.Title.Trim();
        Summary = terms.Summary.Trim();
        ServiceField = terms.ServiceField;
        TargetGroups = terms.TargetGroups.Trim();
        FundSource = terms.FundSource;
        ProjectCeiling = terms.ProjectCeiling;
        TotalBudget = terms.TotalBudget;
        ProjectCount = terms.ProjectCount;
        Eligibility = terms.Eligibility.Trim();
        OpensAt = ChinaTime.AsUtc(terms.OpensAtUtc);
        ClosesAt = ChinaTime.AsUtc(terms.ClosesAtUtc);
        RoadshowAt = ChinaTime.AsUtc(terms.RoadshowAtUtc);
        ContactInfo = terms.ContactInfo.Trim();
        _rubric.Clear();
        var order = 1;
        foreach (var item in terms.Rubric) _rubric.Add(new RubricCriterion(order++, item.Name, item.Weight, item.Description));
    }
}
