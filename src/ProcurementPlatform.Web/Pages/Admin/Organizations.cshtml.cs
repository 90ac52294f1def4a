using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Organizations.Commands;
using ProcurementPlatform.Application.Organizations.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Admin;

public sealed class OrganizationsModel : PlatformPageModel
{
    public IReadOnlyList<OrganizationItem> Organizations { get; private set; } = [];

    [BindProperty] public RejectOrganizationCommand Reject { get; set; } = new();

    public async Task OnGetAsync() => Organizations = await Mediator.Send(new ListOrganizationsQuery());

    public async Task<IActionResult> OnPostApproveAsync(Guid organizationId)
    {
        var (ok, _) = await TrySendAsync(new ApproveOrganizationCommand(organizationId));
        if (!ok) return await ReloadAsync();
        StatusMessage = "已批准注册，该社会组织现在可以申报项目。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRejectAsync()
    {
        var (ok, _) = await TrySendAsync(Reject, nameof(Reject));
        if (!ok) return await ReloadAsync();
        StatusMessage = "已驳回注册。";
        return RedirectToPage();
    }

    private async Task<IActionResult> ReloadAsync()
    {
        Organizations = await Mediator.Send(new ListOrganizationsQuery());
        return Page();
    }
}
