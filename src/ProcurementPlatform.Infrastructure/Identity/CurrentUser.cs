using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using ProcurementPlatform.Application.Common.Interfaces;

namespace ProcurementPlatform.Infrastructure.Identity;

/// <summary>
/// Marks the current async flow as the platform acting for itself (a background job). Jobs enter it
/// explicitly; a missing HTTP context alone never grants it.
/// </summary>
public static class SystemActor
{
    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsActive => Active.Value;

    public static IDisposable Enter()
    {
        Active.Value = true;
        return new Exit();
    }

    private sealed class Exit : IDisposable
    {
        public void Dispose() => Active.Value = false;
    }
}

public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsSystem => SystemActor.IsActive;
    public bool IsAuthenticated => !IsSystem && Principal?.Identity?.IsAuthenticated == true;
    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    public string UserName => IsSystem ? "system" : IsAuthenticated ? Principal!.Identity!.Name ?? "" : "anonymous";
    public Guid? DepartmentId => GuidClaim(PlatformClaims.DepartmentId);
    public Guid? OrganizationId => GuidClaim(PlatformClaims.OrganizationId);
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);

    private Guid? GuidClaim(string type) =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(type), out var id) ? id : null;
}
