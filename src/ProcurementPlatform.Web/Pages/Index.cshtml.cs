using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Application.Policies;
using ProcurementPlatform.Application.Policies.Queries;
using ProcurementPlatform.Application.Projects;
using ProcurementPlatform.Domain.Awards;
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
    public PagedList<NoticeListItem> AwardNotices { get; private set; } = null!;
    public PagedList<NoticeListItem> EvaluationNotices { get; private set; } = null!;
    public PagedList<PublicProjectListItem> RecentProjects { get; private set; } = null!;
    public PagedList<PolicyListItem> Policies { get; private set; } = null!;
    public PagedList<CreditListItem> Red { get; private set; } = null!;
    public PagedList<CreditListItem> Black { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        OpenCalls = await Mediator.Send(new ListPublicSolicitationsQuery(Status: SolicitationStatus.Open, PageSize: 6));
        Figures = await Mediator.Send(new GetPortalFiguresQuery());
        AwardNotices = await Mediator.Send(new ListPublicNoticesQuery(NoticeKind.Award, PageSize: 5));
        EvaluationNotices = await Mediator.Send(new ListPublicNoticesQuery(NoticeKind.Evaluation, PageSize: 5));
        RecentProjects = await Mediator.Send(new SearchPublicProjectsQuery(PageSize: 5));
        Policies = await Mediator.Send(new ListPublicPoliciesQuery(PageSize: 5));
        Red = await Mediator.Send(new ListCreditEntriesQuery(CreditList.Red, PageSize: 5));
        Black = await Mediator.Send(new ListCreditEntriesQuery(CreditList.Black, PageSize: 5));
    }
}
