using ProcurementPlatform.Application.Projects;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Projects;

/// <summary>A signed contract's public information (no personal data).</summary>
public sealed class DetailsModel : PlatformPageModel
{
    public PublicProject Project { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Project = await Mediator.Send(new GetPublicProjectQuery(id));
}
