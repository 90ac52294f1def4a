using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Questions.Commands;
using ProcurementPlatform.Application.Questions.Queries;
using ProcurementPlatform.Application.Solicitations;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Calls;

public sealed class DetailsModel : PlatformPageModel
{
    public DepartmentSolicitationView View { get; private set; } = null!;
    public IReadOnlyList<DepartmentQuestion> Questions { get; private set; } = [];
    public CallQandA QandA { get; private set; } = null!;

    [BindProperty] public CancelSolicitationCommand Cancel { get; set; } = new();
    [BindProperty] public AnswerQuestionCommand Answer { get; set; } = new();
    [BindProperty] public PublishClarificationCommand Clarify { get; set; } = new();
    [BindProperty] public AmendSolicitationCommand Amend { get; set; } = new();
    [BindProperty] public ProcurementPlatform.Application.Reviews.Sessions.ScheduleRoadshowCommand Roadshow { get; set; } = new();
    public ProcurementPlatform.Application.Reviews.Sessions.ReviewSessionView? Session { get; private set; }

    public async Task<IActionResult> OnPostRoadshowAsync(Guid id)
    {
        Roadshow.SolicitationId = id;
        var (ok, _) = await TrySendAsync(Roadshow, nameof(Roadshow));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "路演评审已安排，专家组已随机抽取，抽取过程已记录。";
        return Redirect($"/reviews/{id}");
    }

    public async Task OnGetAsync(Guid id, Guid? amendFor)
    {
        await LoadAsync(id);
        Amend.QuestionId = amendFor;
        Amend.ChangeRubric = false;
        Amend.Rubric = CurrentRubricRows();
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id)
    {
        var (ok, _) = await TrySendAsync(Answer, nameof(Answer));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "答复已发布在征集页面（不显示提问单位）。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostClarifyAsync(Guid id)
    {
        Clarify.SolicitationId = id;
        var (ok, _) = await TrySendAsync(Clarify, nameof(Clarify));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "澄清已发布在征集页面。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAmendAsync(Guid id)
    {
        Amend.SolicitationId = id;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Amend, nameof(Amend));
        if (!ok)
        {
            await LoadAsync(id);
            Amend.Rubric = Display.WithBlankRows(Amend.Rubric, 6, 1);
            return Page();
        }
        StatusMessage = "征集条款已变更，变更公告已在征集页面发布。";
        return RedirectToPage(new { id });
    }

    /// <summary>The amendment form starts from the call's current rubric.</summary>
    private List<RubricRow> CurrentRubricRows() =>
        Display.WithBlankRows(View.Call.Rubric.Select(r => new RubricRow { Name = r.Name, Weight = r.Weight, Description = r.Description }).ToList(), 6, 1);

    private async Task LoadAsync(Guid id)
    {
        View = await Mediator.Send(new GetDepartmentSolicitationQuery(id));
        Questions = await Mediator.Send(new ListDepartmentQuestionsQuery(id));
        Session = await Mediator.Send(new ProcurementPlatform.Application.Reviews.Sessions.GetReviewSessionQuery(id));
        QandA = View.Call.PublishedAt is null ? new CallQandA(id, default, 0, false, [], []) : await Mediator.Send(new GetCallQandAQuery(id));
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        var (ok, _) = await TrySendAsync(new PublishSolicitationCommand(id));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "项目征集已发布，社会公众和社会组织现在可以看到它。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        Cancel.SolicitationId = id;
        var (ok, _) = await TrySendAsync(Cancel, nameof(Cancel));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "项目征集已取消，取消理由已公开。";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ReloadAsync(Guid id)
    {
        await LoadAsync(id);
        Amend.Rubric = CurrentRubricRows();
        return Page();
    }
}
