using Microsoft.Playwright;
using ProcurementPlatform.EndToEndTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>红黑榜 in a real Chromium: an anonymous visitor searches the black list and opens an entry with its rule and evidence.</summary>
public sealed class CreditJourneyTests(E2EFixture fixture, ITestOutputHelper output) : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    [BrowserFact]
    public async Task An_anonymous_visitor_searches_the_black_list_and_reads_why_an_organisation_is_on_it()
    {
        await InPageAsync("credit-search", async page =>
        {
            await page.GotoAsync("/");
            await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "红黑榜" }).ClickAsync();
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "黑名单", Exact = true }).First.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/credit/black"));
            await page.GetByLabel("单位名称或统一社会信用代码").FillAsync("明德");
            await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
            var rows = page.Locator("main table:has(th:text-is('单位名称')) tbody tr");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows.First).ToContainTextAsync("违规使用资金");
            await Shot(page, "credit-black-search");
            await rows.First.GetByRole(AriaRole.Link, new() { Name = "昆明市官渡区明德社会工作服务中心", Exact = true }).ClickAsync();

            await Expect(page.Locator("main h1")).ToHaveTextAsync("昆明市官渡区明德社会工作服务中心");
            var main = page.Locator("main");
            await Expect(main).ToContainTextAsync("52530111MJY000005");
            await Expect(main).ToContainTextAsync("截留、挪用、套取项目资金或违规使用彩票公益金");   // the rule
            await Expect(main).ToContainTextAsync("法律依据");
            await Expect(main).ToContainTextAsync("彩票公益金管理办法");                              // its legal basis
            await Expect(main).ToContainTextAsync("将“居家养老”项目彩票公益金 3.2 万元用于机构人员工资"); // the evidence record
            await Expect(main).ToContainTextAsync("官渡区民政局");                                    // the deciding department
            await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "提出异议" })).ToHaveCountAsync(0); // no forms for the public
        });

        await InPageAsync("credit-entry-phone", async page =>
        {
            await page.GotoAsync("/credit/black?q=%E6%98%8E%E5%BE%B7");
            await page.Locator("main table:has(th:text-is('单位名称')) tbody tr").First.GetByRole(AriaRole.Link, new() { Name = "昆明市官渡区明德社会工作服务中心", Exact = true }).ClickAsync();
            await Expect(page.Locator("main h1")).ToContainTextAsync("明德");
            await ReportHorizontalOverflowAsync(page, "credit entry on a phone");
            await Shot(page, "credit-entry-phone");
        }, phone: true);
    }
}
