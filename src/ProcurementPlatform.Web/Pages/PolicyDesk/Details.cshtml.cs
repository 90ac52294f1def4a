using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Policies;
using ProcurementPlatform.Application.Policies.Commands;
using ProcurementPlatform.Application.Policies.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.PolicyDesk;

public sealed class DetailsModel : PlatformPageModel
{
    public ManagedPolicy Managed { get; private set; } = null!;

    [BindProperty] public WithdrawPolicyCommand Withdraw { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        var (ok, _) = await TrySendAsync(new PublishPolicyCommand(id));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "已发布，社会公众现在可以在“政策法规”栏目查阅。";
        return Redirect($"/manage/policies/{id}");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        Withdraw.PolicyId = id;
        var (ok, _) = await TrySendAsync(Withdraw, nameof(Withdraw));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "已撤下。该文件不再出现在列表中，原链接仍可查阅并显示撤下理由。";
        return Redirect($"/manage/policies/{id}");
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id)
    {
        var command = new AddPolicyAttachmentsCommand { PolicyId = id, Files = await ReadUploadsAsync(Files, HttpContext.RequestAborted) };
        ModelState.Clear();
        var (ok, count) = await TrySendAsync(command, "Upload");
        if (!ok) return await ReloadAsync(id);
        StatusMessage = $"已上传 {count} 个附件。";
        return Redirect($"/manage/policies/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(Guid id, int attachmentId)
    {
        var (ok, _) = await TrySendAsync(new RemovePolicyAttachmentCommand(id, attachmentId));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "附件已删除。";
        return Redirect($"/manage/policies/{id}");
    }

    private async Task LoadAsync(Guid id) => Managed = await Mediator.Send(new GetManagedPolicyQuery(id));

    private async Task<IActionResult> ReloadAsync(Guid id)
    {
        await LoadAsync(id);
        return Page();
    }
}
