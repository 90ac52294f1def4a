using ProcurementPlatform.Application.Projects.Evaluations;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Evaluations;

/// <summary>The third-party evaluator's tasks; departments and Supervisors reach evaluations from the project pages.</summary>
public sealed class IndexModel : PlatformPageModel
{
    public bool IsEvaluator { get; private set; }
    public IReadOnlyList<EvaluationListItem> Tasks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        IsEvaluator = User.IsInRole(Roles.Evaluator);
        if (IsEvaluator) Tasks = await Mediator.Send(new ListMyEvaluationsQuery());
    }
}
