using ProcurementPlatform.Application.Common.Events;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.EventHandlers;

/// <summary>After a call is published (and committed), schedule its closing at the deadline.</summary>
public sealed class ScheduleCloseWhenSolicitationPublished(IJobScheduler scheduler) : IDomainEventHandler<SolicitationPublished>
{
    public Task HandleAsync(SolicitationPublished domainEvent, CancellationToken cancellationToken)
    {
        scheduler.ScheduleSolicitationClose(domainEvent.SolicitationId, domainEvent.ClosesAtUtc);
        return Task.CompletedTask;
    }
}
