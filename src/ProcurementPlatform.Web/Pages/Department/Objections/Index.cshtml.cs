using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Objections;

public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<DepartmentObjection> Pending { get; private set; } = [];

    public async Task OnGetAsync() => Pending = await Mediator.Send(new ListDepartmentObjectionsQuery());
}
