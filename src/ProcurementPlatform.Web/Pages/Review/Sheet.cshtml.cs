using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Reviews.Scoring;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Review;

public sealed class SheetModel : PlatformPageModel
{
    public ReviewSheetView Sheet { get; private set; } = null!;

    [BindProperty] public DeclareConflictCommand Declaration { get; set; } = new();
    [BindProperty] public SaveScoresCommand Data { get; set; } = new();

    public async Task OnGetAsync(Guid sessionId, Guid applicationId) => await LoadAsync(sessionId, applicationId);

    public async Task<IActionResult> OnPostDeclareAsync(Guid sessionId, Guid applicationId)
    {
        Declaration.SessionId = sessionId;
        Declaration.ApplicationId = applicationId;
        var (ok, _) = await TrySendAsync(Declaration, nameof(Declaration));
        if (!ok) return await ReloadAsync(sessionId, applicationId);
        StatusMessage = Declaration.Conflict ? "已声明回避，您不参与该申报的评分。" : "已声明无需回避，现在可以查看申报材料并评分。";
        return RedirectToPage(new { sessionId, applicationId });
    }

    public async Task<IActionResult> OnPostScoresAsync(Guid sessionId, Guid applicationId)
    {
        Data.SessionId = sessionId;
        Data.ApplicationId = applicationId;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Data);
        if (!ok) return await ReloadAsync(sessionId, applicationId, keepInput: true);
        StatusMessage = Data.Submit ? "评分已提交，提交后不能修改。" : "评分已保存，提交前可以继续修改。";
        return RedirectToPage(new { sessionId, applicationId });
    }

    private async Task<IActionResult> ReloadAsync(Guid sessionId, Guid applicationId, bool keepInput = false)
    {
        var input = Data.Scores;
        await LoadAsync(sessionId, applicationId);
        if (keepInput) Data.Scores = input;
        return Page();
    }

    private async Task LoadAsync(Guid sessionId, Guid applicationId)
    {
        Sheet = await Mediator.Send(new GetReviewSheetQuery(sessionId, applicationId));
        Data.Scores = Sheet.Rubric.Select(r => Sheet.MyScores.FirstOrDefault(s => s.Criterion == r.Name) is { } s
            ? new ScoreRow { Criterion = r.Name, Points = s.Points, Comment = s.Comment }
            : new ScoreRow { Criterion = r.Name }).ToList();
    }
}
