using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Departments.Queries;
using ProcurementPlatform.Application.Plans.Queries;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Plans;

public sealed class IndexModel(TimeProvider clock) : PlatformPageModel
{
    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "department")] public Guid? DepartmentId { get; set; }
    [BindProperty(SupportsGet = true, Name = "field")] public ServiceField? Field { get; set; }
    [BindProperty(SupportsGet = true, Name = "fund")] public FundSource? Fund { get; set; }

    public PublicPlansView View { get; private set; } = null!;
    public IReadOnlyList<DepartmentItem> Departments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            if (ModelState["year"]?.Errors.Count > 0) Year = null;
            if (ModelState["department"]?.Errors.Count > 0) DepartmentId = null;
            if (ModelState["field"]?.Errors.Count > 0) Field = null;
            if (ModelState["fund"]?.Errors.Count > 0) Fund = null;
        }
        var year = Year is >= 2000 and <= 2100 ? Year.Value : ChinaTime.TodayCst(clock.GetUtcNow().UtcDateTime).Year;
        Departments = await Mediator.Send(new ListDepartmentsQuery());
        View = await Mediator.Send(new ListPublicPlansQuery(year, DepartmentId, Field, Fund));
    }
}
