using Mediator;
using Microsoft.Net.Http.Headers;
using ProcurementPlatform.Application.Portal.Exports;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>
/// Anonymous downloads of the public data: <c>/exports/{calls|awards|contracts|evaluations|credit}.{csv|xlsx}</c>,
/// optionally <c>?year=2026</c>. The file is named in Chinese (Content-Disposition with RFC 5987 <c>filename*</c>).
/// </summary>
public static class ExportEndpoints
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/{dataset}.{format}", async (string dataset, string format, int? year, IMediator mediator,
                Application.Common.Interfaces.ISpreadsheetWriter spreadsheets, HttpContext http, CancellationToken ct) =>
            {
                if (!ExportDatasets.TryParse(dataset, out var which) || format is not ("csv" or "xlsx")) return Results.NotFound();
                if (year is < 2000 or > 2100) return Results.BadRequest(new ApiError("年份应在2000至2100之间。"));
                var table = await mediator.Send(which.Query(year), ct);
                // The Chinese name for browsers (filename*, RFC 5987) and an ASCII one for clients that only read filename.
                var suffix = (year is { } y ? $"-{y}" : "") + "." + format;
                http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
                {
                    FileName = dataset + suffix,
                    FileNameStar = which.FileTitle() + (year is not null ? suffix.Replace(".", "年.") : suffix),
                }.ToString();
                return format == "csv"
                    ? Results.File(ExportCsv.Write(table), CsvType + "; charset=utf-8")
                    : Results.File(spreadsheets.Write(table), XlsxType);
            })
            .AllowAnonymous()
            .WithName("PublicExport")
            .WithTags("数据下载")
            .WithSummary("下载公开数据（CSV 或 Excel）")
            .WithDescription("dataset：calls（项目征集公告）、awards（立项公示结果）、contracts（服务项目合同）、evaluations（评估结果公示）、credit（社会组织红黑榜）；"
                + "format：csv（UTF-8 带 BOM，RFC 4180）或 xlsx。可选 year 按北京时间年度筛选（征集按发布时间、公示按发布时间、合同按签订时间、红黑榜按列入日期）。金额单位为元，保留两位小数。")
            .Produces(StatusCodes.Status200OK, typeof(Stream), CsvType, XlsxType)
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
