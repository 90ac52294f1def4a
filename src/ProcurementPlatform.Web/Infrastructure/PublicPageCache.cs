using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Primitives;
using ProcurementPlatform.Application.Common.Caching;
using ProcurementPlatform.Application.Common.Interfaces;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>
/// Server-side cache of the anonymous public pages (issue 9, "Speed"). A page is kept per path and query string,
/// tagged with the public datasets it shows, and dropped when one of them changes (see
/// <c>PublicCacheInterceptor</c>: every commit, from a page or a background job) or after
/// <c>PublicCache:ExpiryMinutes</c> (10), a safety net. Signed-in users are never served from it and never fill it.
/// Settings: <c>PublicCache:Enabled</c> (true), <c>PublicCache:ExpiryMinutes</c>.
/// </summary>
public static class PublicPageCache
{
    /// <summary>The cached pages and what they show. The home page shows figures from everything.</summary>
    private static readonly (string Page, string[] Datasets)[] Pages =
    [
        ("/Index", [.. PublicDatasets.All]),
        ("/Calls/Index", [PublicDatasets.Calls]),
        ("/Calls/Details", [PublicDatasets.Calls]),
        ("/Notices/Index", [PublicDatasets.Notices]),
        ("/Notices/Details", [PublicDatasets.Notices]),
        ("/Credit/Index", [PublicDatasets.Credit]),
        ("/Credit/Details", [PublicDatasets.Credit]),
        ("/Projects/Index", [PublicDatasets.Projects]),
        ("/Projects/Details", [PublicDatasets.Projects]),
        ("/Plans/Index", [PublicDatasets.Plans]),
        ("/Policies/Index", [PublicDatasets.Policies]),
        ("/Policies/Details", [PublicDatasets.Policies]),
        ("/Stats/Index", [PublicDatasets.Projects, PublicDatasets.Notices]),
        ("/Search/Index", [PublicDatasets.Calls, PublicDatasets.Notices, PublicDatasets.Projects, PublicDatasets.Policies]),
    ];

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var expiry = TimeSpan.FromMinutes(configuration.GetValue("PublicCache:ExpiryMinutes", 10));
        // The public JSON API under /api and the downloads under /exports (every endpoint there is anonymous and public;
        // a download rebuilds a whole dataset) read several datasets: any change drops them. Base policies, so endpoints
        // added under those paths later are covered without a line each.
        services.AddOutputCache(o =>
        {
            o.AddBasePolicy(new UnderPath("/api", new AnonymousOnlyPolicy([.. PublicDatasets.All], expiry)));
            o.AddBasePolicy(new UnderPath("/exports", new AnonymousOnlyPolicy([.. PublicDatasets.All], expiry)));
        });
        services.AddSingleton<OutputCacheInvalidator>();
        services.Replace(ServiceDescriptor.Singleton<IPublicCacheInvalidator>(sp => sp.GetRequiredService<OutputCacheInvalidator>()));
        services.Configure<RazorPagesOptions>(options =>
        {
            foreach (var (page, datasets) in Pages)
            {
                var policy = new AnonymousOnlyPolicy(datasets, expiry);
                options.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(policy));
            }
        });
        return services;
    }

    /// <summary>After authentication (the policy needs to know who asks) and routing (it needs the endpoint).</summary>
    public static IApplicationBuilder UsePublicPageCache(this IApplicationBuilder app, IConfiguration configuration) =>
        configuration.GetValue("PublicCache:Enabled", true) ? app.UseOutputCache() : app;

    private sealed class UnderPath(PathString prefix, IOutputCachePolicy inner) : IOutputCachePolicy
    {
        private bool Applies(OutputCacheContext context) => context.HttpContext.Request.Path.StartsWithSegments(prefix);

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
            Applies(context) ? inner.CacheRequestAsync(context, cancellation) : ValueTask.CompletedTask;

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
            Applies(context) ? inner.ServeFromCacheAsync(context, cancellation) : ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
            Applies(context) ? inner.ServeResponseAsync(context, cancellation) : ValueTask.CompletedTask;
    }

    /// <summary>
    /// Caches a GET only when nothing about it can be personal: no sign-in cookie (or any Identity or TempData
    /// cookie, or an Authorization header) on the request, and a 200 response that sets no cookie and does not
    /// forbid storing. That last rule is what keeps antiforgery tokens out of the cache: a page that renders a POST
    /// form (the objection form on a notice in publicity, a credit entry's appeal form) gets its token from
    /// ASP.NET Core's antiforgery, which marks that response <c>Cache-Control: no-cache, no-store</c> (and sets the
    /// antiforgery cookie on a first visit): such a response is never stored, because its token belongs to one
    /// visitor's cookie and would fail for the next. The same page without a form (a notice whose publicity has
    /// ended) is cached. The search forms on /calls, /credit and /plans are GET forms and carry no token.
    /// </summary>
    private sealed class AnonymousOnlyPolicy(string[] datasets, TimeSpan expiry) : IOutputCachePolicy
    {
        private const string GenerationKey = "PublicPageCache.Generation";

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && IsAnonymous(http);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = expiry;
            context.CacheVaryByRules.QueryKeys = "*";
            foreach (var dataset in datasets) context.Tags.Add(dataset);
            http.Items[GenerationKey] = http.RequestServices.GetRequiredService<OutputCacheInvalidator>().Generation;
            // Registered first, so it runs after the OnStarting callbacks that write cookies (TempData's among them);
            // the headers are read-only by the time ServeResponseAsync looks at them.
            if (cacheable)
                http.Response.OnStarting(static state => { DropNeedlessCookieDeletions((HttpContext)state); return Task.CompletedTask; }, http);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var response = http.Response;
            var cacheControl = response.Headers.CacheControl.ToString();
            if (response.StatusCode != StatusCodes.Status200OK
                || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
                || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
                || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
                // The page was rendered from rows that changed while it was being rendered: storing it would
                // bring back what the invalidation just dropped.
                || http.Items[GenerationKey] is not long generation
                || generation != http.RequestServices.GetRequiredService<OutputCacheInvalidator>().Generation)
            {
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }

        /// <summary>
        /// Every page deletes the TempData cookie (<c>PlatformPageModel</c> has a TempData message) even when the
        /// visitor has none. Deleting a cookie the request did not carry does nothing, so that header goes; any other
        /// cookie keeps the response out of the cache.
        /// </summary>
        private static void DropNeedlessCookieDeletions(HttpContext http)
        {
            var setCookie = http.Response.Headers.SetCookie;
            if (StringValues.IsNullOrEmpty(setCookie)) return;
            var kept = new List<string>();
            foreach (var value in setCookie)
            {
                if (value is null) continue;
                var name = value[..Math.Max(0, value.IndexOf('='))];
                var deletion = value.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (!(deletion && !http.Request.Cookies.ContainsKey(name))) kept.Add(value);
            }
            if (kept.Count == setCookie.Count) return;
            if (kept.Count == 0) http.Response.Headers.Remove("Set-Cookie");
            else http.Response.Headers.SetCookie = new StringValues([.. kept]);
        }

        private static bool IsAnonymous(HttpContext http)
        {
            if (http.User.Identity?.IsAuthenticated == true || http.Request.Headers.ContainsKey("Authorization")) return false;
            foreach (var name in http.Request.Cookies.Keys)
            {
                // pp.auth (and its chunks pp.authC1 …), Identity's external and two-factor cookies, TempData messages.
                if (name.StartsWith("pp.auth", StringComparison.Ordinal)
                    || name.StartsWith("Identity.", StringComparison.Ordinal)
                    || name.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal)
                    || name.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider", StringComparison.Ordinal))
                    return false;
            }
            return true;
        }
    }
}

/// <summary>Drops the cached pages of the datasets a commit changed (the web side of <see cref="IPublicCacheInvalidator"/>).</summary>
public sealed class OutputCacheInvalidator(IOutputCacheStore store) : IPublicCacheInvalidator
{
    private long _generation;

    /// <summary>Changes on every invalidation; a response rendered across one is not stored.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public async ValueTask InvalidateAsync(IReadOnlyCollection<string> datasets, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        foreach (var dataset in datasets) await store.EvictByTagAsync(dataset, cancellationToken);
    }
}
