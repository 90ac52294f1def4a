using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Application.Portal;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages;

/// <summary>首页: open calls, the latest notices, credit-list highlights, new projects and policies, key figures.</summary>
public sealed class IndexModel : PlatformPageModel
{
    public PagedList<SolicitationListItem> OpenCalls { get; private set; } = null!;
    public PortalFigures Figures { get; private set; } = null!;
    public HomePage Home { get; private set; } = null!;
    public PagedList<CreditListItem> Red { get; private set; } = null!;
    public PagedList<CreditListItem> Black { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        OpenCalls = await Mediator.Send(new ListPublicSolicitationsQuery(Status: SolicitationStatus.Open, PageSize: 6));
        Figures = await Mediator.Send(new GetPortalFiguresQuery());
        Home = await Mediator.Send(new GetHomePageQuery());
        Red = await Mediator.Send(new ListCreditEntriesQuery(CreditList.Red, PageSize: 5));
        Black = await Mediator.Send(new ListCreditEntriesQuery(CreditList.Black, PageSize: 5));
    }
}
