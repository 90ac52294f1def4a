using Mediator;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Applications.Commands;

[Authorize(Roles.OrganizationUser, RequireActiveOrganization = true)]
public sealed class EditApplicationCommand : ApplicationForm, ICommand<Guid>
{
    public Guid ApplicationId { get; set; }
}

public sealed class EditApplicationCommandValidator : ApplicationFormValidator<EditApplicationCommand>;

public sealed class EditApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<EditApplicationCommand, Guid>
{
    public async ValueTask<Guid> Handle(EditApplicationCommand command, CancellationToken cancellationToken)
    {
        var (application, solicitation) = await db.LoadOwnAsync(user, command.ApplicationId, cancellationToken);
        application.Edit(command.ToContent(), solicitation, clock.GetUtcNow().UtcDateTime);
        return application.Id;
    }
}
