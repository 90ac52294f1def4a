using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Projects;
using ProcurementPlatform.Application.Projects.Contracts;
using ProcurementPlatform.Application.Projects.Evaluations;
using ProcurementPlatform.Application.Projects.Funds;
using ProcurementPlatform.Application.Projects.Reports;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Manage.Projects;

/// <summary>
/// One project's supervision dashboard. Everyone who may read the project sees it; the department signs the
/// contract, pays tranches, closes alerts and arranges evaluations; the organisation opens its reports.
/// </summary>
public sealed class DetailsModel(TimeProvider clock) : PlatformPageModel
{
    public const int MinimumTrancheRows = 4;
    public const int MinimumLineRows = 3;

    public ProjectDashboard Dashboard { get; private set; } = null!;
    public IReadOnlyList<UserSummary> Evaluators { get; private set; } = [];

    /// <summary>
    /// Evaluations the department can arrange now, so the form offers only those (the domain still decides):
    /// a mid-term one while the service runs, a final one once it is confirmed complete; one of each kind.
    /// </summary>
    public IReadOnlyList<EvaluationKind> AssignableKinds
    {
        get
        {
            EvaluationKind? kind = Dashboard.Project.Status switch
            {
                ProjectStatus.Contracted or ProjectStatus.InProgress => EvaluationKind.MidTerm,
                ProjectStatus.Completed => EvaluationKind.Final,
                _ => null,
            };
            return kind is { } k && Dashboard.Evaluations.All(e => e.Kind != k) ? [k] : [];
        }
    }

    /// <summary>Today in China, for "has the period started" and the default payment date.</summary>
    public DateOnly Today { get; private set; }

    [BindProperty] public SignContractCommand Contract { get; set; } = new();
    [BindProperty] public RecordDisbursementCommand Payment { get; set; } = new();
    [BindProperty] public CloseFundAlertCommand CloseAlert { get; set; } = new();
    [BindProperty] public AssignEvaluationCommand Assign { get; set; } = new();

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        if (Dashboard.IsDepartment && Dashboard.Project.Status == ProjectStatus.ContractPending)
            CopyDraft(await Mediator.Send(new GetContractDraftQuery(id)));
        Assign.Indicators = Evaluation.DefaultIndicators.Select(i => new IndicatorRow { Name = i.Name, Weight = i.Weight }).ToList();
        Contract.Lines = Pad(Contract.Lines, Contract.Lines.Count + 2);
        Assign.Indicators = Pad(Assign.Indicators, Assign.Indicators.Count + 2);
        PrepareForms();
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id)
    {
        Contract.ProjectId = id;
        var (ok, _) = await TrySendAsync(Contract, nameof(Contract));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "三方协议已签订，合同已在“服务项目”栏目公开。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostStartReportAsync(Guid id, int periodIndex)
    {
        var (ok, reportId) = await TrySendAsync(new StartReportCommand(id, periodIndex));
        if (!ok) return await ReloadAsync(id);
        return Redirect($"/reports/{reportId}");
    }

    public async Task<IActionResult> OnPostPayAsync(Guid id)
    {
        Payment.ProjectId = id;
        var (ok, _) = await TrySendAsync(Payment, nameof(Payment));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = $"第{Payment.TrancheOrder}批资金拨付已登记。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCloseAlertAsync(Guid id)
    {
        var (ok, _) = await TrySendAsync(CloseAlert, nameof(CloseAlert));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "预警已关闭，关闭理由已留档备查。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        Assign.ProjectId = id;
        var (ok, _) = await TrySendAsync(Assign, nameof(Assign));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = $"已安排{Assign.Kind.ToChinese()}，评估机构登录后即可在“评估任务”中评分。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id)
    {
        var (ok, _) = await TrySendAsync(new CompleteProjectCommand(id));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "已确认服务完成，现在可以安排末期评估。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishEvaluationAsync(Guid id, Guid evaluationId)
    {
        var (ok, noticeId) = await TrySendAsync(new PublishEvaluationNoticeCommand(evaluationId));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "评估结果公示已发布。";
        return Redirect($"/notices/{noticeId}");
    }

    /// <summary>A refused command: the dashboard again, with what was typed and why it was refused.</summary>
    private async Task<IActionResult> ReloadAsync(Guid id)
    {
        await LoadAsync(id);
        PrepareForms();
        return Page();
    }

    private async Task LoadAsync(Guid id)
    {
        Today = ChinaTime.TodayCst(clock.GetUtcNow().UtcDateTime);
        Dashboard = await Mediator.Send(new GetProjectQuery(id));
        if (Dashboard.IsDepartment && Dashboard.Project.SignedAt is not null && Dashboard.Project.Status != ProjectStatus.Closed)
            Evaluators = await Mediator.Send(new ListEvaluatorsQuery());
    }

    private void CopyDraft(ContractForm draft)
    {
        Contract.CommunityName = draft.CommunityName;
        Contract.AmountYuan = draft.AmountYuan;
        Contract.StartsOn = draft.StartsOn;
        Contract.EndsOn = draft.EndsOn;
        Contract.RecurringService = draft.RecurringService;
        Contract.Frequency = draft.Frequency;
        Contract.Tranches = draft.Tranches;
        Contract.Lines = draft.Lines;
    }

    /// <summary>
    /// Repeating sections get blank rows up to a minimum. Posted rows keep their places (blank ones included),
    /// so each refusal stays next to the row it is about.
    /// </summary>
    private void PrepareForms()
    {
        Contract.Tranches = Pad(Contract.Tranches, MinimumTrancheRows);
        Contract.Lines = Pad(Contract.Lines, MinimumLineRows);
        Assign.Indicators = Pad(Assign.Indicators, Evaluation.DefaultIndicators.Count);
    }

    private static List<T> Pad<T>(List<T> rows, int minimum) where T : new()
    {
        while (rows.Count < minimum) rows.Add(new T());
        return rows;
    }
}
