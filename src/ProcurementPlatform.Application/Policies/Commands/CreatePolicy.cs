using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Policies.Commands;

/// <summary>Drafts a policy entry: an officer's belongs to their department, the SystemAdmin's to no department.</summary>
[Authorize(Roles.SystemAdmin, Roles.DepartmentOfficer)]
public sealed class CreatePolicyCommand : PolicyForm, ICommand<Guid>;

public sealed class CreatePolicyCommandValidator(IValidator<FileUpload> files, TimeProvider clock) : PolicyFormValidator<CreatePolicyCommand>(files, clock);

public sealed class CreatePolicyCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreatePolicyCommand, Guid>
{
    public ValueTask<Guid> Handle(CreatePolicyCommand command, CancellationToken cancellationToken)
    {
        _ = db.Manageable(user); // refuses an officer not bound to a department
        var now = clock.GetUtcNow().UtcDateTime;
        var department = user.IsInRole(Roles.SystemAdmin) ? null : user.DepartmentId;
        var policy = Policy.Draft(command.Title ?? "", command.Issuer ?? "", command.DocumentNumber, command.IssuedOn!.Value, command.Level!.Value,
            command.Body ?? "", department, user.UserName, now);
        db.Policies.Add(policy);
        db.StoreAll(command.NewAttachments, user.UserName, now, file => policy.Attach(file.Id, file.FileName, file.ContentType, file.Length));
        return ValueTask.FromResult(policy.Id);
    }
}
