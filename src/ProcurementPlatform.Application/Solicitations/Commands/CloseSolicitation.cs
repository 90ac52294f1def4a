using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.Commands;

/// <summary>
/// Closes one call whose deadline has passed (the job scheduled at publication). Idempotent: a call
/// already closed, cancelled, or not yet due is left alone and reported so.
/// </summary>
[Authorize(AllowSystem = true)]
public sealed record CloseSolicitationCommand(Guid SolicitationId) : ICommand<bool>;

public sealed class CloseSolicitationCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CloseSolicitationCommand, bool>
{
    public async ValueTask<bool> Handle(CloseSolicitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var solicitation = await db.Solicitations.FirstOrDefaultAsync(s => s.Id == command.SolicitationId, cancellationToken);
        if (solicitation is null || solicitation.Status != SolicitationStatus.Open || now <= solicitation.ClosesAt) return false;
        solicitation.Close(now);
        return true;
    }
}

/// <summary>
/// The sweep's question: which open calls are past their deadline (their own job was missed, e.g.
/// the server was down)? The sweep then closes each with <see cref="CloseSolicitationCommand"/>, so
/// every real close is audited and a sweep that finds nothing writes nothing.
/// </summary>
[Authorize(AllowSystem = true)]
public sealed record ListOverdueSolicitationsQuery : IQuery<IReadOnlyList<Guid>>;

public sealed class ListOverdueSolicitationsQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<ListOverdueSolicitationsQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListOverdueSolicitationsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Solicitations.Where(s => s.Status == SolicitationStatus.Open && s.ClosesAt < now).Select(s => s.Id).ToListAsync(cancellationToken);
    }
}
