using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Departments;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Departments.Commands;

/// <summary>The system administrator adds a purchasing department (购买主体).</summary>
[Authorize(Roles.SystemAdmin)]
public sealed class CreateDepartmentCommand : ICommand<Guid>
{
    public string? Name { get; set; }
    public string? Code { get; set; }
}

public sealed class CreateDepartmentCommandValidator : AbstractValidator<CreateDepartmentCommand>
{
    public CreateDepartmentCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("请填写部门名称。").MaximumLength(100).WithMessage("部门名称不能超过100个字符。")
            .MustAsync(async (name, ct) => !await db.Departments.AnyAsync(d => d.Name == name!.Trim(), ct)).When(x => !string.IsNullOrWhiteSpace(x.Name))
            .WithMessage("已有同名部门。");
        RuleFor(x => x.Code).NotEmpty().WithMessage("请填写部门代码（字母或数字，如 MZJ）。")
            .Matches("^[A-Za-z0-9]{2,20}$").WithMessage("部门代码应为2至20位字母或数字。")
            .MustAsync(async (code, ct) => !await db.Departments.AnyAsync(d => d.Code == code!.Trim().ToUpper(), ct)).When(x => !string.IsNullOrWhiteSpace(x.Code))
            .WithMessage("该部门代码已被使用。");
    }
}

public sealed class CreateDepartmentCommandHandler(IApplicationDbContext db) : ICommandHandler<CreateDepartmentCommand, Guid>
{
    public ValueTask<Guid> Handle(CreateDepartmentCommand command, CancellationToken cancellationToken)
    {
        var department = new Department(command.Name!, command.Code!.Trim().ToUpperInvariant());
        db.Departments.Add(department);
        return ValueTask.FromResult(department.Id);
    }
}
