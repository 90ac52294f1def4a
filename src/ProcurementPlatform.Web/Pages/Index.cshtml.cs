using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Portal;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages;

public sealed class IndexModel : PlatformPageModel
{
    public PagedList<SolicitationListItem> OpenCalls { get; private set; } = null!;
    public PagedList<SolicitationListItem> RecentCalls { get; private set; } = null!;
    public PortalFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        OpenCalls = await Mediator.Send(new ListPublicSolicitationsQuery(Status: SolicitationStatus.Open, PageSize: 6));
        RecentCalls = await Mediator.Send(new ListPublicSolicitationsQuery(PageSize: 5));
        Figures = await Mediator.Send(new GetPortalFiguresQuery());
    }
}
