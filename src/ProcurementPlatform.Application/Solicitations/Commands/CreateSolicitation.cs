using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.Commands;

/// <summary>An officer drafts a call for their own department.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class CreateSolicitationCommand : SolicitationForm, ICommand<Guid>
{
    /// <summary>The entry of the department's annual release plan this call carries out, if any.</summary>
    public Guid? PlanEntryId { get; set; }
}

public sealed class CreateSolicitationCommandValidator(IValidator<FileUpload> files) : SolicitationFormValidator<CreateSolicitationCommand>(files);

public sealed class CreateSolicitationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateSolicitationCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateSolicitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var solicitation = new Solicitation(user.DepartmentId!.Value, command.ToTerms(), user.UserName, now);
        if (command.PlanEntryId is { } entryId)
        {
            var ownEntry = await db.ReleasePlans.AnyAsync(p => p.DepartmentId == user.DepartmentId && p.Entries.Any(e => e.Id == entryId), cancellationToken);
            if (!ownEntry) throw new NotFoundException("未找到该计划项目，或它不属于您所在的部门。");
            var existing = await db.Solicitations.Where(s => s.PlanEntryId == entryId && s.Status != SolicitationStatus.Cancelled)
                .Select(s => s.Title).FirstOrDefaultAsync(cancellationToken);
            if (existing is not null) throw new DomainException($"该计划项目已创建项目征集“{existing}”，请勿重复创建。");
            solicitation.LinkToPlanEntry(entryId);
        }
        db.Solicitations.Add(solicitation);
        db.AttachFiles(solicitation, command.NewAttachments, user, now);
        return solicitation.Id;
    }
}
