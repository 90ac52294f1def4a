using System.Threading.RateLimiting;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>Anonymous forms are rate-limited per client address; only submissions count, never reading.</summary>
public static class RateLimits
{
    public const string Objections = "objections";
    public const string AlertSubscriptions = "alert-subscriptions";
    public const string Comments = "comments";

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:ObjectionsPer10Minutes", 5);
        var subscriptions = configuration.GetValue("RateLimits:AlertSubscriptionsPer10Minutes", 5);
        var comments = configuration.GetValue("RateLimits:CommentsPer10Minutes", 5);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Objections, context => PostsPerClient(context, permits));
            // Each subscription request sends a confirmation mail to the address given: the limit keeps the form from being used to flood someone's mailbox.
            options.AddPolicy(AlertSubscriptions, context => PostsPerClient(context, subscriptions));
            options.AddPolicy(Comments, context => PostsPerClient(context, comments));
        });
    }

    private static RateLimitPartition<string> PostsPerClient(HttpContext context, int permits) => HttpMethods.IsPost(context.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 })
        : RateLimitPartition.GetNoLimiter("read");
}
