using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Users;

/// <summary>
/// The security administrator opens an account for staff (officers, reviewers, evaluators,
/// supervisors, administrators). Organisations register themselves; their accounts are not made here.
/// </summary>
[Authorize(Roles.SecurityAdmin)]
public sealed class CreateStaffAccountCommand : ICommand<string>
{
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string? Role { get; set; }
    public Guid? DepartmentId { get; set; }
    public string? InitialPassword { get; set; }
}

public sealed class CreateStaffAccountCommandValidator : AbstractValidator<CreateStaffAccountCommand>
{
    public CreateStaffAccountCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("请填写电子邮箱（登录账号）。").EmailAddress().WithMessage("电子邮箱格式不正确。").MaximumLength(100);
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("请填写姓名或单位名称。").MaximumLength(100).WithMessage("名称不能超过100个字符。");
        RuleFor(x => x.Role).Must(r => r is not null && Roles.All.Contains(r) && r != Roles.OrganizationUser)
            .WithMessage("请选择角色（社会组织账号通过“社会组织注册”开通）。");
        RuleFor(x => x.DepartmentId).NotNull().When(x => x.Role == Roles.DepartmentOfficer).WithMessage("购买主体经办人必须选择所属部门。");
        RuleFor(x => x.DepartmentId).MustAsync(async (id, ct) => await db.Departments.AnyAsync(d => d.Id == id, ct))
            .When(x => x.DepartmentId is not null).WithMessage("所选部门不存在。");
        RuleFor(x => x.InitialPassword).NotEmpty().WithMessage("请设置初始密码。");
    }
}

public sealed class CreateStaffAccountCommandHandler(IIdentityService identity) : ICommandHandler<CreateStaffAccountCommand, string>
{
    public async ValueTask<string> Handle(CreateStaffAccountCommand command, CancellationToken cancellationToken)
    {
        var departmentId = command.Role == Roles.DepartmentOfficer ? command.DepartmentId : null;
        var (userId, errors) = await identity.CreateUserAsync(command.Email!.Trim(), command.Email.Trim(), command.DisplayName!.Trim(),
            command.InitialPassword!, command.Role!, departmentId, null);
        if (errors.Count > 0)
        {
            var field = errors.Any(e => e.Contains("密码")) ? nameof(command.InitialPassword) : nameof(command.Email);
            throw new RequestValidationException(new Dictionary<string, string[]> { [field] = errors.ToArray() });
        }
        return userId!;
    }
}
