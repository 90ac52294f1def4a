using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.Queries;

public sealed record FileDownload(string FileName, string ContentType, byte[] Content);

/// <summary>An attachment of a call: public once the call is published; before that, only its department's officers.</summary>
public sealed record GetSolicitationAttachmentQuery(Guid SolicitationId, int AttachmentId) : IQuery<FileDownload>;

public sealed class GetSolicitationAttachmentQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetSolicitationAttachmentQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetSolicitationAttachmentQuery query, CancellationToken cancellationToken)
    {
        var solicitation = await db.Solicitations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.SolicitationId, cancellationToken);
        var visible = solicitation is not null && (solicitation.WasPublished
            || (user.IsInRole(Roles.DepartmentOfficer) && user.DepartmentId == solicitation.DepartmentId));
        var attachment = visible ? solicitation!.Attachments.FirstOrDefault(a => a.Id == query.AttachmentId) : null;
        if (attachment is null) throw new NotFoundException("未找到该附件。");
        var content = await db.StoredFiles.AsNoTracking().Where(f => f.Id == attachment.FileId).Select(f => f.Content).FirstAsync(cancellationToken);
        return new FileDownload(attachment.FileName, attachment.ContentType, content);
    }
}
