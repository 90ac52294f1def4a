using System.Threading.RateLimiting;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>Anonymous forms are rate-limited per client address; only submissions count, never reading.</summary>
public static class RateLimits
{
    public const string Objections = "objections";

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:ObjectionsPer10Minutes", 5);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Objections, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
    }
}
