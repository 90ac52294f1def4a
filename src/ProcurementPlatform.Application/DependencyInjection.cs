using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Common.Behaviours;
using ProcurementPlatform.Application.Common.Events;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;

namespace ProcurementPlatform.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<AuditTrail>();
        services.AddScoped<DomainEventDispatcher>();
        services.AddOptions<UploadOptions>();
        services.AddOptions<Questions.QuestionOptions>();
        services.AddOptions<Reviews.ReviewOptions>();
        services.AddOptions<Awards.PublicityOptions>();
        services.AddScoped<ICreditListing, Credit.CreditListing>();
        services.AddSingleton<Duplicates.DuplicateIndex>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Notifications.MailOutbox>();

        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true }))
        {
            foreach (var handlerInterface in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>)))
                services.AddScoped(handlerInterface, type);
        }
        return services;
    }
}
