using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;

namespace ProcurementPlatform.Infrastructure.Identity;

public sealed class IdentityService(UserManager<ApplicationUser> users, Persistence.AppDbContext db, TimeProvider clock) : IIdentityService
{
    public async Task<(string? UserId, IReadOnlyList<string> Errors)> CreateUserAsync(string userName, string email, string displayName, string password, string role, Guid? departmentId, Guid? organizationId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new ApplicationUser
        {
            UserName = userName,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            DepartmentId = departmentId,
            OrganizationId = organizationId,
            CreatedAt = now,
            PasswordChangedAt = now,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (null, created.Errors.Select(e => e.Description).ToList());
        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? (user.Id, []) : (null, added.Errors.Select(e => e.Description).ToList());
    }

    public async Task<IReadOnlyList<string>> AddToRoleAsync(string userId, string role)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return ["未找到该账号。"];
        var result = await users.AddToRoleAsync(user, role);
        return result.Errors.Select(e => e.Description).ToList();
    }

    public async Task<IReadOnlyList<string>> ChangePasswordAsync(string userId, string currentPassword, string newPassword)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return ["未找到该账号。"];
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded) return result.Errors.Select(e => e.Code == "PasswordMismatch" ? "当前密码不正确。" : e.Description).ToList();
        user.PasswordChangedAt = clock.GetUtcNow().UtcDateTime;
        var updated = await users.UpdateAsync(user);
        return updated.Errors.Select(e => e.Description).ToList();
    }

    public async Task<IReadOnlyList<string>> RemoveFromRoleAsync(string userId, string role)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return ["未找到该账号。"];
        var result = await users.RemoveFromRoleAsync(user, role);
        return result.Errors.Select(e => e.Description).ToList();
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
        var now = clock.GetUtcNow();
        return all.Select(u => new UserSummary(u.Id, u.UserName ?? "", u.DisplayName, u.Email, rolesByUser[u.Id].ToList(),
            u.DepartmentId, u.OrganizationId, u.LockoutEnd > now)).ToList();
    }

    public async Task<UserSummary?> FindUserAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null ? null : await SummaryAsync(user);
    }

    private async Task<UserSummary> SummaryAsync(ApplicationUser user) => new(
        user.Id, user.UserName ?? "", user.DisplayName, user.Email, (await users.GetRolesAsync(user)).ToList(),
        user.DepartmentId, user.OrganizationId, user.LockoutEnd > clock.GetUtcNow());
}
