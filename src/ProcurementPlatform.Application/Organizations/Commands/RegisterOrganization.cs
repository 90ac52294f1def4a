using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Organizations.Commands;

/// <summary>
/// An NGO registers itself and its first user account. It can sign in at once but may apply only
/// after a system administrator has approved the registration.
/// </summary>
public sealed class RegisterOrganizationCommand : ICommand<Guid>
{
    public string? OrganizationName { get; set; }
    public string? CreditCode { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class RegisterOrganizationCommandValidator : AbstractValidator<RegisterOrganizationCommand>
{
    public RegisterOrganizationCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.OrganizationName).NotEmpty().WithMessage("请填写社会组织名称（与登记证书一致）。").MaximumLength(100).WithMessage("名称不能超过100个字符。");
        RuleFor(x => x.CreditCode).Custom((code, context) =>
        {
            var error = SocialCreditCode.Validate(code, out _);
            if (error is not null) context.AddFailure(nameof(RegisterOrganizationCommand.CreditCode), error);
        });
        RuleFor(x => x.CreditCode).MustAsync(async (code, ct) =>
        {
            if (SocialCreditCode.Validate(code, out var normalized) is not null) return true;
            return !await db.Organizations.AnyAsync(o => o.CreditCode == normalized, ct);
        }).WithMessage("该统一社会信用代码已注册，如需找回账号请联系系统管理员。");
        RuleFor(x => x.ContactName).NotEmpty().WithMessage("请填写联系人姓名。").MaximumLength(50).WithMessage("联系人姓名不能超过50个字符。");
        RuleFor(x => x.ContactPhone).NotEmpty().WithMessage("请填写联系电话。")
            .Matches(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$").WithMessage("请填写有效的手机号码（11位）或固定电话（如 0871-12345678）。");
        RuleFor(x => x.Email).NotEmpty().WithMessage("请填写电子邮箱，它也是您的登录账号。").EmailAddress().WithMessage("电子邮箱格式不正确。").MaximumLength(100);
        RuleFor(x => x.Password).NotEmpty().WithMessage("请设置登录密码。");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("两次输入的密码不一致。");
    }
}

public sealed class RegisterOrganizationCommandHandler(IApplicationDbContext db, IIdentityService identity, TimeProvider clock)
    : ICommandHandler<RegisterOrganizationCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = new Organization(command.OrganizationName!, SocialCreditCode.Parse(command.CreditCode), command.ContactName!,
            command.ContactPhone!, command.Email!, clock.GetUtcNow().UtcDateTime);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        var (_, errors) = await identity.CreateUserAsync(command.Email!.Trim(), command.Email.Trim(), command.ContactName!.Trim(), command.Password!,
            Roles.OrganizationUser, null, organization.Id);
        if (errors.Count > 0)
            throw new RequestValidationException(new Dictionary<string, string[]> { [FieldOf(errors)] = errors.ToArray() });
        return organization.Id;
    }

    private static string FieldOf(IReadOnlyList<string> errors) =>
        errors.Any(e => e.Contains("密码")) ? nameof(RegisterOrganizationCommand.Password) : nameof(RegisterOrganizationCommand.Email);
}
