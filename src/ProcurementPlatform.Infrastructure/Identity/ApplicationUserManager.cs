using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Infrastructure.Identity;

/// <summary>
/// Enforces 三员分立 wherever a role is added — admin pages, seeding, any future path — because
/// every path goes through the user manager.
/// </summary>
public sealed class ApplicationUserManager(
    IUserStore<ApplicationUser> store, IOptions<IdentityOptions> optionsAccessor, IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators, IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<ApplicationUser>> logger)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AddToRoleAsync(ApplicationUser user, string role) =>
        await SeparationCheckAsync(user, [role]) ?? await base.AddToRoleAsync(user, role);

    public override async Task<IdentityResult> AddToRolesAsync(ApplicationUser user, IEnumerable<string> roles)
    {
        var list = roles.ToList();
        return await SeparationCheckAsync(user, list) ?? await base.AddToRolesAsync(user, list);
    }

    private async Task<IdentityResult?> SeparationCheckAsync(ApplicationUser user, IReadOnlyList<string> newRoles)
    {
        var held = (await GetRolesAsync(user)).ToList();
        foreach (var role in newRoles)
        {
            var violation = Roles.SeparationOfDutiesViolation(held, role);
            if (violation is not null)
                return IdentityResult.Failed(new IdentityError { Code = "SeparationOfDuties", Description = violation });
            held.Add(role);
        }
        return null;
    }
}
