using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Calls;

public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<DepartmentSolicitationItem> Calls { get; private set; } = [];

    public async Task OnGetAsync() => Calls = await Mediator.Send(new ListDepartmentSolicitationsQuery());
}
