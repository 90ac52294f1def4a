using FluentValidation;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Reviews.Experts;

public sealed class AffiliationRow : IBlankable
{
    public Guid? OrganizationId { get; set; }
    public AffiliationKind? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public bool IsBlank => OrganizationId is null && From is null && To is null;
}

/// <summary>An expert's profile as typed: fields of expertise and declared ties to organisations.</summary>
public abstract class ExpertForm
{
    public string? Name { get; set; }
    public string? Employer { get; set; }
    public string? ProfessionalTitle { get; set; }
    public string? Phone { get; set; }
    public List<ServiceField> Fields { get; set; } = [];
    public List<AffiliationRow> Affiliations { get; set; } = [];

    public ExpertDetails ToDetails() => new(Name ?? "", Employer ?? "", ProfessionalTitle, Phone, Fields,
        Affiliations.Where(a => !a.IsBlank).Select(a => new Affiliation(a.OrganizationId!.Value, a.Kind!.Value, a.From!.Value, a.To)).ToList());

    public void Fill(ExpertProfile expert)
    {
        Name = expert.Name;
        Employer = expert.Employer;
        ProfessionalTitle = expert.ProfessionalTitle;
        Phone = expert.Phone;
        Fields = [.. expert.Fields];
        Affiliations = expert.Affiliations.Select(a => new AffiliationRow { OrganizationId = a.OrganizationId, Kind = a.Kind, From = a.From, To = a.To }).ToList();
    }
}

public abstract class ExpertFormValidator<T> : AbstractValidator<T> where T : ExpertForm
{
    protected ExpertFormValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("请填写专家姓名。").MaximumLength(50).WithMessage("姓名不能超过50个字符。");
        RuleFor(x => x.Employer).NotEmpty().WithMessage("请填写工作单位。").MaximumLength(100).WithMessage("工作单位不能超过100个字符。");
        RuleFor(x => x.ProfessionalTitle).MaximumLength(50).WithMessage("职称不能超过50个字符。");
        RuleFor(x => x.Phone).Matches(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("请填写有效的手机号码或固定电话。");
        RuleFor(x => x.Fields).NotEmpty().WithMessage("请至少选择一个擅长的服务领域。");
        RuleForEach(x => x.Fields).IsInEnum().WithMessage("请选择有效的服务领域。");
        RuleForEach(x => x.Affiliations).Where(a => !a.IsBlank).ChildRules(a =>
        {
            a.RuleFor(r => r.OrganizationId).NotNull().WithMessage("请选择关联的社会组织。");
            a.RuleFor(r => r.Kind).NotNull().WithMessage("请选择关联关系。").IsInEnum().WithMessage("请选择有效的关联关系。");
            a.RuleFor(r => r.From).NotNull().WithMessage("请填写关联开始日期。");
            a.RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null).WithMessage("结束日期不能早于开始日期。");
        });
    }
}
