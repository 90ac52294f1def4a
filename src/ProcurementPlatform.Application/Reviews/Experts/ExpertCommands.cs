using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Reviews.Experts;

/// <summary>The system administrator admits an expert with a Reviewer account into the pool (专家库).</summary>
[Authorize(Roles.SystemAdmin)]
public sealed class AdmitExpertCommand : ExpertForm, ICommand<Guid>
{
    public string? ReviewerUserId { get; set; }
}

public sealed class AdmitExpertCommandValidator : ExpertFormValidator<AdmitExpertCommand>
{
    public AdmitExpertCommandValidator()
    {
        RuleFor(x => x.ReviewerUserId).NotEmpty().WithMessage("请选择该专家登录使用的评审专家账号（由安全管理员开通）。");
    }
}

public sealed class AdmitExpertCommandHandler(IApplicationDbContext db, IIdentityService identity, TimeProvider clock) : ICommandHandler<AdmitExpertCommand, Guid>
{
    public async ValueTask<Guid> Handle(AdmitExpertCommand command, CancellationToken cancellationToken)
    {
        await ExpertAccounts.EnsureFreeReviewerAccountAsync(db, identity, command.ReviewerUserId!, cancellationToken);
        var expert = ExpertProfile.Admit(command.ToDetails(), command.ReviewerUserId!, clock.GetUtcNow().UtcDateTime);
        db.Experts.Add(expert);
        return expert.Id;
    }
}

[Authorize(Roles.SystemAdmin)]
public sealed class UpdateExpertCommand : ExpertForm, ICommand<Guid>
{
    public Guid ExpertId { get; set; }
}

public sealed class UpdateExpertCommandValidator : ExpertFormValidator<UpdateExpertCommand>;

public sealed class UpdateExpertCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateExpertCommand, Guid>
{
    public async ValueTask<Guid> Handle(UpdateExpertCommand command, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.FirstOrDefaultAsync(e => e.Id == command.ExpertId, cancellationToken) ?? throw new NotFoundException("未找到该专家。");
        expert.Update(command.ToDetails(), clock.GetUtcNow().UtcDateTime);
        return expert.Id;
    }
}

/// <summary>A department proposes an expert for the pool; the system administrator decides.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class ProposeExpertCommand : ExpertForm, ICommand<Guid>
{
    public string? Note { get; set; }
}

public sealed class ProposeExpertCommandValidator : ExpertFormValidator<ProposeExpertCommand>
{
    public ProposeExpertCommandValidator()
    {
        RuleFor(x => x.Note).MaximumLength(1000).WithMessage("推荐理由不能超过1000个字符。");
    }
}

public sealed class ProposeExpertCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ProposeExpertCommand, Guid>
{
    public ValueTask<Guid> Handle(ProposeExpertCommand command, CancellationToken cancellationToken)
    {
        var expert = ExpertProfile.Propose(command.ToDetails(), user.DepartmentId!.Value, command.Note, clock.GetUtcNow().UtcDateTime);
        db.Experts.Add(expert);
        return ValueTask.FromResult(expert.Id);
    }
}

[Authorize(Roles.SystemAdmin)]
public sealed class ActivateExpertCommand : ICommand<Guid>
{
    public Guid ExpertId { get; set; }
    public string? ReviewerUserId { get; set; }
}

public sealed class ActivateExpertCommandValidator : AbstractValidator<ActivateExpertCommand>
{
    public ActivateExpertCommandValidator()
    {
        RuleFor(x => x.ReviewerUserId).NotEmpty().WithMessage("请选择该专家登录使用的评审专家账号。");
    }
}

public sealed class ActivateExpertCommandHandler(IApplicationDbContext db, IIdentityService identity, TimeProvider clock) : ICommandHandler<ActivateExpertCommand, Guid>
{
    public async ValueTask<Guid> Handle(ActivateExpertCommand command, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.FirstOrDefaultAsync(e => e.Id == command.ExpertId, cancellationToken) ?? throw new NotFoundException("未找到该专家。");
        await ExpertAccounts.EnsureFreeReviewerAccountAsync(db, identity, command.ReviewerUserId!, cancellationToken);
        expert.Activate(command.ReviewerUserId!, clock.GetUtcNow().UtcDateTime);
        return expert.Id;
    }
}

[Authorize(Roles.SystemAdmin)]
public sealed record RetireExpertCommand(Guid ExpertId) : ICommand<Guid>;

public sealed class RetireExpertCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RetireExpertCommand, Guid>
{
    public async ValueTask<Guid> Handle(RetireExpertCommand command, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.FirstOrDefaultAsync(e => e.Id == command.ExpertId, cancellationToken) ?? throw new NotFoundException("未找到该专家。");
        expert.Retire(clock.GetUtcNow().UtcDateTime);
        return expert.Id;
    }
}

internal static class ExpertAccounts
{
    /// <summary>An expert signs in with an account of the Reviewer role that no other expert uses.</summary>
    public static async Task EnsureFreeReviewerAccountAsync(IApplicationDbContext db, IIdentityService identity, string userId, CancellationToken ct)
    {
        var account = await identity.FindUserAsync(userId, ct);
        if (account is null || !account.Roles.Contains(Roles.Reviewer))
            throw new RequestValidationException("ReviewerUserId", "所选账号不是评审专家账号，请先由安全管理员开通评审专家账号。");
        if (await db.Experts.AnyAsync(e => e.UserId == userId, ct))
            throw new RequestValidationException("ReviewerUserId", "该账号已关联其他专家。");
    }
}
