using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Applications.Commands;

/// <summary>
/// 资格审查: after a call has closed, its department finds each submitted application eligible, or
/// ineligible with a reason the organisation sees.
/// </summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class DecideEligibilityCommand : ICommand<Guid>
{
    public Guid ApplicationId { get; set; }
    public bool Eligible { get; set; }
    public string? Reason { get; set; }
}

public sealed class DecideEligibilityCommandValidator : AbstractValidator<DecideEligibilityCommand>
{
    public DecideEligibilityCommandValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().When(x => !x.Eligible).WithMessage("资格审查不通过须填写理由，申报单位将看到该理由。")
            .MaximumLength(1000).WithMessage("理由不能超过1000个字符。");
    }
}

public sealed class DecideEligibilityCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DecideEligibilityCommand, Guid>
{
    public async ValueTask<Guid> Handle(DecideEligibilityCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await (from a in db.Applications
                           join s in db.Solicitations on a.SolicitationId equals s.Id
                           where a.Id == command.ApplicationId && s.DepartmentId == user.DepartmentId
                           select new { a, s }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("未找到该申报，或它不属于您所在部门的项目征集。");
        if (found.s.Status is not (SolicitationStatus.Closed or SolicitationStatus.UnderReview))
            throw new DomainException($"项目征集当前状态为“{found.s.Status.ToChinese()}”，申报截止（征集关闭）后才能进行资格审查。");
        if (command.Eligible) found.a.MarkEligible(now);
        else found.a.MarkIneligible(command.Reason!, now);
        return found.a.Id;
    }
}
