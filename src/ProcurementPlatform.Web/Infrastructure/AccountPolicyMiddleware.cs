using System.Globalization;
using ProcurementPlatform.Infrastructure.Identity;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>
/// Two account rules: (1) a password older than <c>Security:PasswordMaxAgeDays</c> (default 90, 等保)
/// must be changed before anything else; (2) of the stock Identity UI only sign-in, sign-out and its
/// notices are used — its English self-service pages (profile, personal data, 2FA …) are not offered.
/// </summary>
public sealed class AccountPolicyMiddleware(RequestDelegate next, TimeProvider clock, IConfiguration configuration)
{
    public const string ChangePasswordPath = "/account/password";
    private static readonly HashSet<string> IdentityPagesInUse = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Identity/Account/Login", "/Identity/Account/Logout", "/Identity/Account/AccessDenied", "/Identity/Account/Lockout", "/Identity/Account/Register",
    };

    private readonly TimeSpan _maxAge = TimeSpan.FromDays(configuration.GetValue("Security:PasswordMaxAgeDays", 90));

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/Identity/Account") && !IdentityPagesInUse.Contains(path.Value!.TrimEnd('/')))
        {
            context.Response.Redirect(path.StartsWithSegments("/Identity/Account/Manage") ? ChangePasswordPath : "/Identity/Account/Login");
            return Task.CompletedTask;
        }

        if (context.User.Identity?.IsAuthenticated == true
            && !path.StartsWithSegments(ChangePasswordPath) && !path.StartsWithSegments("/Identity/Account/Logout") && PasswordExpired(context))
        {
            context.Response.Redirect(ChangePasswordPath + "?expired=true");
            return Task.CompletedTask;
        }
        return next(context);
    }

    private bool PasswordExpired(HttpContext context)
    {
        var claim = context.User.FindFirst(PlatformClaims.PasswordChangedAt)?.Value;
        return claim is not null
            && DateTime.TryParse(claim, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var changed)
            && clock.GetUtcNow().UtcDateTime - changed.ToUniversalTime() > _maxAge;
    }
}
