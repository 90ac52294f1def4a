using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Policies;
using ProcurementPlatform.Application.Policies.Commands;
using ProcurementPlatform.Application.Policies.Queries;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.PolicyDesk;

public sealed class EditModel : PlatformPageModel
{
    [BindProperty] public EditPolicyCommand Data { get; set; } = new();
    public IReadOnlyList<PolicyAttachmentItem> Attachments { get; private set; } = [];
    public PolicyStatus Status { get; private set; }
    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var managed = await Mediator.Send(new GetManagedPolicyQuery(id));
        if (managed.Policy.Status == PolicyStatus.Withdrawn)
        {
            StatusMessage = "已撤下的政策文件不能再修改。";
            return Redirect($"/manage/policies/{id}");
        }
        Data.Fill(managed.Policy);
        Data.PolicyId = id;
        Data.Version = managed.Version;
        Attachments = managed.Policy.Attachments;
        Status = managed.Policy.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id)
    {
        ModelState.Clear();
        PreviewHtml = SafeMarkdown.ToSafeHtml(Data.Body);
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Data.PolicyId = id;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Data);
        if (!ok)
        {
            await LoadAsync(id);
            return Page();
        }
        var saved = await Mediator.Send(new GetManagedPolicyQuery(id));
        StatusMessage = saved.Policy.Status == PolicyStatus.Published ? "修改已保存，公开页面已更新。" : "修改已保存。";
        return Redirect($"/manage/policies/{id}");
    }

    private async Task LoadAsync(Guid id)
    {
        var managed = await Mediator.Send(new GetManagedPolicyQuery(id));
        Data.PolicyId = id;
        Attachments = managed.Policy.Attachments;
        Status = managed.Policy.Status;
    }
}
