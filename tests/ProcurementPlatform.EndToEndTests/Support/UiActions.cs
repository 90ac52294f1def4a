using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProcurementPlatform.EndToEndTests.Support;

/// <summary>What the officer types into the call form.</summary>
public sealed record CallInput(string Title, DateTime OpensCst, DateTime ClosesCst, DateTime RoadshowCst)
{
    public const string ServiceField = "儿童关爱";
    public const string FundSource = "财政资金";
    public const string TargetGroups = "辖区困境儿童、留守儿童及其家庭（端到端测试）";
    public const string Summary = "开展困境儿童个案管理、监护能力提升小组和社区儿童之家活动。\n本征集由端到端测试自动创建。";
    public const string Eligibility = "在官渡区民政局登记的社会工作服务机构，具有3名以上持证社工。";
    public const string CeilingYuan = "100000";
    public const string TotalYuan = "300000";
    public const string Count = "3";
    public const string Contact = "王老师 0871-63100000";

    /// <summary>Open an hour ago, closing in ten days, roadshow in fifteen (China Standard Time).</summary>
    public static CallInput OpenNow(string title)
    {
        var now = UiActions.CstNow;
        var minute = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified);
        return new CallInput(title, minute.AddHours(-1), minute.AddDays(10), minute.AddDays(15));
    }
}

/// <summary>Steps through the real UI, shared by the journeys.</summary>
public static partial class UiActions
{
    public const string OfficerUser = "mzj@demo.gov.cn";
    public const string OfficerDepartment = "官渡区民政局";
    public const string NgoUser = "xinqiao@demo.org.cn";
    public const string NgoName = "昆明市官渡区心桥社会工作服务中心";

    public static DateTime CstNow => DateTime.SpecifyKind(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(8), DateTimeKind.Unspecified);

    /// <summary>The value format of &lt;input type=datetime-local&gt;.</summary>
    public static string LocalInput(DateTime cst) => cst.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>How the pages print a time (ChinaTime.Format).</summary>
    public static string Shown(DateTime cst) => cst.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string UniqueTitle(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    [GeneratedRegex(@"/department/calls/([0-9a-fA-F-]{36})$")]
    public static partial Regex DepartmentCallUrl();

    [GeneratedRegex(@"/applications/([0-9a-fA-F-]{36})$")]
    public static partial Regex ApplicationUrl();

    [GeneratedRegex(@"/calls/([0-9a-fA-F-]{36})$")]
    public static partial Regex PublicCallUrl();

    public static Guid IdFrom(Regex pattern, string url) =>
        pattern.Match(url) is { Success: true } m ? Guid.Parse(m.Groups[1].Value) : throw new InvalidOperationException($"Unexpected URL {url}");

    /// <summary>The status badge right under a page's heading.</summary>
    public static ILocator StatusBadge(IPage page) => page.Locator("main h1 + p .badge").First;

    public static ILocator SuccessMessage(IPage page) => page.Locator("main .alert-success[role=status]");

    public static ILocator FieldError(IPage page, string fieldName) => page.Locator($"span.field-error[data-valmsg-for='{fieldName}']");

    public static async Task LoginAsync(IPage page, string userName, string password = E2EAppFactory.Password)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("登录");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("form.card").GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase));
        // Signed in: the header offers 退出 instead of 登录.
        await Expect(page.Locator("header .account").GetByRole(AriaRole.Button, new() { Name = "退出" })).ToBeVisibleAsync();
    }

    /// <summary>Fills every field of the call form except the rubric (which comes pre-filled).</summary>
    public static async Task FillCallFormAsync(IPage page, CallInput call)
    {
        await page.Locator("#Data_Title").FillAsync(call.Title);
        await page.Locator("#Data_ServiceField").SelectOptionAsync(new SelectOptionValue { Label = CallInput.ServiceField });
        await page.Locator("#Data_FundSource").SelectOptionAsync(new SelectOptionValue { Label = CallInput.FundSource });
        await page.Locator("#Data_TargetGroups").FillAsync(CallInput.TargetGroups);
        await page.Locator("#Data_Summary").FillAsync(CallInput.Summary);
        await page.Locator("#Data_Eligibility").FillAsync(CallInput.Eligibility);
        await page.Locator("#Data_ProjectCeilingYuan").FillAsync(CallInput.CeilingYuan);
        await page.Locator("#Data_TotalBudgetYuan").FillAsync(CallInput.TotalYuan);
        await page.Locator("#Data_ProjectCount").FillAsync(CallInput.Count);
        await page.Locator("#Data_OpensAt").FillAsync(LocalInput(call.OpensCst));
        await page.Locator("#Data_ClosesAt").FillAsync(LocalInput(call.ClosesCst));
        await page.Locator("#Data_RoadshowAt").FillAsync(LocalInput(call.RoadshowCst));
        await page.Locator("#Data_ContactInfo").FillAsync(CallInput.Contact);
    }

    /// <summary>The weights the create form offers before anything is typed.</summary>
    public static async Task<int> PrefilledRubricWeightAsync(IPage page)
    {
        var total = 0;
        var weights = page.Locator("#rubric-rows input[id$='__Weight']");
        var count = await weights.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var value = await weights.Nth(i).InputValueAsync();
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight)) total += weight;
        }
        return total;
    }

    /// <summary>Creates a call through /department/calls/create and returns its id (the page is left on its department page).</summary>
    public static async Task<Guid> CreateDraftCallAsync(IPage page, CallInput call, Func<string, Task>? screenshot = null)
    {
        await page.GotoAsync("/department/calls/create");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("新建项目征集");
        await FillCallFormAsync(page, call);
        if (screenshot is not null) await screenshot("officer-create-form-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(DepartmentCallUrl());
        await Expect(page.Locator("main h1")).ToHaveTextAsync(call.Title);
        await Expect(StatusBadge(page)).ToHaveTextAsync("草稿");
        await Expect(SuccessMessage(page)).ToContainTextAsync("项目征集草稿已保存");
        return IdFrom(DepartmentCallUrl(), page.Url);
    }

    /// <summary>On a call's department page: clicks 发布 and waits for the call to be open.</summary>
    public static async Task PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Expect(SuccessMessage(page)).ToContainTextAsync("项目征集已发布");
        await Expect(StatusBadge(page)).ToHaveTextAsync("征集中");
    }

    /// <summary>Signs the officer in within a throw-away context, creates and publishes a call; returns its id.</summary>
    public static async Task<Guid> PublishCallAsOfficerAsync(E2EFixture fixture, CallInput call)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await LoginAsync(page, OfficerUser);
        var id = await CreateDraftCallAsync(page, call);
        await PublishAsync(page);
        return id;
    }
}
