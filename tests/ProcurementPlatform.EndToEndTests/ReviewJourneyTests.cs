using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProcurementPlatform.EndToEndTests.Support;
using ProcurementPlatform.Infrastructure.Persistence;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ProcurementPlatform.EndToEndTests.Support.UiActions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>路演评审 in a real Chromium: a panel member declares no conflict and scores an application.</summary>
public sealed class ReviewJourneyTests(E2EFixture fixture, ITestOutputHelper output) : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    [BrowserFact]
    public async Task A_reviewer_declares_no_conflict_and_scores_an_application()
    {
        // The demo data schedules a roadshow for the closed 组织部 call and draws its panel.
        string reviewer;
        Guid callId;
        await using (var scope = Fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var session = await db.ReviewSessions.SingleAsync(s => s.Status == ProcurementPlatform.Domain.Reviews.ReviewSessionStatus.Scheduled);
            callId = session.SolicitationId;
            var expertIds = session.Members.Select(m => m.ExpertId).ToList();
            var userIds = await db.Experts.Where(e => expertIds.Contains(e.Id)).Select(e => e.UserId).ToListAsync();
            reviewer = await db.Users.Where(u => userIds.Contains(u.Id)).OrderBy(u => u.UserName).Select(u => u.UserName!).FirstAsync();
        }

        await InPageAsync("review-score", async page =>
        {
            await LoginAsync(page, reviewer);
            await page.GotoAsync("/review");
            await Expect(page.Locator("main h1")).ToHaveTextAsync("我的评审任务");
            var first = page.Locator("main table tbody tr").First;
            await Expect(first).ToContainTextAsync("待声明回避");
            await Shot(page, "review-tasks");
            await first.Locator("a").ClickAsync();

            // Before declaring, the materials are not shown.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "回避声明" })).ToBeVisibleAsync();
            await Expect(page.GetByText("申报材料", new() { Exact = true })).ToHaveCountAsync(0);
            await Shot(page, "review-declaration");
            await page.GetByRole(AriaRole.Button, new() { Name = "无需回避，查看材料并评分" }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("已声明无需回避");
            await Expect(page.GetByText("申报材料", new() { Exact = true })).ToBeVisibleAsync();

            // Scores per criterion (the demo rubric: 15, 15, 25, 20, 15, 10), saved, then submitted.
            var points = new[] { "12", "12.5", "20", "16", "12", "8" };
            for (var i = 0; i < points.Length; i++)
                await page.Locator($"#Data_Scores_{i}__Points").FillAsync(points[i]);
            await page.Locator("#Data_Scores_2__Comment").FillAsync("服务方案设计较完整，个案与小组衔接清楚。");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("评分已保存");
            await Expect(page.Locator("#Data_Scores_1__Points")).ToHaveValueAsync("12.5");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交评分（提交后不能修改）" }).ClickAsync();
            await Expect(page.Locator(".alert-success").First).ToContainTextAsync("评分已提交");
            await Expect(page.Locator("#Data_Scores_0__Points")).ToBeDisabledAsync();
            await Shot(page, "review-submitted");

            await page.GotoAsync("/review");
            await Expect(page.Locator("main table tbody tr").First).ToContainTextAsync("已提交");
        });

        // A supervisor audits the panel draw.
        await InPageAsync("review-supervisor", async page =>
        {
            await LoginAsync(page, "supervisor@demo.gov.cn");
            await page.GotoAsync($"/reviews/{callId}");
            await Expect(page.GetByText("按记录的种子重新计算，结果与记录一致。")).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("周明"); // excluded for a recent tie with an applicant
            await Shot(page, "review-draw-record");
        });
    }
}
