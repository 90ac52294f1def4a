using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Applications;

public sealed record PartnerItem(PartnerKind Kind, string Name, string? Role);
public sealed record ActivityItem(string Name, OutputType OutputType, int Quantity, int Beneficiaries, string? Description);
public sealed record BudgetLineItem(BudgetCategory Category, string Description, Money Amount);

/// <summary>A participating force (the N of 1+1+1+N).</summary>
public class ApplicationPartner
{
    private ApplicationPartner() { }

    internal ApplicationPartner(int order, PartnerItem item)
    {
        Order = order;
        Kind = item.Kind;
        Name = item.Name.Trim();
        Role = string.IsNullOrWhiteSpace(item.Role) ? null : item.Role.Trim();
    }

    public int Id { get; private set; }
    public int Order { get; private set; }
    public PartnerKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string? Role { get; private set; }
}

/// <summary>An activity with its quantified output (个案、小组、社区活动) and beneficiaries.</summary>
public class ApplicationActivity
{
    private ApplicationActivity() { }

    internal ApplicationActivity(int order, ActivityItem item)
    {
        Order = order;
        Name = item.Name.Trim();
        OutputType = item.OutputType;
        Quantity = item.Quantity;
        Beneficiaries = item.Beneficiaries;
        Description = string.IsNullOrWhiteSpace(item.Description) ? null : item.Description.Trim();
    }

    public int Id { get; private set; }
    public int Order { get; private set; }
    public string Name { get; private set; } = "";
    public OutputType OutputType { get; private set; }
    public int Quantity { get; private set; }
    public int Beneficiaries { get; private set; }
    public string? Description { get; private set; }
}

/// <summary>A line of the requested budget; the lines add up to the requested amount.</summary>
public class BudgetLine
{
    private BudgetLine() { }

    internal BudgetLine(int order, BudgetLineItem item)
    {
        Order = order;
        Category = item.Category;
        Description = item.Description.Trim();
        Amount = item.Amount;
    }

    public int Id { get; private set; }
    public int Order { get; private set; }
    public BudgetCategory Category { get; private set; }
    public string Description { get; private set; } = "";
    public Money Amount { get; private set; }
}

/// <summary>
/// What an organisation proposes (DOMAIN.md §2). Drafts may be incomplete; <see cref="Incompleteness"/>
/// lists what a submission still needs, <see cref="Problems"/> what is wrong even in a draft.
/// </summary>
public sealed record ApplicationContent(
    string Title,
    string Summary,
    string Objectives,
    string Community,
    string SocialWorkerName,
    bool SocialWorkerCertified,
    string? SocialWorkerCertificateNo,
    string Location,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    IReadOnlyList<PartnerItem> Partners,
    IReadOnlyList<ActivityItem> Activities,
    IReadOnlyList<BudgetLineItem> BudgetLines)
{
    /// <summary>Contracts run at most one year, three for recurring services (DOMAIN §6).</summary>
    public const int MaxPeriodYears = 3;

    public Money RequestedAmount => Money.Sum(BudgetLines.Select(l => l.Amount));

    public IEnumerable<(string Field, string Message)> Problems(Money ceiling)
    {
        if (string.IsNullOrWhiteSpace(Title)) yield return (nameof(Title), "请填写项目名称。");
        if (PeriodStart is { Year: < 2000 or > 2100 } || PeriodEnd is { Year: < 2000 or > 2100 })
            yield return (nameof(PeriodStart), "请填写2000年至2100年之间的有效日期。");
        else if (PeriodStart is { } start && PeriodEnd is { } end)
        {
            if (end <= start) yield return (nameof(PeriodEnd), "项目结束日期必须晚于开始日期。");
            else if (end > start.AddYears(MaxPeriodYears)) yield return (nameof(PeriodEnd), $"项目周期不能超过{MaxPeriodYears}年（持续性服务最长三年）。");
        }
        if (Activities.Any(a => a.Quantity < 0 || a.Beneficiaries < 0))
            yield return (nameof(Activities), "活动数量和受益人数不能为负数。");
        if (BudgetLines.Any(l => l.Amount.Fen <= 0))
            yield return (nameof(BudgetLines), "每条预算金额必须大于0。");
        if (RequestedAmount > ceiling)
            yield return (nameof(BudgetLines), $"申请金额 {RequestedAmount} 超过本次征集的单个项目上限 {ceiling}。");
    }

    public IEnumerable<(string Field, string Message)> Incompleteness()
    {
        if (string.IsNullOrWhiteSpace(Summary)) yield return (nameof(Summary), "请填写项目概述。");
        if (string.IsNullOrWhiteSpace(Objectives)) yield return (nameof(Objectives), "请填写项目目标。");
        if (string.IsNullOrWhiteSpace(Community)) yield return (nameof(Community), "请填写合作社区（1+1+1+N 中的社区）。");
        if (string.IsNullOrWhiteSpace(SocialWorkerName)) yield return (nameof(SocialWorkerName), "请填写项目社工（1+1+1+N 中的项目社工）。");
        if (string.IsNullOrWhiteSpace(Location)) yield return (nameof(Location), "请填写服务地点。");
        if (PeriodStart is null || PeriodEnd is null) yield return (nameof(PeriodStart), "请填写项目周期。");
        if (Partners.Count == 0) yield return (nameof(Partners), "请至少填写一个参与力量（1+1+1+N 中的 N）。");
        if (Activities.Count == 0) yield return (nameof(Activities), "请至少填写一项服务活动及其量化产出。");
        else if (Activities.Any(a => a.Quantity <= 0)) yield return (nameof(Activities), "每项活动的产出数量必须大于0。");
        if (BudgetLines.Count == 0) yield return (nameof(BudgetLines), "请至少填写一条预算明细。");
    }
}
