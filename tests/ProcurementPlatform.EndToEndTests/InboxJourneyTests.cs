using Microsoft.Playwright;
using ProcurementPlatform.EndToEndTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>消息提醒 in a real Chromium: an organisation user sees a reminder in the inbox and follows its link.</summary>
public sealed class InboxJourneyTests(E2EFixture fixture, ITestOutputHelper output) : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    [BrowserFact]
    public async Task An_organisation_user_sees_the_reminder_in_the_inbox_and_follows_its_link()
    {
        await InPageAsync("inbox-follow", async page =>
        {
            // Demo data: 心桥's award has no contract 35 days on; the reminder run told 心桥.
            await UiActions.LoginAsync(page, UiActions.NgoUser);
            var inboxLink = page.Locator("header a.inbox-link");
            await Expect(inboxLink.Locator(".inbox-count")).ToHaveTextAsync("1");
            await Expect(inboxLink).ToContainTextAsync("1 条未读");
            await inboxLink.ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("消息提醒");
            var item = page.Locator("li.inbox-item", new() { HasText = "合同尚未签订" });
            await Expect(item).ToHaveCountAsync(1);
            await Expect(item).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("unread"));
            await Expect(item).ToContainTextAsync("“邻里花园”社区营造项目");
            await Shot(page, "inbox");

            await item.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/manage/projects/"));
            await Expect(page.Locator("main h1")).ToContainTextAsync("邻里花园");
            await Expect(page.Locator("header a.inbox-link .inbox-count")).ToHaveCountAsync(0);
            await Shot(page, "inbox-followed");

            await page.GotoAsync("/inbox");
            await Expect(page.Locator("li.inbox-item", new() { HasText = "合同尚未签订" })).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("unread"));
            await page.GetByRole(AriaRole.Link, new() { Name = "提醒设置" }).ClickAsync();
            await Expect(page.GetByLabel("合同未签订")).ToBeCheckedAsync();
            await page.GetByLabel("申报截止提醒").UncheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "保存设置" }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("提醒设置已保存");
            await Expect(page.GetByLabel("申报截止提醒")).Not.ToBeCheckedAsync();
        });

        await InPageAsync("inbox-phone", async page =>
        {
            await UiActions.LoginAsync(page, "gsjd@demo.gov.cn");
            await page.Locator("header a.inbox-link").ClickAsync();
            await Expect(page.Locator("li.inbox-item", new() { HasText = "合同尚未签订" })).ToHaveCountAsync(1);
            await ReportHorizontalOverflowAsync(page, "inbox on a phone");
            await Shot(page, "inbox-phone");
        }, phone: true);
    }
}
