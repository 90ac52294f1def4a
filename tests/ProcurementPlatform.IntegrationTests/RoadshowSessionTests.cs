using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Reviews.Experts;
using ProcurementPlatform.Application.Reviews.Sessions;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Application.Users;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Scheduling a roadshow and drawing its panel (issue 4, third step).</summary>
public sealed class RoadshowSessionTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public RoadshowSessionTests(PlatformFactory app) => _app = app;

    private async Task<Guid> ExpertAsync(string name, Guid? tiedTo = null)
    {
        var email = $"expert-{Guid.NewGuid().ToString("N")[..8]}@demo.gov.cn";
        var account = await _app.SendAsAsync(TestData.SecurityAdmin, m => m.Send(new CreateStaffAccountCommand { Email = email, DisplayName = name, Role = Roles.Reviewer, InitialPassword = "Expert#2026" }));
        return await _app.SendAsAsync(TestData.SystemAdmin, m => m.Send(new AdmitExpertCommand
        {
            ReviewerUserId = account, Name = name, Employer = "某高校", Fields = [ServiceField.ChildCare],
            Affiliations = tiedTo is { } org ? [new AffiliationRow { OrganizationId = org, Kind = AffiliationKind.Employee, From = new DateOnly(2024, 1, 1) }] : [],
        }));
    }

    [Fact]
    public async Task A_closed_calls_roadshow_draws_a_recorded_replayable_panel_that_avoids_conflicted_experts()
    {
        var ngoOrganization = await _app.DbAsync(db => db.Organizations.Where(o => o.Name.Contains("心桥")).Select(o => o.Id).SingleAsync());
        var conflicted = await ExpertAsync("利益相关专家", ngoOrganization);
        for (var i = 1; i <= 6; i++) await ExpertAsync($"儿童领域专家{i}");

        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var callId = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, TimeSpan.FromDays(1))));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(callId)));
        var application = await _app.SendAsAsync(TestData.Ngo, m => m.Send(TestData.Application(callId)));
        await _app.SendAsAsync(TestData.Ngo, m => m.Send(new SubmitApplicationCommand(application)));
        _app.Clock.Advance(TimeSpan.FromDays(2));
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<CloseOverdueSolicitationsJob>().ExecuteAsync(default));

        var schedule = new ScheduleRoadshowCommand { SolicitationId = callId, ScheduledAt = ChinaTime.ToCst(_app.Clock.GetUtcNow().UtcDateTime.AddDays(7)), Venue = "区民政局三楼会议室" };
        var undecided = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(schedule)));
        Assert.Contains("资格审查", undecided.Message);
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new DecideEligibilityCommand { ApplicationId = application, Eligible = true }));
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(schedule)));

        var officer = await _app.SignedInAsync(TestData.Officer);
        var scheduled = await officer.PostFormAsync($"/department/calls/{callId}?handler=Roadshow", new()
        {
            ["Roadshow.ScheduledAt"] = schedule.ScheduledAt!.Value.ToString("yyyy-MM-ddTHH:mm"), ["Roadshow.Venue"] = schedule.Venue!,
        }, $"/department/calls/{callId}");
        Assert.Equal($"/reviews/{callId}", scheduled.Headers.Location?.OriginalString);

        var session = await _app.DbAsync(db => db.ReviewSessions.SingleAsync(s => s.SolicitationId == callId));
        Assert.Equal(SolicitationStatus.UnderReview, (await _app.DbAsync(db => db.Solicitations.SingleAsync(s => s.Id == callId))).Status);
        Assert.Equal(5, session.Members.Count);
        Assert.DoesNotContain(conflicted, session.Members.Select(m => m.ExpertId));
        var draw = Assert.Single(session.Draws);
        Assert.Contains(draw.Exclusions, x => x.ExpertId == conflicted && x.Reason.Contains("任职"));
        Assert.True(PanelDraw.Replays(draw.CandidateIds, draw.Exclusions.Select(x => x.ExpertId), draw.Seed, draw.Size, draw.DrawnIds));

        // An expert declines: a replacement is drawn from those not yet drawn, and recorded.
        var declining = session.Members[0].ExpertId;
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new ReplaceDeclinedExpertCommand(session.Id, declining)));
        session = await _app.DbAsync(db => db.ReviewSessions.SingleAsync(s => s.SolicitationId == callId));
        Assert.Equal(5, session.Members.Count(m => m.Status == PanelMemberStatus.Active));
        Assert.Equal(2, session.Draws.Count);
        var replacement = session.Members.Last().ExpertId;
        Assert.NotEqual(conflicted, replacement);
        Assert.NotEqual(declining, replacement);

        // Supervisors audit the draw; other departments and other roles cannot see it.
        var supervisor = await _app.SignedInAsync(TestData.Supervisor, followRedirects: true);
        var page = await (await supervisor.GetAsync($"/reviews/{callId}")).Content.ReadAsStringAsync();
        Assert.Contains(draw.Seed.ToString(), page);
        Assert.Contains("利益相关专家", page);
        Assert.Contains("结果与记录一致", page);
        Assert.DoesNotContain("不一致", page);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.SignedInAsync(TestData.OtherOfficer, followRedirects: true)).GetAsync($"/reviews/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.SignedInAsync(TestData.Ngo, followRedirects: true)).GetAsync($"/reviews/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _app.Browser().GetAsync($"/reviews/{callId}")).StatusCode);
    }
}
