using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Infrastructure.Persistence;

namespace ProcurementPlatform.Infrastructure.Identity;

/// <summary>Every sign-in attempt — success, failure, lock-out — and every sign-out leaves an audit record (等保).</summary>
public sealed class AuditingSignInManager(
    UserManager<ApplicationUser> userManager, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<ApplicationUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation, AppDbContext db, TimeProvider clock)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName) ?? await UserManager.FindByEmailAsync(userName);
        if (user is null)
        {
            await RecordAsync(null, userName, AuditOutcome.Failed, "账号不存在");
            return SignInResult.Failed;
        }
        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        var (outcome, detail) = result switch
        {
            { Succeeded: true } => (AuditOutcome.Succeeded, (string?)null),
            { IsLockedOut: true } => (AuditOutcome.Refused, "账号已锁定"),
            { IsNotAllowed: true } => (AuditOutcome.Refused, "账号不允许登录"),
            _ => (AuditOutcome.Failed, "密码错误"),
        };
        await RecordAsync(user.Id, user.UserName ?? userName, outcome, detail);
        return result;
    }

    public override async Task SignOutAsync()
    {
        var principal = Context.User;
        await base.SignOutAsync();
        if (principal.Identity?.IsAuthenticated == true)
            await RecordAsync(UserManager.GetUserId(principal), principal.Identity.Name ?? "", AuditOutcome.Succeeded, null, "Logout");
    }

    private async Task RecordAsync(string? userId, string userName, AuditOutcome outcome, string? detail, string action = "Login")
    {
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, userId, userName, action, "Account", userId, outcome, detail,
            Context.Connection.RemoteIpAddress?.ToString()));
        await db.SaveChangesAsync();
    }
}
