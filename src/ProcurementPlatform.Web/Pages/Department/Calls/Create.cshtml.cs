using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Plans.Queries;
using ProcurementPlatform.Application.Solicitations;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Calls;

public sealed class CreateModel(TimeProvider clock) : PlatformPageModel
{
    [BindProperty] public CreateSolicitationCommand Data { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public PlanEntryView? PlanEntry { get; private set; }

    public async Task OnGetAsync(Guid? planEntry)
    {
        if (planEntry is { } entryId)
        {
            // A call made from the annual plan starts with what was planned.
            PlanEntry = await Mediator.Send(new GetOwnPlanEntryQuery(entryId));
            Data.PlanEntryId = entryId;
            Data.Title = PlanEntry.Title;
            Data.ServiceField = PlanEntry.ServiceField;
            Data.TargetGroups = PlanEntry.TargetGroups;
            Data.FundSource = PlanEntry.FundSource;
            Data.TotalBudgetYuan = PlanEntry.EstimatedBudget.ToInputString();
            Data.Summary = PlanEntry.Rationale;
        }
        // A sensible starting point: open tomorrow 09:00, close in a month 17:00, roadshow ten days later.
        var today = ChinaTime.TodayCst(clock.GetUtcNow().UtcDateTime);
        Data.OpensAt = today.AddDays(1).ToDateTime(new TimeOnly(9, 0));
        Data.ClosesAt = today.AddDays(31).ToDateTime(new TimeOnly(17, 0));
        Data.RoadshowAt = today.AddDays(41).ToDateTime(new TimeOnly(9, 0));
        Data.Rubric =
        [
            new RubricRow { Name = "需求分析", Weight = 15 },
            new RubricRow { Name = "目标设计", Weight = 15 },
            new RubricRow { Name = "服务方案", Weight = 25 },
            new RubricRow { Name = "团队能力", Weight = 20 },
            new RubricRow { Name = "预算合理性", Weight = 15 },
            new RubricRow { Name = "创新性", Weight = 10 },
        ];
        Data.Rubric = Display.WithBlankRows(Data.Rubric, 6);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Data.NewAttachments = await ReadUploadsAsync(Files, HttpContext.RequestAborted);
        ModelState.Clear();
        var (ok, id) = await TrySendAsync(Data);
        if (!ok)
        {
            Data.Rubric = Display.WithBlankRows(Data.Rubric, 6);
            if (Data.PlanEntryId is { } entryId) PlanEntry = await Mediator.Send(new GetOwnPlanEntryQuery(entryId));
            return Page();
        }
        StatusMessage = "项目征集草稿已保存。核对无误后请点击“发布”。";
        return RedirectToPage("/Department/Calls/Details", new { id });
    }
}
