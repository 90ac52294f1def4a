using Microsoft.Playwright;
using ProcurementPlatform.EndToEndTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>重复申报核查 in a real Chromium: an officer opens a flag, reads the highlighted passages side by side and confirms it.</summary>
public sealed class DuplicateJourneyTests(E2EFixture fixture, ITestOutputHelper output) : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    private const string OwnApplication = "“阳光伙伴”困境儿童学业支持与心理关爱项目";

    [BrowserFact]
    public async Task An_officer_opens_a_flag_sees_the_shared_passages_and_confirms_it()
    {
        await InPageAsync("duplicate-confirm", async page =>
        {
            await UiActions.LoginAsync(page, UiActions.OfficerUser);
            await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "重复申报核查" }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("重复申报核查");
            var row = page.Locator("main table tbody tr", new() { HasText = OwnApplication });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync("同一申报单位");
            await Shot(page, "duplicates-list");
            await row.GetByRole(AriaRole.Link, new() { Name = "核查" }).ClickAsync();

            // Side by side, with the passages the two share highlighted in both.
            var sides = page.Locator(".dup-side");
            await Expect(sides).ToHaveCountAsync(2);
            await Expect(sides.Nth(0).Locator("mark.dup-shared").First).ToBeVisibleAsync();
            await Expect(sides.Nth(1).Locator("mark.dup-shared").First).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("共青团官渡区委员会");
            await Expect(page.Locator("main")).ToContainTextAsync("官渡区民政局");
            Assert.Contains("东站社区", string.Concat(await page.Locator(".dup-side").First.Locator("mark.dup-shared").AllInnerTextsAsync()));
            // The other department's application is theirs to decide.
            await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "“阳光伙伴”青少年学业支持与心理关爱项目", Exact = false })).ToBeDisabledAsync();
            await Shot(page, "duplicate-triage");

            // No reason: refused next to the field, nothing decided.
            await page.GetByRole(AriaRole.Button, new() { Name = "认定为重复申报" }).ClickAsync();
            await Expect(page.Locator("#Confirm_Reason-errors")).ToContainTextAsync("请填写认定理由");
            await Expect(page.Locator("main h1")).ToContainTextAsync("待核查");

            await page.GetByRole(AriaRole.Radio, new() { Name = OwnApplication, Exact = false }).CheckAsync();
            await page.GetByLabel("认定理由").FillAsync("经核实，该申报与团区委征集中的申报服务社区、服务对象、活动和服务期一致，属同一项目多头申报。");
            await page.GetByRole(AriaRole.Button, new() { Name = "认定为重复申报" }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("已认定为重复申报");
            await Expect(page.Locator("main h1")).ToContainTextAsync("已认定为重复申报");
            await Expect(page.Locator("main")).ToContainTextAsync($"认定为重复申报的申报：《{OwnApplication}》");
            await Expect(page.Locator("main")).ToContainTextAsync("资格审查未通过");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "认定为重复申报" })).ToHaveCountAsync(0);
            await Shot(page, "duplicate-confirmed");
        });

        await InPageAsync("duplicate-phone", async page =>
        {
            await UiActions.LoginAsync(page, "tqw@demo.gov.cn");
            await page.GotoAsync("/duplicates?status=all");
            await page.Locator("main table tbody tr", new() { HasText = OwnApplication }).GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page.Locator(".dup-side")).ToHaveCountAsync(2);
            await ReportHorizontalOverflowAsync(page, "duplicate triage on a phone");
            await Shot(page, "duplicate-triage-phone");
        }, phone: true);
    }
}
