using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Application.Projects.Evaluations;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>红黑榜 (issue 6): from a failed final evaluation to a published black-list entry, a refused application, an upheld appeal and history.</summary>
public sealed class CreditListTests : IClassFixture<PlatformFactory>
{
    private const string Officer = "mzj@demo.gov.cn";
    private readonly PlatformFactory _app;

    public CreditListTests(PlatformFactory app) => _app = app;

    private Task<int> RecomputeAsync() => _app.RunAsSystemAsync(sp => sp.GetRequiredService<CreditListsJob>().ExecuteAsync(default));

    [Fact]
    public async Task A_failed_final_evaluation_is_proposed_confirmed_published_bars_applications_and_an_upheld_appeal_removes_it_into_history()
    {
        // 童心's project: the final evaluation in publicity is objected to, redone as 不合格, published, and its period ends.
        var notice = await _app.DbAsync(db => db.AwardNotices.SingleAsync(n => n.Kind == NoticeKind.Evaluation && n.Status == AwardNoticeStatus.InPublicity));
        var entry = notice.Entries.Single();
        var organizationId = await _app.DbAsync(db => db.Projects.Where(p => p.ApplicationId == entry.ApplicationId).Select(p => p.OrganizationId).SingleAsync());
        var objection = await _app.SendAsAsync(null, m => m.Send(new FileObjectionCommand { NoticeId = notice.Id, ApplicationId = entry.ApplicationId, Grounds = "评估结论与实际服务情况不符。", Contact = "13911112222" }));
        await _app.SendAsAsync(Officer, m => m.Send(new AnswerObjectionCommand { ObjectionId = objection, Upheld = true, Answer = "经核查异议成立，退回重新评估。" }));
        _app.Clock.SetUtcNow(notice.PublicityEndsAt.AddMinutes(1));
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<FinaliseAwardNoticesJob>().ExecuteAsync(default));
        await _app.SendAsAsync(TestData.Evaluator, m => m.Send(new SaveEvaluationCommand
        {
            EvaluationId = entry.EvaluationId!.Value, Summary = "重新评估：服务量未达到合同约定，台账缺失。", Submit = true,
            Scores = [new() { Name = "项目管理", Score = 10 }, new() { Name = "服务成效", Score = 22 }, new() { Name = "财务管理", Score = 15 }, new() { Name = "满意度", Score = 8 }],
        }));
        var again = await _app.SendAsAsync(Officer, m => m.Send(new PublishEvaluationNoticeCommand(entry.EvaluationId!.Value)));
        var second = await _app.DbAsync(db => db.AwardNotices.SingleAsync(n => n.Id == again));
        _app.Clock.SetUtcNow(second.PublicityEndsAt.AddMinutes(1));
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<FinaliseAwardNoticesJob>().ExecuteAsync(default));

        // Closing the project recorded the 不合格 grade and proposed a black-list entry for 民政局 to confirm; nothing is public yet.
        var failed = await _app.DbAsync(db => db.CreditEvents.SingleAsync(e => e.OrganizationId == organizationId && e.Ground == CreditGround.FailedEvaluation));
        Assert.Contains("不合格", failed.Description);
        var proposal = await _app.DbAsync(db => db.CreditEntries.SingleAsync(e => e.OrganizationId == organizationId && e.List == CreditList.Black));
        Assert.Equal(CreditEntryStatus.Proposed, proposal.Status);
        Assert.Equal(failed.OccurredOn.AddMonths(12), proposal.ExpiresOn);
        Assert.Equal(0, await RecomputeAsync()); // idempotent: nothing changes on a second run
        Assert.Equal(0, await RecomputeAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync($"/credit/{proposal.Id}")).StatusCode);
        Assert.DoesNotContain((await _app.SendAsAsync(null, m => m.Send(new ListCreditEntriesQuery(CreditList.Black)))).Items, i => i.Id == proposal.Id);

        // Only the deciding department confirms.
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(new ConfirmCreditEntryCommand(proposal.Id))));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.Supervisor, m => m.Send(new ConfirmCreditEntryCommand(proposal.Id))));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(new ConfirmCreditEntryCommand(proposal.Id))));
        Assert.Contains(await _app.SendAsAsync(Officer, m => m.Send(new ListCreditDeskQuery())), d => d.EntryId == proposal.Id);
        await _app.SendAsAsync(Officer, m => m.Send(new ConfirmCreditEntryCommand(proposal.Id)));

        // Published: searchable by code, with the rule and its legal basis.
        var code = await _app.DbAsync(db => db.Organizations.Where(o => o.Id == organizationId).Select(o => o.CreditCode).SingleAsync());
        var found = await _app.SendAsAsync(null, m => m.Send(new ListCreditEntriesQuery(CreditList.Black, code)));
        Assert.Equal(proposal.Id, Assert.Single(found.Items).Id);
        var view = await _app.SendAsAsync(null, m => m.Send(new GetCreditEntryQuery(proposal.Id)));
        var record = Assert.Single(view.Records);
        Assert.Equal("BLACK-FAILED", record.RuleCode);
        Assert.Contains("财政部令第102号", record.LegalBasis);
        Assert.Equal("官渡区民政局", view.DepartmentName);

        // The organisation cannot submit while listed; the message names the entry.
        var callId = await _app.DbAsync(db => db.Solicitations.Where(s => s.Status == SolicitationStatus.Open && !db.Applications.Any(a => a.SolicitationId == s.Id && a.OrganizationId == organizationId))
            .OrderByDescending(s => s.ClosesAt).Select(s => s.Id).FirstAsync());
        var draft = await _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(TestData.Application(callId)));
        var refused = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(new SubmitApplicationCommand(draft))));
        Assert.Contains("黑名单", refused.Message);
        Assert.Contains($"/credit/{proposal.Id}", refused.Message);

        // Appeal: only the organisation files it, only the deciding department answers; upheld removes the entry into history.
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(new FileCreditRequestCommand { EntryId = proposal.Id, Kind = CreditRequestKind.Appeal, Statement = "冒名" })));
        var appeal = await _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(new FileCreditRequestCommand
        {
            EntryId = proposal.Id, Kind = CreditRequestKind.Appeal, Statement = "重新评估时评估机构未查阅我单位补交的服务台账，请求复核。",
        }));
        var repairTooSoon = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(new FileCreditRequestCommand { EntryId = proposal.Id, Kind = CreditRequestKind.Repair, Statement = "已整改" })));
        Assert.Contains("待处理", repairTooSoon.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(new AnswerCreditRequestCommand { RequestId = appeal, Upheld = true, Answer = "越权" })));
        await _app.SendAsAsync(Officer, m => m.Send(new AnswerCreditRequestCommand { RequestId = appeal, Upheld = true, Answer = "经复核，服务台账齐全，评估结论依据不足，撤销列入。" }));
        var removed = await _app.DbAsync(db => db.CreditEntries.SingleAsync(e => e.Id == proposal.Id));
        Assert.Equal((CreditEntryStatus.Removed, CreditRemoval.AppealUpheld), (removed.Status, removed.Removal));
        Assert.Equal(CreditEventStatus.Overturned, (await _app.DbAsync(db => db.CreditEvents.SingleAsync(e => e.Id == failed.Id))).Status);
        await RecomputeAsync();
        Assert.False(await _app.DbAsync(db => db.CreditEntries.AnyAsync(e => e.OrganizationId == organizationId && e.List == CreditList.Black && e.Status != CreditEntryStatus.Removed)));
        Assert.Contains((await _app.SendAsAsync(null, m => m.Send(new ListCreditEntriesQuery(CreditList.Black, History: true)))).Items, i => i.Id == proposal.Id && i.Removal == CreditRemoval.AppealUpheld);
        await _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(new SubmitApplicationCommand(draft)));
    }

    [Fact]
    public async Task A_red_entry_publishes_itself_gives_way_to_a_black_ground_and_findings_are_recorded_by_the_right_roles()
    {
        // 阳光助老's project closes with 优秀: the grade is recorded once and a red entry publishes itself.
        var xinqiao = await _app.DbAsync(db => db.Organizations.SingleAsync(o => o.Name == "官渡区阳光助老服务中心"));
        var closed = new ImportEvaluationCreditCommand(xinqiao.Id, Guid.NewGuid(), ProcurementPlatform.Domain.Projects.EvaluationGrade.Excellent, 93.5m, _app.Clock.GetUtcNow().UtcDateTime, "示例项目");
        Assert.True(await _app.RunAsSystemAsync(async sp => { using var _ = ProcurementPlatform.Infrastructure.Identity.SystemActor.Enter(); return await sp.GetRequiredService<Mediator.IMediator>().Send(closed); }));
        Assert.False(await _app.RunAsSystemAsync(async sp => { using var _ = ProcurementPlatform.Infrastructure.Identity.SystemActor.Enter(); return await sp.GetRequiredService<Mediator.IMediator>().Send(closed); }));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(Officer, m => m.Send(closed)));
        var red = await _app.DbAsync(db => db.CreditEntries.SingleAsync(e => e.OrganizationId == xinqiao.Id && e.List == CreditList.Red && e.Status == CreditEntryStatus.Listed));
        Assert.Equal(CreditEntry.RulesActor, red.DecidedBy);
        Assert.Contains((await _app.SendAsAsync(null, m => m.Send(new ListCreditEntriesQuery(CreditList.Red)))).Items, i => i.Id == red.Id);

        // Findings: organisations and evaluators cannot record them; a bad code is refused; a Supervisor's finding goes to 民政局 to confirm.
        var today = ChinaTime.TodayCst(_app.Clock.GetUtcNow().UtcDateTime);
        RecordCreditFindingCommand Finding(string code) => new() { CreditCode = code, Ground = CreditGround.FundMisuse, OccurredOn = today, Description = "项目资金用于与项目无关的支出 1.5 万元。" };
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(Finding(xinqiao.CreditCode))));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.Evaluator, m => m.Send(Finding(xinqiao.CreditCode))));
        var bad = await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(TestData.Supervisor, m => m.Send(Finding(xinqiao.CreditCode[..17] + "0"))));
        Assert.Contains("统一社会信用代码", bad.Message);
        var before = await _app.DbAsync(db => db.CreditEvents.CountAsync());
        await _app.SendAsAsync(TestData.Supervisor, m => m.Send(Finding(xinqiao.CreditCode)));
        Assert.Equal(before + 1, await _app.DbAsync(db => db.CreditEvents.CountAsync()));

        // The black ground displaces the red entry at once; the black entry waits for 民政局 (the configured approver).
        var entries = await _app.DbAsync(db => db.CreditEntries.Where(e => e.OrganizationId == xinqiao.Id).ToListAsync());
        Assert.Equal((CreditEntryStatus.Removed, CreditRemoval.NoLongerApplies), entries.Where(e => e.Id == red.Id).Select(e => (e.Status, e.Removal!.Value)).Single());
        var black = entries.Single(e => e.List == CreditList.Black);
        Assert.Equal(CreditEntryStatus.Proposed, black.Status);
        Assert.Equal(await _app.DepartmentIdAsync("MZJ"), black.DepartmentId);

        // 民政局 declines with a reason; the rules do not propose the same ground again, but a new ground is proposed.
        await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(Officer, m => m.Send(new RejectCreditEntryCommand { EntryId = black.Id })));
        await _app.SendAsAsync(Officer, m => m.Send(new RejectCreditEntryCommand { EntryId = black.Id, Reason = "经核实该支出已按规定调整，不予列入。" }));
        Assert.Equal(0, await RecomputeAsync() - await RecomputeAsync()); // a second run changes nothing
        Assert.False(await _app.DbAsync(db => db.CreditEntries.AnyAsync(e => e.OrganizationId == xinqiao.Id && e.List == CreditList.Black && e.Status == CreditEntryStatus.Proposed)));
        await _app.SendAsAsync(Officer, m => m.Send(new RecordCreditFindingCommand { CreditCode = xinqiao.CreditCode, Ground = CreditGround.FalseMaterials, OccurredOn = today, Description = "申报材料中的合作社区证明系伪造。" }));
        Assert.True(await _app.DbAsync(db => db.CreditEntries.AnyAsync(e => e.OrganizationId == xinqiao.Id && e.List == CreditList.Black && e.Status == CreditEntryStatus.Proposed)));
    }
}

/// <summary>Expiry by the daily job and credit repair (issue 6), on the demo data's listings; moves the clock years ahead, so it has its own platform.</summary>
public sealed class CreditExpiryTests : IClassFixture<PlatformFactory>
{
    private const string Officer = "mzj@demo.gov.cn";
    private readonly PlatformFactory _app;

    public CreditExpiryTests(PlatformFactory app) => _app = app;

    private Task<int> RecomputeAsync() => _app.RunAsSystemAsync(sp => sp.GetRequiredService<CreditListsJob>().ExecuteAsync(default));

    [Fact]
    public async Task Listings_expire_by_the_daily_job_and_repair_waits_for_the_minimum_period()
    {
        // 明德 (misuse of funds, 3 years, repair after 12 months) and 和美 (abnormal activity, until fixed, repair pending) in the demo data.
        var mingde = await _app.DbAsync(db => (from e in db.CreditEntries join o in db.Organizations on e.OrganizationId equals o.Id
                                                where o.Name == "昆明市官渡区明德社会工作服务中心" && e.Status == CreditEntryStatus.Listed select e).SingleAsync());
        Assert.NotNull(mingde.ExpiresOn);
        var hemei = await _app.DbAsync(db => (from e in db.CreditEntries join o in db.Organizations on e.OrganizationId equals o.Id
                                               where o.Name == "官渡区和美社会工作服务社" && e.Status == CreditEntryStatus.Listed select e).SingleAsync());
        Assert.Null(hemei.ExpiresOn);
        Assert.NotNull(hemei.ReviewOn);

        // 和美's repair application is answered by 民政局: approved, it leaves the list into history.
        var repair = await _app.DbAsync(db => db.CreditRequests.SingleAsync(r => r.EntryId == hemei.Id && r.Status == CreditRequestStatus.Pending));
        await _app.SendAsAsync(Officer, m => m.Send(new AnswerCreditRequestCommand { RequestId = repair.Id, Upheld = true, Answer = "已补报年度工作报告，同意信用修复。" }));
        Assert.Equal(CreditRemoval.Repaired, (await _app.DbAsync(db => db.CreditEntries.SingleAsync(e => e.Id == hemei.Id))).Removal);

        // The day 明德's three years end, the daily job removes the entry; a second run changes nothing.
        _app.Clock.SetUtcNow(ChinaTime.FromCst(mingde.ExpiresOn!.Value.ToDateTime(new TimeOnly(0, 10))));
        Assert.True(await RecomputeAsync() > 0);
        Assert.Equal(0, await RecomputeAsync());
        var expired = await _app.DbAsync(db => db.CreditEntries.SingleAsync(e => e.Id == mingde.Id));
        Assert.Equal((CreditEntryStatus.Removed, CreditRemoval.Expired), (expired.Status, expired.Removal));
        Assert.Contains((await _app.SendAsAsync(null, m => m.Send(new ListCreditEntriesQuery(History: true)))).Items, i => i.Id == mingde.Id);
        Assert.Equal(mingde.Id, (await _app.SendAsAsync(null, m => m.Send(new GetCreditEntryQuery(mingde.Id)))).Id); // history stays viewable
    }
}
