using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Plans.Commands;
using ProcurementPlatform.Application.Plans.Queries;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Plans;

public sealed class IndexModel(TimeProvider clock) : PlatformPageModel
{
    public DepartmentPlansView View { get; private set; } = null!;

    [BindProperty] public CreateReleasePlanCommand Data { get; set; } = new();

    public async Task OnGetAsync()
    {
        View = await Mediator.Send(new ListDepartmentPlansQuery());
        var thisYear = ChinaTime.TodayCst(clock.GetUtcNow().UtcDateTime).Year;
        Data.Year = View.Plans.Any(p => p.Year == thisYear) ? thisYear + 1 : thisYear;
        Data.Entries = Display.WithBlankRows(Data.Entries, 3);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (ok, id) = await TrySendAsync(Data);
        if (!ok)
        {
            View = await Mediator.Send(new ListDepartmentPlansQuery());
            Data.Entries = Display.WithBlankRows(Data.Entries, 3);
            return Page();
        }
        StatusMessage = "年度发布计划草稿已保存。核对无误后请点击“发布计划”。";
        return RedirectToPage("/Department/Plans/Details", new { id });
    }
}
