using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Applications;

internal static class ApplicationAccess
{
    /// <summary>An application of the current user's own organisation, with its call; any other is "not found".</summary>
    public static async Task<(ProjectApplication Application, Solicitation Solicitation)> LoadOwnAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id && a.OrganizationId == user.OrganizationId, ct)
            ?? throw new NotFoundException("未找到该申报，或它不属于您的社会组织。");
        var solicitation = await db.Solicitations.FirstAsync(s => s.Id == application.SolicitationId, ct);
        return (application, solicitation);
    }
}
