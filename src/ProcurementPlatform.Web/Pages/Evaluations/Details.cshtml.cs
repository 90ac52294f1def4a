using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Projects.Evaluations;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Evaluations;

/// <summary>
/// 项目评估: the assigned evaluator scores the indicators and submits; the project's department publishes the
/// result as an evaluation notice; Supervisors read it.
/// </summary>
public sealed class DetailsModel : PlatformPageModel
{
    public EvaluationView View { get; private set; } = null!;

    [BindProperty] public SaveEvaluationCommand Evaluation { get; set; } = new();
    [BindProperty] public List<IFormFile> EvidenceFiles { get; set; } = [];

    public async Task OnGetAsync(Guid id) => await LoadAsync(id, keepInput: false);

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        Evaluation.EvaluationId = id;
        Evaluation.Evidence = await ReadUploadsAsync(EvidenceFiles, HttpContext.RequestAborted);
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Evaluation, nameof(Evaluation));
        if (!ok)
        {
            await LoadAsync(id, keepInput: true);
            return Page();
        }
        StatusMessage = Evaluation.Submit ? "评估已提交，总分和等级已确定，等待购买主体发布评估结果公示。" : "评估已保存，提交前可以继续修改。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        ModelState.Clear();
        var (ok, noticeId) = await TrySendAsync(new PublishEvaluationNoticeCommand(id), "Publish");
        if (!ok)
        {
            await LoadAsync(id, keepInput: false);
            return Page();
        }
        StatusMessage = "评估结果公示已发布。公示期内任何单位和个人均可提出异议。";
        return Redirect($"/notices/{noticeId}");
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid fileId)
    {
        var file = await Mediator.Send(new GetEvaluationEvidenceQuery(id, fileId));
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>One score row per indicator, in order: the saved scores, or what was just posted when a save was refused.</summary>
    private async Task LoadAsync(Guid id, bool keepInput)
    {
        View = await Mediator.Send(new GetEvaluationQuery(id));
        var posted = Evaluation.Scores;
        Evaluation.Scores = View.Evaluation.Indicators.OrderBy(i => i.Order).Select(indicator =>
            keepInput && posted.FirstOrDefault(p => p.Name == indicator.Name) is { } input
                ? new IndicatorScoreRow { Name = indicator.Name, Score = input.Score, Comment = input.Comment }
                : new IndicatorScoreRow { Name = indicator.Name, Score = indicator.Score, Comment = indicator.Comment }).ToList();
        if (!keepInput) Evaluation.Summary = View.Evaluation.Summary;
    }
}
