using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Policies.Commands;

/// <summary>Edits a draft or a published entry (a correction shows at once); a withdrawn one stays as it was.</summary>
[Authorize(Roles.SystemAdmin, Roles.DepartmentOfficer)]
public sealed class EditPolicyCommand : PolicyForm, ICommand<Guid>
{
    public Guid PolicyId { get; set; }
    public List<int> RemoveAttachmentIds { get; set; } = [];

    /// <summary>The version the editor started from; a save over someone else's newer save is refused.</summary>
    public Guid? Version { get; set; }
}

public sealed class EditPolicyCommandValidator(IValidator<FileUpload> files, TimeProvider clock) : PolicyFormValidator<EditPolicyCommand>(files, clock);

public sealed class EditPolicyCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<EditPolicyCommand, Guid>
{
    public async ValueTask<Guid> Handle(EditPolicyCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var policy = await db.LoadManageableAsync(user, command.PolicyId, cancellationToken);
        if (command.Version is { } version && version != policy.Version)
            throw new ConcurrencyConflictException("该政策文件在您编辑期间已被他人修改并保存。为避免覆盖对方的修改，请刷新页面查看最新内容后再修改。");
        policy.Edit(command.Title ?? "", command.Issuer ?? "", command.DocumentNumber, command.IssuedOn!.Value, command.Level!.Value, command.Body ?? "", now);
        foreach (var attachmentId in command.RemoveAttachmentIds.Distinct()) policy.RemoveAttachment(attachmentId);
        db.StoreAll(command.NewAttachments, user.UserName, now, file => policy.Attach(file.Id, file.FileName, file.ContentType, file.Length));
        return policy.Id;
    }
}
