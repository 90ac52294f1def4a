using System.Reflection;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Organizations;

namespace ProcurementPlatform.Application.Common.Behaviours;

/// <summary>
/// Checks the <see cref="AuthorizeAttribute"/>s declared on a request against the current user's
/// roles and their department or organisation. Ownership of a particular record is then enforced by
/// the handler's query (records of others are "not found").
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user, IApplicationDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly AuthorizeAttribute[] Requirements = typeof(TMessage).GetCustomAttributes<AuthorizeAttribute>().ToArray();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        foreach (var requirement in Requirements)
        {
            if (user.IsSystem)
            {
                if (!requirement.AllowSystem && !requirement.SystemOnly) throw new ForbiddenAccessException("后台任务不能执行此操作。");
                continue;
            }
            if (requirement.SystemOnly) throw new ForbiddenAccessException("此操作只能由平台后台任务执行。");
            if (!user.IsAuthenticated) throw new ForbiddenAccessException("请先登录。");
            if (requirement.Roles.Count > 0 && !requirement.Roles.Any(user.IsInRole))
                throw new ForbiddenAccessException();
            if (requirement.RequireDepartment && user.DepartmentId is null)
                throw new ForbiddenAccessException("您的账号尚未关联购买主体（部门），请联系安全管理员。");
            if (requirement.RequireActiveOrganization)
            {
                if (user.OrganizationId is not { } organizationId)
                    throw new ForbiddenAccessException("您的账号尚未关联社会组织。");
                var status = await db.Organizations.Where(o => o.Id == organizationId).Select(o => (OrganizationStatus?)o.Status).FirstOrDefaultAsync(cancellationToken);
                if (status != OrganizationStatus.Active)
                    throw new ForbiddenAccessException(status == OrganizationStatus.Rejected
                        ? "您的社会组织注册未通过审核，不能办理此业务。"
                        : "您的社会组织注册正在等待系统管理员审核，审核通过后才能办理此业务。");
            }
        }
        return await next(message, cancellationToken);
    }
}
