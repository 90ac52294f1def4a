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
/// The sweep: closes every open call whose deadline has passed, catching any whose own job was
/// missed (e.g. the server was down). Idempotent. Returns how many it closed.
/// </summary>
[Authorize(AllowSystem = true)]
public sealed record CloseOverdueSolicitationsCommand : ICommand<int>;

public sealed class CloseOverdueSolicitationsCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CloseOverdueSolicitationsCommand, int>
{
    public async ValueTask<int> Handle(CloseOverdueSolicitationsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.Solicitations.Where(s => s.Status == SolicitationStatus.Open && s.ClosesAt < now).ToListAsync(cancellationToken);
        foreach (var solicitation in overdue) solicitation.Close(now);
        return overdue.Count;
    }
}
