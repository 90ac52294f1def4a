using ProcurementPlatform.Application.Projects;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Projects;

/// <summary>Every signed service contract, for the public.</summary>
public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<PublicProjectListItem> Projects { get; private set; } = [];

    public async Task OnGetAsync() => Projects = await Mediator.Send(new ListPublicProjectsQuery());
}
