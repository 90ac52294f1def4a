using Microsoft.Playwright;
using ProcurementPlatform.EndToEndTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>数据统计 in a real Chromium: a visitor opens /stats, every chart draws on a canvas, every table has rows; also on a phone.</summary>
public sealed class StatsJourneyTests(E2EFixture fixture, ITestOutputHelper output) : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    private static readonly string[] Figures = ["by-year", "by-department", "by-field", "by-fund", "awards-by-year", "awards-by-department", "grades"];

    private async Task AssertChartsAndTablesAsync(IPage page)
    {
        foreach (var id in Figures)
        {
            var canvas = page.Locator($"#{id}-chart canvas").First;
            await Expect(canvas).ToBeVisibleAsync();
            var size = await canvas.EvaluateAsync<int[]>("c => [c.width, c.height, Math.round(c.getBoundingClientRect().width), Math.round(c.getBoundingClientRect().height)]");
            Output.WriteLine($"{id}: canvas {size[0]}x{size[1]} (shown {size[2]}x{size[3]})");
            Assert.True(size[0] > 0 && size[1] > 0 && size[2] > 0 && size[3] > 0, $"the {id} chart has an empty canvas");
            var table = page.Locator($"#{id}-table");
            Assert.True(await table.Locator("tbody tr").CountAsync() > 0, $"the {id} table has no rows");
            await Expect(table.Locator("caption")).ToBeVisibleAsync();
        }
    }

    [BrowserFact]
    public async Task A_visitor_reads_the_statistics_as_charts_and_tables()
    {
        await InPageAsync("stats", async page =>
        {
            await page.GotoAsync("/");
            await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "数据统计" }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("数据统计");
            await AssertChartsAndTablesAsync(page);
            await Expect(page.Locator("#by-fund-table tbody")).ToContainTextAsync("彩票公益金");
            await Expect(page.Locator("#grades-table tbody")).ToContainTextAsync("良好");
            await Shot(page, "stats");

            // One year: the by-year table keeps that year only.
            var year = await page.Locator("#year option").Nth(1).GetAttributeAsync("value");
            await page.GetByLabel("选择年度").SelectOptionAsync(year!);
            await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains($"year={year}"));
            await Expect(page.GetByLabel("选择年度")).ToHaveValueAsync(year!);
            await Expect(page.Locator("#by-year-table tbody tr")).ToHaveCountAsync(1);
            await Expect(page.Locator("#by-year-table tbody tr th")).ToHaveTextAsync($"{year}年");
            await Expect(page.Locator("#by-year-chart canvas")).ToBeVisibleAsync();
            await Shot(page, "stats-year");
        });

        await InPageAsync("stats-phone", async page =>
        {
            await page.GotoAsync("/stats");
            await AssertChartsAndTablesAsync(page);
            var chartWidth = await page.Locator("#by-department-chart").EvaluateAsync<int>("e => Math.round(e.getBoundingClientRect().width)");
            Output.WriteLine($"chart width on the phone: {chartWidth}px");
            Assert.True(chartWidth >= 300, $"charts should span the phone's width, not {chartWidth}px");
            await ReportHorizontalOverflowAsync(page, "/stats on a phone");
            await Shot(page, "stats-phone");
            await Shot(page.Locator("section[aria-labelledby='by-fund-title']"), "stats-phone-fund");
            await Shot(page.Locator("section[aria-labelledby='awards-by-department-title']"), "stats-phone-awards");
        }, phone: true);
    }
}
