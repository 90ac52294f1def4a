namespace ProcurementPlatform.Application.Common.Security;

/// <summary>
/// Declared on a request: who may send it. Several attributes must all be satisfied; one attribute
/// is satisfied by any of its roles. Requests without it are public.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;

    /// <summary>Background jobs acting for the platform may send it.</summary>
    public bool AllowSystem { get; init; }

    /// <summary>Only the platform itself (background jobs, after-commit handlers) may send it; no person, whatever their role.</summary>
    public bool SystemOnly { get; init; }

    /// <summary>The sender must be an officer bound to a department.</summary>
    public bool RequireDepartment { get; init; }

    /// <summary>The sender must belong to an organisation whose registration has been approved.</summary>
    public bool RequireActiveOrganization { get; init; }
}
