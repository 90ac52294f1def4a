using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Credit;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>The public JSON API returns what the public pages show and nothing more; its OpenAPI document lists it.</summary>
public sealed class PublicApiTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public PublicApiTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task Calls_are_public_ones_only_paged_filtered_and_a_draft_is_not_found()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var draft = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, title: "接口测试草稿征集")));
        var open = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, title: "接口测试困境儿童征集")));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(open)));
        var api = _app.Browser();

        var all = await Json(api, "/api/calls?pageSize=50");
        var publicCount = await _app.DbAsync(db => db.Solicitations.CountAsync(s => s.PublishedAt != null));
        Assert.Equal(publicCount, all.GetProperty("total").GetInt32());
        var ids = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(open, ids);
        Assert.DoesNotContain(draft, ids);

        var found = await Json(api, "/api/calls?q=" + Uri.EscapeDataString("接口测试") + "&status=Open");
        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(open, item.GetProperty("id").GetGuid());
        Assert.Equal(30_000_000, item.GetProperty("totalBudgetFen").GetInt64());
        Assert.Equal("300000.00", item.GetProperty("totalBudgetYuan").GetString());
        Assert.Equal("Open", item.GetProperty("status").GetString());
        Assert.EndsWith("+08:00", item.GetProperty("closesAt").GetString());
        Assert.Equal(TimeSpan.FromHours(8), item.GetProperty("publishedAt").GetDateTimeOffset().Offset);
        Assert.Equal(now, item.GetProperty("publishedAt").GetDateTimeOffset().UtcDateTime);

        var paged = await Json(api, "/api/calls?pageSize=2&page=2");
        Assert.Equal(2, paged.GetProperty("page").GetInt32());
        Assert.Equal(2, paged.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/calls?status=Draft")).StatusCode);

        var details = await Json(api, $"/api/calls/{open}");
        Assert.Equal("接口测试困境儿童征集", details.GetProperty("title").GetString());
        Assert.Equal("100000.00", details.GetProperty("projectCeilingYuan").GetString());
        Assert.Equal(3, details.GetProperty("rubric").GetArrayLength());

        var missing = await api.GetAsync($"/api/calls/{draft}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/json", missing.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("接口测试草稿征集", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Notices_list_every_published_notice_and_never_an_objectors_contact()
    {
        var api = _app.Browser();
        var notices = await _app.DbAsync(db => db.AwardNotices.AsNoTracking().ToListAsync());
        var list = await Json(api, "/api/notices?pageSize=100");
        Assert.Equal(notices.Count, list.GetProperty("total").GetInt32());
        Assert.Equal(notices.Select(n => n.Id).Order(), list.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).Order());
        var paged = await Json(api, "/api/notices?pageSize=2&page=2");
        Assert.Equal(notices.OrderByDescending(n => n.PublishedAt).ThenBy(n => n.Id).Skip(2).Take(2).Select(n => n.Id),
            paged.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()));
        var evaluations = (await Json(api, "/api/notices?kind=evaluation")).GetProperty("items");
        Assert.Equal(notices.Count(n => n.Kind == NoticeKind.Evaluation), evaluations.GetArrayLength());
        Assert.All(evaluations.EnumerateArray(), n => Assert.Equal("Evaluation", n.GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/notices?kind=secret")).StatusCode);

        // The demo's 太和 notice has an objection: grounds and answer are public, the contact is not.
        var objections = await _app.DbAsync(db => db.Objections.AsNoTracking().ToListAsync());
        var objected = Assert.IsType<Guid>(objections.Select(o => (Guid?)o.NoticeId).FirstOrDefault());
        var text = await api.GetStringAsync($"/api/notices/{objected}");
        var notice = JsonDocument.Parse(text).RootElement;
        var entry = notice.GetProperty("entries")[0];
        var stored = notices.Single(n => n.Id == objected).Entries.OrderBy(e => e.Rank).First();
        Assert.Equal(stored.Amount.Fen, entry.GetProperty("amountFen").GetInt64());
        Assert.Equal((stored.Amount.Fen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), entry.GetProperty("amountYuan").GetString());
        Assert.NotEqual(0, notice.GetProperty("objections").GetArrayLength());
        foreach (var o in objections.Where(o => o.NoticeId == objected)) Assert.DoesNotContain(o.Contact, text);
        Assert.DoesNotContain("contact", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/notices/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Credit_lists_hold_published_entries_only()
    {
        var api = _app.Browser();
        var entries = await _app.DbAsync(db => (from e in db.CreditEntries.AsNoTracking()
                                                join o in db.Organizations on e.OrganizationId equals o.Id
                                                select new { e.Id, o.Name, e.List, e.Status }).ToListAsync());
        var black = await Json(api, "/api/credit/black?pageSize=100");
        Assert.Equal(entries.Where(e => e.List == CreditList.Black && e.Status == CreditEntryStatus.Listed).Select(e => e.Id).Order(),
            black.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).Order());
        var proposed = entries.Where(e => e.Status == CreditEntryStatus.Proposed).ToList();
        Assert.NotEmpty(proposed);
        var text = black.GetRawText();
        foreach (var p in proposed) Assert.DoesNotContain(p.Id.ToString(), text);
        var red = await Json(api, "/api/credit/red");
        Assert.Equal(entries.Count(e => e.List == CreditList.Red && e.Status == CreditEntryStatus.Listed), red.GetProperty("total").GetInt32());
        Assert.All(red.GetProperty("items").EnumerateArray(), e => Assert.Equal("Red", e.GetProperty("list").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/credit/grey")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_parses_and_lists_the_public_paths_only()
    {
        var response = await _app.Browser().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/calls", "/api/calls/{id}", "/api/calls/{id}/qa", "/api/notices", "/api/notices/{id}", "/api/credit/{list}", "/exports/{dataset}.{format}" })
            Assert.Contains(path, paths);
        Assert.All(paths, p => Assert.True(p.StartsWith("/api/") || p.StartsWith("/exports/"), p));
        var calls = document.GetProperty("paths").GetProperty("/api/calls").GetProperty("get");
        Assert.Contains("项目征集", calls.GetProperty("summary").GetString());
        Assert.Equal("项目征集", calls.GetProperty("tags")[0].GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("ApiCallDetails", out _));
    }

    private static async Task<JsonElement> Json(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
