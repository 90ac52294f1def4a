using ProcurementPlatform.Application.Policies;
using ProcurementPlatform.Application.Policies.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Policies;

public sealed class DetailsModel : PlatformPageModel
{
    public PolicyView Policy { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Policy = await Mediator.Send(new GetPublicPolicyQuery(id));
}
