using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Policies.Commands;

[Authorize(Roles.SystemAdmin, Roles.DepartmentOfficer)]
public sealed record PublishPolicyCommand(Guid PolicyId) : ICommand<Guid>;

public sealed class PublishPolicyCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<PublishPolicyCommand, Guid>
{
    public async ValueTask<Guid> Handle(PublishPolicyCommand command, CancellationToken cancellationToken)
    {
        var policy = await db.LoadManageableAsync(user, command.PolicyId, cancellationToken);
        policy.Publish(clock.GetUtcNow().UtcDateTime);
        return policy.Id;
    }
}

/// <summary>Takes a published entry off the list (废止、被替代…); its page stays reachable and says why.</summary>
[Authorize(Roles.SystemAdmin, Roles.DepartmentOfficer)]
public sealed class WithdrawPolicyCommand : ICommand<Guid>
{
    public Guid PolicyId { get; set; }
    public string? Reason { get; set; }
}

public sealed class WithdrawPolicyCommandValidator : AbstractValidator<WithdrawPolicyCommand>
{
    public WithdrawPolicyCommandValidator()
    {
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("请填写撤下的理由（如已废止、已被新文件替代）。")
            .MaximumLength(Policy.MaxReasonLength).WithMessage($"理由不能超过{Policy.MaxReasonLength}个字。");
    }
}

public sealed class WithdrawPolicyCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<WithdrawPolicyCommand, Guid>
{
    public async ValueTask<Guid> Handle(WithdrawPolicyCommand command, CancellationToken cancellationToken)
    {
        var policy = await db.LoadManageableAsync(user, command.PolicyId, cancellationToken);
        policy.Withdraw(command.Reason ?? "", clock.GetUtcNow().UtcDateTime);
        return policy.Id;
    }
}
