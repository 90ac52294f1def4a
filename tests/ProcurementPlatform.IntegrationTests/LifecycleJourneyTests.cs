using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>publish → apply → submit → deadline → close, through the real pages over HTTP.</summary>
public sealed class LifecycleJourneyTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public LifecycleJourneyTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task Officer_publishes_ngo_applies_and_submits_then_the_call_closes_at_its_deadline()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var title = "旅程测试项目征集 " + Guid.NewGuid().ToString("N")[..6];

        // The officer drafts and publishes a call.
        var officer = await _app.SignedInAsync(TestData.Officer);
        var created = await officer.PostFormAsync("/department/calls/create", TestData.CallFormFields(now, title));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var callId = created.IdFromLocation("/department/calls/");
        var publicBeforePublish = await _app.Browser().GetAsync($"/calls/{callId}");
        Assert.Equal(HttpStatusCode.NotFound, publicBeforePublish.StatusCode);

        var published = await officer.PostFormAsync($"/department/calls/{callId}?handler=Publish", [], $"/department/calls/{callId}");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var call = await _app.DbAsync(db => db.Solicitations.SingleAsync(s => s.Id == callId));
        Assert.Equal(SolicitationStatus.Open, call.Status);
        _app.Jobs.Verify(j => j.ScheduleSolicitationClose(callId, call.ClosesAt), Times.Once);

        // The public finds it.
        var list = await (await _app.Browser().GetAsync("/calls?q=" + Uri.EscapeDataString(title))).Content.ReadAsStringAsync();
        Assert.Contains(title, list);
        var detail = await (await _app.Browser().GetAsync($"/calls/{callId}")).Content.ReadAsStringAsync();
        Assert.Contains("需求分析", detail);
        Assert.Contains("征集中", detail);

        // The NGO drafts an application and submits it.
        var ngo = await _app.SignedInAsync(TestData.Ngo);
        var form = new Dictionary<string, string>
        {
            ["Data.Title"] = "旅程测试申报",
            ["Data.Summary"] = "概述",
            ["Data.Objectives"] = "目标",
            ["Data.Community"] = "金马社区",
            ["Data.SocialWorkerName"] = "张晓红",
            ["Data.Location"] = "金马社区",
            ["Data.PeriodStart"] = "2027-01-01",
            ["Data.PeriodEnd"] = "2027-12-31",
            ["Data.Partners[0].Kind"] = "VolunteerTeam",
            ["Data.Partners[0].Name"] = "志愿服务队",
            ["Data.Activities[0].Name"] = "个案管理",
            ["Data.Activities[0].OutputType"] = "Casework",
            ["Data.Activities[0].Quantity"] = "20",
            ["Data.Activities[0].Beneficiaries"] = "20",
            ["Data.BudgetLines[0].Category"] = "Activities",
            ["Data.BudgetLines[0].Description"] = "活动经费",
            ["Data.BudgetLines[0].AmountYuan"] = "60000",
            ["Data.BudgetLines[1].Category"] = "Materials",
            ["Data.BudgetLines[1].Description"] = "物资",
            ["Data.BudgetLines[1].AmountYuan"] = "12,345.67",
        };
        var newPage = $"/org/applications/new/{callId}";
        var html = await (await ngo.GetAsync(newPage)).Content.ReadAsStringAsync();
        form["Data.ClientRequestId"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"Data.ClientRequestId\" value=\"([^\"]+)\"").Groups[1].Value;
        var drafted = await ngo.PostFormAsync(newPage, form);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var applicationId = drafted.IdFromLocation("/applications/");
        var application = await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == applicationId));
        Assert.Equal(7_234_567, application.RequestedAmount.Fen);
        Assert.Equal(ApplicationStatus.Draft, application.Status);

        // The department does not see drafts.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/applications/{applicationId}")).StatusCode);

        var submitted = await ngo.PostFormAsync($"/applications/{applicationId}?handler=Submit", [], $"/applications/{applicationId}");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == applicationId))).Status);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/applications/{applicationId}")).StatusCode);
        Assert.Contains("旅程测试申报", await (await officer.GetAsync($"/department/calls/{callId}")).Content.ReadAsStringAsync());

        // The deadline passes; the scheduled job closes the call; a late withdrawal is refused.
        _app.Clock.SetUtcNow(call.ClosesAt.AddSeconds(1));
        var closed = await _app.RunAsSystemAsync(sp => sp.GetRequiredService<CloseSolicitationJob>().ExecuteAsync(callId, default).ContinueWith(_ => true));
        Assert.True(closed);
        Assert.Equal(SolicitationStatus.Closed, (await _app.DbAsync(db => db.Solicitations.SingleAsync(s => s.Id == callId))).Status);
        ngo = await _app.SignedInAsync(TestData.Ngo); // ten days later the old session has long timed out
        var lateWithdraw = await ngo.PostFormAsync($"/applications/{applicationId}?handler=Withdraw", new() { ["Withdraw.Reason"] = "迟了" }, $"/applications/{applicationId}");
        Assert.Equal(HttpStatusCode.OK, lateWithdraw.StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == applicationId))).Status);

        // Every command left an audit record.
        var audit = await _app.DbAsync(db => db.AuditEntries.Where(e => e.EntityId == callId.ToString() || e.EntityId == applicationId.ToString()).ToListAsync());
        Assert.Contains(audit, e => e.Action == "PublishSolicitationCommand" && e.Outcome == AuditOutcome.Succeeded && e.UserName == TestData.Officer);
        Assert.Contains(audit, e => e.Action == "SubmitApplicationCommand" && e.Outcome == AuditOutcome.Succeeded && e.UserName == TestData.Ngo);
        Assert.Contains(audit, e => e.Action == "CloseSolicitationCommand" && e.Outcome == AuditOutcome.Succeeded);
        Assert.Contains(audit, e => e.Action == "WithdrawApplicationCommand" && e.Outcome == AuditOutcome.Failed);
    }

    [Fact]
    public async Task The_sweep_closes_calls_whose_own_job_was_missed_and_is_idempotent()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var callId = await _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(TestData.Call(now, TimeSpan.FromMinutes(30))));
        await _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(new ProcurementPlatform.Application.Solicitations.Commands.PublishSolicitationCommand(callId)));
        {
            _app.Clock.SetUtcNow(now.AddMinutes(31));
            var first = await _app.RunAsSystemAsync(sp => sp.GetRequiredService<CloseOverdueSolicitationsJob>().ExecuteAsync(default));
            var second = await _app.RunAsSystemAsync(sp => sp.GetRequiredService<CloseOverdueSolicitationsJob>().ExecuteAsync(default));
            Assert.True(first >= 1);
            Assert.Equal(0, second);
            var call = await _app.DbAsync(db => db.Solicitations.SingleAsync(s => s.Id == callId));
            Assert.Equal(SolicitationStatus.Closed, call.Status);
            Assert.Equal(now.AddMinutes(31), call.ClosedAt);
        }
    }
}
