using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.Application.Policies.Queries;

/// <summary>A policy as the public reads it: published, or withdrawn (still reachable by link, with the reason). Drafts are not found.</summary>
public sealed record GetPublicPolicyQuery(Guid PolicyId) : IQuery<PolicyView>;

public sealed class GetPublicPolicyQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPublicPolicyQuery, PolicyView>
{
    public async ValueTask<PolicyView> Handle(GetPublicPolicyQuery query, CancellationToken cancellationToken)
    {
        var policy = await db.Public().AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PolicyId, cancellationToken)
            ?? throw new NotFoundException("未找到该政策文件。");
        return PolicyView.From(policy);
    }
}

/// <summary>An attachment of a policy: public once the policy is published (also after withdrawal); a draft's only to those who manage it.</summary>
public sealed record GetPolicyAttachmentQuery(Guid PolicyId, int AttachmentId) : IQuery<FileDownload>;

public sealed class GetPolicyAttachmentQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetPolicyAttachmentQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetPolicyAttachmentQuery query, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PolicyId, cancellationToken);
        var visible = policy is not null && (policy.Status != PolicyStatus.Draft || await CanManageAsync(policy.Id, cancellationToken));
        var attachment = visible ? policy!.Attachments.FirstOrDefault(a => a.Id == query.AttachmentId) : null;
        if (attachment is null) throw new NotFoundException("未找到该附件。");
        var content = await db.StoredFiles.AsNoTracking().Where(f => f.Id == attachment.FileId).Select(f => f.Content).FirstAsync(cancellationToken);
        return new FileDownload(attachment.FileName, attachment.ContentType, content);
    }

    private async Task<bool> CanManageAsync(Guid id, CancellationToken ct)
    {
        if (!user.IsAuthenticated) return false;
        try
        {
            return await db.Manageable(user).AnyAsync(p => p.Id == id, ct);
        }
        catch (ForbiddenAccessException)
        {
            return false;
        }
    }
}
