using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Plans.Commands;
using ProcurementPlatform.Application.Plans.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Plans;

public sealed class DetailsModel : PlatformPageModel
{
    public DepartmentPlanView View { get; private set; } = null!;

    [BindProperty] public ReviseReleasePlanCommand Data { get; set; } = new();

    public async Task OnGetAsync(Guid id)
    {
        View = await Mediator.Send(new GetDepartmentPlanQuery(id));
        Data.Fill(View.Plan);
        Data.PlanId = id;
        Data.Version = View.Plan.Version;
        Data.Entries = Display.WithBlankRows(Data.Entries, 2, 1);
    }

    public async Task<IActionResult> OnPostReviseAsync(Guid id)
    {
        Data.PlanId = id;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Data);
        if (!ok)
        {
            View = await Mediator.Send(new GetDepartmentPlanQuery(id));
            Data.Entries = Display.WithBlankRows(Data.Entries, 2, 1);
            return Page();
        }
        StatusMessage = "计划已保存。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        var (ok, _) = await TrySendAsync(new PublishReleasePlanCommand(id));
        if (!ok)
        {
            await OnGetAsync(id);
            return Page();
        }
        StatusMessage = "年度发布计划已发布，社会公众可在“年度计划”页面查看。";
        return RedirectToPage(new { id });
    }
}
