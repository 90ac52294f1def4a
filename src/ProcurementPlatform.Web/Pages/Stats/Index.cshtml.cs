using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Portal.Statistics;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Stats;

/// <summary>数据统计: public figures, each as a chart and as the table that is its source of truth.</summary>
public sealed class IndexModel : PlatformPageModel
{
    /// <summary>选择年度; empty for all years.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public PortalStatistics Stats { get; private set; } = null!;

    public async Task OnGetAsync() => Stats = await Mediator.Send(new GetPortalStatisticsQuery(Year), HttpContext.RequestAborted);

    /// <summary>One table as CSV (UTF-8 with BOM, so Excel opens it).</summary>
    public async Task<IActionResult> OnGetCsvAsync(StatisticsTable table)
    {
        var bytes = await Mediator.Send(new ExportPortalStatisticsQuery(table, Year), HttpContext.RequestAborted);
        return File(bytes, "text/csv; charset=utf-8", $"数据统计-{StatisticsExport.FileName(table)}-{(Year is { } y ? $"{y}年" : "全部年度")}.csv");
    }
}
