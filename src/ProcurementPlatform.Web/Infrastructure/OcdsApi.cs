using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Mediator;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Portal.Ocds;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>
/// Open data in the Open Contracting Data Standard 1.1: release packages of the public record (calls, awards,
/// contracts with tranches and payments). Anonymous, JSON.
/// </summary>
public static class OcdsApi
{
    // Chinese text stays readable; characters that matter in HTML (<, >, &, quotes) are still escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), WriteIndented = false };

    public static void MapOcdsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/ocds").AllowAnonymous();

        // ?from=yyyy-MM-dd&to=yyyy-MM-dd (release dates, China calendar days, both included) &page=1&pageSize=100 (at most 500).
        api.MapGet("/releases", async (HttpRequest request, IConfiguration config, IMediator mediator, CancellationToken ct) =>
        {
            var q = request.Query;
            if (!TryDay(q["from"], out var from)) return BadRequest("from 须为日期，格式 yyyy-MM-dd。");
            if (!TryDay(q["to"], out var to)) return BadRequest("to 须为日期，格式 yyyy-MM-dd。");
            if (!TryNumber(q["page"], 1, out var page) || page < 1) return BadRequest("page 须为正整数。");
            if (!TryNumber(q["pageSize"], OcdsSettings.DefaultPageSize, out var pageSize) || pageSize < 1) return BadRequest("pageSize 须为正整数。");
            try
            {
                var package = await mediator.Send(new GetOcdsReleasesQuery(Prefix(config), from, to, page, Math.Min(pageSize, OcdsSettings.MaxPageSize)), ct);
                return Ok(package);
            }
            catch (RequestValidationException e)
            {
                return BadRequest(string.Join(" ", e.Errors.SelectMany(x => x.Value)));
            }
        });

        api.MapGet("/releases/{ocid}", async (string ocid, IConfiguration config, IMediator mediator, CancellationToken ct) =>
        {
            try
            {
                return Ok(await mediator.Send(new GetOcdsProcessQuery(Prefix(config), ocid), ct));
            }
            catch (NotFoundException e)
            {
                return Results.Json(new JsonObject { ["error"] = e.Message }, Json, "application/json", StatusCodes.Status404NotFound);
            }
        });
    }

    private static string Prefix(IConfiguration config) =>
        config[OcdsSettings.OcidPrefixKey] is { Length: > 0 } prefix ? prefix.Trim() : OcdsSettings.DefaultOcidPrefix;

    private static IResult Ok(JsonObject package) => Results.Json(package, Json, "application/json");

    private static IResult BadRequest(string message) =>
        Results.Json(new JsonObject { ["error"] = message }, Json, "application/json", StatusCodes.Status400BadRequest);

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        day = parsed;
        return true;
    }

    private static bool TryNumber(string? text, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrWhiteSpace(text) || int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
