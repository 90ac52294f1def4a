using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Reviews.Results;
using ProcurementPlatform.Application.Reviews.Scoring;
using ProcurementPlatform.Application.Users;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Closing the scoring, results for the department and supervisors only, recommendation with recorded deviations (issue 4).</summary>
public sealed class ReviewResultsTests : IClassFixture<PlatformFactory>
{
    private const string ZzbOfficer = "zzb@demo.gov.cn";
    private readonly PlatformFactory _app;

    public ReviewResultsTests(PlatformFactory app) => _app = app;

    private static SaveScoresCommand Scores(Guid session, Guid application, decimal factor) => new()
    {
        SessionId = session, ApplicationId = application, Submit = true,
        Scores = new (string, int)[] { ("需求分析", 15), ("目标设计", 15), ("服务方案", 25), ("团队能力", 20), ("预算合理性", 15), ("创新性", 10) }
            .Select(c => new ScoreRow { Criterion = c.Item1, Points = Math.Round(c.Item2 * factor, 1) }).ToList(),
    };

    [Fact]
    public async Task The_department_closes_scoring_sees_ranked_results_and_recommends_with_a_reason_when_it_deviates()
    {
        var zzb = await _app.DepartmentIdAsync("ZZB");
        await _app.SendAsAsync(TestData.SecurityAdmin, m => m.Send(new CreateStaffAccountCommand { Email = ZzbOfficer, DisplayName = "组织部经办人", Role = Roles.DepartmentOfficer, DepartmentId = zzb, InitialPassword = PlatformFactory.Password }));
        var (sessionId, callId, members, applications) = await _app.DbAsync(async db =>
        {
            var session = await db.ReviewSessions.SingleAsync(s => s.Status == ProcurementPlatform.Domain.Reviews.ReviewSessionStatus.Scheduled);
            var experts = await db.Experts.ToListAsync();
            var users = await db.Users.ToDictionaryAsync(u => u.Id, u => u.UserName!);
            var active = session.Members.Where(m => m.Status == PanelMemberStatus.Active).Select(m => users[experts.Single(e => e.Id == m.ExpertId).UserId!]).OrderBy(n => n).ToList();
            return (session.Id, session.SolicitationId, active, session.Applications.Select(a => a.ApplicationId).OrderBy(a => a).ToList());
        });

        // Member 0 is conflicted on the first application; everyone scores the rest.
        await _app.SendAsAsync(members[0], m => m.Send(new DeclareConflictCommand { SessionId = sessionId, ApplicationId = applications[0], Conflict = true, Note = "曾任该机构理事" }));
        var factors = new[] { 0.70m, 0.72m, 0.74m, 0.76m, 0.78m };
        for (var i = 0; i < members.Count; i++)
        {
            foreach (var (application, bonus) in new[] { (applications[0], 0.1m), (applications[1], 0m) })
            {
                if (i == 0 && application == applications[0]) continue;
                await _app.SendAsAsync(members[i], m => m.Send(new DeclareConflictCommand { SessionId = sessionId, ApplicationId = application, Conflict = false }));
                if (i == members.Count - 1 && application == applications[1]) continue; // one score still missing
                await _app.SendAsAsync(members[i], m => m.Send(Scores(sessionId, application, factors[i] + bonus)));
            }
        }

        var officer = await _app.SignedInAsync(ZzbOfficer, followRedirects: true);
        var pending = await (await officer.GetAsync($"/reviews/{callId}/results")).Content.ReadAsStringAsync();
        Assert.True(pending.Contains("评审尚未结束"), string.Join(" ", System.Text.RegularExpressions.Regex.Replace(pending, "<[^>]+>", " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        var early = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(ZzbOfficer, m => m.Send(new CloseReviewSessionCommand(callId))));
        Assert.Contains("1 份评分未提交", early.Message);
        await _app.SendAsAsync(members[^1], m => m.Send(Scores(sessionId, applications[1], factors[^1])));
        await _app.SendAsAsync(ZzbOfficer, m => m.Send(new CloseReviewSessionCommand(callId)));

        var results = await _app.SendAsAsync(ZzbOfficer, m => m.Send(new GetReviewResultsQuery(callId)));
        var first = results.Rows.Single(r => r.ApplicationId == applications[0]);
        var second = results.Rows.Single(r => r.ApplicationId == applications[1]);
        Assert.Equal(85.00m, first.Score);  // four scorers (one conflicted): plain mean of 82, 84, 86, 88
        Assert.Equal(74.00m, second.Score); // five scorers: 70, 72, 74, 76, 78 trimmed to 72, 74, 76
        Assert.Equal(1, first.Rank);
        Assert.True(first.Suggested && second.Suggested); // both above 60 and within 40 万 / 2 projects
        Assert.Equal(ReviewSheetStatus.Conflicted, first.Reviewers.Single(r => r.Total is null).Status);

        // Scores are for the department and supervisors only.
        var csv = Encoding.UTF8.GetString(await (await officer.GetAsync($"/reviews/{callId}/results?handler=Csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("服务方案", csv);
        Assert.Contains("回避", csv);
        Assert.Contains("85.00", await (await (await _app.SignedInAsync(TestData.Supervisor, followRedirects: true)).GetAsync($"/reviews/{callId}/results")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.SignedInAsync(TestData.Officer, followRedirects: true)).GetAsync($"/reviews/{callId}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.SignedInAsync(TestData.Ngo, followRedirects: true)).GetAsync($"/reviews/{callId}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.SignedInAsync(members[1], followRedirects: true)).GetAsync($"/reviews/{callId}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _app.Browser().GetAsync($"/reviews/{callId}/results")).StatusCode);

        // Deviating from the ranking needs a recorded reason.
        var deviation = await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(ZzbOfficer, m => m.Send(new RecommendApplicationsCommand { SolicitationId = callId, Selected = [applications[0]] })));
        Assert.Contains("调整理由", deviation.Message);
        await _app.SendAsAsync(ZzbOfficer, m => m.Send(new RecommendApplicationsCommand { SolicitationId = callId, Selected = [applications[0]], DeviationReason = "第二名项目服务社区与已立项项目重叠。" }));
        Assert.Equal(ApplicationStatus.Recommended, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == applications[0]))).Status);
        Assert.Equal(ApplicationStatus.NotRecommended, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == applications[1]))).Status);
        Assert.Equal("第二名项目服务社区与已立项项目重叠。", (await _app.DbAsync(db => db.ReviewSessions.SingleAsync(s => s.SolicitationId == callId))).DeviationReason);
        await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(ZzbOfficer, m => m.Send(new RecommendApplicationsCommand { SolicitationId = callId, Selected = [applications[0]] })));
    }
}
