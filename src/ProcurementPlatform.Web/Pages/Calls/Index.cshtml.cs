using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Departments.Queries;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Calls;

public sealed class IndexModel : PlatformPageModel
{
    [BindProperty(SupportsGet = true, Name = "field")] public ServiceField? Field { get; set; }
    [BindProperty(SupportsGet = true, Name = "department")] public Guid? DepartmentId { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public SolicitationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Keyword { get; set; }
    // "p", not "page": Razor Pages keeps "page" for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<SolicitationListItem> Calls { get; private set; } = null!;
    public IReadOnlyList<DepartmentItem> Departments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // A filter value that does not parse (e.g. ?status=foo) is ignored rather than an error page.
        if (!ModelState.IsValid)
        {
            if (ModelState["field"]?.Errors.Count > 0) Field = null;
            if (ModelState["department"]?.Errors.Count > 0) DepartmentId = null;
            if (ModelState["status"]?.Errors.Count > 0) Status = null;
            if (ModelState["p"]?.Errors.Count > 0) PageNumber = 1;
        }
        if (Status == SolicitationStatus.Draft) Status = null;
        Departments = await Mediator.Send(new ListDepartmentsQuery());
        Calls = await Mediator.Send(new ListPublicSolicitationsQuery(Field, DepartmentId, Status, Keyword, PageNumber, 10));
    }

    public string PageUrl(int page) => Url.Page("/Calls/Index", new { field = Field, department = DepartmentId, status = Status, q = Keyword, p = page })!;
}
