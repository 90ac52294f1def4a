using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Portal.Statistics;
using ProcurementPlatform.Application.Projects.Contracts;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>
/// 数据统计 (/stats): every figure equals a sum computed here, in C#, over the records themselves — with all years or
/// one, after a new contract is signed — and drafts (unsigned contracts, evaluations not yet final) never count.
/// </summary>
public sealed class StatisticsTests : IClassFixture<PlatformFactory>
{
    private const string GsjdOfficer = "gsjd@demo.gov.cn";   // 关上街道, whose demo award has no contract yet
    private readonly PlatformFactory _app;

    public StatisticsTests(PlatformFactory app) => _app = app;

    private sealed record Records(List<Project> Projects, Dictionary<Guid, string> Departments, Dictionary<Guid, ServiceField> Fields, List<Evaluation> Evaluations);

    private Task<Records> LoadAsync() => _app.DbAsync(async db => new Records(
        await db.Projects.AsNoTracking().ToListAsync(),
        await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name),
        await db.Solicitations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.ServiceField),
        await db.Evaluations.AsNoTracking().ToListAsync()));

    private Task<PortalStatistics> StatsAsync(int? year = null) => _app.SendAsAsync(null, m => m.Send(new GetPortalStatisticsQuery(year)));

    private static int CstYear(DateTime utc) => ChinaTime.ToCst(utc).Year;

    private static List<(string, int, long)> Amounts(IEnumerable<(string Label, Project Project, Money Amount)> items) =>
        items.GroupBy(i => i.Label).Select(g => (g.Key, g.Select(i => i.Project.Id).Distinct().Count(), Money.Sum(g.Select(i => i.Amount)).Fen))
            .OrderBy(x => x.Key, StringComparer.Ordinal).ToList();

    private static List<(string, int, long)> Rows(IEnumerable<AmountRow> rows) =>
        rows.Select(r => (r.Label, r.Projects, r.Amount.Fen)).OrderBy(x => x.Label, StringComparer.Ordinal).ToList();

    private static List<(string, int)> Counts(IEnumerable<string> labels) =>
        labels.GroupBy(l => l).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();

    /// <summary>Recomputes every series from the loaded entities and compares it with the query's answer.</summary>
    private static void AssertMatchesRecords(Records records, PortalStatistics stats, int? year)
    {
        bool InYear(DateTime utc) => year is null || CstYear(utc) == year;
        var signed = records.Projects.Where(p => p.SignedAt is { } s && InYear(s)).ToList();
        var awarded = records.Projects.Where(p => InYear(p.AwardedAt)).ToList();
        var evaluations = records.Evaluations.Where(e => e.Status == EvaluationStatus.Final && e.FinalisedAt is { } f && InYear(f)).ToList();

        Assert.Equal(year, stats.Year);
        Assert.Equal(signed.Count, stats.Projects);
        Assert.Equal(Money.Sum(signed.Select(p => p.ContractAmount)), stats.Amount);
        Assert.Equal(Amounts(signed.Select(p => ($"{CstYear(p.SignedAt!.Value)}年", p, p.ContractAmount))), Rows(stats.ByYear));
        Assert.Equal(Amounts(signed.Select(p => (records.Departments[p.DepartmentId], p, p.ContractAmount))), Rows(stats.ByDepartment));
        Assert.Equal(Amounts(signed.Select(p => (records.Fields[p.SolicitationId].ToChinese(), p, p.ContractAmount))), Rows(stats.ByField));
        Assert.Equal(Amounts(signed.SelectMany(p => p.Lines.Select(l => (l.FundSource.ToChinese(), p, l.Amount)))), Rows(stats.ByFundSource));
        // Split by budget line, the sources still add up to the contracts.
        Assert.Equal(stats.Amount, Money.Sum(stats.ByFundSource.Select(r => r.Amount)));

        Assert.Equal(awarded.Count, stats.Awards);
        Assert.Equal(Counts(awarded.Select(p => $"{CstYear(p.AwardedAt)}年")), stats.AwardsByYear.Select(r => (r.Label, r.Count)).OrderBy(x => x.Label, StringComparer.Ordinal).ToList());
        Assert.Equal(Counts(awarded.Select(p => records.Departments[p.DepartmentId])), stats.AwardsByDepartment.Select(r => (r.Label, r.Count)).OrderBy(x => x.Label, StringComparer.Ordinal).ToList());

        Assert.Equal(evaluations.Count, stats.Evaluations);
        foreach (var grade in Enum.GetValues<EvaluationGrade>())
        {
            var row = stats.Grades.Single(g => g.Grade == grade);
            Assert.Equal(grade.ToChinese(), row.Label);
            Assert.Equal(evaluations.Count(e => e.Grade == grade && e.Kind == EvaluationKind.MidTerm), row.MidTerm);
            Assert.Equal(evaluations.Count(e => e.Grade == grade && e.Kind == EvaluationKind.Final), row.Final);
        }
    }

    [Fact]
    public async Task Every_figure_equals_the_sums_over_the_records_for_all_years_and_for_each_year()
    {
        var records = await LoadAsync();
        var all = await StatsAsync();
        Assert.True(all.Projects > 0 && all.Evaluations > 0, "the demo data should have signed contracts and a published evaluation");
        AssertMatchesRecords(records, all, null);

        var expectedYears = records.Projects.Select(p => CstYear(p.AwardedAt))
            .Concat(records.Projects.Where(p => p.SignedAt != null).Select(p => CstYear(p.SignedAt!.Value)))
            .Concat(records.Evaluations.Where(e => e.Status == EvaluationStatus.Final).Select(e => CstYear(e.FinalisedAt!.Value)))
            .Distinct().OrderByDescending(y => y).ToList();
        Assert.Equal(expectedYears, all.Years);
        Assert.True(all.Years.Count >= 2, "the demo contracts were signed in two different years");
        foreach (var year in all.Years) AssertMatchesRecords(records, await StatsAsync(year), year);

        // The year filter really narrows: the years' figures add up to the whole.
        var perYear = new List<PortalStatistics>();
        foreach (var year in all.Years) perYear.Add(await StatsAsync(year));
        Assert.Equal(all.Amount, Money.Sum(perYear.Select(s => s.Amount)));
        Assert.Equal(all.Projects, perYear.Sum(s => s.Projects));
        Assert.All(perYear, s => Assert.True(s.ByYear.Count <= 1));

        var empty = await StatsAsync(2019);
        Assert.Equal(0, empty.Projects);
        Assert.Empty(empty.ByDepartment);
        Assert.Equal(0, empty.Evaluations);
    }

    [Fact]
    public async Task Evaluations_not_yet_final_are_left_out()
    {
        var records = await LoadAsync();
        var stats = await StatsAsync();
        var notFinal = records.Evaluations.Where(e => e.Status != EvaluationStatus.Final).ToList();
        Assert.Contains(notFinal, e => e.Status == EvaluationStatus.InPublicity && e.Grade != null); // graded, still in publicity
        Assert.Equal(records.Evaluations.Count - notFinal.Count, stats.Evaluations);
        Assert.Equal(stats.Evaluations, stats.Grades.Sum(g => g.Total));
    }

    [Fact]
    public async Task A_newly_signed_contract_is_counted_and_its_budget_lines_split_by_fund_source()
    {
        var projectId = await _app.DbAsync(db => db.Projects.Where(p => p.SignedAt == null && p.Title.Contains("邻里花园")).Select(p => p.Id).SingleAsync());
        var before = await StatsAsync();
        var year = CstYear(_app.Clock.GetUtcNow().UtcDateTime);
        var beforeYear = await StatsAsync(year);
        var department = await _app.DbAsync(db => db.Projects.Where(p => p.Id == projectId).Join(db.Departments, p => p.DepartmentId, d => d.Id, (p, d) => d.Name).SingleAsync());

        // Unsigned, it is an award (public from its notice) but not a contract: none of the contract figures has it.
        var recordsBefore = await LoadAsync();
        AssertMatchesRecords(recordsBefore, before, null);
        Assert.Equal(recordsBefore.Projects.Count(p => p.SignedAt != null), before.Projects);
        Assert.True(before.Projects < recordsBefore.Projects.Count);
        Assert.Equal(recordsBefore.Projects.Count, before.Awards);
        Assert.DoesNotContain(before.ByDepartment, r => r.Label == department); // 关上街道 has no signed contract in the demo
        Assert.Contains(before.AwardsByDepartment, r => r.Label == department);

        var draft = await _app.SendAsAsync(GsjdOfficer, m => m.Send(new GetContractDraftQuery(projectId)));
        Assert.True(draft.Lines.Count > 1);
        var today = ChinaTime.TodayCst(_app.Clock.GetUtcNow().UtcDateTime);
        // Two sources: the first budget line from the general budget, the rest from the charity fund the call named.
        var lines = draft.Lines.Select((l, i) => new ContractLineRow
        {
            Category = l.Category, Description = l.Description, AmountYuan = l.AmountYuan, FundSource = i == 0 ? FundSource.FiscalBudget : FundSource.CharityFund,
        }).ToList();
        await _app.SendAsAsync(GsjdOfficer, m => m.Send(new SignContractCommand
        {
            ProjectId = projectId, CommunityName = draft.CommunityName, AmountYuan = draft.AmountYuan, StartsOn = today, EndsOn = today.AddMonths(10),
            Frequency = ReportingFrequency.Quarterly, Tranches = draft.Tranches, Lines = lines,
        }));

        var records = await LoadAsync();
        var project = records.Projects.Single(p => p.Id == projectId);
        var after = await StatsAsync();
        AssertMatchesRecords(records, after, null);
        AssertMatchesRecords(records, await StatsAsync(year), year);

        Assert.Equal(before.Projects + 1, after.Projects);
        Assert.Equal(before.Amount + project.ContractAmount, after.Amount);
        Assert.Equal(beforeYear.Amount + project.ContractAmount, (await StatsAsync(year)).Amount);
        Assert.Equal(before.Awards, after.Awards); // already counted as an award
        Money Source(PortalStatistics s, FundSource source) => s.ByFundSource.SingleOrDefault(r => r.Label == source.ToChinese())?.Amount ?? Money.Zero;
        Assert.Equal(Source(before, FundSource.FiscalBudget) + project.Budget(FundSource.FiscalBudget), Source(after, FundSource.FiscalBudget));
        Assert.Equal(Source(before, FundSource.CharityFund) + project.Budget(FundSource.CharityFund), Source(after, FundSource.CharityFund));
        Assert.True(project.Budget(FundSource.FiscalBudget) > Money.Zero && project.Budget(FundSource.CharityFund) > Money.Zero);
        Assert.Contains(after.ByDepartment, r => r.Label == department && r.Amount == project.ContractAmount && r.Projects == 1);
    }

    [Fact]
    public async Task The_page_renders_for_anyone_with_a_table_under_each_chart_and_filters_by_year()
    {
        var browser = _app.Browser();
        var response = await browser.GetAsync("/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var stats = await StatsAsync();
        Assert.Contains("<h1>数据统计</h1>", html);
        Assert.Contains("<a href=\"/stats\">数据统计</a>", html);
        foreach (var id in new[] { "by-year", "by-department", "by-field", "by-fund", "awards-by-year", "awards-by-department", "grades" })
        {
            Assert.Contains($"id=\"{id}-chart\"", html);
            Assert.Contains($"<table class=\"stats-table\" id=\"{id}-table\"", html);
            Assert.Contains($"<script type=\"application/json\" id=\"{id}-data\">", html);
        }
        Assert.Contains("合同金额（万元）", html);
        Assert.Contains(stats.Amount.ToString(), html); // exact yuan in the tables' totals
        // A project with two fund sources appears under both, but the total counts it once.
        Assert.Contains($"<tr><th scope=\"row\">合计</th><td class=\"num\">{stats.Projects}</td>", html);
        foreach (var row in stats.ByDepartment) Assert.Contains(System.Net.WebUtility.HtmlEncode(row.Label), html);
        Assert.Contains("<option value=\"\">全部年度</option>", html);
        Assert.DoesNotContain("<script>", html.Replace("<script src=", "")); // no inline script (CSP)

        var year = stats.Years.Min();
        var filtered = await browser.GetStringAsync($"/stats?year={year}");
        Assert.Contains($"<option value=\"{year}\" selected=\"selected\">{year}年</option>", filtered);
        var yearStats = await StatsAsync(year);
        Assert.Contains($"<b id=\"total-projects\">{yearStats.Projects}</b>", filtered);

        // Nonsense years are all years, not an error.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/stats?year=99999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/stats?year=abc")).StatusCode);
    }

    [Fact]
    public async Task Each_table_downloads_as_csv_with_the_same_rows()
    {
        var stats = await StatsAsync();
        var response = await _app.Browser().GetAsync("/stats?handler=Csv&table=ByFundSource");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());
        // The open-data CSV writer: RFC 4180 line ends (CRLF), quotes only where a cell needs them.
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n").Where(l => l.Length > 0).ToList();
        Assert.Equal("资金来源,项目数（个）,合同金额（元）", lines[0]);
        Assert.Equal(stats.ByFundSource.Select(r => $"{r.Label},{r.Projects},{r.Amount.Yuan:0.00}"), lines.Skip(1));
        Assert.Equal(HttpStatusCode.OK, (await _app.Browser().GetAsync("/stats?handler=Csv&table=Grades&year=2025")).StatusCode);
    }
}
