using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Policies.Commands;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.PolicyDesk;

public sealed class CreateModel : PlatformPageModel
{
    [BindProperty] public CreatePolicyCommand Data { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    /// <summary>The body as the public page will show it, when the editor asked for a preview.</summary>
    public string? PreviewHtml { get; private set; }

    public void OnGet() { }

    public IActionResult OnPostPreview()
    {
        ModelState.Clear();
        PreviewHtml = SafeMarkdown.ToSafeHtml(Data.Body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Data.NewAttachments = await ReadUploadsAsync(Files, HttpContext.RequestAborted);
        ModelState.Clear();
        var (ok, id) = await TrySendAsync(Data);
        if (!ok) return Page();
        StatusMessage = "草稿已保存。核对无误后请点击“发布”。";
        return Redirect($"/manage/policies/{id}");
    }
}
