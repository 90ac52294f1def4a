using Microsoft.AspNetCore.Identity;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Infrastructure.Identity;

namespace ProcurementPlatform.Infrastructure.Seeding;

/// <summary>
/// A new production database has no accounts (demo data is never seeded there). This opens the first
/// account of one administrator duty from the command line; afterwards the security administrator
/// manages accounts in the platform. Refused once the duty already has an account.
/// </summary>
public sealed class AdministratorBootstrap(IIdentityService identity, UserManager<ApplicationUser> users)
{
    public async Task<IReadOnlyList<string>> CreateAsync(string role, string email, string password)
    {
        if (!Roles.AdministratorDuties.Contains(role))
            return [$"只能用此命令开通三类管理员账号：{string.Join("、", Roles.AdministratorDuties)}。"];
        if ((await users.GetUsersInRoleAsync(role)).Count > 0)
            return [$"已存在{Roles.ToChinese(role)}账号；其余账号请由安全管理员在平台中开通。"];
        var (_, errors) = await identity.CreateUserAsync(email, email, Roles.ToChinese(role), password, role, null, null);
        return errors;
    }
}
