using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.Commands;

/// <summary>An officer drafts a call for their own department.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class CreateSolicitationCommand : SolicitationForm, ICommand<Guid>;

public sealed class CreateSolicitationCommandValidator(IValidator<FileUpload> files) : SolicitationFormValidator<CreateSolicitationCommand>(files);

public sealed class CreateSolicitationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateSolicitationCommand, Guid>
{
    public ValueTask<Guid> Handle(CreateSolicitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var solicitation = new Solicitation(user.DepartmentId!.Value, command.ToTerms(), user.UserName, now);
        db.Solicitations.Add(solicitation);
        db.AttachFiles(solicitation, command.NewAttachments, user, now);
        return ValueTask.FromResult(solicitation.Id);
    }
}
