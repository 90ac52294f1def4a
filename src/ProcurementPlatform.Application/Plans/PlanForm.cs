using FluentValidation;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Plans;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Plans;

public sealed class PlanEntryRow : IBlankable
{
    public Guid? Id { get; set; }
    public string? Title { get; set; }
    public ServiceField? ServiceField { get; set; }
    public string? TargetGroups { get; set; }
    public FundSource? FundSource { get; set; }
    public string? EstimatedBudgetYuan { get; set; }
    public int? PlannedQuarter { get; set; }
    public string? Rationale { get; set; }

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(TargetGroups)
        && string.IsNullOrWhiteSpace(EstimatedBudgetYuan) && string.IsNullOrWhiteSpace(Rationale);
}

/// <summary>The planned calls of a year as an officer types them (budgets in yuan).</summary>
public abstract class PlanForm
{
    public List<PlanEntryRow> Entries { get; set; } = [];

    public IEnumerable<PlanEntryRow> FilledEntries => Entries.Where(e => !e.IsBlank);

    public IReadOnlyList<PlanEntryItem> ToItems() => FilledEntries.Select(e => new PlanEntryItem(
        e.Id, e.Title ?? "", e.ServiceField ?? default, e.TargetGroups ?? "", e.FundSource ?? default,
        Money.TryParseYuan(e.EstimatedBudgetYuan, out var m) ? m : Money.Zero, e.PlannedQuarter ?? 0, e.Rationale ?? "")).ToList();

    public void Fill(ReleasePlan plan) => Entries = plan.Entries.OrderBy(e => e.Order).Select(e => new PlanEntryRow
    {
        Id = e.Id, Title = e.Title, ServiceField = e.ServiceField, TargetGroups = e.TargetGroups, FundSource = e.FundSource,
        EstimatedBudgetYuan = e.EstimatedBudget.ToInputString(), PlannedQuarter = e.PlannedQuarter, Rationale = e.Rationale,
    }).ToList();
}

public abstract class PlanFormValidator<T> : AbstractValidator<T> where T : PlanForm
{
    protected PlanFormValidator()
    {
        RuleFor(x => x.FilledEntries).NotEmpty().WithMessage("请至少填写一个计划项目。").OverridePropertyName(nameof(PlanForm.Entries));
        RuleForEach(x => x.Entries).Where(e => !e.IsBlank).ChildRules(e =>
        {
            e.RuleFor(r => r.Title).NotEmpty().WithMessage("请填写计划项目名称。").MaximumLength(200).WithMessage("名称不能超过200个字符。");
            e.RuleFor(r => r.ServiceField).NotNull().WithMessage("请选择服务领域。").IsInEnum().WithMessage("请选择有效的服务领域。");
            e.RuleFor(r => r.TargetGroups).NotEmpty().WithMessage("请填写服务对象。").MaximumLength(500).WithMessage("服务对象不能超过500个字符。");
            e.RuleFor(r => r.FundSource).NotNull().WithMessage("请选择资金来源。").IsInEnum().WithMessage("请选择有效的资金来源。");
            e.RuleFor(r => r.EstimatedBudgetYuan).Must(v => Money.TryParseYuan(v, out var m) && m.Fen > 0).WithMessage("请填写有效的预计预算（元，大于0，最多两位小数）。");
            e.RuleFor(r => r.PlannedQuarter).NotNull().WithMessage("请选择计划发布季度。").InclusiveBetween(1, 4).WithMessage("计划发布季度应为第1至第4季度。");
            e.RuleFor(r => r.Rationale).NotEmpty().WithMessage("请简要说明立项依据。").MaximumLength(1000).WithMessage("立项依据不能超过1000个字符。");
        });
    }
}
