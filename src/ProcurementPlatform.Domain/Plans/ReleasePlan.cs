using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Plans;

public enum ReleasePlanStatus
{
    Draft = 0,
    Published = 1,
}

/// <summary>A planned call as typed; <see cref="Id"/> is null for a new entry, or names the entry it revises.</summary>
public sealed record PlanEntryItem(Guid? Id, string Title, ServiceField ServiceField, string TargetGroups, FundSource FundSource, Money EstimatedBudget, int PlannedQuarter, string Rationale);

/// <summary>One planned call of a department's annual release plan.</summary>
public class ReleasePlanEntry
{
    private ReleasePlanEntry() { }

    internal ReleasePlanEntry(Guid id, int order, PlanEntryItem item)
    {
        Id = id;
        Update(order, item);
    }

    public Guid Id { get; private set; }
    public int Order { get; private set; }
    public string Title { get; private set; } = "";
    public ServiceField ServiceField { get; private set; }
    public string TargetGroups { get; private set; } = "";
    public FundSource FundSource { get; private set; }
    public Money EstimatedBudget { get; private set; }
    public int PlannedQuarter { get; private set; }
    public string Rationale { get; private set; } = "";

    internal void Update(int order, PlanEntryItem item)
    {
        Order = order;
        Title = item.Title.Trim();
        ServiceField = item.ServiceField;
        TargetGroups = item.TargetGroups.Trim();
        FundSource = item.FundSource;
        EstimatedBudget = item.EstimatedBudget;
        PlannedQuarter = item.PlannedQuarter;
        Rationale = item.Rationale.Trim();
    }

    internal PlanEntryItem ToItem() => new(Id, Title, ServiceField, TargetGroups, FundSource, EstimatedBudget, PlannedQuarter, Rationale);
}

/// <summary>A recorded change to a published plan: when, by whom, why and what changed (public).</summary>
public class ReleasePlanAmendment
{
    private ReleasePlanAmendment() { }

    internal ReleasePlanAmendment(DateTime at, string amendedBy, string reason, string changes)
    {
        At = at;
        AmendedBy = amendedBy;
        Reason = reason;
        Changes = changes;
    }

    public int Id { get; private set; }
    public DateTime At { get; private set; }
    public string AmendedBy { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public string Changes { get; private set; } = "";
}

/// <summary>年度发布计划: a department's planned calls for one year. Draft → Published; then amended with reasons.</summary>
public class ReleasePlan : AggregateRoot
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private readonly List<ReleasePlanEntry> _entries = [];
    private readonly List<ReleasePlanAmendment> _amendments = [];

    private ReleasePlan() { }

    public ReleasePlan(Guid departmentId, int year, IReadOnlyList<PlanEntryItem> entries, DateTime nowUtc)
    {
        if (year is < MinYear or > MaxYear) throw new DomainException($"年度应在{MinYear}至{MaxYear}之间。");
        DepartmentId = departmentId;
        Year = year;
        Status = ReleasePlanStatus.Draft;
        CreatedAt = nowUtc;
        UpdatedAt = nowUtc;
        ReplaceEntries(entries);
    }

    public Guid DepartmentId { get; private set; }
    public int Year { get; private set; }
    public ReleasePlanStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    public IReadOnlyList<ReleasePlanEntry> Entries => _entries;
    public IReadOnlyList<ReleasePlanAmendment> Amendments => _amendments;

    public static IEnumerable<(int Row, string Field, string Message)> Problems(IReadOnlyList<PlanEntryItem> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (string.IsNullOrWhiteSpace(e.Title)) yield return (i, nameof(e.Title), "请填写计划项目名称。");
            if (!Enum.IsDefined(e.ServiceField)) yield return (i, nameof(e.ServiceField), "请选择服务领域。");
            if (!Enum.IsDefined(e.FundSource)) yield return (i, nameof(e.FundSource), "请选择资金来源。");
            if (e.EstimatedBudget.Fen <= 0) yield return (i, nameof(e.EstimatedBudget), "预计预算必须大于0。");
            if (e.PlannedQuarter is < 1 or > 4) yield return (i, nameof(e.PlannedQuarter), "计划发布季度应为第1至第4季度。");
            if (string.IsNullOrWhiteSpace(e.Rationale)) yield return (i, nameof(e.Rationale), "请简要说明立项依据。");
        }
        var duplicate = entries.Where(e => e.Id is not null).GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) yield return (-1, "Entries", "计划条目重复。");
    }

    public void Publish(DateTime nowUtc)
    {
        if (Status != ReleasePlanStatus.Draft) throw new DomainException("该年度发布计划已经发布；如需调整，请填写理由后提交变更。");
        if (_entries.Count == 0) throw new DomainException("发布计划至少需要一个计划项目。");
        Status = ReleasePlanStatus.Published;
        PublishedAt = nowUtc;
        UpdatedAt = nowUtc;
    }

    /// <summary>
    /// Sets the planned calls. A draft changes freely; a published plan changes only with a reason, and
    /// the change — what was added, changed and removed — is recorded publicly.
    /// </summary>
    public void Revise(IReadOnlyList<PlanEntryItem> entries, string? reason, string amendedBy, DateTime nowUtc)
    {
        if (entries.Any(e => e.Id is { } id && _entries.All(x => x.Id != id)))
            throw new DomainException("计划条目不属于该计划，请刷新页面后重试。");
        if (Status == ReleasePlanStatus.Draft)
        {
            ReplaceEntries(entries);
            UpdatedAt = nowUtc;
            return;
        }
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("已发布的计划变更须填写变更理由，变更记录将向社会公开。");
        if (entries.Count == 0) throw new DomainException("发布计划至少需要一个计划项目。");
        var changes = Describe(entries);
        if (changes.Count == 0) throw new DomainException("计划内容没有任何变化，无需提交变更。");
        ReplaceEntries(entries);
        _amendments.Add(new ReleasePlanAmendment(nowUtc, amendedBy, reason.Trim(), string.Join("；", changes)));
        UpdatedAt = nowUtc;
    }

    public IEnumerable<Guid> RemovedBy(IReadOnlyList<PlanEntryItem> entries) =>
        _entries.Select(e => e.Id).Where(id => entries.All(n => n.Id != id));

    private List<string> Describe(IReadOnlyList<PlanEntryItem> revised)
    {
        var changes = new List<string>();
        foreach (var item in revised.Where(e => e.Id is null)) changes.Add($"新增“{item.Title.Trim()}”（{item.EstimatedBudget.ToWanYuanString()}）");
        foreach (var item in revised.Where(e => e.Id is not null))
        {
            var old = _entries.Single(e => e.Id == item.Id).ToItem();
            var fields = new List<string>();
            if (old.Title != item.Title.Trim()) fields.Add($"名称“{old.Title}”改为“{item.Title.Trim()}”");
            if (old.ServiceField != item.ServiceField) fields.Add($"服务领域{old.ServiceField.ToChinese()}改为{item.ServiceField.ToChinese()}");
            if (old.TargetGroups != item.TargetGroups.Trim()) fields.Add("服务对象调整");
            if (old.FundSource != item.FundSource) fields.Add($"资金来源{old.FundSource.ToChinese()}改为{item.FundSource.ToChinese()}");
            if (old.EstimatedBudget != item.EstimatedBudget) fields.Add($"预计预算{old.EstimatedBudget.ToWanYuanString()}改为{item.EstimatedBudget.ToWanYuanString()}");
            if (old.PlannedQuarter != item.PlannedQuarter) fields.Add($"计划发布时间第{old.PlannedQuarter}季度改为第{item.PlannedQuarter}季度");
            if (old.Rationale != item.Rationale.Trim()) fields.Add("立项依据调整");
            if (fields.Count > 0) changes.Add($"“{old.Title}”：{string.Join("，", fields)}");
        }
        foreach (var removed in _entries.Where(e => revised.All(r => r.Id != e.Id))) changes.Add($"删除“{removed.Title}”");
        return changes;
    }

    private void ReplaceEntries(IReadOnlyList<PlanEntryItem> entries)
    {
        var problems = Problems(entries).Select(p => p.Message).Distinct().ToList();
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));
        _entries.RemoveAll(e => entries.All(n => n.Id != e.Id));
        var order = 1;
        foreach (var item in entries)
        {
            var existing = item.Id is { } id ? _entries.FirstOrDefault(e => e.Id == id) : null;
            if (existing is not null) existing.Update(order++, item);
            else _entries.Add(new ReleasePlanEntry(Guid.NewGuid(), order++, item));
        }
    }
}
