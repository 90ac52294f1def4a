using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Solicitations.Commands;

[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class CancelSolicitationCommand : ICommand<Guid>
{
    public Guid SolicitationId { get; set; }
    public string? Reason { get; set; }
}

public sealed class CancelSolicitationCommandValidator : AbstractValidator<CancelSolicitationCommand>
{
    public CancelSolicitationCommandValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写取消理由，该理由将向社会公开。").MaximumLength(1000).WithMessage("取消理由不能超过1000个字符。");
    }
}

public sealed class CancelSolicitationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CancelSolicitationCommand, Guid>
{
    public async ValueTask<Guid> Handle(CancelSolicitationCommand command, CancellationToken cancellationToken)
    {
        var solicitation = await db.LoadOwnAsync(user, command.SolicitationId, cancellationToken);
        solicitation.Cancel(command.Reason!, clock.GetUtcNow().UtcDateTime);
        return solicitation.Id;
    }
}
