using ProcurementPlatform.Application.Questions.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Questions;

public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<DepartmentQuestion> Pending { get; private set; } = [];

    public async Task OnGetAsync() => Pending = await Mediator.Send(new ListDepartmentQuestionsQuery());
}
