using System.Net;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Cases found in review: each must stay fixed.</summary>
public sealed class ReviewFindingsTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public ReviewFindingsTests(PlatformFactory app) => _app = app;

    private DateTime Now => _app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_draft_cancelled_before_publication_never_becomes_public()
    {
        var title = "取消的草稿 " + Guid.NewGuid().ToString("N")[..6];
        var id = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(Now, title: title)));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new CancelSolicitationCommand { SolicitationId = id, Reason = "不再需要" }));

        var anonymous = _app.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calls/{id}")).StatusCode);
        Assert.DoesNotContain(title, await (await anonymous.GetAsync("/calls?status=Cancelled")).Content.ReadAsStringAsync());
        Assert.DoesNotContain(title, await (await anonymous.GetAsync("/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_impossible_date_is_a_field_message_not_an_error_page()
    {
        var officer = await _app.SignedInAsync(TestData.Officer, followRedirects: true);
        var fields = TestData.CallFormFields(Now, "远古日期");
        fields["Data.OpensAt"] = "0001-01-01T00:00";
        var response = await officer.PostFormAsync("/department/calls/create", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2000年至2100年之间", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task One_organisation_keeps_one_live_application_per_call()
    {
        var callId = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(Now)));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(callId)));
        var first = await _app.SendAsAsync(TestData.Ngo, m => m.Send(TestData.Application(callId)));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(TestData.Application(callId))));
        Assert.Contains("限报一个项目", refusal.Message);

        // Opening the form again leads back to the draft; after a withdrawal a new application may be made.
        var ngo = await _app.SignedInAsync(TestData.Ngo);
        Assert.Equal($"/applications/{first}", (await ngo.GetAsync($"/org/applications/new/{callId}")).Headers.Location?.OriginalString);
        await _app.SendAsAsync(TestData.Ngo, m => m.Send(new SubmitApplicationCommand(first)));
        await _app.SendAsAsync(TestData.Ngo, m => m.Send(new WithdrawApplicationCommand { ApplicationId = first }));
        var second = await _app.SendAsAsync(TestData.Ngo, m => m.Send(TestData.Application(callId)));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_save_is_refused()
    {
        var id = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(Now)));
        var startedWith = await _app.DbAsync(db => db.Solicitations.Where(s => s.Id == id).Select(s => s.Version).SingleAsync());

        EditSolicitationCommand Edit(string title)
        {
            var source = TestData.Call(Now, title: title);
            return new EditSolicitationCommand
            {
                SolicitationId = id, Version = startedWith, Title = source.Title, Summary = source.Summary, ServiceField = source.ServiceField,
                TargetGroups = source.TargetGroups, FundSource = source.FundSource, ProjectCeilingYuan = source.ProjectCeilingYuan,
                TotalBudgetYuan = source.TotalBudgetYuan, ProjectCount = source.ProjectCount, Eligibility = source.Eligibility,
                OpensAt = source.OpensAt, ClosesAt = source.ClosesAt, RoadshowAt = source.RoadshowAt, ContactInfo = source.ContactInfo, Rubric = source.Rubric,
            };
        }

        await _app.SendAsAsync(TestData.Officer, m => m.Send(Edit("第一位经办人的修改")));
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(Edit("第二位经办人的修改"))));
        Assert.Contains("刷新", conflict.Message);
        Assert.Equal("第一位经办人的修改", await _app.DbAsync(db => db.Solicitations.Where(s => s.Id == id).Select(s => s.Title).SingleAsync()));
    }

    [Fact]
    public async Task An_organisation_awaiting_approval_is_told_why_on_the_form_instead_of_an_error_page()
    {
        var callId = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(Now)));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(callId)));
        var pending = await _app.SignedInAsync(TestData.PendingNgo, followRedirects: true);
        var page = await (await pending.GetAsync($"/org/applications/new/{callId}")).Content.ReadAsStringAsync();
        Assert.Contains("等待系统管理员审核", page);
        Assert.DoesNotContain("name=\"Data.Title\"", page);
    }
}
