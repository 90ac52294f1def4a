using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Organizations.Queries;
using ProcurementPlatform.Application.Reviews.Experts;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Admin;

public sealed class ExpertsModel : PlatformPageModel
{
    public ExpertPoolView Pool { get; private set; } = null!;

    [BindProperty] public AdmitExpertCommand Data { get; set; } = new();
    [BindProperty] public ActivateExpertCommand Activate { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAdmitAsync()
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Data);
        if (!ok) return await ReloadAsync();
        StatusMessage = $"专家“{Data.Name}”已入库。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostActivateAsync()
    {
        var (ok, _) = await TrySendAsync(Activate, nameof(Activate));
        if (!ok) return await ReloadAsync();
        StatusMessage = "推荐的专家已入库。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid expertId)
    {
        var (ok, _) = await TrySendAsync(new RetireExpertCommand(expertId));
        if (!ok) return await ReloadAsync();
        StatusMessage = "专家已退出专家库。";
        return RedirectToPage();
    }

    private async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Pool = await Mediator.Send(new GetExpertPoolQuery());
        ViewData["Organizations"] = await Mediator.Send(new ListOrganizationNamesQuery());
        Data.Affiliations = Display.WithBlankRows(Data.Affiliations, 2);
    }
}
