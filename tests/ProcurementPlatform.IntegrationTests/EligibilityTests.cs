using System.Net;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>资格审查 after the call closes (issue 4, first step).</summary>
public sealed class EligibilityTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public EligibilityTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task After_the_call_closes_its_department_decides_eligibility_and_the_organisation_sees_the_reason()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var callId = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, TimeSpan.FromDays(2))));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(callId)));
        var first = await _app.SendAsAsync(TestData.Ngo, m => m.Send(TestData.Application(callId)));
        var second = await _app.SendAsAsync(TestData.OtherNgo, m => m.Send(TestData.Application(callId)));
        await _app.SendAsAsync(TestData.Ngo, m => m.Send(new SubmitApplicationCommand(first)));
        await _app.SendAsAsync(TestData.OtherNgo, m => m.Send(new SubmitApplicationCommand(second)));

        var early = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(new DecideEligibilityCommand { ApplicationId = first, Eligible = true })));
        Assert.Contains("截止", early.Message);

        _app.Clock.Advance(TimeSpan.FromDays(3));
        await _app.RunAsSystemAsync(async sp =>
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ProcurementPlatform.Infrastructure.Jobs.CloseOverdueSolicitationsJob>(sp).ExecuteAsync(default));

        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(new DecideEligibilityCommand { ApplicationId = first, Eligible = true })));
        var noReason = await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(new DecideEligibilityCommand { ApplicationId = second, Eligible = false })));
        Assert.Contains("须填写理由", noReason.Message);

        await _app.SendAsAsync(TestData.Officer, m => m.Send(new DecideEligibilityCommand { ApplicationId = first, Eligible = true }));
        var officer = await _app.SignedInAsync(TestData.Officer);
        var refused = await officer.PostFormAsync($"/applications/{second}?handler=Eligibility", new() { ["Eligibility.Eligible"] = "false", ["Eligibility.Reason"] = "未提供年检合格证明。" });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        Assert.Equal(ApplicationStatus.Eligible, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == first))).Status);
        Assert.Equal(ApplicationStatus.Ineligible, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == second))).Status);
        var ngo = await _app.SignedInAsync(TestData.OtherNgo, followRedirects: true);
        var page = await (await ngo.GetAsync($"/applications/{second}")).Content.ReadAsStringAsync();
        Assert.Contains("未提供年检合格证明", page);
        Assert.Contains("资格审查未通过", page);

        var again = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(new DecideEligibilityCommand { ApplicationId = first, Eligible = false, Reason = "改判" })));
        Assert.Contains("资格审查通过", again.Message);
    }
}
