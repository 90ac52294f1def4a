using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Infrastructure.Identity;

namespace ProcurementPlatform.IntegrationTests;

public sealed class SecurityAndInputTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public SecurityAndInputTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task Public_pages_and_health_answer_anonymously_in_chinese()
    {
        var client = _app.Browser();
        foreach (var url in new[] { "/", "/calls", "/calls?status=Open&field=ChildCare&p=2", "/calls?status=bogus&p=x", "/register", "/Identity/Account/Login" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("lang=\"zh-CN\"", await response.Content.ReadAsStringAsync());
        }
        var open = await _app.DbAsync(db => db.Solicitations.Where(c => c.Status == ProcurementPlatform.Domain.Solicitations.SolicitationStatus.Open).ToListAsync());
        var home = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains($"<b>{open.Count}</b><span>正在征集的项目</span>", home);
        Assert.Contains($"<b>{ProcurementPlatform.Domain.Common.Money.Sum(open.Select(c => c.TotalBudget)).ToWanYuanString()}</b>", home);
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_and_every_attempt_is_audited()
    {
        var client = _app.Browser(followRedirects: true);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/Identity/Account/Login", new() { ["Input.UserName"] = TestData.Evaluator, ["Input.Password"] = "Wrong-pass1" });
            Assert.Contains(i < 4 ? "账号或密码不正确" : "锁定", await wrong.Content.ReadAsStringAsync());
        }
        var right = await client.PostFormAsync("/Identity/Account/Login", new() { ["Input.UserName"] = TestData.Evaluator, ["Input.Password"] = PlatformFactory.Password });
        Assert.Contains("锁定", await right.Content.ReadAsStringAsync());
        var failures = await _app.DbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "Login" && e.UserName == TestData.Evaluator && e.Outcome != AuditOutcome.Succeeded));
        Assert.Equal(6, failures);
    }

    [Fact]
    public async Task No_account_may_hold_two_administrator_duties()
    {
        var result = await _app.RunAsSystemAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var admin = await users.FindByNameAsync(TestData.SecurityAdmin);
            return await users.AddToRoleAsync(admin!, Roles.AuditAdmin);
        });
        Assert.False(result.Succeeded);
        Assert.Contains("三员分立", result.Errors.Single().Description);

        // The same through the security administrator's page.
        var secadmin = await _app.SignedInAsync(TestData.SecurityAdmin, followRedirects: true);
        var sysadminId = await _app.DbAsync(db => db.Users.Where(u => u.UserName == TestData.SystemAdmin).Select(u => u.Id).SingleAsync());
        var page = await secadmin.PostFormAsync("/admin/users", new() { ["Change.UserId"] = sysadminId, ["Change.Role"] = Roles.SecurityAdmin, ["Change.Grant"] = "true" });
        Assert.Contains("三员分立", await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Roles.SecurityAdmin, await _app.RunAsSystemAsync(async sp =>
            await sp.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync((await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(sysadminId))!)));
    }

    [Fact]
    public async Task Registration_checks_the_credit_code_and_the_password_policy_then_waits_for_approval()
    {
        var client = _app.Browser(followRedirects: true);
        Dictionary<string, string> Form(string code, string password, string email) => new()
        {
            ["Data.OrganizationName"] = "官渡区测试公益服务中心",
            ["Data.CreditCode"] = code,
            ["Data.ContactName"] = "测试",
            ["Data.ContactPhone"] = "13800001111",
            ["Data.Email"] = email,
            ["Data.Password"] = password,
            ["Data.ConfirmPassword"] = password,
        };
        const string first17 = "52530111MJY00009";
        var valid = first17 + "0";
        valid = valid[..17] + SocialCreditCode.CheckCharacter(valid[..17]);
        var wrongCheck = valid[..17] + (valid[17] == '0' ? '1' : '0');

        var bad = await (await client.PostFormAsync("/register", Form(wrongCheck, "Good#Pass1", "new@ngo.cn"))).Content.ReadAsStringAsync();
        Assert.Contains("校验位不正确", bad);
        var weak = await (await client.PostFormAsync("/register", Form(valid, "alllowercase", "new@ngo.cn"))).Content.ReadAsStringAsync();
        Assert.Contains("至少三类", weak);
        Assert.Equal(0, await _app.DbAsync(db => db.Organizations.CountAsync(o => o.CreditCode == valid)));
        Assert.Equal(0, await _app.DbAsync(db => db.Users.CountAsync(u => u.UserName == "new@ngo.cn")));

        var ok = await client.PostFormAsync("/register", Form(valid.ToLowerInvariant(), "Good#Pass1", "new@ngo.cn"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var organization = await _app.DbAsync(db => db.Organizations.SingleAsync(o => o.CreditCode == valid));
        Assert.Equal(OrganizationStatus.PendingApproval, organization.Status);

        var admin = await _app.SignedInAsync(TestData.SystemAdmin, followRedirects: true);
        await admin.PostFormAsync("/admin/organizations?handler=Approve", new() { ["organizationId"] = organization.Id.ToString() }, "/admin/organizations");
        Assert.Equal(OrganizationStatus.Active, (await _app.DbAsync(db => db.Organizations.SingleAsync(o => o.Id == organization.Id))).Status);
    }

    [Fact]
    public async Task A_bad_call_form_comes_back_with_chinese_field_messages_and_saves_nothing()
    {
        var officer = await _app.SignedInAsync(TestData.Officer, followRedirects: true);
        var before = await _app.DbAsync(db => db.Solicitations.CountAsync());
        var fields = TestData.CallFormFields(_app.Clock.GetUtcNow().UtcDateTime, "x");
        fields["Data.Title"] = "";
        fields["Data.ProjectCeilingYuan"] = "abc";
        fields["Data.Rubric[0].Weight"] = "10";
        var page = await (await officer.PostFormAsync("/department/calls/create", fields)).Content.ReadAsStringAsync();
        Assert.Contains("请填写项目征集标题", page);
        Assert.Contains("请填写有效的单个项目资金上限", page);
        Assert.Contains("权重合计应为100", page);
        Assert.Equal(before, await _app.DbAsync(db => db.Solicitations.CountAsync()));
    }

    [Fact]
    public async Task Uploads_of_the_wrong_type_or_too_large_are_refused_with_a_clear_message_and_nothing_is_saved()
    {
        var officer = await _app.SignedInAsync(TestData.Officer, followRedirects: true);
        var before = await _app.DbAsync(db => db.StoredFiles.CountAsync());
        var fields = TestData.CallFormFields(_app.Clock.GetUtcNow().UtcDateTime, "附件测试");
        var exe = await officer.PostMultipartAsync("/department/calls/create", fields, [("Files", "guide.exe", [0x4D, 0x5A, 0x90, 0x00])]);
        Assert.Contains("类型不允许上传", await exe.Content.ReadAsStringAsync());
        var big = new byte[(1024 * 1024) + 10];
        "%PDF-1.4"u8.CopyTo(big);
        var large = await officer.PostMultipartAsync("/department/calls/create", fields, [("Files", "guide.pdf", big)]);
        Assert.Contains("超过 1 MB 的上限", await large.Content.ReadAsStringAsync());
        Assert.Equal(before, await _app.DbAsync(db => db.StoredFiles.CountAsync()));

        var good = await _app.SignedInAsync(TestData.Officer);
        var created = await good.PostMultipartAsync("/department/calls/create", fields, [("Files", "申报指南.pdf", "%PDF-1.4 guide"u8.ToArray())]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(before + 1, await _app.DbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task Administrators_add_a_department_and_open_an_officer_account_for_it()
    {
        var sysadmin = await _app.SignedInAsync(TestData.SystemAdmin, followRedirects: true);
        var duplicate = await sysadmin.PostFormAsync("/admin/departments", new() { ["Data.Name"] = "官渡区残疾人联合会", ["Data.Code"] = "mzj" });
        Assert.Contains("该部门代码已被使用", await duplicate.Content.ReadAsStringAsync());
        await sysadmin.PostFormAsync("/admin/departments", new() { ["Data.Name"] = "官渡区残疾人联合会", ["Data.Code"] = "cl" });
        var departmentId = await _app.DepartmentIdAsync("CL");

        var secadmin = await _app.SignedInAsync(TestData.SecurityAdmin, followRedirects: true);
        var noDepartment = await secadmin.PostFormAsync("/admin/users?handler=Create", new()
        {
            ["NewAccount.Email"] = "cl@demo.gov.cn", ["NewAccount.DisplayName"] = "残联经办人", ["NewAccount.Role"] = Roles.DepartmentOfficer,
            ["NewAccount.InitialPassword"] = "Start#2026",
        }, "/admin/users");
        Assert.Contains("必须选择所属部门", await noDepartment.Content.ReadAsStringAsync());
        await secadmin.PostFormAsync("/admin/users?handler=Create", new()
        {
            ["NewAccount.Email"] = "cl@demo.gov.cn", ["NewAccount.DisplayName"] = "残联经办人", ["NewAccount.Role"] = Roles.DepartmentOfficer,
            ["NewAccount.DepartmentId"] = departmentId.ToString(), ["NewAccount.InitialPassword"] = "Start#2026",
        }, "/admin/users");

        var officer = _app.Browser(followRedirects: true);
        await officer.PostFormAsync("/Identity/Account/Login", new() { ["Input.UserName"] = "cl@demo.gov.cn", ["Input.Password"] = "Start#2026" });
        var workbench = await officer.GetAsync("/department/calls");
        Assert.Equal(HttpStatusCode.OK, workbench.StatusCode);
        Assert.Contains("本部门还没有项目征集", await workbench.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await secadmin.GetAsync("/admin/departments")).StatusCode);
    }

    [Fact]
    public async Task The_first_administrator_is_opened_once_from_the_command_line()
    {
        var errors = await _app.RunAsSystemAsync(sp => sp.GetRequiredService<ProcurementPlatform.Infrastructure.Seeding.AdministratorBootstrap>()
            .CreateAsync(Roles.SystemAdmin, "second-admin@demo.gov.cn", "Start#2026"));
        Assert.Contains("已存在", Assert.Single(errors));
        var notAdmin = await _app.RunAsSystemAsync(sp => sp.GetRequiredService<ProcurementPlatform.Infrastructure.Seeding.AdministratorBootstrap>()
            .CreateAsync(Roles.DepartmentOfficer, "x@demo.gov.cn", "Start#2026"));
        Assert.Single(notAdmin);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var officer = await _app.SignedInAsync(TestData.Officer);
        var before = await _app.DbAsync(db => db.Solicitations.CountAsync());
        var response = await officer.PostAsync("/department/calls/create", new FormUrlEncodedContent(TestData.CallFormFields(_app.Clock.GetUtcNow().UtcDateTime, "无令牌")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await _app.DbAsync(db => db.Solicitations.CountAsync()));
    }
}
