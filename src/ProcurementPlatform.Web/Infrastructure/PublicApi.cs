using Mediator;
using ProcurementPlatform.Application.Questions.Queries;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>Public JSON read through the same queries as the pages (so the same rules decide what is public).</summary>
public static class PublicApi
{
    public static void MapPublicApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").AllowAnonymous();
        // 答疑 of a published call: questions, answers, clarifications and amendment notices — never who asked.
        api.MapGet("/calls/{id:guid}/qa", async (Guid id, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetCallQandAQuery(id), ct)));
    }
}
