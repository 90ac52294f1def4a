using System.Reflection;
using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Application.Common.Behaviours;

/// <summary>One audit record per command: who, what, when, which entity, and how it ended.</summary>
public sealed class AuditBehaviour<TMessage, TResponse>(ICurrentUser user, TimeProvider clock, AuditTrail trail)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand) return await next(message, cancellationToken);

        try
        {
            var response = await next(message, cancellationToken);
            trail.Add(Entry(message, EntityIdOf(response) ?? EntityIdOf(message), AuditOutcome.Succeeded, null));
            return response;
        }
        catch (Exception ex)
        {
            var outcome = ex is ForbiddenAccessException or NotFoundException ? AuditOutcome.Refused : AuditOutcome.Failed;
            var detail = ex is DomainException or RequestValidationException or ValidationException or ForbiddenAccessException or NotFoundException or ConcurrencyConflictException
                ? ex.Message
                : ex.GetType().Name;
            trail.Add(Entry(message, EntityIdOf(message), outcome, detail));
            throw;
        }
    }

    private AuditEntry Entry(TMessage message, string? entityId, AuditOutcome outcome, string? detail) => new(
        clock.GetUtcNow().UtcDateTime,
        user.UserId,
        user.IsSystem ? "系统任务" : user.IsAuthenticated ? user.UserName : "匿名访客",
        typeof(TMessage).Name,
        EntityTypeOf(typeof(TMessage)),
        entityId,
        outcome,
        detail,
        user.IpAddress);

    /// <summary>The entity a command concerns: the Guid it returns, or its first Guid "…Id" property.</summary>
    private static string? EntityIdOf(object? value)
    {
        if (value is Guid id) return id.ToString();
        if (value is null) return null;
        var property = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.PropertyType == typeof(Guid) && p.Name.EndsWith("Id", StringComparison.Ordinal) && p.Name != "ClientRequestId");
        return property?.GetValue(value)?.ToString();
    }

    private static string? EntityTypeOf(Type messageType)
    {
        // Use cases live in ProcurementPlatform.Application.{Feature}.…: the feature names the entity kind.
        var parts = messageType.Namespace?.Split('.') ?? [];
        return parts.Length > 2 ? parts[2] : null;
    }
}
