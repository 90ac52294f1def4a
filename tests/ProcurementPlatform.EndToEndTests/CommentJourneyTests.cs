using Microsoft.Playwright;
using ProcurementPlatform.EndToEndTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>The public portal in a real Chromium: a visitor reads the statistics, comments on a project, the department approves it, the visitor sees it (through the page cache).</summary>
public sealed class CommentJourneyTests(E2EFixture fixture, ITestOutputHelper output) : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    [BrowserFact]
    public async Task A_visitor_comments_on_a_project_the_officer_approves_it_and_the_visitor_sees_it()
    {
        var words = $"希望项目在周末也安排活动（测试{Guid.NewGuid().ToString("N")[..6]}），联系我 13912345678";
        string projectUrl = "";
        await InPageAsync("comment-visitor", async page =>
        {
            // The visitor reads the statistics first: the charts render from the tables' figures.
            await page.GotoAsync("/stats");
            await Expect(page.Locator("main canvas").First).ToBeVisibleAsync();
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "服务项目" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "“银龄乐享”居家老人关爱服务项目" }).First.ClickAsync();
            await Expect(page.Locator("main h1")).ToContainTextAsync("银龄乐享");
            projectUrl = new Uri(page.Url).AbsolutePath;
            await Expect(page.Locator("#comments")).ToContainTextAsync("关上社区老张");
            await Expect(page.Locator(".progress-table")).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "我要留言" }).ClickAsync();
            // Submitting empty shows the errors next to the fields.
            await page.GetByRole(AriaRole.Button, new() { Name = "提交留言" }).ClickAsync();
            await Expect(page.Locator("#Comment_Nickname-errors")).ToContainTextAsync("请填写公开显示的昵称");
            await page.GetByLabel("昵称（公开显示）").FillAsync("周末想参加的居民");
            await page.GetByLabel("手机号码或电子邮箱").FillAsync("13700002222");
            await page.GetByLabel("留言内容").FillAsync(words);
            await page.GetByRole(AriaRole.Button, new() { Name = "提交留言" }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("审核后公开");
            await Shot(page, "comment-sent");

            await page.GotoAsync(projectUrl);
            await Expect(page.Locator("#comments")).Not.ToContainTextAsync("周末想参加的居民");
        });

        await InPageAsync("comment-officer", async page =>
        {
            await UiActions.LoginAsync(page, "mzj@demo.gov.cn");
            await page.GotoAsync("/manage/comments?status=Pending");
            var item = page.Locator("article.desk-item", new() { HasText = "周末想参加的居民" });
            await Expect(item).ToContainTextAsync("13700002222");
            await Expect(item).ToContainTextAsync("139****5678");
            await Shot(page, "comment-desk");
            await item.GetByRole(AriaRole.Button, new() { Name = "审核通过并公开" }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("审核通过");
        });

        await InPageAsync("comment-visible", async page =>
        {
            await page.GotoAsync(projectUrl);
            var comment = page.Locator("#comments li.comment", new() { HasText = "周末想参加的居民" });
            await Expect(comment).ToContainTextAsync("139****5678");
            await Expect(comment).Not.ToContainTextAsync("13912345678");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("13700002222");
            await ReportHorizontalOverflowAsync(page, "project record on a phone");
            await Shot(page, "project-phone");
        }, phone: true);
    }
}
