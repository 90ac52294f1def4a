using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Policies;

/// <summary>Who manages which policy entries: the SystemAdmin all of them, an officer only their own department's.</summary>
internal static class PolicyAccess
{
    public static IQueryable<Policy> Manageable(this IApplicationDbContext db, ICurrentUser user)
    {
        if (user.IsInRole(Roles.SystemAdmin)) return db.Policies;
        if (user.IsInRole(Roles.DepartmentOfficer) && user.DepartmentId is { } department)
            return db.Policies.Where(p => p.DepartmentId == department);
        throw new ForbiddenAccessException("您的账号尚未关联购买主体（部门），请联系安全管理员。");
    }

    /// <summary>An entry the current user manages; any other is "not found" (its existence is not revealed).</summary>
    public static async Task<Policy> LoadManageableAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.Manageable(user).FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new NotFoundException("未找到该政策文件，或它不属于您所在的部门。");

    /// <summary>What the public may see: published entries, and withdrawn ones by direct link (with the reason).</summary>
    public static IQueryable<Policy> Public(this IApplicationDbContext db) =>
        db.Policies.Where(p => p.Status == PolicyStatus.Published || p.Status == PolicyStatus.Withdrawn);
}
