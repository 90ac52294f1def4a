using System.Net;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Reviews.Scoring;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Reviews;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Conflict declarations and scoring on the demo roadshow (issue 4, fourth step).</summary>
public sealed class ScoringTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public ScoringTests(PlatformFactory app) => _app = app;

    private async Task<(Guid SessionId, Guid ApplicationId, List<string> Members, string Outsider, string Summary)> DemoRoadshowAsync() => await _app.DbAsync(async db =>
    {
        var session = await db.ReviewSessions.SingleAsync(s => s.Status == ProcurementPlatform.Domain.Reviews.ReviewSessionStatus.Scheduled);
        var memberIds = session.Members.Where(m => m.Status == PanelMemberStatus.Active).Select(m => m.ExpertId).ToList();
        var experts = await db.Experts.ToListAsync();
        var users = await db.Users.ToDictionaryAsync(u => u.Id, u => u.UserName!);
        var members = experts.Where(e => memberIds.Contains(e.Id)).Select(e => users[e.UserId!]).OrderBy(n => n).ToList();
        var outsider = experts.Where(e => !memberIds.Contains(e.Id)).Select(e => users[e.UserId!]).First();
        var applicationId = session.Applications.First().ApplicationId;
        var summary = await db.Applications.Where(a => a.Id == applicationId).Select(a => a.Summary).SingleAsync();
        return (session.Id, applicationId, members, outsider, summary);
    });

    private static SaveScoresCommand Scores(Guid session, Guid application, decimal factor, bool submit, string? reason = null) => new()
    {
        SessionId = session, ApplicationId = application, Submit = submit, OutlierReason = reason,
        // The demo rubric: 需求分析 15, 目标设计 15, 服务方案 25, 团队能力 20, 预算合理性 15, 创新性 10.
        Scores = new (string, int)[] { ("需求分析", 15), ("目标设计", 15), ("服务方案", 25), ("团队能力", 20), ("预算合理性", 15), ("创新性", 10) }
            .Select(c => new ScoreRow { Criterion = c.Item1, Points = Math.Round(c.Item2 * factor, 1), Comment = "评语：" + c.Item1 }).ToList(),
    };

    [Fact]
    public async Task A_conflicted_reviewer_cannot_see_or_score_and_only_panel_members_reach_the_sheet()
    {
        var (session, application, members, outsider, summary) = await DemoRoadshowAsync();
        Assert.Equal(5, members.Count);

        var stranger = await _app.SignedInAsync(outsider, followRedirects: true);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/review/{session}/{application}")).StatusCode);

        var reviewer = await _app.SignedInAsync(members[0], followRedirects: true);
        var before = await (await reviewer.GetAsync($"/review/{session}/{application}")).Content.ReadAsStringAsync();
        Assert.Contains("回避声明", before);
        Assert.DoesNotContain(summary, before); // no materials before the declaration
        await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(members[0], m => m.Send(Scores(session, application, 0.8m, false))));

        await reviewer.PostFormAsync($"/review/{session}/{application}?handler=Declare", new() { ["Declaration.Conflict"] = "true", ["Declaration.Note"] = "近三年曾为该机构提供督导服务。" });
        var after = await (await reviewer.GetAsync($"/review/{session}/{application}")).Content.ReadAsStringAsync();
        Assert.Contains("您已声明回避", after);
        Assert.DoesNotContain(summary, after);
        var refused = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(members[0], m => m.Send(Scores(session, application, 0.8m, true))));
        Assert.Contains("回避", refused.Message);
        var changeMind = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(members[0], m => m.Send(new DeclareConflictCommand { SessionId = session, ApplicationId = application, Conflict = false })));
        Assert.Contains("不能更改", changeMind.Message);
    }

    [Fact]
    public async Task Scores_are_checked_editable_until_submitted_and_an_outlier_needs_a_reason()
    {
        var (session, application, members, _, summary) = await DemoRoadshowAsync();
        var scorers = members.Skip(1).ToList();
        foreach (var member in scorers)
            await _app.SendAsAsync(member, m => m.Send(new DeclareConflictCommand { SessionId = session, ApplicationId = application, Conflict = false }));

        var reviewer = await _app.SignedInAsync(scorers[0], followRedirects: true);
        Assert.Contains(summary, await (await reviewer.GetAsync($"/review/{session}/{application}")).Content.ReadAsStringAsync());

        var tooHigh = Scores(session, application, 0.8m, false);
        tooHigh.Scores[0].Points = 16;
        Assert.Contains("0至15分", (await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(scorers[0], m => m.Send(tooHigh)))).Message);
        var partial = Scores(session, application, 0.8m, true);
        partial.Scores.RemoveAt(5);
        Assert.Contains("创新性", (await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(scorers[0], m => m.Send(partial)))).Message);

        await _app.SendAsAsync(scorers[0], m => m.Send(Scores(session, application, 0.5m, false)));
        await _app.SendAsAsync(scorers[0], m => m.Send(Scores(session, application, 0.8m, true))); // edited, then submitted: 80
        await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(scorers[0], m => m.Send(Scores(session, application, 0.9m, true))));
        await _app.SendAsAsync(scorers[1], m => m.Send(Scores(session, application, 0.82m, true)));
        await _app.SendAsAsync(scorers[2], m => m.Send(Scores(session, application, 0.78m, true)));

        var outlier = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(scorers[3], m => m.Send(Scores(session, application, 0.5m, true))));
        Assert.Contains("请填写评分理由", outlier.Message);
        await _app.SendAsAsync(scorers[3], m => m.Send(Scores(session, application, 0.5m, true, "服务方案与社区实际需求脱节，预算依据不足。")));

        var sheets = await _app.DbAsync(db => db.ReviewSheets.Where(r => r.ApplicationId == application && r.Status == ReviewSheetStatus.Submitted).ToListAsync());
        Assert.Equal([50m, 78m, 80m, 82m], sheets.Select(s => s.Total).Order());
        Assert.Equal("服务方案与社区实际需求脱节，预算依据不足。", sheets.Single(s => s.Total == 50m).OutlierReason);

        // Individual scores appear on no page for other roles or the public (the department's view after the session closes is not built yet).
        foreach (var client in new[] { await _app.SignedInAsync(TestData.SystemAdmin, followRedirects: true), _app.Browser(followRedirects: true) })
        {
            var callId = await _app.DbAsync(db => db.ReviewSessions.Where(s => s.Id == session).Select(s => s.SolicitationId).SingleAsync());
            Assert.DoesNotContain("评语：服务方案", await (await client.GetAsync($"/calls/{callId}")).Content.ReadAsStringAsync());
        }
    }
}
