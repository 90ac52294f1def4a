using Mediator;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Solicitations.Commands;

[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record PublishSolicitationCommand(Guid SolicitationId) : ICommand<Guid>;

public sealed class PublishSolicitationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishSolicitationCommand, Guid>
{
    public async ValueTask<Guid> Handle(PublishSolicitationCommand command, CancellationToken cancellationToken)
    {
        var solicitation = await db.LoadOwnAsync(user, command.SolicitationId, cancellationToken);
        solicitation.Publish(clock.GetUtcNow().UtcDateTime);
        return solicitation.Id;
    }
}
