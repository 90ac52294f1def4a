using FluentValidation;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations;

public sealed class RubricRow : Common.Models.IBlankable
{
    public string? Name { get; set; }
    public int? Weight { get; set; }
    public string? Description { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Weight is null && string.IsNullOrWhiteSpace(Description);
}

/// <summary>
/// The fields an officer fills in for a call, as typed: amounts in yuan, times as China Standard
/// Time wall clock. Create and edit share it.
/// </summary>
public abstract class SolicitationForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public ServiceField? ServiceField { get; set; }
    public string? TargetGroups { get; set; }
    public FundSource? FundSource { get; set; }
    public string? ProjectCeilingYuan { get; set; }
    public string? TotalBudgetYuan { get; set; }
    public int? ProjectCount { get; set; }
    public string? Eligibility { get; set; }
    public DateTime? OpensAt { get; set; }
    public DateTime? ClosesAt { get; set; }
    public DateTime? RoadshowAt { get; set; }
    public string? ContactInfo { get; set; }
    public List<RubricRow> Rubric { get; set; } = [];
    public List<FileUpload> NewAttachments { get; set; } = [];

    public IEnumerable<RubricRow> FilledRubric => Rubric.Where(r => !r.IsBlank);

    /// <summary>The form as domain terms; call only after validation has passed.</summary>
    public SolicitationTerms ToTerms()
    {
        Money.TryParseYuan(ProjectCeilingYuan, out var ceiling);
        Money.TryParseYuan(TotalBudgetYuan, out var total);
        return new SolicitationTerms(
            Title ?? "", Summary ?? "", ServiceField ?? default, TargetGroups ?? "", FundSource ?? default,
            ceiling, total, ProjectCount ?? 0, Eligibility ?? "",
            ChinaTime.FromCst(OpensAt ?? default), ChinaTime.FromCst(ClosesAt ?? default), ChinaTime.FromCst(RoadshowAt ?? default),
            ContactInfo ?? "",
            RubricItems());
    }

    public IReadOnlyList<RubricItem> RubricItems() => FilledRubric.Select(r => new RubricItem(r.Name ?? "", r.Weight ?? 0, r.Description)).ToList();

    public void Fill(Solicitation s)
    {
        Title = s.Title;
        Summary = s.Summary;
        ServiceField = s.ServiceField;
        TargetGroups = s.TargetGroups;
        FundSource = s.FundSource;
        ProjectCeilingYuan = s.ProjectCeiling.ToInputString();
        TotalBudgetYuan = s.TotalBudget.ToInputString();
        ProjectCount = s.ProjectCount;
        Eligibility = s.Eligibility;
        OpensAt = ChinaTime.ToCst(s.OpensAt);
        ClosesAt = ChinaTime.ToCst(s.ClosesAt);
        RoadshowAt = ChinaTime.ToCst(s.RoadshowAt);
        ContactInfo = s.ContactInfo;
        Rubric = s.Rubric.OrderBy(r => r.Order).Select(r => new RubricRow { Name = r.Name, Weight = r.Weight, Description = r.Description }).ToList();
    }
}

public abstract class SolicitationFormValidator<T> : AbstractValidator<T> where T : SolicitationForm
{
    private static readonly Dictionary<string, string> FormFieldOf = new()
    {
        [nameof(SolicitationTerms.ProjectCeiling)] = nameof(SolicitationForm.ProjectCeilingYuan),
        [nameof(SolicitationTerms.TotalBudget)] = nameof(SolicitationForm.TotalBudgetYuan),
        [nameof(SolicitationTerms.OpensAtUtc)] = nameof(SolicitationForm.OpensAt),
        [nameof(SolicitationTerms.ClosesAtUtc)] = nameof(SolicitationForm.ClosesAt),
        [nameof(SolicitationTerms.RoadshowAtUtc)] = nameof(SolicitationForm.RoadshowAt),
    };

    protected SolicitationFormValidator(IValidator<FileUpload> fileValidator)
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("请填写项目征集标题。").MaximumLength(200).WithMessage("标题不能超过200个字符。");
        RuleFor(x => x.Summary).NotEmpty().WithMessage("请填写征集说明（服务内容与要求）。").MaximumLength(10000).WithMessage("征集说明不能超过10000个字符。");
        RuleFor(x => x.ServiceField).NotNull().WithMessage("请选择服务领域。").IsInEnum().WithMessage("请选择有效的服务领域。");
        RuleFor(x => x.TargetGroups).NotEmpty().WithMessage("请填写服务对象（目标人群）。").MaximumLength(500).WithMessage("服务对象不能超过500个字符。");
        RuleFor(x => x.FundSource).NotNull().WithMessage("请选择资金来源。").IsInEnum().WithMessage("请选择有效的资金来源。");
        RuleFor(x => x.ProjectCeilingYuan).Must(BeYuan).WithMessage("请填写有效的单个项目资金上限（元，最多两位小数）。");
        RuleFor(x => x.TotalBudgetYuan).Must(BeYuan).WithMessage("请填写有效的总预算（元，最多两位小数）。");
        RuleFor(x => x.ProjectCount).NotNull().WithMessage("请填写拟资助项目数量。").InclusiveBetween(1, 1000).WithMessage("拟资助项目数量应在1至1000之间。");
        RuleFor(x => x.Eligibility).NotEmpty().WithMessage("请填写申报资格条件。").MaximumLength(5000).WithMessage("申报资格条件不能超过5000个字符。");
        RuleFor(x => x.OpensAt).NotNull().WithMessage("请填写申报开始时间。").Must(BeReasonableDate).WithMessage(DateRangeMessage);
        RuleFor(x => x.ClosesAt).NotNull().WithMessage("请填写申报截止时间。").Must(BeReasonableDate).WithMessage(DateRangeMessage);
        RuleFor(x => x.RoadshowAt).NotNull().WithMessage("请填写路演评审时间。").Must(BeReasonableDate).WithMessage(DateRangeMessage);
        RuleFor(x => x.ContactInfo).NotEmpty().WithMessage("请填写联系人及联系电话。").MaximumLength(200).WithMessage("联系方式不能超过200个字符。");
        RuleForEach(x => x.Rubric).Where(r => !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.Name).MaximumLength(100).WithMessage("评分标准名称不能超过100个字符。");
            row.RuleFor(r => r.Weight).InclusiveBetween(1, 100).WithMessage("评分标准权重应为1至100的整数。");
            row.RuleFor(r => r.Description).MaximumLength(1000).WithMessage("评分要点不能超过1000个字符。");
        });
        RuleForEach(x => x.NewAttachments).SetValidator(fileValidator).OverridePropertyName(nameof(SolicitationForm.NewAttachments));

        // Cross-field rules come from the domain, so the form and the entity never disagree.
        RuleFor(x => x).Custom((form, context) =>
        {
            if (!BeYuan(form.ProjectCeilingYuan) || !BeYuan(form.TotalBudgetYuan) || !BeReasonableDate(form.OpensAt) || !BeReasonableDate(form.ClosesAt) || !BeReasonableDate(form.RoadshowAt)
                || form.ServiceField is null || form.FundSource is null || form.ProjectCount is null)
            {
                // The rubric can be judged on its own even while other fields are still wrong.
                foreach (var (field, message) in SolicitationTerms.RubricProblems(form.RubricItems()))
                    context.AddFailure(field, message);
                return;
            }
            foreach (var (field, message) in form.ToTerms().Problems())
                context.AddFailure(FormFieldOf.GetValueOrDefault(field, field), message);
        });
    }

    private const string DateRangeMessage = "请填写2000年至2100年之间的有效时间。";

    private static bool BeReasonableDate(DateTime? value) => value is null || (value.Value.Year >= 2000 && value.Value.Year <= 2100);

    private static bool BeYuan(string? text) => Money.TryParseYuan(text, out var money) && !money.IsNegative;
}
