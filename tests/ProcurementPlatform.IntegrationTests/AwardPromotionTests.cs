using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Reviews.Results;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>An upheld objection disqualifies a project; the department promotes the next in line through a 递补 notice (issue 4).</summary>
public sealed class AwardPromotionTests : IClassFixture<PlatformFactory>
{
    private const string ZzbOfficer = "zzb-promote@demo.gov.cn";
    private readonly PlatformFactory _app;

    public AwardPromotionTests(PlatformFactory app) => _app = app;

    private Task<int> FinaliseAsync() => _app.RunAsSystemAsync(sp => sp.GetRequiredService<FinaliseAwardNoticesJob>().ExecuteAsync(default));

    private async Task<string> PageAsync(HttpClient client, string url) => await (await client.GetAsync(url)).Content.ReadAsStringAsync();

    [Fact]
    public async Task An_upheld_objection_disqualifies_and_the_next_ranked_is_promoted_through_its_own_publicity()
    {
        await _app.CreateZzbOfficerAsync(ZzbOfficer);
        var (_, callId, _, applications) = await _app.ScoreAndCloseAsync(ZzbOfficer, 0.9m, 0.8m);
        var (first, second) = (applications[0], applications[1]);
        await _app.SendAsAsync(ZzbOfficer, m => m.Send(new RecommendApplicationsCommand { SolicitationId = callId, Selected = [first], DeviationReason = "预算压减，本期只资助一个项目。" }));
        var noticeId = await _app.SendAsAsync(ZzbOfficer, m => m.Send(new PublishAwardNoticeCommand(callId)));

        // Nothing to promote while nobody is disqualified.
        Assert.Equal(0, (await _app.SendAsAsync(ZzbOfficer, m => m.Send(new GetPromotionQuery(callId)))).Vacancies);
        var early = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(ZzbOfficer, m => m.Send(new PromoteNextRankedCommand(callId))));
        Assert.Contains("没有因异议成立", early.Message);

        // An objection lands in the department's to-do list until it is answered.
        await _app.SendAsAsync(null, m => m.Send(new FileObjectionCommand { NoticeId = noticeId, ApplicationId = first, Grounds = "该项目的合作社区并未出具同意函。", Contact = "objector@example.cn" }));
        var officer = await _app.SignedInAsync(ZzbOfficer, followRedirects: true);
        Assert.Contains("该项目的合作社区并未出具同意函", await PageAsync(officer, "/department/objections"));
        Assert.DoesNotContain("该项目的合作社区并未出具同意函", await PageAsync(await _app.SignedInAsync(TestData.Officer, followRedirects: true), "/department/objections"));
        var objectionId = await _app.DbAsync(db => db.Objections.Where(o => o.NoticeId == noticeId).Select(o => o.Id).SingleAsync());
        await officer.PostFormAsync($"/notices/{noticeId}?handler=Answer", new() { ["Answer.ObjectionId"] = objectionId.ToString(), ["Answer.Upheld"] = "true", ["Answer.Answer"] = "经核查，社区同意函缺失，异议成立，取消该项目立项资格。" });
        Assert.Equal(ObjectionStatus.Upheld, (await _app.DbAsync(db => db.Objections.SingleAsync(o => o.Id == objectionId))).Status);
        Assert.Contains("没有待答复的异议", await PageAsync(officer, "/department/objections"));

        // After the period the objected project is disqualified, and nobody is awarded.
        var notice = await _app.DbAsync(db => db.AwardNotices.SingleAsync(n => n.Id == noticeId));
        _app.Clock.SetUtcNow(notice.PublicityEndsAt.AddMinutes(1));
        await FinaliseAsync(); // the demo data's own notice may be due too
        Assert.Equal(ApplicationStatus.Disqualified, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == first))).Status);
        Assert.False(await _app.DbAsync(db => db.Projects.AnyAsync(p => p.SolicitationId == callId)));

        // The results page offers the next in line; promoting it publishes a 递补 notice.
        var promotion = await _app.SendAsAsync(ZzbOfficer, m => m.Send(new GetPromotionQuery(callId)));
        Assert.Equal(1, promotion.Vacancies);
        Assert.Equal(second, promotion.Next!.ApplicationId);
        officer = await _app.SignedInAsync(ZzbOfficer, followRedirects: true); // the clock moved on: a fresh session
        var results = await PageAsync(officer, $"/reviews/{callId}/results");
        Assert.Contains("递补该项目并发布递补公示", results);
        Assert.Contains(promotion.Next.Title, results);
        var promoted = await (await _app.SignedInAsync(ZzbOfficer)).PostFormAsync($"/reviews/{callId}/results?handler=Promote", [], $"/reviews/{callId}/results");
        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        var supplementId = promoted.IdFromLocation("/notices/");
        var supplement = await _app.DbAsync(db => db.AwardNotices.SingleAsync(n => n.Id == supplementId));
        Assert.Equal(noticeId, supplement.SupplementsNoticeId);
        Assert.Equal(second, supplement.Entries.Single().ApplicationId);
        Assert.Equal(ApplicationStatus.Recommended, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == second))).Status);
        Assert.Contains("原立项公示", await PageAsync(_app.Browser(), $"/notices/{supplementId}"));
        Assert.Contains(supplement.Title, await PageAsync(_app.Browser(), $"/notices/{noticeId}"));

        // One vacancy, one promotion.
        var again = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(ZzbOfficer, m => m.Send(new PromoteNextRankedCommand(callId))));
        Assert.Contains("没有因异议成立", again.Message);

        // The promoted project is awarded once its own period has passed without objection.
        await FinaliseAsync();
        Assert.Equal(ApplicationStatus.Recommended, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == second))).Status);
        _app.Clock.SetUtcNow(supplement.PublicityEndsAt.AddMinutes(1));
        await FinaliseAsync();
        await FinaliseAsync();
        Assert.Equal(ApplicationStatus.Awarded, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == second))).Status);
        Assert.Equal(second, await _app.DbAsync(db => db.Projects.Where(p => p.SolicitationId == callId).Select(p => p.ApplicationId).SingleAsync()));
    }
}
