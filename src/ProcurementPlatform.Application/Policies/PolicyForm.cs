using FluentValidation;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.Application.Policies;

/// <summary>The fields of a policy entry as typed; create and edit share it.</summary>
public abstract class PolicyForm
{
    public string? Title { get; set; }
    public string? Issuer { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public PolicyLevel? Level { get; set; }
    public string? Body { get; set; }
    public List<FileUpload> NewAttachments { get; set; } = [];

    public void Fill(PolicyView p)
    {
        Title = p.Title;
        Issuer = p.Issuer;
        DocumentNumber = p.DocumentNumber;
        IssuedOn = p.IssuedOn;
        Level = p.Level;
        Body = p.Body;
    }
}

public abstract class PolicyFormValidator<T> : AbstractValidator<T> where T : PolicyForm
{
    protected PolicyFormValidator(IValidator<FileUpload> fileValidator, TimeProvider clock)
    {
        RuleFor(x => x.Title).Must(NotBlank).WithMessage("请填写文件标题。")
            .MaximumLength(Policy.MaxTitleLength).WithMessage($"标题不能超过{Policy.MaxTitleLength}个字。");
        RuleFor(x => x.Issuer).Must(NotBlank).WithMessage("请填写发文机关。")
            .MaximumLength(Policy.MaxIssuerLength).WithMessage($"发文机关不能超过{Policy.MaxIssuerLength}个字。");
        RuleFor(x => x.DocumentNumber).MaximumLength(Policy.MaxDocumentNumberLength).WithMessage($"文号不能超过{Policy.MaxDocumentNumberLength}个字。");
        RuleFor(x => x.IssuedOn).NotNull().WithMessage("请填写成文日期。")
            .Must(d => d is null || d.Value.Year >= 1949).WithMessage("请填写有效的成文日期。")
            .Must(d => d is null || d.Value <= ChinaTime.TodayCst(clock.GetUtcNow().UtcDateTime)).WithMessage("成文日期不能晚于今天。");
        RuleFor(x => x.Level).NotNull().WithMessage("请选择效力层级。").IsInEnum().WithMessage("请选择有效的效力层级。");
        RuleFor(x => x.Body).Must(NotBlank).WithMessage("请填写正文。")
            .MaximumLength(Policy.MaxBodyLength).WithMessage($"正文不能超过{Policy.MaxBodyLength}个字符。");
        RuleFor(x => x.NewAttachments).Must(files => files.Count <= 20).WithMessage("每份政策文件最多20个附件。");
        RuleForEach(x => x.NewAttachments).SetValidator(fileValidator).OverridePropertyName(nameof(PolicyForm.NewAttachments));
    }

    private static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);
}
