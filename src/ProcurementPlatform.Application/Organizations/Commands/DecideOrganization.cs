using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Organizations.Commands;

[Authorize(Roles.SystemAdmin)]
public sealed record ApproveOrganizationCommand(Guid OrganizationId) : ICommand<Guid>;

public sealed class ApproveOrganizationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ApproveOrganizationCommand, Guid>
{
    public async ValueTask<Guid> Handle(ApproveOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == command.OrganizationId, cancellationToken) ?? throw new NotFoundException("未找到该社会组织。");
        organization.Approve(user.UserName, clock.GetUtcNow().UtcDateTime);
        return organization.Id;
    }
}

[Authorize(Roles.SystemAdmin)]
public sealed class RejectOrganizationCommand : ICommand<Guid>
{
    public Guid OrganizationId { get; set; }
    public string? Reason { get; set; }
}

public sealed class RejectOrganizationCommandValidator : AbstractValidator<RejectOrganizationCommand>
{
    public RejectOrganizationCommandValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写驳回理由，申请单位将看到该理由。").MaximumLength(500).WithMessage("驳回理由不能超过500个字符。");
    }
}

public sealed class RejectOrganizationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RejectOrganizationCommand, Guid>
{
    public async ValueTask<Guid> Handle(RejectOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == command.OrganizationId, cancellationToken) ?? throw new NotFoundException("未找到该社会组织。");
        organization.Reject(command.Reason!, user.UserName, clock.GetUtcNow().UtcDateTime);
        return organization.Id;
    }
}
