using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Departments.Queries;
using ProcurementPlatform.Application.Projects;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Projects;

/// <summary>Every signed service contract, for the public: searchable, filtered and paged.</summary>
public sealed class IndexModel : PlatformPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Keyword { get; set; }
    [BindProperty(SupportsGet = true, Name = "department")] public Guid? DepartmentId { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public ProjectStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }
    // "p", not "page": Razor Pages keeps "page" for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<PublicProjectListItem> Projects { get; private set; } = null!;
    public IReadOnlyList<DepartmentItem> Departments { get; private set; } = [];

    /// <summary>The years a filter offers: from the platform's first contracts to this year.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public static readonly ProjectStatus[] PublicStatuses =
        [ProjectStatus.Contracted, ProjectStatus.InProgress, ProjectStatus.Completed, ProjectStatus.Evaluated, ProjectStatus.Closed];

    public async Task OnGetAsync()
    {
        // A malformed filter value is ignored rather than answered with an error page.
        if (ModelState["department"]?.Errors.Count > 0) DepartmentId = null;
        if (ModelState["status"]?.Errors.Count > 0) Status = null;
        if (ModelState["year"]?.Errors.Count > 0) Year = null;
        if (ModelState["p"]?.Errors.Count > 0) PageNumber = 1;
        Keyword = string.IsNullOrWhiteSpace(Keyword) ? null : Keyword.Trim();
        Projects = await Mediator.Send(new SearchPublicProjectsQuery(Keyword, DepartmentId, Status, Year, PageNumber));
        Departments = await Mediator.Send(new ListDepartmentsQuery());
        var thisYear = ChinaTime.TodayCst(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).Year;
        Years = Enumerable.Range(2020, thisYear - 2020 + 1).Reverse().ToList();
    }

    public string PageUrl(int page) => "/projects?" + string.Join("&", new[]
    {
        Keyword is null ? null : "q=" + Uri.EscapeDataString(Keyword),
        DepartmentId is null ? null : "department=" + DepartmentId,
        Status is null ? null : "status=" + Status,
        Year is null ? null : "year=" + Year,
        "p=" + page,
    }.Where(x => x is not null));
}
