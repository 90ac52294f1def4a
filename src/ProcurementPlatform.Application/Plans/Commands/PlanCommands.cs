using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Plans;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Plans.Commands;

/// <summary>An officer drafts their department's release plan for a year (one plan per department and year).</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class CreateReleasePlanCommand : PlanForm, ICommand<Guid>
{
    public int? Year { get; set; }
}

public sealed class CreateReleasePlanCommandValidator : PlanFormValidator<CreateReleasePlanCommand>
{
    public CreateReleasePlanCommandValidator(IApplicationDbContext db, ICurrentUser user)
    {
        RuleFor(x => x.Year).NotNull().WithMessage("请选择计划年度。")
            .InclusiveBetween(ReleasePlan.MinYear, ReleasePlan.MaxYear).WithMessage($"年度应在{ReleasePlan.MinYear}至{ReleasePlan.MaxYear}之间。")
            .MustAsync(async (year, ct) => !await db.ReleasePlans.AnyAsync(p => p.DepartmentId == user.DepartmentId && p.Year == year, ct))
            .WithMessage(x => $"本部门{x.Year}年度的发布计划已经存在，请在原计划中修改。");
    }
}

public sealed class CreateReleasePlanCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateReleasePlanCommand, Guid>
{
    public ValueTask<Guid> Handle(CreateReleasePlanCommand command, CancellationToken cancellationToken)
    {
        var plan = new ReleasePlan(user.DepartmentId!.Value, command.Year!.Value, command.ToItems(), clock.GetUtcNow().UtcDateTime);
        db.ReleasePlans.Add(plan);
        return ValueTask.FromResult(plan.Id);
    }
}

/// <summary>Changes the planned calls: freely in a draft; with a public, recorded reason once published.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class ReviseReleasePlanCommand : PlanForm, ICommand<Guid>
{
    public Guid PlanId { get; set; }
    public Guid? Version { get; set; }
    public string? Reason { get; set; }
}

public sealed class ReviseReleasePlanCommandValidator : PlanFormValidator<ReviseReleasePlanCommand>
{
    public ReviseReleasePlanCommandValidator()
    {
        RuleFor(x => x.Reason).MaximumLength(2000).WithMessage("变更理由不能超过2000个字符。");
    }
}

public sealed class ReviseReleasePlanCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReviseReleasePlanCommand, Guid>
{
    public async ValueTask<Guid> Handle(ReviseReleasePlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.LoadOwnPlanAsync(user, command.PlanId, cancellationToken);
        if (command.Version is { } version && version != plan.Version)
            throw new ConcurrencyConflictException("该计划在您编辑期间已被他人修改并保存，请刷新页面查看最新内容后再修改。");
        var items = command.ToItems();
        var removed = plan.RemovedBy(items).ToList();
        var linked = await db.Solicitations.Where(s => s.PlanEntryId != null && removed.Contains(s.PlanEntryId.Value) && s.Status != SolicitationStatus.Cancelled)
            .Select(s => s.Title).FirstOrDefaultAsync(cancellationToken);
        if (linked is not null)
            throw new DomainException($"计划项目已据此创建项目征集“{linked}”，不能删除；如不再实施，请先取消该项目征集。");
        plan.Revise(items, command.Reason, user.UserName, clock.GetUtcNow().UtcDateTime);
        return plan.Id;
    }
}

[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record PublishReleasePlanCommand(Guid PlanId) : ICommand<Guid>;

public sealed class PublishReleasePlanCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<PublishReleasePlanCommand, Guid>
{
    public async ValueTask<Guid> Handle(PublishReleasePlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.LoadOwnPlanAsync(user, command.PlanId, cancellationToken);
        plan.Publish(clock.GetUtcNow().UtcDateTime);
        return plan.Id;
    }
}

internal static class PlanAccess
{
    public static async Task<ReleasePlan> LoadOwnPlanAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.ReleasePlans.FirstOrDefaultAsync(p => p.Id == id && p.DepartmentId == user.DepartmentId, ct)
        ?? throw new NotFoundException("未找到该年度发布计划，或它不属于您所在的部门。");
}
