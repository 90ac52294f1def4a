using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Users;

/// <summary>Accounts and their roles, managed by the security administrator (三员分立).</summary>
[Authorize(Roles.SecurityAdmin)]
public sealed record ListUsersQuery : IQuery<IReadOnlyList<UserSummary>>;

public sealed class ListUsersQueryHandler(IIdentityService identity) : IQueryHandler<ListUsersQuery, IReadOnlyList<UserSummary>>
{
    public async ValueTask<IReadOnlyList<UserSummary>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await identity.ListUsersAsync(cancellationToken);
}

[Authorize(Roles.SecurityAdmin)]
public sealed class ChangeUserRoleCommand : ICommand<string>
{
    public string? UserId { get; set; }
    public string? Role { get; set; }
    public bool Grant { get; set; }
}

public sealed class ChangeUserRoleCommandValidator : AbstractValidator<ChangeUserRoleCommand>
{
    public ChangeUserRoleCommandValidator()
    {
        RuleFor(x => x.UserId).NotEmpty().WithMessage("请选择账号。");
        RuleFor(x => x.Role).Must(r => r is not null && Roles.All.Contains(r)).WithMessage("请选择有效的角色。");
    }
}

public sealed class ChangeUserRoleCommandHandler(IIdentityService identity, ICurrentUser user) : ICommandHandler<ChangeUserRoleCommand, string>
{
    public async ValueTask<string> Handle(ChangeUserRoleCommand command, CancellationToken cancellationToken)
    {
        if (command.UserId == user.UserId && command.Role == Roles.SecurityAdmin && !command.Grant)
            throw new DomainException("不能撤销自己的安全管理员角色。");
        _ = await identity.FindUserAsync(command.UserId!, cancellationToken) ?? throw new NotFoundException("未找到该账号。");
        var errors = command.Grant
            ? await identity.AddToRoleAsync(command.UserId!, command.Role!)
            : await identity.RemoveFromRoleAsync(command.UserId!, command.Role!);
        if (errors.Count > 0) throw new DomainException(string.Join(" ", errors));
        return command.UserId!;
    }
}
