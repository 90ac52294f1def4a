using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Reviews.Results;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Reviews;

public sealed class ResultsModel : PlatformPageModel
{
    public ReviewResultsView Results { get; private set; } = null!;

    [BindProperty] public RecommendApplicationsCommand Recommendation { get; set; } = new();

    public Guid? NoticeId { get; private set; }
    public PromotionView? Promotion { get; private set; }

    public async Task OnGetAsync(Guid solicitationId)
    {
        Results = await Mediator.Send(new GetReviewResultsQuery(solicitationId));
        NoticeId = await Mediator.Send(new FindNoticeForCallQuery(solicitationId));
        if (NoticeId is not null && User.IsInRole(Roles.DepartmentOfficer)) Promotion = await Mediator.Send(new GetPromotionQuery(solicitationId));
    }

    public async Task<IActionResult> OnPostPromoteAsync(Guid solicitationId)
    {
        var (ok, noticeId) = await TrySendAsync(new PromoteNextRankedCommand(solicitationId));
        if (!ok) return await ReloadAsync(solicitationId);
        StatusMessage = "已递补，递补公示已发布。";
        return Redirect($"/notices/{noticeId}");
    }

    public async Task<IActionResult> OnGetXlsxAsync(Guid solicitationId)
    {
        var bytes = await Mediator.Send(new ExportScoresQuery(solicitationId, ExportFormat.Xlsx));
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"路演评分-{solicitationId:N}.xlsx");
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid solicitationId)
    {
        var (ok, noticeId) = await TrySendAsync(new PublishAwardNoticeCommand(solicitationId));
        if (!ok) return await ReloadAsync(solicitationId);
        StatusMessage = "立项公示已发布。";
        return Redirect($"/notices/{noticeId}");
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid solicitationId)
    {
        var bytes = await Mediator.Send(new ExportScoresQuery(solicitationId));
        return File(bytes, "text/csv; charset=utf-8", $"路演评分-{solicitationId:N}.csv");
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid solicitationId)
    {
        var (ok, _) = await TrySendAsync(new CloseReviewSessionCommand(solicitationId));
        if (!ok) return await ReloadAsync(solicitationId);
        StatusMessage = "评审已结束，评分结果与排名如下。";
        return RedirectToPage(new { solicitationId });
    }

    public async Task<IActionResult> OnPostRecommendAsync(Guid solicitationId)
    {
        Recommendation.SolicitationId = solicitationId;
        var (ok, _) = await TrySendAsync(Recommendation, nameof(Recommendation));
        if (!ok) return await ReloadAsync(solicitationId);
        StatusMessage = "推荐名单已确定。";
        return RedirectToPage(new { solicitationId });
    }

    private async Task<IActionResult> ReloadAsync(Guid solicitationId)
    {
        await OnGetAsync(solicitationId);
        return Page();
    }
}
