using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Projects;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Manage.Projects;

public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<ProjectListItem> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        // Evaluators see only the projects they evaluate, through their task list.
        if (!User.IsInRole(Roles.DepartmentOfficer) && !User.IsInRole(Roles.OrganizationUser) && !User.IsInRole(Roles.Supervisor))
            return Redirect("/evaluations");
        Projects = await Mediator.Send(new ListProjectsQuery());
        return Page();
    }
}
