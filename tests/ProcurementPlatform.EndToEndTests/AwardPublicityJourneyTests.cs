using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.EndToEndTests.Support;
using ProcurementPlatform.Infrastructure.Persistence;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ProcurementPlatform.EndToEndTests.Support.UiActions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>立项公示 in a real Chromium: the officer publishes the notice, a visitor objects, the officer answers.</summary>
public sealed class AwardPublicityJourneyTests(E2EFixture fixture, ITestOutputHelper output) : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    private const string Officer = "zzb-e2e@demo.gov.cn";
    private const string Contact = "13987654321";

    /// <summary>
    /// Setup, not the journey: the demo 组织部 roadshow scored by its panel, closed and its recommendation fixed
    /// (those steps have their own journeys and tests), and an officer account for 组织部.
    /// </summary>
    private async Task<(Guid CallId, string FirstTitle)> RecommendedCallAsync()
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var identity = scope.ServiceProvider.GetRequiredService<IIdentityService>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var zzb = await db.Departments.Where(d => d.Code == "ZZB").Select(d => d.Id).SingleAsync();
        var (userId, errors) = await identity.CreateUserAsync(Officer, Officer, "组织部经办人", E2EAppFactory.Password, Roles.DepartmentOfficer, zzb, null);
        Assert.True(userId is not null, string.Join("；", errors));

        var session = await db.ReviewSessions.SingleAsync(s => s.Status == ReviewSessionStatus.Scheduled);
        var call = await db.Solicitations.SingleAsync(s => s.Id == session.SolicitationId);
        var applications = await db.Applications.Where(a => a.SolicitationId == call.Id && a.Status == ApplicationStatus.Eligible).OrderBy(a => a.Title).ToListAsync();
        var rubric = call.CurrentTerms().Rubric;
        var sheets = new List<ReviewSheet>();
        foreach (var member in session.Members.Where(m => m.Status == PanelMemberStatus.Active))
        {
            for (var i = 0; i < applications.Count; i++)
            {
                var sheet = new ReviewSheet(session.Id, member.ExpertId, applications[i].Id, false, null, now);
                sheet.SaveScores(rubric, rubric.Select(r => new CriterionScoreInput(r.Name, Math.Round(r.Weight * (0.86m - i * 0.05m), 1), null)).ToList(), now);
                sheet.Submit(rubric, [], ScoreAggregation.DefaultOutlierMargin, null, now);
                sheets.Add(sheet);
            }
        }
        db.ReviewSheets.AddRange(sheets);
        session.Close(sheets.Select(s => (s.ExpertId, s.ApplicationId)).ToList(), now);
        session.RecordRecommendation(null, now);
        foreach (var application in applications) application.Recommend(now);
        await db.SaveChangesAsync();
        return (call.Id, applications[0].Title);
    }

    [BrowserFact]
    public async Task The_officer_publishes_the_award_notice_a_visitor_objects_and_the_officer_answers()
    {
        var (callId, projectTitle) = await RecommendedCallAsync();
        string noticeUrl = "";

        await InPageAsync("award-publish", async page =>
        {
            await LoginAsync(page, Officer);
            await page.GotoAsync($"/reviews/{callId}/results");
            await page.GetByRole(AriaRole.Button, new() { Name = "发布立项公示" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/notices/"));
            noticeUrl = new Uri(page.Url).PathAndQuery;
            await Expect(SuccessMessage(page)).ToContainTextAsync("立项公示已发布");
            await Expect(page.Locator("main h1")).ToContainTextAsync("拟立项项目公示");
            await Expect(page.Locator("main table")).ToContainTextAsync(projectTitle);
            await Expect(page.Locator("main .alert-info")).ToContainTextAsync("公示期 5 个工作日");
            await Shot(page, "award-notice-published");
        });

        await InPageAsync("award-object", async page =>
        {
            // A visitor finds the notice in the public list.
            await page.GotoAsync("/notices");
            await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("党建") }).First.ClickAsync();
            await page.WaitForURLAsync(url => url.EndsWith(noticeUrl));

            // Bad input: errors next to the fields, nothing filed.
            await page.GetByRole(AriaRole.Button, new() { Name = "提交异议" }).ClickAsync();
            await Expect(FieldError(page, "Objection.ApplicationId")).ToContainTextAsync("请选择");
            await Expect(FieldError(page, "Objection.Grounds")).ToContainTextAsync("请填写异议理由");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "异议及答复（0）" })).ToBeVisibleAsync();

            await page.GetByLabel("异议项目").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByLabel("异议理由和依据").FillAsync("项目申报书中的合作社区与实际服务地点不一致，请核实。");
            await page.GetByLabel("联系电话或电子邮箱（不公开，仅用于答复）").FillAsync(Contact);
            await page.GetByLabel("证明材料（可选，不公开）").SetInputFilesAsync(new FilePayload { Name = "现场照片说明.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% e2e\n"u8.ToArray() });
            await page.GetByRole(AriaRole.Button, new() { Name = "提交异议" }).ClickAsync();
            await Expect(SuccessMessage(page)).ToContainTextAsync("异议已提交");
            await Expect(page.Locator("main")).ToContainTextAsync("合作社区与实际服务地点不一致");
            await Expect(page.Locator("main")).Not.ToContainTextAsync(Contact);
            await Expect(page.Locator("main")).Not.ToContainTextAsync("现场照片说明.pdf");
            await Shot(page, "award-objection-filed");
        });

        await InPageAsync("award-answer", async page =>
        {
            await LoginAsync(page, Officer);
            await page.GotoAsync("/department/objections");
            await Expect(page.Locator("main h1")).ToContainTextAsync("异议待办（1）");
            await page.Locator("main table tbody tr").First.GetByRole(AriaRole.Link, new() { Name = "答复" }).ClickAsync();
            var card = page.Locator("main .card", new() { HasText = "合作社区与实际服务地点不一致" });
            await Expect(card).ToContainTextAsync(Contact); // the department sees who to answer
            await Expect(card.GetByRole(AriaRole.Link, new() { Name = "现场照片说明.pdf" })).ToBeVisibleAsync();

            // An answer needs reasons.
            await card.GetByRole(AriaRole.Button, new() { Name = "异议不成立" }).ClickAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("请填写答复意见和理由");
            card = page.Locator("main .card", new() { HasText = "合作社区与实际服务地点不一致" });
            await card.GetByLabel("答复意见和理由（将公开）").FillAsync("经实地核查，项目服务地点与申报书一致，异议不成立。");
            await card.GetByRole(AriaRole.Button, new() { Name = "异议不成立" }).ClickAsync();
            await Expect(SuccessMessage(page)).ToContainTextAsync("答复已发布");
            await page.GotoAsync("/department/objections");
            await Expect(page.Locator("main")).ToContainTextAsync("没有待答复的异议");
        });

        await InPageAsync("award-public-answer", async page =>
        {
            await page.GotoAsync(noticeUrl);
            var card = page.Locator("main .card", new() { HasText = "合作社区与实际服务地点不一致" });
            await Expect(card).ToContainTextAsync("异议不成立");
            await Expect(card).ToContainTextAsync("项目服务地点与申报书一致");
            await Expect(page.Locator("main")).Not.ToContainTextAsync(Contact);
            await ReportHorizontalOverflowAsync(page, "award notice on a phone");
            await Shot(page, "award-notice-phone");
        }, phone: true);
    }
}
