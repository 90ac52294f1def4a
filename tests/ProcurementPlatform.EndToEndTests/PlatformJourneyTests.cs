using Microsoft.Playwright;
using ProcurementPlatform.EndToEndTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ProcurementPlatform.EndToEndTests.Support.UiActions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>
/// The main journeys through the real application in a real (headless) Chromium: an officer publishes
/// a call, a social organisation applies to it, and the public finds it.
/// </summary>
public sealed class PlatformJourneyTests(E2EFixture fixture, ITestOutputHelper output) : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    [BrowserFact]
    public async Task Officer_saves_a_call_as_draft_and_publishes_it()
    {
        var call = CallInput.OpenNow(UniqueTitle("E2E测试项目征集"));

        await InPageAsync("officer-publish", async page =>
        {
            await LoginAsync(page, OfficerUser);
            await Expect(page.Locator("header .account-name")).ToBeVisibleAsync();

            await page.GotoAsync("/department/calls/create");
            await Expect(page.Locator("main h1")).ToHaveTextAsync("新建项目征集");
            // The rubric comes pre-filled and already adds up to 100.
            Assert.Equal(100, await PrefilledRubricWeightAsync(page));
            await Shot(page, "officer-create-form-empty");
            await page.SetViewportSizeAsync(390, 844);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
            await Shot(page, "phone-390-officer-create-form");
            await page.SetViewportSizeAsync(1280, 900);

            var id = await CreateDraftCallAsync(page, call, name => Shot(page, name));
            Assert.Contains($"/department/calls/{id}", page.Url);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "修改", Exact = true })).ToBeVisibleAsync();
            await Shot(page, "officer-call-draft");

            await PublishAsync(page);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true })).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "查看公开页面" })).ToHaveAttributeAsync("href", $"/calls/{id}");
            // The facts the officer typed are shown back, in China Standard Time.
            var facts = page.Locator("dl.facts");
            await Expect(facts).ToContainTextAsync(OfficerDepartment);
            await Expect(facts).ToContainTextAsync(CallInput.ServiceField);
            await Expect(facts).ToContainTextAsync(CallInput.FundSource);
            await Expect(facts).ToContainTextAsync("¥100,000.00");
            await Expect(facts).ToContainTextAsync("¥300,000.00");
            await Expect(facts).ToContainTextAsync(Shown(call.ClosesCst));
            await Expect(facts).ToContainTextAsync(Shown(call.RoadshowCst));
            await Shot(page, "officer-call-published");

            // The department's workbench lists it as open.
            await page.GotoAsync("/department/calls");
            var row = page.Locator("main table tbody tr").Filter(new() { HasText = call.Title });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator(".badge")).ToHaveTextAsync("征集中");
        });
    }

    [BrowserFact]
    public async Task Officer_bad_input_is_refused_with_Chinese_errors_next_to_the_fields_and_nothing_is_created()
    {
        var call = CallInput.OpenNow(UniqueTitle("E2E错误输入"));

        await InPageAsync("officer-bad-input", async page =>
        {
            await LoginAsync(page, OfficerUser);
            await page.GotoAsync("/department/calls");
            await Expect(page.Locator("main h1")).ToContainTextAsync("部门工作台");
            var rows = page.Locator("main table tbody tr");
            var before = await rows.CountAsync();

            await page.GotoAsync("/department/calls/create");
            await FillCallFormAsync(page, call);
            await page.Locator("#Data_Title").FillAsync("");
            await page.Locator("#Data_ProjectCeilingYuan").FillAsync("abc");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true }).ClickAsync();

            // Back on the form (no redirect to a call page), with the errors in Chinese next to their fields.
            await Expect(page.Locator("#form-errors")).ToContainTextAsync("提交的信息有误");
            Assert.EndsWith("/department/calls/create", new Uri(page.Url).AbsolutePath);
            await Expect(FieldError(page, "Data.Title")).ToContainTextAsync("请填写项目征集标题");
            await Expect(FieldError(page, "Data.ProjectCeilingYuan")).ToContainTextAsync("请填写有效的单个项目资金上限");
            await Expect(page.Locator("#Data_Title")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("input-validation-error"));
            // What was typed is kept, including the rejected amount.
            await Expect(page.Locator("#Data_ProjectCeilingYuan")).ToHaveValueAsync("abc");
            await Expect(page.Locator("#Data_TargetGroups")).ToHaveValueAsync(CallInput.TargetGroups);
            await Expect(page.Locator("#Data_ClosesAt")).ToHaveValueAsync(LocalInput(call.ClosesCst));
            // Fields that were fine carry no error.
            await Expect(FieldError(page, "Data.TotalBudgetYuan")).ToHaveTextAsync("");
            await Shot(page, "officer-create-bad-input");

            await page.GotoAsync("/department/calls");
            await Expect(page.Locator("main h1")).ToContainTextAsync("部门工作台");
            Assert.Equal(before, await rows.CountAsync());
            await Expect(page.Locator("main table")).Not.ToContainTextAsync(CallInput.TargetGroups);
        });
    }

    [BrowserFact]
    public async Task Organization_applies_to_a_published_call_and_submits()
    {
        var call = CallInput.OpenNow(UniqueTitle("E2E测试项目征集"));
        var callId = await PublishCallAsOfficerAsync(Fixture, call);
        var applicationTitle = UniqueTitle("E2E“童心守护”困境儿童服务项目");
        var periodStart = DateOnly.FromDateTime(CstNow).AddDays(30);
        var periodEnd = periodStart.AddYears(1);

        await InPageAsync("ngo-apply", async page =>
        {
            await LoginAsync(page, NgoUser);
            await page.GotoAsync($"/calls/{callId}");
            await Expect(page.Locator("main h1")).ToHaveTextAsync(call.Title);
            await page.GetByRole(AriaRole.Link, new() { Name = "我要申报" }).ClickAsync();
            await page.WaitForURLAsync($"**/org/applications/new/{callId}");
            await Expect(page.Locator("main h1")).ToHaveTextAsync("填写申报");
            await Expect(page.Locator("main .card").First).ToContainTextAsync(call.Title);

            await page.Locator("#Data_Title").FillAsync(applicationTitle);
            await page.Locator("#Data_Summary").FillAsync("为辖区困境儿童提供个案管理、小组活动和社区支持。");
            await page.Locator("#Data_Objectives").FillAsync("建立“一人一档”关爱台账，服务困境儿童不少于60名。");
            await page.Locator("#Data_Location").FillAsync("关上街道金马社区");
            await page.Locator("#Data_PeriodStart").FillAsync(periodStart.ToString("yyyy-MM-dd"));
            await page.Locator("#Data_PeriodEnd").FillAsync(periodEnd.ToString("yyyy-MM-dd"));
            await page.Locator("#Data_Community").FillAsync("关上街道金马社区");
            await page.Locator("#Data_SocialWorkerName").FillAsync("张晓红");
            await page.Locator("#Data_Partners_0__Kind").SelectOptionAsync(new SelectOptionValue { Label = "志愿服务队伍" });
            await page.Locator("#Data_Partners_0__Name").FillAsync("金马社区青年志愿者服务队");
            await page.Locator("#Data_Partners_0__Role").FillAsync("协助开展社区儿童之家活动");
            await page.Locator("#Data_Activities_0__Name").FillAsync("困境儿童个案管理");
            await page.Locator("#Data_Activities_0__OutputType").SelectOptionAsync(new SelectOptionValue { Label = "个案" });
            await page.Locator("#Data_Activities_0__Quantity").FillAsync("20");
            await page.Locator("#Data_Activities_0__Beneficiaries").FillAsync("60");
            await page.Locator("#Data_BudgetLines_0__Category").SelectOptionAsync(new SelectOptionValue { Label = "人员经费" });
            await page.Locator("#Data_BudgetLines_0__Description").FillAsync("项目社工劳务费");
            await page.Locator("#Data_BudgetLines_0__AmountYuan").FillAsync("80000");
            await Shot(page, "ngo-application-form-filled");
            // The same form at phone width: the repeating rows stack instead of scrolling sideways.
            await page.SetViewportSizeAsync(390, 844);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
            await Shot(page, "phone-390-application-form");
            await page.SetViewportSizeAsync(1280, 900);

            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(ApplicationUrl());
            var applicationId = IdFrom(ApplicationUrl(), page.Url);
            await Expect(page.Locator("main h1")).ToHaveTextAsync(applicationTitle);
            await Expect(StatusBadge(page)).ToHaveTextAsync("草稿");
            await Expect(SuccessMessage(page)).ToContainTextAsync("申报草稿已保存");
            await Expect(page.Locator("main dl.facts").First).ToContainTextAsync("¥80,000.00");
            await Shot(page, "ngo-application-draft");

            await page.GetByRole(AriaRole.Button, new() { Name = "提交申报", Exact = true }).ClickAsync();
            await Expect(SuccessMessage(page)).ToContainTextAsync("申报已提交");
            await Expect(StatusBadge(page)).ToHaveTextAsync("已提交");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "提交申报", Exact = true })).ToHaveCountAsync(0);
            await Expect(page.Locator("main")).ToContainTextAsync(NgoName);
            await Shot(page, "ngo-application-submitted");

            // It is listed among the organisation's applications.
            await page.GotoAsync("/org/applications");
            await Expect(page.Locator("main")).ToContainTextAsync(applicationTitle);

            // The officer now sees it among the applications received.
            await using var officerContext = await Fixture.NewContextAsync();
            var officer = await officerContext.NewPageAsync();
            await LoginAsync(officer, OfficerUser);
            await officer.GotoAsync($"/department/calls/{callId}");
            await Expect(officer.Locator("main h2").First).ToContainTextAsync("已收到的申报（1）");
            var received = officer.Locator("main table tbody tr").Filter(new() { HasText = applicationTitle });
            await Expect(received).ToHaveCountAsync(1);
            await Expect(received).ToContainTextAsync(NgoName);
            await Expect(received.Locator(".badge")).ToHaveTextAsync("已提交");
            await Expect(received.GetByRole(AriaRole.Link, new() { Name = applicationTitle })).ToHaveAttributeAsync("href", $"/applications/{applicationId}");
        });
    }

    [BrowserFact]
    public async Task Anonymous_visitor_finds_a_published_call_by_keyword_and_reads_it()
    {
        var call = CallInput.OpenNow(UniqueTitle("E2E公开检索项目征集"));
        var callId = await PublishCallAsOfficerAsync(Fixture, call);

        await InPageAsync("anonymous-search", async page =>
        {
            await page.GotoAsync("/calls");
            await Expect(page.Locator("main h1")).ToHaveTextAsync("项目征集");
            await Expect(page.Locator("header .account").GetByRole(AriaRole.Link, new() { Name = "登录" })).ToBeVisibleAsync();
            await Shot(page, "public-calls-list");

            await page.Locator("#q").FillAsync(call.Title);
            await page.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
            await Expect(page.Locator("main")).ToContainTextAsync("共 1 项");
            var card = page.Locator("article.call-card").Filter(new() { HasText = call.Title });
            await Expect(card).ToHaveCountAsync(1);
            await Expect(card.Locator(".badge")).ToHaveTextAsync("征集中");
            await Expect(card).ToContainTextAsync(Shown(call.ClosesCst));
            await Expect(page.Locator("#q")).ToHaveValueAsync(call.Title);
            await Shot(page, "public-calls-search-result");

            await card.GetByRole(AriaRole.Link, new() { Name = call.Title }).ClickAsync();
            await page.WaitForURLAsync(PublicCallUrl());
            Assert.Equal(callId, IdFrom(PublicCallUrl(), page.Url));
            await Expect(page.Locator("main h1")).ToHaveTextAsync(call.Title);
            await Expect(page.Locator("main .alert-info")).ToContainTextAsync("正在接受申报");

            // 申报截止 in the facts, in China Standard Time.
            var deadline = page.Locator("dl.facts > div").Filter(new() { Has = page.Locator("dt", new() { HasText = "申报截止" }) });
            await Expect(deadline.Locator("dd")).ToHaveTextAsync(Shown(call.ClosesCst));

            // The rubric table: the six pre-filled criteria adding up to 100.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "评分标准" })).ToBeVisibleAsync();
            var rubric = page.Locator("table").Filter(new() { Has = page.Locator("th", new() { HasText = "评分项" }) });
            await Expect(rubric.Locator("tbody tr")).ToHaveCountAsync(6);
            await Expect(rubric.Locator("tbody tr").First).ToContainTextAsync("需求分析");
            await Expect(rubric.Locator("tfoot")).ToContainTextAsync("100");

            // Not signed in: invited to sign in (or register) to apply.
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录后申报" })).ToBeVisibleAsync();
            await Shot(page, "public-call-details");
        });

        await InPageAsync("anonymous-phone", async page =>
        {
            await page.GotoAsync("/calls");
            await Expect(page.Locator("main h1")).ToHaveTextAsync("项目征集");
            await ReportHorizontalOverflowAsync(page, "/calls");
            await Shot(page, "phone-390-calls-list");

            await page.GotoAsync($"/calls/{callId}");
            await Expect(page.Locator("main h1")).ToHaveTextAsync(call.Title);
            await ReportHorizontalOverflowAsync(page, $"/calls/{callId}");
            await Shot(page, "phone-390-call-details");
        }, phone: true);
    }
}
