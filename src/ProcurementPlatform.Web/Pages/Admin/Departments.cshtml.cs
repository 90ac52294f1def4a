using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Departments.Commands;
using ProcurementPlatform.Application.Departments.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Admin;

public sealed class DepartmentsModel : PlatformPageModel
{
    public IReadOnlyList<DepartmentItem> Departments { get; private set; } = [];

    [BindProperty] public CreateDepartmentCommand Data { get; set; } = new();

    public async Task OnGetAsync() => Departments = await Mediator.Send(new ListDepartmentsQuery());

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Data);
        if (!ok)
        {
            Departments = await Mediator.Send(new ListDepartmentsQuery());
            return Page();
        }
        StatusMessage = $"已添加部门“{Data.Name}”。";
        return RedirectToPage();
    }
}
