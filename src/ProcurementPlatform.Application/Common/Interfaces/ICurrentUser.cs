namespace ProcurementPlatform.Application.Common.Interfaces;

/// <summary>Who is asking: a signed-in person, an anonymous visitor, or the platform itself (jobs).</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string UserName { get; }
    bool IsAuthenticated { get; }

    /// <summary>True inside a background job acting for the platform.</summary>
    bool IsSystem { get; }

    Guid? DepartmentId { get; }
    Guid? OrganizationId { get; }
    string? IpAddress { get; }

    bool IsInRole(string role);
}
