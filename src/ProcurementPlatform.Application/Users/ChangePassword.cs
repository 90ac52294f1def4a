using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;

namespace ProcurementPlatform.Application.Users;

/// <summary>Any signed-in user changes their own password (等保: at least every 90 days).</summary>
[Authorize]
public sealed class ChangePasswordCommand : ICommand<string>
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("请输入当前密码。");
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage("请输入新密码。")
            .NotEqual(x => x.CurrentPassword).WithMessage("新密码不能与当前密码相同。");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("两次输入的新密码不一致。");
    }
}

public sealed class ChangePasswordCommandHandler(IIdentityService identity, ICurrentUser user) : ICommandHandler<ChangePasswordCommand, string>
{
    public async ValueTask<string> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var errors = await identity.ChangePasswordAsync(user.UserId!, command.CurrentPassword!, command.NewPassword!);
        if (errors.Count > 0)
        {
            var field = errors.Any(e => e.Contains("不正确")) ? nameof(command.CurrentPassword) : nameof(command.NewPassword);
            throw new RequestValidationException(new Dictionary<string, string[]> { [field] = errors.ToArray() });
        }
        return user.UserId!;
    }
}
