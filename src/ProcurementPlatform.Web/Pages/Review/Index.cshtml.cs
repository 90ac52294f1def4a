using ProcurementPlatform.Application.Reviews.Scoring;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Review;

public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<ReviewAssignment> Assignments { get; private set; } = [];

    public async Task OnGetAsync() => Assignments = await Mediator.Send(new ListMyReviewsQuery());
}
