using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Projects.Reports;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Reports;

/// <summary>
/// 项目实施动态报告: the organisation fills in and submits its report for a period; the department accepts or
/// returns it; Supervisors and the project's evaluators read it.
/// </summary>
public sealed class DetailsModel : PlatformPageModel
{
    /// <summary>Blank expenditure rows offered below the ones already entered.</summary>
    public const int BlankExpenditureRows = 3;

    public ReportView View { get; private set; } = null!;

    [BindProperty] public SaveReportCommand Report { get; set; } = new();
    [BindProperty] public ReviewReportCommand Review { get; set; } = new();
    [BindProperty] public List<IFormFile> EvidenceFiles { get; set; } = [];

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        var report = View.Report;
        Report.Narrative = report.Narrative;
        Report.Outputs = report.Outputs.OrderBy(o => o.Order).Select(o => new OutputRow { Delivered = o.Delivered, Beneficiaries = o.Beneficiaries }).ToList();
        Report.Expenditures = report.Expenditures.OrderBy(e => e.Order).Select(e => new ExpenditureRow
        {
            LineOrder = e.LineOrder,
            AmountYuan = e.Amount.ToInputString(),
            SpentOn = e.SpentOn,
            Description = e.Description,
        }).ToList();
        AddBlankRows();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        Report.ReportId = id;
        Report.Evidence = await ReadUploadsAsync(EvidenceFiles, HttpContext.RequestAborted);
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Report, nameof(Report));
        if (!ok)
        {
            await LoadAsync(id);
            AddBlankRows();
            return Page();
        }
        StatusMessage = Report.Submit ? "报告已提交，等待购买主体审核。审核期间不能修改。" : "草稿已保存，提交审核前可以继续修改。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id)
    {
        Review.ReportId = id;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Review, nameof(Review));
        if (!ok)
        {
            await LoadAsync(id);
            return Page();
        }
        StatusMessage = Review.Accept ? "报告已审核通过。" : "报告已退回，承接单位修改后可重新提交。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid fileId)
    {
        var file = await Mediator.Send(new GetReportEvidenceQuery(id, fileId));
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task LoadAsync(Guid id) => View = await Mediator.Send(new GetReportQuery(id));

    /// <summary>One output row per target, in the report's order, and blank expenditure rows to fill in.</summary>
    private void AddBlankRows()
    {
        var saved = View.Report.Outputs.OrderBy(o => o.Order).ToList();
        Report.Outputs = saved.Select((o, i) => Report.Outputs.ElementAtOrDefault(i) ?? new OutputRow { Delivered = o.Delivered, Beneficiaries = o.Beneficiaries }).ToList();
        var filled = Report.Expenditures.FindLastIndex(e => !e.IsBlank) + 1;
        while (Report.Expenditures.Count < filled + BlankExpenditureRows) Report.Expenditures.Add(new ExpenditureRow());
    }
}
