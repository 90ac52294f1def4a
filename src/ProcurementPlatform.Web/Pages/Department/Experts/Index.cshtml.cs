using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Organizations.Queries;
using ProcurementPlatform.Application.Reviews.Experts;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Experts;

public sealed class IndexModel : PlatformPageModel
{
    public ExpertPoolView Pool { get; private set; } = null!;

    [BindProperty] public ProposeExpertCommand Data { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Data);
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }
        StatusMessage = $"已推荐专家“{Data.Name}”，待系统管理员审核入库。";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Pool = await Mediator.Send(new GetExpertPoolQuery());
        ViewData["Organizations"] = await Mediator.Send(new ListOrganizationNamesQuery());
        Data.Affiliations = Display.WithBlankRows(Data.Affiliations, 2);
    }
}
