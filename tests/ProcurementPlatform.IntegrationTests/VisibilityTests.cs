using System.Net;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Solicitations.Commands;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Who sees what, over real HTTP with real sign-ins — including by guessing ids.</summary>
public sealed class VisibilityTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public VisibilityTests(PlatformFactory app) => _app = app;

    private async Task<(Guid CallId, Guid Submitted, Guid Draft)> ArrangeAsync()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var callId = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now)));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(callId)));
        var submitted = await _app.SendAsAsync(TestData.Ngo, m => m.Send(TestData.Application(callId)));
        await _app.SendAsAsync(TestData.Ngo, m => m.Send(new SubmitApplicationCommand(submitted)));
        var draft = await _app.SendAsAsync(TestData.OtherNgo, m => m.Send(TestData.Application(callId)));
        return (callId, submitted, draft);
    }

    public static TheoryData<string, HttpStatusCode, HttpStatusCode> ApplicationReaders => new()
    {
        // user, a submitted application of xinqiao to 民政局's call, a draft of yangguang to the same call
        { TestData.Ngo, HttpStatusCode.OK, HttpStatusCode.NotFound },
        { TestData.OtherNgo, HttpStatusCode.NotFound, HttpStatusCode.OK },
        { TestData.ThirdNgo, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { TestData.Officer, HttpStatusCode.OK, HttpStatusCode.NotFound },
        { TestData.OtherOfficer, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { TestData.Supervisor, HttpStatusCode.OK, HttpStatusCode.NotFound },
        { TestData.Reviewer, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden },
        { TestData.Evaluator, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden },
        { TestData.SystemAdmin, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden },
        { TestData.SecurityAdmin, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden },
        { TestData.AuditAdmin, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(ApplicationReaders))]
    public async Task Applications_are_visible_only_to_their_organisation_their_department_and_supervisors(string user, HttpStatusCode submittedStatus, HttpStatusCode draftStatus)
    {
        var (_, submitted, draft) = await ArrangeAsync();
        var client = await _app.SignedInAsync(user, followRedirects: true);
        Assert.Equal(submittedStatus, (await client.GetAsync($"/applications/{submitted}")).StatusCode);
        Assert.Equal(draftStatus, (await client.GetAsync($"/applications/{draft}")).StatusCode);
        var guessed = (await client.GetAsync($"/applications/{Guid.NewGuid()}")).StatusCode;
        Assert.True(guessed is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, guessed.ToString());
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_for_every_private_page()
    {
        var (callId, submitted, _) = await ArrangeAsync();
        var anonymous = _app.Browser();
        foreach (var url in new[] { "/department/calls", "/department/calls/create", $"/department/calls/{callId}", $"/applications/{submitted}", "/org/applications", $"/org/applications/new/{callId}", "/admin/organizations", "/admin/users", "/audit", "/hangfire" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{url}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
                Assert.Contains("/Identity/Account/Login", response.Headers.Location!.OriginalString);
        }
        var dashboard = await _app.Browser(followRedirects: true).GetAsync("/hangfire");
        Assert.DoesNotContain("Hangfire Dashboard", await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_a_system_administrator_reaches_the_job_dashboard()
    {
        foreach (var user in new[] { TestData.Officer, TestData.Ngo, TestData.SecurityAdmin, TestData.AuditAdmin, TestData.Supervisor })
        {
            var client = await _app.SignedInAsync(user, followRedirects: true);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/hangfire")).StatusCode);
        }
        var admin = await _app.SignedInAsync(TestData.SystemAdmin, followRedirects: true);
        var page = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("后台任务", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_officer_sees_only_their_own_departments_calls_and_drafts()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var draftTitle = "民政局草稿 " + Guid.NewGuid().ToString("N")[..6];
        var draft = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, title: draftTitle)));

        var own = await _app.SignedInAsync(TestData.Officer, followRedirects: true);
        Assert.Contains(draftTitle, await (await own.GetAsync("/department/calls")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/department/calls/{draft}/edit")).StatusCode);

        var other = await _app.SignedInAsync(TestData.OtherOfficer, followRedirects: true);
        Assert.DoesNotContain(draftTitle, await (await other.GetAsync("/department/calls")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/department/calls/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/department/calls/{draft}/edit")).StatusCode);
        var publish = await other.PostFormAsync($"/department/calls/{draft}?handler=Publish", [], "/department/calls");
        Assert.Equal(HttpStatusCode.NotFound, publish.StatusCode);

        // The public never sees a draft.
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync($"/calls/{draft}")).StatusCode);
        Assert.DoesNotContain(draftTitle, await (await _app.Browser().GetAsync("/calls")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_audit_trail_is_read_by_the_audit_administrator_and_supervisors_only()
    {
        await ArrangeAsync();
        foreach (var reader in new[] { TestData.AuditAdmin, TestData.Supervisor })
        {
            var client = await _app.SignedInAsync(reader, followRedirects: true);
            var page = await client.GetAsync("/audit?action=SubmitApplication&outcome=Succeeded");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("SubmitApplicationCommand", html);
            Assert.Contains(TestData.Ngo, html);
        }
        foreach (var other in new[] { TestData.SystemAdmin, TestData.SecurityAdmin, TestData.Officer, TestData.Ngo })
        {
            var client = await _app.SignedInAsync(other, followRedirects: true);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/audit")).StatusCode);
        }
    }

    [Fact]
    public async Task An_organisation_lists_only_its_own_applications()
    {
        var (_, submitted, draft) = await ArrangeAsync();
        var ngo = await _app.SignedInAsync(TestData.Ngo, followRedirects: true);
        var list = await (await ngo.GetAsync("/org/applications")).Content.ReadAsStringAsync();
        Assert.Contains(submitted.ToString(), list);
        Assert.DoesNotContain(draft.ToString(), list);
        var officer = await _app.SignedInAsync(TestData.Officer, followRedirects: true);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/org/applications")).StatusCode);
    }
}
