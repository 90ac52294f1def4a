using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Applications.Commands;

/// <summary>Withdraws a submitted application, only before the call's deadline.</summary>
[Authorize(Roles.OrganizationUser, RequireActiveOrganization = true)]
public sealed class WithdrawApplicationCommand : ICommand<Guid>
{
    public Guid ApplicationId { get; set; }
    public string? Reason { get; set; }
}

public sealed class WithdrawApplicationCommandValidator : AbstractValidator<WithdrawApplicationCommand>
{
    public WithdrawApplicationCommandValidator()
    {
        RuleFor(x => x.Reason).MaximumLength(1000).WithMessage("撤回说明不能超过1000个字符。");
    }
}

public sealed class WithdrawApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<WithdrawApplicationCommand, Guid>
{
    public async ValueTask<Guid> Handle(WithdrawApplicationCommand command, CancellationToken cancellationToken)
    {
        var (application, solicitation) = await db.LoadOwnAsync(user, command.ApplicationId, cancellationToken);
        application.Withdraw(solicitation, command.Reason, clock.GetUtcNow().UtcDateTime);
        return application.Id;
    }
}
