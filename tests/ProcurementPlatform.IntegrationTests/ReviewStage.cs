using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Reviews.Scoring;
using ProcurementPlatform.Application.Users;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>The demo roadshow (组织部's call, panel drawn, scoring open) taken to the stage a test is about.</summary>
public static class ReviewStage
{
    public sealed record DemoSession(Guid SessionId, Guid CallId, IReadOnlyList<string> Members, IReadOnlyList<Guid> Applications);

    /// <summary>A 组织部 officer account (the demo data has none, so that tests can name their own).</summary>
    public static async Task CreateZzbOfficerAsync(this PlatformFactory app, string email)
    {
        var zzb = await app.DepartmentIdAsync("ZZB");
        await app.SendAsAsync(TestData.SecurityAdmin, m => m.Send(new CreateStaffAccountCommand
        {
            Email = email, DisplayName = "组织部经办人", Role = Roles.DepartmentOfficer, DepartmentId = zzb, InitialPassword = PlatformFactory.Password,
        }));
    }

    /// <summary>The scheduled session, its active panel members (user names, sorted) and its applications (by id).</summary>
    public static Task<DemoSession> ScheduledSessionAsync(this PlatformFactory app) => app.DbAsync(async db =>
    {
        var session = await db.ReviewSessions.SingleAsync(s => s.Status == ReviewSessionStatus.Scheduled);
        var experts = await db.Experts.ToListAsync();
        var users = await db.Users.ToDictionaryAsync(u => u.Id, u => u.UserName!);
        var active = session.Members.Where(m => m.Status == PanelMemberStatus.Active).Select(m => users[experts.Single(e => e.Id == m.ExpertId).UserId!]).OrderBy(n => n).ToList();
        return new DemoSession(session.Id, session.SolicitationId, active, session.Applications.Select(a => a.ApplicationId).OrderBy(a => a).ToList());
    });

    /// <summary>A submitted score sheet: each criterion of the demo rubric at <paramref name="factor"/> of its weight.</summary>
    public static SaveScoresCommand Scores(Guid session, Guid application, decimal factor) => new()
    {
        SessionId = session, ApplicationId = application, Submit = true,
        Scores = new (string, int)[] { ("需求分析", 15), ("目标设计", 15), ("服务方案", 25), ("团队能力", 20), ("预算合理性", 15), ("创新性", 10) }
            .Select(c => new ScoreRow { Criterion = c.Item1, Points = Math.Round(c.Item2 * factor, 1) }).ToList(),
    };

    /// <summary>Every member declares no conflict and submits, application i at factors[i]; the officer closes the scoring.</summary>
    public static async Task<DemoSession> ScoreAndCloseAsync(this PlatformFactory app, string officer, params decimal[] factors)
    {
        var session = await app.ScheduledSessionAsync();
        foreach (var member in session.Members)
        {
            for (var i = 0; i < session.Applications.Count; i++)
            {
                var application = session.Applications[i];
                await app.SendAsAsync(member, m => m.Send(new DeclareConflictCommand { SessionId = session.SessionId, ApplicationId = application }));
                await app.SendAsAsync(member, m => m.Send(Scores(session.SessionId, application, factors[i])));
            }
        }
        await app.SendAsAsync(officer, m => m.Send(new Application.Reviews.Results.CloseReviewSessionCommand(session.CallId)));
        return session;
    }
}
