using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.EndToEndTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ProcurementPlatform.EndToEndTests.Support.UiActions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>
/// 答疑 and 年度发布计划 in a real (headless) Chromium: an organisation asks about a call, the officer
/// answers, the public reads the answer without the asker; the public reads the year's release plans.
/// </summary>
public sealed partial class QuestionsAndPlansJourneyTests(E2EFixture fixture, ITestOutputHelper output)
    : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    [BrowserFact]
    public async Task An_NGO_asks_the_officer_answers_and_the_public_sees_the_answer_without_the_asker()
    {
        // Closing in ten days: questions stay open until three days before the deadline.
        var call = CallInput.OpenNow(UniqueTitle("E2E答疑项目征集"));
        var callId = await PublishCallAsOfficerAsync(Fixture, call);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var question = $"E2E提问{marker}：项目社工是否必须驻点在服务社区？每周驻点几天？";
        var answer = $"E2E答复{marker}：项目社工须在服务社区驻点，每周不少于3个工作日。";

        await InPageAsync("qa-ngo-asks", async page =>
        {
            await LoginAsync(page, NgoUser);
            await page.GotoAsync($"/calls/{callId}");
            await Expect(page.Locator("main h1")).ToHaveTextAsync(call.Title);
            await Expect(QandASection(page).Locator("h2")).ToHaveTextAsync("答疑与澄清（0）");
            var ask = AskSection(page);
            await Expect(ask).ToContainTextAsync("提问截止时间");
            await Expect(ask).ToContainTextAsync("不显示提问单位");
            await Expect(page.Locator("#Ask_Text")).ToBeVisibleAsync();
            await Expect(page.Locator("#Ask_Text")).ToHaveAttributeAsync("name", "Ask.Text");

            await page.Locator("#Ask_Text").FillAsync(question);
            await Shot(page, "qa-ngo-question-typed");
            await ask.GetByRole(AriaRole.Button, new() { Name = "提交问题", Exact = true }).ClickAsync();

            await Expect(SuccessMessage(page)).ToContainTextAsync("问题已提交");
            Assert.Equal($"/calls/{callId}", new Uri(page.Url).AbsolutePath);
            // Its own question, still waiting for the answer; not yet in the public 答疑.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "本单位的提问" })).ToBeVisibleAsync();
            var mine = page.Locator("main li").Filter(new() { HasText = question });
            await Expect(mine).ToHaveCountAsync(1);
            await Expect(mine).ToContainTextAsync("待答复");
            await Expect(QandASection(page)).Not.ToContainTextAsync(question);
            await Expect(QandASection(page).Locator("h2")).ToHaveTextAsync("答疑与澄清（0）");
            await Shot(page, "qa-ngo-question-pending");
        });

        await InPageAsync("qa-officer-answers", async page =>
        {
            await LoginAsync(page, OfficerUser);
            await page.GotoAsync("/department/questions");
            await Expect(page.Locator("main h1")).ToContainTextAsync("答疑待办");
            var row = page.Locator("main table tbody tr").Filter(new() { HasText = question });
            await Expect(row).ToHaveCountAsync(1);
            // The department (only) sees who asked.
            await Expect(row).ToContainTextAsync(NgoName);
            await Expect(row).ToContainTextAsync(call.Title);
            await Expect(row).ToContainTextAsync(Shown(call.ClosesCst));
            await Shot(page, "qa-officer-todo-list");

            await row.GetByRole(AriaRole.Link, new() { Name = "答复", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/department/calls/{callId}");
            await Expect(page.Locator("main h1")).ToHaveTextAsync(call.Title);
            await Expect(page.Locator("#questions")).ToContainTextAsync("答疑（待答复 1）");
            var item = page.Locator("main article.card").Filter(new() { HasText = question });
            await Expect(item).ToHaveCountAsync(1);
            await Expect(item).ToContainTextAsync(NgoName);
            await Expect(item).ToContainTextAsync("仅本部门可见提问单位");
            var questionId = await item.Locator("input[type=hidden][name='Answer.QuestionId']").InputValueAsync();
            var box = page.Locator($"#answer-{questionId}");
            await Expect(box).ToHaveAttributeAsync("name", "Answer.Answer");
            await box.FillAsync(answer);
            await Shot(page, "qa-officer-answer-typed");
            await item.GetByRole(AriaRole.Button, new() { Name = "发布答复", Exact = true }).ClickAsync();

            await Expect(SuccessMessage(page)).ToContainTextAsync("答复已发布");
            await Expect(page.Locator("#questions")).ToContainTextAsync("答疑（待答复 0）");
            item = page.Locator("main article.card").Filter(new() { HasText = question });
            await Expect(item).ToContainTextAsync(answer);
            await Expect(item.Locator("textarea")).ToHaveCountAsync(0);
            await Shot(page, "qa-officer-answered");

            // Answered: off the to-do list.
            await page.GotoAsync("/department/questions");
            await Expect(page.Locator("main h1")).ToContainTextAsync("答疑待办");
            await Expect(page.Locator("main")).Not.ToContainTextAsync(question);
        });

        await InPageAsync("qa-public-reads", async page =>
        {
            await page.GotoAsync($"/calls/{callId}");
            await Expect(page.Locator("main h1")).ToHaveTextAsync(call.Title);
            var qa = QandASection(page);
            await Expect(qa.Locator("h2")).ToHaveTextAsync("答疑与澄清（1）");
            var item = qa.Locator("article.qa-item");
            await Expect(item).ToHaveCountAsync(1);
            await Expect(item).ToContainTextAsync("问：" + question);
            await Expect(item).ToContainTextAsync("答：" + answer);
            // Never who asked: neither in the text nor anywhere in the HTML.
            await Expect(page.Locator("body")).Not.ToContainTextAsync("心桥");
            Assert.DoesNotContain("心桥", await page.ContentAsync(), StringComparison.Ordinal);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "本单位的提问" })).ToHaveCountAsync(0);
            // Anonymous visitors are invited to sign in to ask.
            await Expect(AskSection(page).GetByRole(AriaRole.Link, new() { Name = "社会组织登录后可提问" })).ToBeVisibleAsync();
            await Expect(page.Locator("#Ask_Text")).ToHaveCountAsync(0);
            await Shot(page, "qa-public-answer");

            // The public JSON says the same, and also never who asked.
            var response = await page.APIRequest.GetAsync($"/api/calls/{callId}/qa");
            Assert.Equal(200, response.Status);
            var json = await response.TextAsync();
            var strings = JsonStrings(json);
            Output.WriteLine($"/api/calls/{callId}/qa: {strings.Count} strings");
            Assert.Contains(question, strings);
            Assert.Contains(answer, strings);
            Assert.DoesNotContain(strings, s => s.Contains("心桥", StringComparison.Ordinal));
            Assert.DoesNotContain("心桥", json, StringComparison.Ordinal);
            var (organizationId, creditCode) = await OrganizationAsync(NgoName);
            Assert.DoesNotContain(organizationId.ToString(), json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(organizationId.ToString("N"), json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(creditCode, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(NgoUser, json, StringComparison.OrdinalIgnoreCase);
        });
    }

    [BrowserFact]
    public async Task The_public_sees_the_years_release_plans_with_totals_and_filters()
    {
        var year = CstNow.Year;

        await InPageAsync("plans-public", async page =>
        {
            await page.GotoAsync("/plans");
            await Expect(page.Locator("main h1")).ToHaveTextAsync($"{year} 年度政府购买社会工作服务发布计划");
            await Expect(page.Locator("#year")).ToHaveValueAsync(year.ToString());

            // The totals by department and by service field, each adding up to the entries listed.
            var entries = PlanEntriesTable(page);
            var entryCount = await entries.Locator("tbody tr").CountAsync();
            Assert.True(entryCount >= 3, $"Expected the demo plans' entries, found {entryCount}.");
            foreach (var heading in new[] { "按部门合计", "按服务领域合计" })
            {
                var totals = TotalsTable(page, heading);
                await Expect(totals).ToBeVisibleAsync();
                await Expect(totals.Locator("tfoot th").Nth(1)).ToHaveTextAsync(entryCount.ToString());
            }
            await Expect(TotalsTable(page, "按部门合计").Locator("tbody tr").Filter(new() { HasText = OfficerDepartment })).ToHaveCountAsync(1);

            // A planned entry not yet published, and one whose call is out.
            var planned = entries.Locator("tbody tr").Filter(new() { HasText = PlannedOnlyEntry });
            await Expect(planned).ToHaveCountAsync(1);
            await Expect(planned).ToContainTextAsync(OfficerDepartment);
            await Expect(planned.Locator("td").Last).ToHaveTextAsync("尚未发布");
            await Expect(planned.Locator("a")).ToHaveCountAsync(0);
            var published = entries.Locator("tbody tr").Filter(new() { HasText = ChildrenEntry });
            await Expect(published).ToHaveCountAsync(1);
            var callLink = published.GetByRole(AriaRole.Link, new() { Name = "已发布：" + ChildrenCall });
            await Expect(callLink).ToHaveAttributeAsync("href", CallHref());
            await Expect(published.Locator(".badge")).ToHaveTextAsync("征集中");
            await Shot(page, "plans-public");

            // Only 官渡区民政局.
            await page.Locator("#department").SelectOptionAsync(new SelectOptionValue { Label = OfficerDepartment });
            await page.Locator("form.filters").GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("department=", StringComparison.Ordinal) && !url.Contains("department=&", StringComparison.Ordinal));
            await Expect(page.Locator("#department option:checked")).ToHaveTextAsync(OfficerDepartment);
            var rows = PlanEntriesTable(page).Locator("tbody tr");
            await Expect(rows.Filter(new() { HasText = PlannedOnlyEntry })).ToHaveCountAsync(1);
            var departments = await rows.Locator("td:first-child").AllInnerTextsAsync();
            Assert.NotEmpty(departments);
            Assert.True(departments.Count < entryCount, "The filter should leave out the other departments' entries.");
            Assert.All(departments, d => Assert.Equal(OfficerDepartment, d.Trim()));
            var byDepartment = TotalsTable(page, "按部门合计").Locator("tbody tr");
            await Expect(byDepartment).ToHaveCountAsync(1);
            await Expect(byDepartment.Locator("td").First).ToHaveTextAsync(OfficerDepartment);
            await Expect(TotalsTable(page, "按部门合计").Locator("tfoot th").Nth(1)).ToHaveTextAsync(departments.Count.ToString());
            await Expect(PlanEntriesTable(page)).Not.ToContainTextAsync("共青团官渡区委员会");
            await Expect(TotalsTable(page, "按部门合计")).Not.ToContainTextAsync("共青团官渡区委员会");
            await Shot(page, "plans-public-filtered-mzj");

            // From the plan to the call, and back.
            await PlanEntriesTable(page).Locator("tbody tr").Filter(new() { HasText = ChildrenEntry })
                .GetByRole(AriaRole.Link, new() { Name = "已发布：" + ChildrenCall }).ClickAsync();
            await page.WaitForURLAsync(PublicCallUrl());
            await Expect(page.Locator("main h1")).ToHaveTextAsync(ChildrenCall);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"{year} 年度发布计划" }))
                .ToHaveAttributeAsync("href", new Regex($@"^/plans\?year={year}#entry-[0-9a-fA-F-]{{36}}$"));
        });

        await InPageAsync("plans-phone", async page =>
        {
            await page.GotoAsync("/plans");
            await Expect(page.Locator("main h1")).ToHaveTextAsync($"{year} 年度政府购买社会工作服务发布计划");
            await Expect(PlanEntriesTable(page).Locator("tbody tr").Filter(new() { HasText = PlannedOnlyEntry })).ToHaveCountAsync(1);
            await ReportHorizontalOverflowAsync(page, "/plans");
            await Shot(page, "plans-phone-390");
            var table = PlanEntriesTable(page);
            var widths = await table.EvaluateAsync<int[]>("t => [t.parentElement.clientWidth, t.scrollWidth, ...Array.from(t.querySelectorAll('thead th')).map(th => Math.round(th.getBoundingClientRect().width))]");
            Output.WriteLine($"/plans entries table at 390px: wrapper {widths[0]}px, table {widths[1]}px, columns {string.Join("/", widths.Skip(2))}px");
            await Shot(table.Locator("xpath=..") , "plans-phone-390-entries-table");
        }, phone: true);
    }

    // ---- helpers ----

    internal const string PlannedOnlyEntry = "社会救助“物质+服务”试点项目";
    internal const string ChildrenEntry = "困境儿童关爱保护社会工作服务项目";
    internal const string ChildrenCall = "官渡区困境儿童关爱保护社会工作服务项目";

    [GeneratedRegex(@"^/calls/[0-9a-fA-F-]{36}$")]
    internal static partial Regex CallHref();

    private static ILocator QandASection(IPage page) => page.Locator("main section[aria-labelledby=qa-title]");

    private static ILocator AskSection(IPage page) => page.Locator("main section[aria-labelledby=ask-title]");

    internal static ILocator PlanEntriesTable(IPage page) =>
        page.Locator("main table").Filter(new() { Has = page.Locator("th", new() { HasText = "征集情况" }) });

    private static ILocator TotalsTable(IPage page, string heading) =>
        page.Locator("main .row > div").Filter(new() { Has = page.Locator("h2", new() { HasText = heading }) }).Locator("table");

    /// <summary>Every string value in a JSON document, decoded (the API escapes Chinese as \uXXXX).</summary>
    private static List<string> JsonStrings(string json)
    {
        var found = new List<string>();
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement);
        return found;

        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String: found.Add(element.GetString()!); break;
                case JsonValueKind.Array: foreach (var e in element.EnumerateArray()) Walk(e); break;
                case JsonValueKind.Object:
                    foreach (var p in element.EnumerateObject()) { found.Add(p.Name); Walk(p.Value); }
                    break;
            }
        }
    }

    /// <summary>The organisation's internal id and credit code (which no page shows), straight from the database.</summary>
    private async Task<(Guid Id, string CreditCode)> OrganizationAsync(string name)
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Name == name).Select(o => new { o.Id, o.CreditCode }).SingleAsync();
        return (organization.Id, organization.CreditCode);
    }
}

/// <summary>
/// An officer turns an entry of the annual release plan into a call. In a class (and so a database) of
/// its own, because it publishes the very entry the public-plans journey expects to be 尚未发布.
/// </summary>
public sealed class PlanToCallJourneyTests(E2EFixture fixture, ITestOutputHelper output)
    : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    [BrowserFact]
    public async Task An_officer_turns_a_planned_entry_into_a_call_and_the_public_plan_links_to_it()
    {
        const string entryTitle = QuestionsAndPlansJourneyTests.PlannedOnlyEntry;
        var year = CstNow.Year;
        var dates = CallInput.OpenNow(entryTitle);
        var callId = Guid.Empty;

        await InPageAsync("plans-officer-create-call", async page =>
        {
            await LoginAsync(page, OfficerUser);
            await page.GotoAsync("/department/plans");
            await Expect(page.Locator("main h1")).ToContainTextAsync("年度发布计划");
            var notYet = NotYetPublishedTable(page);
            var row = notYet.Locator("tbody tr").Filter(new() { HasText = entryTitle });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync(year.ToString());
            var create = row.GetByRole(AriaRole.Link, new() { Name = "据此创建征集", Exact = true });
            await Expect(create).ToHaveAttributeAsync("href", new Regex(@"^/department/calls/create\?planEntry=[0-9a-fA-F-]{36}$"));
            await Shot(page, "plans-officer-not-yet-published");

            await create.ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/department/calls/create" && url.Contains("planEntry=", StringComparison.Ordinal));
            await Expect(page.Locator("main h1")).ToHaveTextAsync("新建项目征集");
            var banner = page.Locator("main .alert-info");
            await Expect(banner).ToContainTextAsync($"{year} 年度发布计划");
            await Expect(banner).ToContainTextAsync(entryTitle);
            // What was planned comes pre-filled.
            await Expect(page.Locator("#Data_Title")).ToHaveValueAsync(entryTitle);
            await Expect(page.Locator("#Data_ServiceField option:checked")).ToHaveTextAsync("社会救助");
            await Expect(page.Locator("#Data_FundSource option:checked")).ToHaveTextAsync("社会救助专项资金");
            await Expect(page.Locator("#Data_TargetGroups")).ToHaveValueAsync(new Regex("低保"));
            await Expect(page.Locator("#Data_TotalBudgetYuan")).ToHaveValueAsync(new Regex(@"^\d+(\.\d+)?$"));
            await Expect(page.Locator("#Data_Summary")).Not.ToHaveValueAsync("");
            Assert.Equal(100, await PrefilledRubricWeightAsync(page));
            await Shot(page, "plans-officer-create-form-prefilled");

            // The rest, as the officer would type it; the planned title, field, fund and budget stay.
            await page.Locator("#Data_Eligibility").FillAsync(CallInput.Eligibility);
            await page.Locator("#Data_ProjectCeilingYuan").FillAsync(CallInput.CeilingYuan);
            await page.Locator("#Data_ProjectCount").FillAsync(CallInput.Count);
            await page.Locator("#Data_OpensAt").FillAsync(LocalInput(dates.OpensCst));
            await page.Locator("#Data_ClosesAt").FillAsync(LocalInput(dates.ClosesCst));
            await page.Locator("#Data_RoadshowAt").FillAsync(LocalInput(dates.RoadshowCst));
            await page.Locator("#Data_ContactInfo").FillAsync(CallInput.Contact);
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true }).ClickAsync();

            await page.WaitForURLAsync(DepartmentCallUrl());
            callId = IdFrom(DepartmentCallUrl(), page.Url);
            await Expect(page.Locator("main h1")).ToHaveTextAsync(entryTitle);
            await Expect(StatusBadge(page)).ToHaveTextAsync("草稿");
            await Expect(page.Locator("dl.facts")).ToContainTextAsync("社会救助专项资金");

            // A draft is not a publication: still on the list, now pointing at the draft.
            await page.GotoAsync("/department/plans");
            var draftRow = NotYetPublishedTable(page).Locator("tbody tr").Filter(new() { HasText = entryTitle });
            await Expect(draftRow.GetByRole(AriaRole.Link, new() { Name = "征集草稿：" + entryTitle })).ToHaveAttributeAsync("href", $"/department/calls/{callId}");
            await Expect(draftRow.GetByRole(AriaRole.Link, new() { Name = "据此创建征集" })).ToHaveCountAsync(0);

            await page.GotoAsync($"/department/calls/{callId}");
            await PublishAsync(page);
            await Shot(page, "plans-officer-call-published");

            // Published: off the list of planned-but-not-published calls.
            await page.GotoAsync("/department/plans");
            await Expect(page.Locator("main h1")).ToContainTextAsync("年度发布计划");
            await Expect(page.Locator("main h2").First).ToHaveTextAsync("已计划但尚未发布的项目征集（0）");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "据此创建征集" })).ToHaveCountAsync(0);
            await Expect(page.Locator("main")).Not.ToContainTextAsync("征集草稿：");
        });

        await InPageAsync("plans-public-after", async page =>
        {
            await page.GotoAsync("/plans");
            var row = QuestionsAndPlansJourneyTests.PlanEntriesTable(page).Locator("tbody tr").Filter(new() { HasText = entryTitle });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).Not.ToContainTextAsync("尚未发布");
            var link = row.GetByRole(AriaRole.Link, new() { Name = "已发布：" + entryTitle });
            await Expect(link).ToHaveAttributeAsync("href", $"/calls/{callId}");
            await Expect(row.Locator(".badge")).ToHaveTextAsync("征集中");
            await Shot(page, "plans-public-entry-published");

            await link.ClickAsync();
            await page.WaitForURLAsync(PublicCallUrl());
            Assert.Equal(callId, IdFrom(PublicCallUrl(), page.Url));
            await Expect(page.Locator("main h1")).ToHaveTextAsync(entryTitle);
            var back = page.GetByRole(AriaRole.Link, new() { Name = $"{year} 年度发布计划" });
            await Expect(back).ToHaveAttributeAsync("href", new Regex($@"^/plans\?year={year}#entry-[0-9a-fA-F-]{{36}}$"));
            await Shot(page, "plans-public-call-from-plan");

            // …and back to the very entry.
            var entryAnchor = (await back.GetAttributeAsync("href"))!.Split('#')[1];
            await back.ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/plans");
            await Expect(page.Locator($"#{entryAnchor}")).ToContainTextAsync(entryTitle);
        });
    }

    private static ILocator NotYetPublishedTable(IPage page) =>
        page.Locator("main h2").Filter(new() { HasText = "已计划但尚未发布的项目征集" }).Locator("xpath=following-sibling::*[1]").Locator("table");
}
