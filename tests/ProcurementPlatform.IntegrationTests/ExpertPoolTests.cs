using System.Net;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Reviews.Experts;
using ProcurementPlatform.Application.Users;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>专家库 (issue 4, second step): the system administrator manages it; departments propose.</summary>
public sealed class ExpertPoolTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public ExpertPoolTests(PlatformFactory app) => _app = app;

    private async Task<string> ReviewerAccountAsync(string email) =>
        await _app.SendAsAsync(TestData.SecurityAdmin, m => m.Send(new CreateStaffAccountCommand
        {
            Email = email, DisplayName = "评审专家", Role = Roles.Reviewer, InitialPassword = "Expert#2026",
        }));

    [Fact]
    public async Task The_system_administrator_admits_experts_with_reviewer_accounts_and_their_affiliations()
    {
        var account = await ReviewerAccountAsync("expert-a@demo.gov.cn");
        var organization = await _app.DbAsync(db => db.Organizations.Where(o => o.Name.Contains("心桥")).Select(o => o.Id).SingleAsync());
        var id = await _app.SendAsAsync(TestData.SystemAdmin, m => m.Send(new AdmitExpertCommand
        {
            ReviewerUserId = account, Name = "王教授", Employer = "云南大学社会学系", ProfessionalTitle = "教授",
            Fields = [ServiceField.ChildCare, ServiceField.SocialAssistance],
            Affiliations = [new AffiliationRow { OrganizationId = organization, Kind = AffiliationKind.Director, From = new DateOnly(2022, 1, 1) }],
        }));
        var expert = await _app.DbAsync(db => db.Experts.SingleAsync(e => e.Id == id));
        Assert.Equal(ExpertStatus.Active, expert.Status);
        Assert.Equal([ServiceField.SocialAssistance, ServiceField.ChildCare], expert.Fields);
        Assert.Single(expert.Affiliations);

        // One expert per account, and only Reviewer accounts.
        var twice = await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(TestData.SystemAdmin, m => m.Send(new AdmitExpertCommand
        {
            ReviewerUserId = account, Name = "重复", Employer = "某单位", Fields = [ServiceField.ChildCare],
        })));
        Assert.Contains("已关联其他专家", twice.Message);
        var officerId = await _app.DbAsync(db => db.Users.Where(u => u.UserName == TestData.Officer).Select(u => u.Id).SingleAsync());
        var notReviewer = await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(TestData.SystemAdmin, m => m.Send(new AdmitExpertCommand
        {
            ReviewerUserId = officerId, Name = "经办人", Employer = "民政局", Fields = [ServiceField.ChildCare],
        })));
        Assert.Contains("不是评审专家账号", notReviewer.Message);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(new AdmitExpertCommand
        {
            ReviewerUserId = account, Name = "越权", Employer = "x", Fields = [ServiceField.ChildCare],
        })));
    }

    [Fact]
    public async Task A_department_proposes_and_the_system_administrator_admits_the_proposal()
    {
        var officer = await _app.SignedInAsync(TestData.Officer, followRedirects: true);
        var proposed = await officer.PostFormAsync("/department/experts", new()
        {
            ["Data.Name"] = "李督导", ["Data.Employer"] = "昆明市社会工作协会", ["Data.Fields"] = "ElderlyCare", ["Data.Note"] = "资深督导，熟悉居家养老服务。",
        });
        Assert.Contains("待系统管理员审核入库", await proposed.Content.ReadAsStringAsync());
        var missing = await officer.PostFormAsync("/department/experts", new() { ["Data.Name"] = "", ["Data.Employer"] = "x" });
        var missingPage = await missing.Content.ReadAsStringAsync();
        Assert.Contains("请填写专家姓名", missingPage);
        Assert.Contains("请至少选择一个擅长的服务领域", missingPage);

        var expert = await _app.DbAsync(db => db.Experts.SingleAsync(e => e.Name == "李督导"));
        Assert.Equal(ExpertStatus.Proposed, expert.Status);
        var other = await _app.SignedInAsync(TestData.OtherOfficer, followRedirects: true);
        Assert.DoesNotContain("李督导", await (await other.GetAsync("/department/experts")).Content.ReadAsStringAsync());

        var account = await ReviewerAccountAsync("expert-b@demo.gov.cn");
        await _app.SendAsAsync(TestData.SystemAdmin, m => m.Send(new ActivateExpertCommand { ExpertId = expert.Id, ReviewerUserId = account }));
        Assert.Equal(ExpertStatus.Active, (await _app.DbAsync(db => db.Experts.SingleAsync(e => e.Id == expert.Id))).Status);

        var admin = await _app.SignedInAsync(TestData.SystemAdmin, followRedirects: true);
        var pool = await (await admin.GetAsync("/admin/experts")).Content.ReadAsStringAsync();
        Assert.Contains("李督导", pool);
        Assert.Contains("expert-b@demo.gov.cn", pool);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/admin/experts")).StatusCode);
    }
}
