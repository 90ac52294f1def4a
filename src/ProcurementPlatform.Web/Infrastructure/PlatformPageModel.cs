using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>
/// Thin pages: a GET sends a query, a POST sends a command and redirects. Refusals come back to the
/// form: validation errors next to their fields, business-rule refusals at the top.
/// </summary>
public abstract class PlatformPageModel : PageModel
{
    protected IMediator Mediator => HttpContext.RequestServices.GetRequiredService<IMediator>();

    [TempData]
    public string? StatusMessage { get; set; }

    public int MaxUploadMegabytes => HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<UploadOptions>>().Value.MaxFileSizeMegabytes;

    /// <summary>Sends a command; on refusal, records why in ModelState (field keys under <paramref name="prefix"/>) and returns false.</summary>
    protected async Task<(bool Ok, T? Result)> TrySendAsync<T>(ICommand<T> command, string prefix = "Data")
    {
        try
        {
            return (true, await Mediator.Send(command, HttpContext.RequestAborted));
        }
        catch (RequestValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                var key = string.IsNullOrEmpty(field) ? prefix : $"{prefix}.{field}";
                foreach (var message in messages) ModelState.AddModelError(key, message);
            }
            ModelState.AddModelError(string.Empty, "提交的信息有误，请按提示修改后重新提交。");
        }
        catch (Exception ex) when (ex is DomainException or ConcurrencyConflictException or ForbiddenAccessException)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }
        return (false, default);
    }

    /// <summary>Reads posted files into uploads for a command (the size limit is enforced by the validator).</summary>
    protected static async Task<List<FileUpload>> ReadUploadsAsync(IEnumerable<IFormFile>? files, CancellationToken cancellationToken)
    {
        var uploads = new List<FileUpload>();
        foreach (var file in files ?? [])
        {
            if (file.Length == 0 && string.IsNullOrEmpty(file.FileName)) continue;
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            uploads.Add(new FileUpload(file.FileName, file.ContentType, buffer.ToArray()));
        }
        return uploads;
    }
}
