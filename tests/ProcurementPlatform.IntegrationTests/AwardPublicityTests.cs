using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Reviews.Results;
using ProcurementPlatform.Application.Reviews.Scoring;
using ProcurementPlatform.Application.Users;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>立项公示 and 异议 through to 立项 (issue 4): notice, objections, finalisation job run twice.</summary>
public sealed class AwardPublicityTests : IClassFixture<PlatformFactory>
{
    private const string ZzbOfficer = "zzb-award@demo.gov.cn";
    private readonly PlatformFactory _app;

    public AwardPublicityTests(PlatformFactory app) => _app = app;

    private Task<int> FinaliseAsync() => _app.RunAsSystemAsync(sp => sp.GetRequiredService<FinaliseAwardNoticesJob>().ExecuteAsync(default));

    [Fact]
    public async Task A_notice_takes_objections_and_the_job_awards_each_project_once_holding_back_unanswered_objections()
    {
        await _app.CreateZzbOfficerAsync(ZzbOfficer);
        var (_, callId, _, applications) = await _app.ScoreAndCloseAsync(ZzbOfficer, 0.9m, 0.8m);
        await _app.SendAsAsync(ZzbOfficer, m => m.Send(new RecommendApplicationsCommand { SolicitationId = callId, Selected = [.. applications] }));

        // The officer publishes the notice from the results page.
        var officer = await _app.SignedInAsync(ZzbOfficer);
        var published = await officer.PostFormAsync($"/reviews/{callId}/results?handler=Publish", [], $"/reviews/{callId}/results");
        var noticeId = published.IdFromLocation("/notices/");
        var notice = await _app.DbAsync(db => db.AwardNotices.SingleAsync(n => n.Id == noticeId));
        Assert.Equal(2, notice.Entries.Count);
        Assert.True(notice.PublicityEndsAt > _app.Clock.GetUtcNow().UtcDateTime.AddDays(5)); // five working days from tomorrow
        Assert.Contains(notice.Title, await (await _app.Browser().GetAsync("/notices")).Content.ReadAsStringAsync());

        // An anonymous visitor objects; bad input is refused and nothing is saved.
        var visitor = _app.Browser(followRedirects: true);
        var bad = await (await visitor.PostFormAsync($"/notices/{noticeId}?handler=Object", new() { ["Objection.ApplicationId"] = applications[1].ToString(), ["Objection.Grounds"] = "", ["Objection.Contact"] = "abc" })).Content.ReadAsStringAsync();
        Assert.Contains("请填写异议理由", bad);
        Assert.Contains("请填写有效的手机号码", bad);
        Assert.False(await _app.DbAsync(db => db.Objections.AnyAsync(o => o.NoticeId == noticeId)));
        var filed = await visitor.PostFormAsync($"/notices/{noticeId}?handler=Object", new() { ["Objection.ApplicationId"] = applications[1].ToString(), ["Objection.Grounds"] = "该机构申报的社工并未持证。", ["Objection.Contact"] = "13912345678" });
        Assert.Contains("异议已提交", await filed.Content.ReadAsStringAsync());
        var publicPage = await (await _app.Browser().GetAsync($"/notices/{noticeId}")).Content.ReadAsStringAsync();
        Assert.Contains("该机构申报的社工并未持证", publicPage);
        Assert.DoesNotContain("13912345678", publicPage);
        Assert.Contains("13912345678", await (await officer.GetAsync($"/notices/{noticeId}")).Content.ReadAsStringAsync());

        // Nothing is decided during the period.
        Assert.Equal(0, await FinaliseAsync());

        // After the period: the project without objections is awarded; the objected one is held back.
        _app.Clock.SetUtcNow(notice.PublicityEndsAt.AddMinutes(1));
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<FinaliseAwardNoticesJob>().ExecuteAsync(default));
        await Task.WhenAll(FinaliseAsync(), FinaliseAsync()); // run again, even concurrently: nothing twice
        Assert.Equal(ApplicationStatus.Awarded, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == applications[0]))).Status);
        Assert.Equal(ApplicationStatus.Recommended, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == applications[1]))).Status);
        Assert.Equal(1, await _app.DbAsync(db => db.Projects.CountAsync(p => p.SolicitationId == callId)));
        var late = await Assert.ThrowsAsync<Domain.Common.DomainException>(() => _app.SendAsAsync(null, m => m.Send(new FileObjectionCommand { NoticeId = noticeId, ApplicationId = applications[0], Grounds = "迟到的异议", Contact = "a@b.cn" })));
        Assert.Contains("公示期已于", late.Message);

        // Only the notice's department answers; once rejected, the held project is awarded and the call is awarded.
        var objectionId = await _app.DbAsync(db => db.Objections.Where(o => o.NoticeId == noticeId).Select(o => o.Id).SingleAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(new AnswerObjectionCommand { ObjectionId = objectionId, Answer = "越权" })));
        officer = await _app.SignedInAsync(ZzbOfficer);
        await officer.PostFormAsync($"/notices/{noticeId}?handler=Answer", new() { ["Answer.ObjectionId"] = objectionId.ToString(), ["Answer.Upheld"] = "false", ["Answer.Answer"] = "经核查，项目社工持有社会工作者职业资格证书，异议不成立。" });
        Assert.Equal(1, await FinaliseAsync());
        Assert.Equal(0, await FinaliseAsync());
        Assert.Equal(2, await _app.DbAsync(db => db.Projects.CountAsync(p => p.SolicitationId == callId)));
        Assert.Equal(AwardNoticeStatus.Final, (await _app.DbAsync(db => db.AwardNotices.SingleAsync(n => n.Id == noticeId))).Status);
        Assert.Equal(SolicitationStatus.Awarded, (await _app.DbAsync(db => db.Solicitations.SingleAsync(s => s.Id == callId))).Status);
        var answered = await (await _app.Browser().GetAsync($"/notices/{noticeId}")).Content.ReadAsStringAsync();
        Assert.Contains("异议不成立", answered);
        Assert.DoesNotContain("13912345678", answered);
    }
}
