using FluentValidation;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Application.Applications;

public sealed class PartnerRow : Common.Models.IBlankable
{
    public PartnerKind? Kind { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role);
}

public sealed class ActivityRow : Common.Models.IBlankable
{
    public string? Name { get; set; }
    public OutputType? OutputType { get; set; }
    public int? Quantity { get; set; }
    public int? Beneficiaries { get; set; }
    public string? Description { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Quantity is null && Beneficiaries is null && string.IsNullOrWhiteSpace(Description);
}

public sealed class BudgetRow : Common.Models.IBlankable
{
    public BudgetCategory? Category { get; set; }
    public string? Description { get; set; }
    public string? AmountYuan { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(AmountYuan);
}

/// <summary>The fields of an application as the organisation types them (amounts in yuan).</summary>
public abstract class ApplicationForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Objectives { get; set; }
    public string? Community { get; set; }
    public string? SocialWorkerName { get; set; }
    public bool SocialWorkerCertified { get; set; }
    public string? SocialWorkerCertificateNo { get; set; }
    public string? Location { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public List<PartnerRow> Partners { get; set; } = [];
    public List<ActivityRow> Activities { get; set; } = [];
    public List<BudgetRow> BudgetLines { get; set; } = [];

    public IEnumerable<PartnerRow> FilledPartners => Partners.Where(p => !p.IsBlank);
    public IEnumerable<ActivityRow> FilledActivities => Activities.Where(a => !a.IsBlank);
    public IEnumerable<BudgetRow> FilledBudgetLines => BudgetLines.Where(b => !b.IsBlank);

    public ApplicationContent ToContent() => new(
        Title ?? "", Summary ?? "", Objectives ?? "", Community ?? "", SocialWorkerName ?? "", SocialWorkerCertified, SocialWorkerCertificateNo,
        Location ?? "", PeriodStart, PeriodEnd,
        FilledPartners.Select(p => new PartnerItem(p.Kind ?? PartnerKind.Other, p.Name ?? "", p.Role)).ToList(),
        FilledActivities.Select(a => new ActivityItem(a.Name ?? "", a.OutputType ?? OutputType.Other, a.Quantity ?? 0, a.Beneficiaries ?? 0, a.Description)).ToList(),
        FilledBudgetLines.Select(b => new BudgetLineItem(b.Category ?? BudgetCategory.Other, b.Description ?? "", Money.TryParseYuan(b.AmountYuan, out var m) ? m : Money.Zero)).ToList());

    public void Fill(ProjectApplication a)
    {
        Title = a.Title;
        Summary = a.Summary;
        Objectives = a.Objectives;
        Community = a.Community;
        SocialWorkerName = a.SocialWorkerName;
        SocialWorkerCertified = a.SocialWorkerCertified;
        SocialWorkerCertificateNo = a.SocialWorkerCertificateNo;
        Location = a.Location;
        PeriodStart = a.PeriodStart;
        PeriodEnd = a.PeriodEnd;
        Partners = a.Partners.OrderBy(p => p.Order).Select(p => new PartnerRow { Kind = p.Kind, Name = p.Name, Role = p.Role }).ToList();
        Activities = a.Activities.OrderBy(x => x.Order).Select(x => new ActivityRow { Name = x.Name, OutputType = x.OutputType, Quantity = x.Quantity, Beneficiaries = x.Beneficiaries, Description = x.Description }).ToList();
        BudgetLines = a.BudgetLines.OrderBy(l => l.Order).Select(l => new BudgetRow { Category = l.Category, Description = l.Description, AmountYuan = l.Amount.ToInputString() }).ToList();
    }
}

/// <summary>Format rules for a draft; what a submission additionally needs is checked by the entity.</summary>
public abstract class ApplicationFormValidator<T> : AbstractValidator<T> where T : ApplicationForm
{
    protected ApplicationFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("请填写项目名称。").MaximumLength(200).WithMessage("项目名称不能超过200个字符。");
        RuleFor(x => x.Summary).MaximumLength(5000).WithMessage("项目概述不能超过5000个字符。");
        RuleFor(x => x.Objectives).MaximumLength(5000).WithMessage("项目目标不能超过5000个字符。");
        RuleFor(x => x.Community).MaximumLength(200).WithMessage("合作社区不能超过200个字符。");
        RuleFor(x => x.SocialWorkerName).MaximumLength(50).WithMessage("项目社工姓名不能超过50个字符。");
        RuleFor(x => x.SocialWorkerCertificateNo).MaximumLength(50).WithMessage("社工证书编号不能超过50个字符。");
        RuleFor(x => x.SocialWorkerCertificateNo).NotEmpty().When(x => x.SocialWorkerCertified).WithMessage("已持证的项目社工请填写证书编号。");
        RuleFor(x => x.Location).MaximumLength(200).WithMessage("服务地点不能超过200个字符。");
        RuleFor(x => x).Custom((form, context) =>
        {
            // The period rules live on the domain content; report them next to the date fields.
            var content = new ApplicationContent("x", "", "", "", "", false, null, "", form.PeriodStart, form.PeriodEnd, [], [], []);
            foreach (var (field, message) in content.Problems(Money.Zero).Where(p => p.Field is nameof(form.PeriodStart) or nameof(form.PeriodEnd)))
                context.AddFailure(field, message);
        });
        RuleForEach(x => x.Partners).Where(r => !r.IsBlank).ChildRules(p =>
        {
            p.RuleFor(r => r.Name).NotEmpty().WithMessage("请填写参与力量的名称。").MaximumLength(100).WithMessage("参与力量名称不能超过100个字符。");
            p.RuleFor(r => r.Role).MaximumLength(200).WithMessage("承担的工作不能超过200个字符。");
            p.RuleFor(r => r.Kind).NotNull().WithMessage("请选择参与力量的类型。").IsInEnum().WithMessage("请选择有效的参与力量类型。");
        });
        RuleForEach(x => x.Activities).Where(r => !r.IsBlank).ChildRules(a =>
        {
            a.RuleFor(r => r.Name).NotEmpty().WithMessage("请填写活动名称。").MaximumLength(100).WithMessage("活动名称不能超过100个字符。");
            a.RuleFor(r => r.OutputType).NotNull().WithMessage("请选择活动的产出类型。").IsInEnum().WithMessage("请选择有效的产出类型。");
            a.RuleFor(r => r.Quantity).NotNull().WithMessage("请填写活动产出数量。").InclusiveBetween(1, 100000).WithMessage("产出数量应在1至100000之间。");
            a.RuleFor(r => r.Description).MaximumLength(1000).WithMessage("活动说明不能超过1000个字符。");
            a.RuleFor(r => r.Beneficiaries).InclusiveBetween(0, 10000000).WithMessage("受益人次应在0至10000000之间。");
        });
        RuleForEach(x => x.BudgetLines).Where(r => !r.IsBlank).ChildRules(b =>
        {
            b.RuleFor(r => r.Category).NotNull().WithMessage("请选择预算科目。").IsInEnum().WithMessage("请选择有效的预算科目。");
            b.RuleFor(r => r.Description).NotEmpty().WithMessage("请填写预算用途说明。").MaximumLength(200).WithMessage("预算说明不能超过200个字符。");
            b.RuleFor(r => r.AmountYuan).Must(v => Money.TryParseYuan(v, out var m) && m.Fen > 0).WithMessage("预算金额应为大于0的数字（元，最多两位小数）。");
        });
    }
}
