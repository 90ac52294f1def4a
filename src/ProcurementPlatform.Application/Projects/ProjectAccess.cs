using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Projects;

/// <summary>Who may see and change a project; others get "not found", never a hint that it exists.</summary>
public static class ProjectAccess
{
    public const string NotFound = "未找到该项目，或您无权查看。";

    /// <summary>The project of the officer's own department (for changes).</summary>
    public static async Task<Project> LoadOwnProjectAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.Projects.FirstOrDefaultAsync(p => p.Id == id && p.DepartmentId == user.DepartmentId, ct)
        ?? throw new NotFoundException(NotFound);

    /// <summary>The project of the signed-in organisation (for its reports).</summary>
    public static async Task<Project> LoadOrganizationProjectAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.Projects.FirstOrDefaultAsync(p => p.Id == id && p.OrganizationId == user.OrganizationId, ct)
        ?? throw new NotFoundException(NotFound);

    /// <summary>
    /// Reading a project's records: its department, its organisation, Supervisors (everything, read-only) and
    /// an Evaluator assigned to one of its evaluations.
    /// </summary>
    public static async Task<bool> CanReadAsync(this IApplicationDbContext db, ICurrentUser user, Project project, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Supervisor)) return true;
        if (user.IsInRole(Roles.DepartmentOfficer) && project.DepartmentId == user.DepartmentId) return true;
        if (user.IsInRole(Roles.OrganizationUser) && project.OrganizationId == user.OrganizationId) return true;
        if (user.IsInRole(Roles.Evaluator) && user.UserId is { } id)
            return await db.Evaluations.AnyAsync(e => e.ProjectId == project.Id && e.EvaluatorUserId == id, ct);
        return false;
    }

    public static async Task<Project> LoadReadableProjectAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null || !await db.CanReadAsync(user, project, ct)) throw new NotFoundException(NotFound);
        return project;
    }
}
