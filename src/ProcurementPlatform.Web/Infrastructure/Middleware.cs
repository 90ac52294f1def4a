using ProcurementPlatform.Application.Common.Exceptions;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>
/// Records a user may not see are 404 (their existence is not revealed); refused actions are 403, or
/// a sign-in prompt for anonymous visitors. Pages need not repeat this.
/// </summary>
public sealed class ApplicationExceptionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (NotFoundException) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        catch (ForbiddenAccessException) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            if (context.User.Identity?.IsAuthenticated == true)
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            else
                context.Response.Redirect("/Identity/Account/Login?ReturnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        }
    }
}

public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    }
}
