using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Calls;

public sealed class DetailsModel : PlatformPageModel
{
    public SolicitationDetails Call { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Call = await Mediator.Send(new GetPublicSolicitationQuery(id));
}
