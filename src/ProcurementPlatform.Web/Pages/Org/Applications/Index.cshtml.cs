using ProcurementPlatform.Application.Applications.Queries;
using ProcurementPlatform.Application.Organizations.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Org.Applications;

public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<MyApplicationItem> Applications { get; private set; } = [];
    public OrganizationItem? Organization { get; private set; }

    public async Task OnGetAsync()
    {
        Organization = await Mediator.Send(new GetMyOrganizationQuery());
        Applications = await Mediator.Send(new ListMyApplicationsQuery());
    }
}
