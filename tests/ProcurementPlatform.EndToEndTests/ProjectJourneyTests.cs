using Microsoft.Playwright;
using ProcurementPlatform.EndToEndTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ProcurementPlatform.EndToEndTests.Support.UiActions;

namespace ProcurementPlatform.EndToEndTests;

/// <summary>
/// 项目实施 in a real Chromium, on the demo data's awarded 关上街道 project: the officer signs the contract; the NGO files a
/// report with an upload; the officer accepts it and records a payment and assigns an evaluation; the evaluator scores;
/// the officer publishes the result; the public sees the evaluation notice.
/// </summary>
public sealed class ProjectJourneyTests(E2EFixture fixture, ITestOutputHelper output) : BrowserJourney(fixture, output), IClassFixture<E2EFixture>
{
    private const string Officer = "gsjd@demo.gov.cn";
    private const string Ngo = "xinqiao@demo.org.cn";
    private const string Evaluator = "evaluator@demo.org.cn";
    private const string Project = "“邻里花园”社区营造项目";

    private static async Task OpenProjectAsync(IPage page)
    {
        await page.GotoAsync("/manage/projects");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Project }).ClickAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync("邻里花园");
    }

    [BrowserFact]
    public async Task A_project_runs_from_contract_to_a_public_evaluation_notice()
    {
        var today = CstNow.ToString("yyyy-MM-dd");
        string reportUrl = "";

        await InPageAsync("project-contract", async page =>
        {
            await LoginAsync(page, Officer);
            await page.GotoAsync("/manage/projects");
            await Expect(page.Locator("main")).ToContainTextAsync("逾期未签订");
            await OpenProjectAsync(page);
            // A contract whose tranches do not add up is refused whole, with the rule named.
            await page.Locator("#Contract_StartsOn").FillAsync(today);
            await page.Locator("#Contract_Tranches_2__Percent").FillAsync("10");
            await page.GetByRole(AriaRole.Button, new() { Name = "签订合同" }).ClickAsync();
            await Expect(page.Locator("#form-errors")).ToContainTextAsync("拨付比例合计须恰好为100%（现为90%）");
            await page.Locator("#Contract_StartsOn").FillAsync(today);
            await page.Locator("#Contract_Tranches_2__Percent").FillAsync("20");
            await page.GetByRole(AriaRole.Button, new() { Name = "签订合同" }).ClickAsync();
            await Expect(SuccessMessage(page)).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("已签订合同");
            await Shot(page, "project-contract-signed");
        });

        await InPageAsync("project-report", async page =>
        {
            await LoginAsync(page, Ngo);
            await OpenProjectAsync(page);
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^填报第1期") }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/reports/"));
            reportUrl = new Uri(page.Url).PathAndQuery;
            await page.Locator("#Report_Narrative").FillAsync("本期组织居民共建社区花园 2 次，培育花园志愿者 12 名。");
            var outputs = page.Locator("input[name$='].Delivered']");
            for (var i = 0; i < await outputs.CountAsync(); i++)
            {
                await outputs.Nth(i).FillAsync("2");
                await page.Locator($"input[name='Report.Outputs[{i}].Beneficiaries']").FillAsync("40");
            }
            await page.Locator("select[name='Report.Expenditures[0].LineOrder']").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator("input[name='Report.Expenditures[0].AmountYuan']").FillAsync("3200");
            await page.Locator("input[name='Report.Expenditures[0].SpentOn']").FillAsync(today);
            await page.Locator("input[name='Report.Expenditures[0].Description']").FillAsync("社区花园共建活动物资");
            await page.Locator("#EvidenceFiles").SetInputFilesAsync(new FilePayload { Name = "花园共建签到表.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% e2e sign-in\n"u8.ToArray() });
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
            await Expect(SuccessMessage(page)).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("花园共建签到表.pdf");
            await Expect(page.Locator("main")).ToContainTextAsync("待审核");
            await Shot(page, "project-report-submitted");
        });

        await InPageAsync("project-accept-pay", async page =>
        {
            await LoginAsync(page, Officer);
            await page.GotoAsync(reportUrl);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
            await Expect(SuccessMessage(page)).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("已通过");
            await OpenProjectAsync(page);
            await page.Locator("#pay-voucher-1").FillAsync("GSJD-2026-0001");
            await page.GetByRole(AriaRole.Button, new() { Name = "登记第 1 批拨付" }).ClickAsync();
            await Expect(SuccessMessage(page)).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("GSJD-2026-0001");
            // The mid-term evaluation goes to the third-party evaluator with the default indicators.
            await page.Locator("#assign summary").ClickAsync();
            await page.Locator("#Assign_EvaluatorUserId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByRole(AriaRole.Button, new() { Name = "安排评估" }).ClickAsync();
            await Expect(SuccessMessage(page)).ToBeVisibleAsync();
            // The budget chart is drawn (SVG renderer) next to its table.
            await Expect(page.Locator(".chart[data-chart-source='chart-lines'] svg").First).ToBeVisibleAsync();
            await Shot(page, "project-dashboard");
        });

        await InPageAsync("project-evaluate", async page =>
        {
            await LoginAsync(page, Evaluator);
            await page.GotoAsync("/evaluations");
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Project }).ClickAsync();
            var scores = new[] { "17", "35", "21", "13" };
            for (var i = 0; i < scores.Length; i++) await page.Locator($"#Evaluation_Scores_{i}__Score").FillAsync(scores[i]);
            await page.Locator("#Evaluation_Summary").FillAsync("项目启动规范，居民参与度高，中期评估良好。");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交评估（提交后不能修改）" }).ClickAsync();
            await Expect(SuccessMessage(page)).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("良好");
            await Shot(page, "project-evaluation-scored");
        });

        await InPageAsync("project-publish", async page =>
        {
            await LoginAsync(page, Officer);
            await OpenProjectAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "发布评估结果公示" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/notices/"));
            await Expect(page.Locator("main h1")).ToContainTextAsync("中期评估结果公示");
        });

        await InPageAsync("project-public-notice", async page =>
        {
            await page.GotoAsync("/notices?kind=evaluation");
            await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("邻里花园.*中期评估结果公示") }).ClickAsync();
            var table = page.Locator("main table").First;
            await Expect(table).ToContainTextAsync(Project);
            await Expect(table).ToContainTextAsync("86.0");
            await Expect(table).ToContainTextAsync("良好");
            await ReportHorizontalOverflowAsync(page, "evaluation notice on a phone");
            await Shot(page, "project-evaluation-notice-phone");
        }, phone: true);
    }
}
