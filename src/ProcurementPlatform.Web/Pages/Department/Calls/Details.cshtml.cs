using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Calls;

public sealed class DetailsModel : PlatformPageModel
{
    public DepartmentSolicitationView View { get; private set; } = null!;

    [BindProperty] public CancelSolicitationCommand Cancel { get; set; } = new();

    public async Task OnGetAsync(Guid id) => View = await Mediator.Send(new GetDepartmentSolicitationQuery(id));

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        var (ok, _) = await TrySendAsync(new PublishSolicitationCommand(id));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "项目征集已发布，社会公众和社会组织现在可以看到它。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        Cancel.SolicitationId = id;
        var (ok, _) = await TrySendAsync(Cancel, nameof(Cancel));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "项目征集已取消，取消理由已公开。";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ReloadAsync(Guid id)
    {
        View = await Mediator.Send(new GetDepartmentSolicitationQuery(id));
        return Page();
    }
}
