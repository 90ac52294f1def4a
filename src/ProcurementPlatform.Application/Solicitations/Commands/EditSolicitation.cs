using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Solicitations.Commands;

/// <summary>An officer changes a draft call of their department (published calls are not edited here).</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class EditSolicitationCommand : SolicitationForm, ICommand<Guid>
{
    public Guid SolicitationId { get; set; }
    public List<int> RemoveAttachmentIds { get; set; } = [];

    /// <summary>The version the officer started editing; a save over someone else's newer save is refused.</summary>
    public Guid? Version { get; set; }
}

public sealed class EditSolicitationCommandValidator(IValidator<FileUpload> files) : SolicitationFormValidator<EditSolicitationCommand>(files);

public sealed class EditSolicitationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<EditSolicitationCommand, Guid>
{
    public async ValueTask<Guid> Handle(EditSolicitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var solicitation = await db.LoadOwnAsync(user, command.SolicitationId, cancellationToken);
        if (command.Version is { } version && version != solicitation.Version)
            throw new ConcurrencyConflictException("该草稿在您编辑期间已被他人修改并保存。为避免覆盖对方的修改，请刷新页面查看最新内容后再修改。");
        solicitation.Edit(command.ToTerms(), now);
        foreach (var attachmentId in command.RemoveAttachmentIds.Distinct()) solicitation.RemoveAttachment(attachmentId);
        db.AttachFiles(solicitation, command.NewAttachments, user, now);
        return solicitation.Id;
    }
}
