using Mediator;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Applications.Queries;

/// <summary>The organisation's live (not withdrawn) application to a call, if it has one.</summary>
[Authorize(Roles.OrganizationUser)]
public sealed record FindMyApplicationForCallQuery(Guid SolicitationId) : IQuery<Guid?>;

public sealed class FindMyApplicationForCallQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<FindMyApplicationForCallQuery, Guid?>
{
    public async ValueTask<Guid?> Handle(FindMyApplicationForCallQuery query, CancellationToken cancellationToken) =>
        user.OrganizationId is { } organizationId
            ? (await CreateApplicationCommandHandler.FindLiveAsync(db, organizationId, query.SolicitationId, cancellationToken))?.Id
            : null;
}
