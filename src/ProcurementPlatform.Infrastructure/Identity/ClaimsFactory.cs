using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ProcurementPlatform.Infrastructure.Identity;

public static class PlatformClaims
{
    public const string DepartmentId = "pp:department";
    public const string OrganizationId = "pp:organization";
    public const string DisplayName = "pp:name";
    public const string PasswordChangedAt = "pp:pwd-changed";
}

/// <summary>Puts the user's department or organisation into the sign-in cookie.</summary>
public sealed class PlatformClaimsPrincipalFactory(UserManager<ApplicationUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DepartmentId is { } department) identity.AddClaim(new Claim(PlatformClaims.DepartmentId, department.ToString()));
        if (user.OrganizationId is { } organization) identity.AddClaim(new Claim(PlatformClaims.OrganizationId, organization.ToString()));
        if (user.PasswordChangedAt is { } changed)
            identity.AddClaim(new Claim(PlatformClaims.PasswordChangedAt, changed.ToString("O"), ClaimValueTypes.DateTime));
        identity.AddClaim(new Claim(PlatformClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}
