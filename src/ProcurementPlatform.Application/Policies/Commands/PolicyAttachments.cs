using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Policies.Commands;

/// <summary>Adds attachments (原文、解读…) to an entry, with the platform's upload types and size limit.</summary>
[Authorize(Roles.SystemAdmin, Roles.DepartmentOfficer)]
public sealed class AddPolicyAttachmentsCommand : ICommand<int>
{
    public Guid PolicyId { get; set; }
    public List<FileUpload> Files { get; set; } = [];
}

public sealed class AddPolicyAttachmentsCommandValidator : AbstractValidator<AddPolicyAttachmentsCommand>
{
    public AddPolicyAttachmentsCommandValidator(IValidator<FileUpload> fileValidator)
    {
        RuleFor(x => x.Files).NotEmpty().WithMessage("请选择要上传的附件。").Must(f => f.Count <= 20).WithMessage("每份政策文件最多20个附件。");
        RuleForEach(x => x.Files).SetValidator(fileValidator);
    }
}

public sealed class AddPolicyAttachmentsCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddPolicyAttachmentsCommand, int>
{
    public async ValueTask<int> Handle(AddPolicyAttachmentsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var policy = await db.LoadManageableAsync(user, command.PolicyId, cancellationToken);
        db.StoreAll(command.Files, user.UserName, now, file => policy.Attach(file.Id, file.FileName, file.ContentType, file.Length));
        return command.Files.Count;
    }
}

[Authorize(Roles.SystemAdmin, Roles.DepartmentOfficer)]
public sealed record RemovePolicyAttachmentCommand(Guid PolicyId, int AttachmentId) : ICommand<Guid>;

public sealed class RemovePolicyAttachmentCommandHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<RemovePolicyAttachmentCommand, Guid>
{
    public async ValueTask<Guid> Handle(RemovePolicyAttachmentCommand command, CancellationToken cancellationToken)
    {
        var policy = await db.LoadManageableAsync(user, command.PolicyId, cancellationToken);
        policy.RemoveAttachment(command.AttachmentId);
        return policy.Id;
    }
}
