using System.Net;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Portal;
using ProcurementPlatform.Application.Portal.Search;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>全站搜索 and the home page: only public records, every term must match, figures are sums over the records.</summary>
public sealed class PortalSearchTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public PortalSearchTests(PlatformFactory app) => _app = app;

    private Task<SearchResults> SearchAsync(string q, SearchKind? kind = null) => _app.SendAsAsync(null, m => m.Send(new SearchPortalQuery(q, kind)));

    [Fact]
    public async Task A_search_finds_projects_notices_and_calls_by_chinese_substring_and_all_terms_must_match()
    {
        var results = await SearchAsync("银龄乐享");
        var projects = results.Groups.Single(g => g.Kind == SearchKind.Projects);
        Assert.Contains(projects.Hits, h => h.Title.Contains("银龄乐享"));
        var notices = results.Groups.Single(g => g.Kind == SearchKind.Notices);
        Assert.Contains(notices.Hits, h => h.Title.Contains("居家养老")); // the award notice lists the project

        // Two terms: one in the title, one in the organisation's name — both must match.
        var both = await SearchAsync("关爱服务　阳光");
        Assert.Contains(both.Groups.Single(g => g.Kind == SearchKind.Projects).Hits, h => h.Title.Contains("银龄乐享"));
        var wrongOrganisation = await SearchAsync("银龄 同心");
        Assert.Empty(wrongOrganisation.Groups.Single(g => g.Kind == SearchKind.Projects).Hits);

        var none = await SearchAsync("养老 不存在的词语");
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task Drafts_and_unsigned_projects_are_never_found()
    {
        var draft = await _app.DbAsync(db => db.Solicitations.Where(s => s.Status == SolicitationStatus.Draft).Select(s => new { s.Id, s.Summary }).FirstAsync());
        var results = await SearchAsync(draft.Summary[..10]);
        Assert.DoesNotContain(results.Groups.SelectMany(g => g.Hits), h => h.Id == draft.Id);

        var unsigned = await _app.DbAsync(db => db.Projects.Where(p => p.SignedAt == null).Select(p => new { p.Id, p.Title }).FirstAsync());
        var projectHits = (await SearchAsync(unsigned.Title, SearchKind.Projects)).Groups.Single().Hits;
        Assert.DoesNotContain(projectHits, h => h.Id == unsigned.Id);
    }

    [Fact]
    public async Task The_search_page_encodes_the_query_and_marks_matches()
    {
        var client = _app.Browser();
        var html = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;", html);

        var page = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("养老"));
        Assert.Contains("<mark>养老</mark>", page);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=%E5%85%BB%E8%80%81&kind=Projects&p=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?kind=Nonsense")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_figures_are_sums_over_the_records()
    {
        var figures = await _app.SendAsAsync(null, m => m.Send(new GetPortalFiguresQuery()));
        var signed = await _app.DbAsync(db => db.Projects.Where(p => p.SignedAt != null).ToListAsync());
        Assert.Equal(signed.Count, figures.SignedProjects);
        Assert.Equal(signed.Sum(p => p.ContractAmount.Fen), figures.ContractedAmount.Fen);
        Assert.Equal(signed.Select(p => p.OrganizationId).Distinct().Count(), figures.ContractedOrganizations);

        var html = await _app.Browser().GetStringAsync("/");
        Assert.Contains("立项公示", html);
        Assert.Contains("评估结果公示", html);
        Assert.Contains("红榜", html);
        Assert.Contains(figures.ContractedAmount.ToWanYuanString(), html);
        Assert.Contains("银龄乐享", html);
    }

    [Fact]
    public async Task The_project_and_notice_lists_filter_and_page_in_the_database()
    {
        var client = _app.Browser();
        var byKeyword = await client.GetStringAsync("/projects?q=" + Uri.EscapeDataString("阳光助老"));
        Assert.Contains("银龄乐享", byKeyword);
        Assert.DoesNotContain("暖心陪伴", byKeyword);
        var signedYears = await _app.DbAsync(db => db.Projects.Where(p => p.SignedAt != null).Select(p => p.SignedAt!.Value).ToListAsync());
        var year = ChinaTime.ToCst(signedYears.Max()).Year;
        var inYear = await _app.SendAsAsync(null, m => m.Send(new Application.Projects.SearchPublicProjectsQuery(Year: year, PageSize: 1)));
        Assert.Equal(signedYears.Count(t => ChinaTime.ToCst(t).Year == year), inYear.TotalCount);
        Assert.Single(inYear.Items);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/projects?year=abc&status=nonsense&p=x")).StatusCode);

        // 暖心陪伴 is on last year's award notice and on its two evaluation notices; 末期 narrows to one.
        var notices = await client.GetStringAsync("/notices?q=" + Uri.EscapeDataString("暖心陪伴"));
        Assert.Contains("2025年度居家养老社会工作服务项目拟立项项目公示", notices);
        Assert.Contains("末期评估结果公示", notices);
        var final = await client.GetStringAsync("/notices?q=" + Uri.EscapeDataString("末期评估"));
        Assert.Contains("末期评估结果公示", final);
        Assert.DoesNotContain("拟立项项目公示", final);
    }
}
