using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NJsonSchema;
using NJsonSchema.Generation;
using ProcurementPlatform.Application.Portal.Ocds;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>
/// /api/ocds: OCDS 1.1 release packages, validated against the official schemas (tests/data/ocds-1.1, version 1.1.5)
/// with NJsonSchema; only the public record appears; dates filter and pages in order; amounts are exact from fen.
/// </summary>
public sealed class OcdsTests : IClassFixture<PlatformFactory>
{
    private const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
    private static readonly string SchemaFolder = Path.Combine(AppContext.BaseDirectory, "ocds-1.1");
    private static readonly Lazy<Task<(JsonSchema Package, JsonSchema Release)>> Schemas = new(LoadSchemasAsync);

    private readonly PlatformFactory _app;

    public OcdsTests(PlatformFactory app) => _app = app;

    /// <summary>
    /// The package schema refers to the release schema by its id URL: the reference is resolved to the local copy, never
    /// fetched. The release schema's own references are internal (#/definitions/...).
    /// </summary>
    private static async Task<(JsonSchema, JsonSchema)> LoadSchemasAsync()
    {
        var release = await JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, "release-schema.json"));
        var package = await JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, "release-package-schema.json"), root =>
        {
            var resolver = new JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()));
            resolver.AddDocumentReference(ReleaseSchemaUrl, release);
            return resolver;
        });
        return (package, release);
    }

    private static async Task<IReadOnlyList<string>> SchemaErrorsAsync(string json)
    {
        var (package, release) = await Schemas.Value;
        var errors = package.Validate(json).Select(e => $"package {e.Path}: {e.Kind} {e}").ToList();
        // Each release against the release schema as well (the same rules the package's $ref applies).
        foreach (var item in JsonNode.Parse(json)!["releases"]!.AsArray())
            errors.AddRange(release.Validate(item!.ToJsonString()).Select(e => $"release {item["id"]} {e.Path}: {e.Kind} {e}"));
        return errors;
    }

    private async Task<(string Json, JsonObject Package)> GetPackageAsync(string url)
    {
        var response = await _app.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        return (json, JsonNode.Parse(json)!.AsObject());
    }

    private static IReadOnlyList<JsonObject> Releases(JsonObject package) => package["releases"]!.AsArray().Select(r => r!.AsObject()).ToList();

    private static IEnumerable<string> Tags(JsonObject release) => release["tag"]!.AsArray().Select(t => t!.GetValue<string>());

    private static string Ocid(Guid callId) => $"{OcdsSettings.DefaultOcidPrefix}-{callId:N}";

    [Fact]
    public async Task The_schemas_are_loaded_from_the_local_files_and_do_validate()
    {
        var (package, release) = await Schemas.Value;
        Assert.True(package.Properties["releases"].Item!.ActualSchema.Properties.ContainsKey("ocid"));
        Assert.True(release.Properties.ContainsKey("awards"));
        // Not vacuous: a release without its required fields and with a wrong-typed amount fails.
        var bad = """{"version":"1.1","releases":[{"ocid":"x","tag":[],"awards":[{"id":"1","value":{"amount":"12.00"}}]}]}""";
        Assert.NotEmpty(package.Validate(bad));
    }

    [Fact]
    public async Task The_release_package_of_the_demo_data_is_schema_valid_and_covers_calls_awards_and_contracts_with_payments()
    {
        var (json, package) = await GetPackageAsync("/api/ocds/releases?pageSize=500");
        Assert.Empty(await SchemaErrorsAsync(json));

        Assert.Equal("1.1", package["version"]!.GetValue<string>());
        Assert.Equal(OcdsSettings.PublisherName, package["publisher"]!["name"]!.GetValue<string>());
        Assert.StartsWith("http", package["uri"]!.GetValue<string>());
        Assert.EndsWith("+08:00", package["publishedDate"]!.GetValue<string>());
        Assert.Null(package["links"]);

        var releases = Releases(package);
        var tags = releases.SelectMany(Tags).ToHashSet();
        foreach (var expected in new[] { "tender", "tenderAmendment", "award", "contract", "implementation" }) Assert.Contains(expected, tags);
        Assert.Equal(releases.Count, releases.Select(r => r["id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(releases, r =>
        {
            Assert.StartsWith(OcdsSettings.DefaultOcidPrefix + "-", r["ocid"]!.GetValue<string>());
            Assert.Equal("tender", r["initiationType"]!.GetValue<string>());
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", r["date"]!.GetValue<string>());
            // Every party referenced is in the parties array.
            var partyIds = r["parties"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToHashSet();
            Assert.Contains(r["buyer"]!["id"]!.GetValue<string>(), partyIds);
            foreach (var supplier in r["awards"]?.AsArray().SelectMany(a => a!["suppliers"]!.AsArray()) ?? [])
                Assert.Contains(supplier!["id"]!.GetValue<string>(), partyIds);
        });
        // Releases come in date order.
        var dates = releases.Select(r => DateTimeOffset.Parse(r["date"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.Order(), dates);

        // The contracts: tranches as milestones, payments as transactions, amounts exact from fen.
        var contracts = releases.Where(r => Tags(r).Contains("contract")).Select(r => r["contracts"]![0]!.AsObject()).ToList();
        var projects = await _app.DbAsync(db => db.Projects.AsNoTracking().Where(p => p.SignedAt != null).ToListAsync());
        var payments = await _app.DbAsync(db => db.Disbursements.AsNoTracking().ToListAsync());
        Assert.Equal(projects.Count, contracts.Count);
        foreach (var project in projects)
        {
            var contract = contracts.Single(c => c["id"]!.GetValue<string>() == project.Id.ToString("N"));
            Assert.Equal(project.ContractAmount.Fen / 100m, contract["value"]!["amount"]!.GetValue<decimal>());
            Assert.Equal("CNY", contract["value"]!["currency"]!.GetValue<string>());
            Assert.Equal("active", contract["status"]!.GetValue<string>());
            Assert.Equal(project.ApplicationId.ToString("N"), contract["awardID"]!.GetValue<string>());
            var milestones = contract["implementation"]!["milestones"]!.AsArray();
            Assert.Equal(project.Tranches.Count, milestones.Count);
            Assert.Equal(project.Tranches.Sum(t => t.Amount.Fen) / 100m, milestones.Sum(m => m!["value"]!["amount"]!.GetValue<decimal>()));
            var paid = payments.Where(d => d.ProjectId == project.Id).ToList();
            var transactions = contract["implementation"]!["transactions"]!.AsArray();
            Assert.Equal(paid.Count, transactions.Count);
            Assert.Equal(paid.Sum(d => d.Amount.Fen) / 100m, transactions.Sum(t => t!["value"]!["amount"]!.GetValue<decimal>()));
            Assert.Equal(paid.Count, milestones.Count(m => m!["status"]!.GetValue<string>() == "met"));
        }
        Assert.Contains(contracts, c => c["implementation"]!["transactions"]!.AsArray().Count > 0);
        // Every contract's award is published in an award release of the same process.
        var awardIds = releases.Where(r => Tags(r).Contains("award")).SelectMany(r => r["awards"]!.AsArray().Select(a => a!["id"]!.GetValue<string>())).ToHashSet();
        Assert.All(contracts, c => Assert.Contains(c["awardID"]!.GetValue<string>(), awardIds));

        // Nothing personal: no contact names, phones or e-mail addresses of organisations, officers or applicants.
        Assert.DoesNotContain("@demo", json);
        Assert.DoesNotMatch(new Regex(@"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])"), json);
        Assert.DoesNotContain("0871-", json);
        foreach (var contact in new[] { "李明", "王芳", "赵磊", "张晓红", "刘思远" }) Assert.DoesNotContain(contact, json);
    }

    [Fact]
    public async Task Each_contracting_process_has_a_schema_valid_package_of_its_own_releases()
    {
        var (_, all) = await GetPackageAsync("/api/ocds/releases?pageSize=500");
        var byOcid = Releases(all).GroupBy(r => r["ocid"]!.GetValue<string>()).ToList();
        Assert.True(byOcid.Count >= 5);
        foreach (var process in byOcid)
        {
            var (json, package) = await GetPackageAsync("/api/ocds/releases/" + process.Key);
            Assert.Empty(await SchemaErrorsAsync(json));
            Assert.EndsWith("/api/ocds/releases/" + process.Key, package["uri"]!.GetValue<string>());
            Assert.Equal(process.Select(r => r["id"]!.GetValue<string>()), Releases(package).Select(r => r["id"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task Drafts_unpublished_awards_unsigned_contracts_and_evaluation_notices_never_appear()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var draftId = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, title: "OCDS 草稿征集")));
        var cancelledDraftId = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, title: "OCDS 未发布即取消")));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new CancelSolicitationCommand { SolicitationId = cancelledDraftId, Reason = "计划调整" }));
        var demoDrafts = await _app.DbAsync(db => db.Solicitations.Where(s => s.PublishedAt == null).Select(s => s.Id).ToListAsync());
        Assert.True(demoDrafts.Count >= 3);

        var (json, package) = await GetPackageAsync("/api/ocds/releases?pageSize=500");
        var releases = Releases(package);
        foreach (var id in demoDrafts)
        {
            Assert.DoesNotContain(id.ToString("N"), json);
            Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync("/api/ocds/releases/" + Ocid(id))).StatusCode);
        }
        Assert.DoesNotContain("OCDS 草稿征集", json);

        // A call under review with no award notice yet: its tender is public, its recommendations are not.
        var underReview = await _app.DbAsync(db => db.Solicitations.Where(s => s.Status == SolicitationStatus.UnderReview && s.PublishedAt != null)
            .Where(s => !db.AwardNotices.Any(n => n.SolicitationId == s.Id)).Select(s => s.Id).ToListAsync());
        Assert.NotEmpty(underReview);
        foreach (var id in underReview)
        {
            var process = releases.Where(r => r["ocid"]!.GetValue<string>() == Ocid(id)).ToList();
            Assert.NotEmpty(process);
            Assert.All(process, r => Assert.Null(r["awards"]));
        }

        // Awards: exactly the entries of published award notices (not evaluation notices).
        var awardEntries = await _app.DbAsync(db => db.AwardNotices.AsNoTracking().Where(n => n.Kind == NoticeKind.Award).SelectMany(n => n.Entries).CountAsync());
        Assert.Equal(awardEntries, releases.Where(r => r["awards"] != null).Sum(r => r["awards"]!.AsArray().Count));

        // An awarded project whose contract is not signed yet has an award but no contract release.
        var unsigned = await _app.DbAsync(db => db.Projects.Where(p => p.SignedAt == null).Select(p => new { p.Id, p.SolicitationId, p.ApplicationId }).ToListAsync());
        Assert.NotEmpty(unsigned);
        foreach (var p in unsigned)
        {
            Assert.DoesNotContain(p.Id.ToString("N"), json);
            Assert.Contains(releases, r => r["ocid"]!.GetValue<string>() == Ocid(p.SolicitationId)
                && r["awards"]?.AsArray().Any(a => a!["id"]!.GetValue<string>() == p.ApplicationId.ToString("N")) == true);
        }
    }

    [Fact]
    public async Task A_published_call_with_exact_amounts_then_cancelled_gives_tender_and_cancellation_releases()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var command = TestData.Call(now, title: "OCDS 金额精确测试");
        command.ProjectCeilingYuan = "100000.01";
        command.TotalBudgetYuan = "1234567.89";
        var id = await _app.SendAsAsync(TestData.Officer, m => m.Send(command));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(id)));

        var (json, package) = await GetPackageAsync("/api/ocds/releases/" + Ocid(id));
        Assert.Empty(await SchemaErrorsAsync(json));
        var tender = Assert.Single(Releases(package));
        Assert.Equal(new[] { "tender" }, Tags(tender));
        Assert.Contains("\"value\":{\"amount\":1234567.89,\"currency\":\"CNY\"}", json);
        Assert.Equal(1234567.89m, tender["tender"]!["value"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("active", tender["tender"]!["status"]!.GetValue<string>());
        Assert.Equal("dept-MZJ", tender["buyer"]!["id"]!.GetValue<string>());
        Assert.Equal($"{Ocid(id)}-tender-{ChinaTime.ToCst(now):yyyyMMddHHmmss}", tender["id"]!.GetValue<string>());

        _app.Clock.Advance(TimeSpan.FromHours(1));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new CancelSolicitationCommand { SolicitationId = id, Reason = "预算调整，项目暂停" }));
        (json, package) = await GetPackageAsync("/api/ocds/releases/" + Ocid(id));
        Assert.Empty(await SchemaErrorsAsync(json));
        var releases = Releases(package);
        Assert.Equal(new[] { "tender", "tenderCancellation" }, releases.Select(r => Tags(r).Single()));
        // The same release keeps its id; the cancellation is a release of its own.
        Assert.Equal(tender["id"]!.GetValue<string>(), releases[0]["id"]!.GetValue<string>());
        Assert.Equal("cancelled", releases[1]["tender"]!["status"]!.GetValue<string>());
        Assert.Equal("预算调整，项目暂停", releases[1]["tender"]!["finalStatusDetails"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_amended_call_has_its_amendment_release_with_the_deadlines_of_each_stage()
    {
        var youth = await _app.DbAsync(db => db.Solicitations.AsNoTracking().SingleAsync(s => s.Title == "青少年成长护航社会工作服务项目"));
        var amendment = Assert.Single(youth.Amendments);
        var (json, package) = await GetPackageAsync("/api/ocds/releases/" + Ocid(youth.Id));
        Assert.Empty(await SchemaErrorsAsync(json));
        var releases = Releases(package);
        Assert.Equal(new[] { "tender", "tenderAmendment" }, releases.Select(r => Tags(r).Single()));
        Assert.Equal(OcdsReleaseBuilder.Iso(amendment.PreviousClosesAt), releases[0]["tender"]!["tenderPeriod"]!["endDate"]!.GetValue<string>());
        Assert.Equal(OcdsReleaseBuilder.Iso(amendment.ClosesAt), releases[1]["tender"]!["tenderPeriod"]!["endDate"]!.GetValue<string>());
        // The current budget (after the amendment) is stated on the amendment release, not on the original one.
        Assert.Null(releases[0]["tender"]!["value"]);
        Assert.Equal(360_000m, releases[1]["tender"]!["value"]!["amount"]!.GetValue<decimal>());
        var change = releases[1]["tender"]!["amendments"]![0]!;
        Assert.Equal(amendment.Reason, change["rationale"]!.GetValue<string>());
        Assert.Equal(releases[0]["id"]!.GetValue<string>(), change["amendsReleaseID"]!.GetValue<string>());
        Assert.Equal(releases[1]["id"]!.GetValue<string>(), change["releaseID"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_date_filter_and_paging_return_the_right_releases_in_order()
    {
        var (_, all) = await GetPackageAsync("/api/ocds/releases?pageSize=500");
        var everything = Releases(all).Select(r => (Id: r["id"]!.GetValue<string>(), Day: r["date"]!.GetValue<string>()[..10])).ToList();
        Assert.True(everything.Count > 8);

        // from/to are China calendar days, both included.
        var days = everything.Select(r => r.Day).Distinct().Order().ToList();
        var from = days[1];
        var to = days[^2];
        var (json, filtered) = await GetPackageAsync($"/api/ocds/releases?from={from}&to={to}&pageSize=500");
        Assert.Empty(await SchemaErrorsAsync(json));
        Assert.Equal(everything.Where(r => string.CompareOrdinal(r.Day, from) >= 0 && string.CompareOrdinal(r.Day, to) <= 0).Select(r => r.Id),
            Releases(filtered).Select(r => r["id"]!.GetValue<string>()));
        var (_, oneDay) = await GetPackageAsync($"/api/ocds/releases?from={days[0]}&to={days[0]}");
        Assert.Equal(everything.Where(r => r.Day == days[0]).Select(r => r.Id), Releases(oneDay).Select(r => r["id"]!.GetValue<string>()));

        // Walking the pages by links.next gives every release once, in order.
        var seen = new List<string>();
        string? next = "/api/ocds/releases?pageSize=3";
        var pages = 0;
        while (next is not null)
        {
            var (pageJson, page) = await GetPackageAsync(next);
            Assert.Empty(await SchemaErrorsAsync(pageJson));
            pages++;
            Assert.True(Releases(page).Count <= 3);
            if (pages == 1) Assert.Null(page["links"]?["prev"]);
            else Assert.EndsWith($"page={pages - 1}&pageSize=3", page["links"]!["prev"]!.GetValue<string>());
            seen.AddRange(Releases(page).Select(r => r["id"]!.GetValue<string>()));
            next = page["links"]?["next"]?.GetValue<string>() is { } link ? new Uri(link).PathAndQuery : null;
        }
        Assert.Equal((everything.Count + 2) / 3, pages);
        Assert.Equal(everything.Select(r => r.Id), seen);

        // A page past the end is empty but still a valid package.
        var (lateJson, late) = await GetPackageAsync("/api/ocds/releases?page=999");
        Assert.Empty(await SchemaErrorsAsync(lateJson));
        Assert.Empty(Releases(late));
        // More than the maximum page size is served at the maximum.
        var (_, big) = await GetPackageAsync("/api/ocds/releases?pageSize=100000");
        Assert.Equal(Math.Min(everything.Count, OcdsSettings.MaxPageSize), Releases(big).Count);
    }

    [Theory]
    [InlineData("/api/ocds/releases/ocds-gdsw-00000000000000000000000000000001")]
    [InlineData("/api/ocds/releases/ocds-other-0123456789abcdef0123456789abcdef")]
    [InlineData("/api/ocds/releases/not-an-ocid")]
    public async Task An_unknown_ocid_is_404(string url)
    {
        var response = await _app.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("from=2026-13-01")]
    [InlineData("to=yesterday")]
    [InlineData("from=2026-11-20&to=2026-11-01")]
    [InlineData("page=0")]
    [InlineData("pageSize=-5")]
    public async Task Bad_parameters_are_400(string query)
    {
        var response = await _app.Browser().GetAsync("/api/ocds/releases?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
