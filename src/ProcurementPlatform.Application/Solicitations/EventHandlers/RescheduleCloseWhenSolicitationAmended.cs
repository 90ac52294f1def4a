using ProcurementPlatform.Application.Common.Events;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.EventHandlers;

/// <summary>
/// An amendment may move the deadline: schedule a close at the new one. The job at the old deadline
/// finds the call not yet due and leaves it open.
/// </summary>
public sealed class RescheduleCloseWhenSolicitationAmended(IJobScheduler scheduler) : IDomainEventHandler<SolicitationAmended>
{
    public Task HandleAsync(SolicitationAmended domainEvent, CancellationToken cancellationToken)
    {
        scheduler.ScheduleSolicitationClose(domainEvent.SolicitationId, domainEvent.ClosesAtUtc);
        return Task.CompletedTask;
    }
}
