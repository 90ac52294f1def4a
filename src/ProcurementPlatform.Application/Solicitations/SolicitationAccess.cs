using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations;

internal static class SolicitationAccess
{
    /// <summary>A call of the current officer's own department; any other is "not found".</summary>
    public static async Task<Solicitation> LoadOwnAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.Solicitations.FirstOrDefaultAsync(s => s.Id == id && s.DepartmentId == user.DepartmentId, ct)
        ?? throw new NotFoundException("未找到该项目征集，或它不属于您所在的部门。");

    public static void AttachFiles(this IApplicationDbContext db, Solicitation solicitation, IEnumerable<FileUpload> uploads, ICurrentUser user, DateTime nowUtc)
    {
        db.StoreAll(uploads, user.UserName, nowUtc, file => solicitation.AddAttachment(new SolicitationAttachment(file.Id, file.FileName, file.ContentType, file.Length)));
    }
}
