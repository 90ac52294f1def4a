namespace ProcurementPlatform.Application.Common.Interfaces;

public sealed record UserSummary(string Id, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, Guid? DepartmentId, Guid? OrganizationId, bool LockedOut);

/// <summary>Port to the account store (ASP.NET Core Identity lives in Infrastructure).</summary>
public interface IIdentityService
{
    /// <summary>Creates an account; returns its id or the reasons it was refused (Chinese).</summary>
    Task<(string? UserId, IReadOnlyList<string> Errors)> CreateUserAsync(string userName, string email, string displayName, string password, string role, Guid? departmentId, Guid? organizationId);

    Task<IReadOnlyList<string>> AddToRoleAsync(string userId, string role);

    /// <summary>Changes a user's own password and records when; returns the reasons it was refused.</summary>
    Task<IReadOnlyList<string>> ChangePasswordAsync(string userId, string currentPassword, string newPassword);

    Task<IReadOnlyList<string>> RemoveFromRoleAsync(string userId, string role);

    Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken);

    Task<UserSummary?> FindUserAsync(string userId, CancellationToken cancellationToken);
}
