using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Application.Common.Events;

/// <summary>Reacts to a domain event after the transaction that raised it has committed.</summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Runs the handlers of committed domain events. A failing handler is logged and does not undo the
/// committed change; every side effect it starts has a sweep job that catches up (e.g. closing calls).
/// </summary>
public sealed class DomainEventDispatcher(IServiceProvider services, ILogger<DomainEventDispatcher> logger)
{
    public async Task DispatchAsync(IEnumerable<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in events)
        {
            var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
            foreach (var handler in services.GetServices(handlerType))
            {
                try
                {
                    await (Task)handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!
                        .Invoke(handler, [domainEvent, cancellationToken])!;
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Handler {Handler} failed for {Event}", handler!.GetType().Name, domainEvent);
                }
            }
        }
    }
}
