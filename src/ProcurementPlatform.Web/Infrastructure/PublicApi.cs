using Mediator;
using Microsoft.AspNetCore.OpenApi;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Application.Questions.Queries;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>Public JSON read through the same queries as the pages (so the same rules decide what is public).</summary>
public static class PublicApi
{
    public const string DocumentName = "v1";

    /// <summary>The OpenAPI document at /openapi/v1.json: the public API and the downloads, nothing else.</summary>
    public static IServiceCollection AddPublicApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = d => d.RelativePath is { } path && (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("exports/", StringComparison.Ordinal));
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "官渡区社会工作服务项目管理平台 · 开放数据接口";
                document.Info.Version = "v1";
                document.Info.Description = "面向公众的只读接口：项目征集公告、立项与评估结果公示、社会组织红黑榜，以及公开数据下载。无需登录。"
                    + "金额同时以分（整数，amountFen 等）和元（两位小数的字符串，amountYuan 等）给出；时间为 ISO 8601 北京时间（+08:00）。";
                return Task.CompletedTask;
            });
        });

    public static void MapPublicApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        var api = endpoints.MapGroup("/api").AllowAnonymous();
        // 答疑 of a published call: questions, answers, clarifications and amendment notices — never who asked.
        api.MapGet("/calls/{id:guid}/qa", async (Guid id, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetCallQandAQuery(id), ct)))
            .WithTags("项目征集").WithSummary("征集公告的答疑与澄清");

        api.MapGet("/calls", async (IMediator mediator, CancellationToken ct, string? status = null, string? q = null, int page = 1, int pageSize = 20) =>
            {
                SolicitationStatus? filter = null;
                if (!string.IsNullOrWhiteSpace(status))
                {
                    if (!Enum.TryParse<SolicitationStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || parsed == SolicitationStatus.Draft)
                        return Results.BadRequest(new ApiError("status 应为 Open、Closed、UnderReview、Awarded 或 Cancelled。"));
                    filter = parsed;
                }
                var calls = await mediator.Send(new ListPublicSolicitationsQuery(Status: filter, Keyword: q, Page: page, PageSize: pageSize), ct);
                return Results.Ok(new ApiPage<ApiCall>(calls.Items.Select(c => c.ToApi()).ToList(), calls.Page, calls.PageSize, calls.TotalCount, calls.TotalPages));
            })
            .WithTags("项目征集").WithSummary("项目征集公告列表（分页，可按状态和关键词筛选）")
            .WithDescription("只含已发布的征集，进行中的排在前面，其余按发布时间倒序。page 从 1 开始；pageSize 最大 50；q 在标题和服务对象中查找。")
            .Produces<ApiPage<ApiCall>>().Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapGet("/calls/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                await Found(async () => (await mediator.Send(new GetPublicSolicitationQuery(id), ct)).ToApi()))
            .WithTags("项目征集").WithSummary("一条项目征集公告的详情")
            .Produces<ApiCallDetails>().Produces<ApiError>(StatusCodes.Status404NotFound);

        api.MapGet("/notices", async (IMediator mediator, CancellationToken ct, string? kind = null, string? q = null, int page = 1, int pageSize = 20) =>
            {
                NoticeKind? filter = kind?.ToLowerInvariant() switch { null or "" => null, "award" => NoticeKind.Award, "evaluation" => NoticeKind.Evaluation, _ => (NoticeKind)(-1) };
                if (filter == (NoticeKind)(-1)) return Results.BadRequest(new ApiError("kind 应为 award（立项公示）或 evaluation（评估结果公示）。"));
                var notices = await mediator.Send(new ListPublicNoticesQuery(filter, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), page, pageSize), ct);
                return Results.Ok(new ApiPage<ApiNotice>(notices.Items.Select(n => n.ToApi()).ToList(), notices.Page, notices.PageSize, notices.TotalCount, notices.TotalPages));
            })
            .WithTags("公示公告").WithSummary("立项公示与评估结果公示列表（分页）")
            .WithDescription("按发布时间倒序；kind=award 只看立项公示，kind=evaluation 只看评估结果公示；q 在公示标题、项目和社会组织名称中查找。pageSize 最大 100。")
            .Produces<ApiPage<ApiNotice>>().Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapGet("/notices/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                await Found(async () => (await mediator.Send(new GetNoticeQuery(id), ct)).ToApi()))
            .WithTags("公示公告").WithSummary("一条公示的详情：公示项目、金额、得分与异议答复（不含异议人联系方式）")
            .Produces<ApiNoticeDetails>().Produces<ApiError>(StatusCodes.Status404NotFound);

        api.MapGet("/credit/{list:regex(^(red|black)$)}", async (string list, IMediator mediator, CancellationToken ct, string? q = null, bool history = false, int page = 1, int pageSize = 20) =>
            {
                var which = list == "red" ? CreditList.Red : CreditList.Black;
                var entries = await mediator.Send(new ListCreditEntriesQuery(which, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), history, page, pageSize), ct);
                return Results.Ok(new ApiPage<ApiCreditEntry>(entries.Items.Select(e => e.ToApi()).ToList(), entries.Page, entries.PageSize, entries.TotalCount, entries.TotalPages));
            })
            .WithTags("红黑榜").WithSummary("社会组织红名单或黑名单（分页，可按单位名称或统一社会信用代码查找）")
            .WithDescription("list 为 red（红名单）或 black（黑名单）；只含已公布的条目。history=true 时为已移出名单的历史记录。pageSize 最大 100。")
            .Produces<ApiPage<ApiCreditEntry>>();
    }

    /// <summary>A record the public may not see, or that does not exist, is a JSON 404 (not the HTML error page).</summary>
    private static async Task<IResult> Found<T>(Func<Task<T>> read)
    {
        try
        {
            return Results.Ok(await read());
        }
        catch (NotFoundException ex)
        {
            return Results.NotFound(new ApiError(ex.Message));
        }
    }
}
