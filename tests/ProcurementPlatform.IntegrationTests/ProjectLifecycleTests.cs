using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Projects;
using ProcurementPlatform.Application.Projects.Contracts;
using ProcurementPlatform.Application.Projects.Evaluations;
using ProcurementPlatform.Application.Projects.Funds;
using ProcurementPlatform.Application.Projects.Reports;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>
/// Issue 5, the whole path: award → contract → reports → payments → evaluation → publicity → closed, with money by
/// fund source, payments gated on reporting, and alerts raised once.
/// </summary>
public sealed class ProjectLifecycleTests : IClassFixture<PlatformFactory>
{
    private const string Officer = "gsjd@demo.gov.cn";   // 关上街道: the demo project whose contract is overdue
    private const string Ngo = "xinqiao@demo.org.cn";
    private const string Evaluator = "evaluator@demo.org.cn";
    private readonly PlatformFactory _app;

    public ProjectLifecycleTests(PlatformFactory app) => _app = app;

    private static readonly byte[] Pdf = "%PDF-1.4\n% 签到表\n"u8.ToArray();

    private Task<Guid> PendingProjectAsync() =>
        _app.DbAsync(db => db.Projects.Where(p => p.Status == ProjectStatus.ContractPending && p.Title.Contains("邻里花园")).Select(p => p.Id).SingleAsync());

    private Task<Project> ProjectAsync(Guid id) => _app.DbAsync(db => db.Projects.SingleAsync(p => p.Id == id));

    private Task<int> FinaliseNoticesAsync() => _app.RunAsSystemAsync(sp => sp.GetRequiredService<FinaliseAwardNoticesJob>().ExecuteAsync(default));

    private async Task<Guid> FileReportAsync(Guid projectId, int period, params (int Line, string Yuan, string Description)[] spending)
    {
        var reportId = await _app.SendAsAsync(Ngo, m => m.Send(new StartReportCommand(projectId, period)));
        var report = await _app.DbAsync(db => db.ProgressReports.SingleAsync(r => r.Id == reportId));
        var today = ChinaTime.TodayCst(_app.Clock.GetUtcNow().UtcDateTime);
        var spentOn = today < report.PeriodTo ? today : report.PeriodTo;
        await _app.SendAsAsync(Ngo, m => m.Send(new SaveReportCommand
        {
            ReportId = reportId,
            Narrative = "本期开展社区花园共建活动，居民参与踊跃。",
            Outputs = report.Outputs.Select(o => new OutputRow { Delivered = Math.Max(1, o.Target / 4), Beneficiaries = 30 }).ToList(),
            Expenditures = spending.Select(s => new ExpenditureRow { LineOrder = s.Line, AmountYuan = s.Yuan, SpentOn = spentOn, Description = s.Description }).ToList(),
            Evidence = [new FileUpload("签到表.pdf", "application/pdf", Pdf)],
            Submit = true,
        }));
        return reportId;
    }

    [Fact]
    public async Task A_project_goes_from_contract_to_a_published_final_evaluation_and_closes()
    {
        var projectId = await PendingProjectAsync();
        var list = await _app.SendAsAsync(Officer, m => m.Send(new ListProjectsQuery()));
        Assert.True(list.Single(p => p.Id == projectId).ContractOverdue); // awarded 35 days ago, not signed

        // The draft contract starts from the application; a contract that breaks a rule is refused whole.
        var draft = await _app.SendAsAsync(Officer, m => m.Send(new GetContractDraftQuery(projectId)));
        Assert.Equal(FundSource.CharityFund, draft.Lines[0].FundSource);
        Assert.Equal(100, draft.Tranches.Sum(t => t.Percent));
        var today = ChinaTime.TodayCst(_app.Clock.GetUtcNow().UtcDateTime);
        SignContractCommand Contract(Action<SignContractCommand>? change = null)
        {
            var c = new SignContractCommand
            {
                ProjectId = projectId, CommunityName = draft.CommunityName, AmountYuan = draft.AmountYuan, StartsOn = today, EndsOn = today.AddMonths(10),
                Frequency = ReportingFrequency.Quarterly, Tranches = draft.Tranches, Lines = draft.Lines,
            };
            change?.Invoke(c);
            return c;
        }
        var badTranches = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(Officer, m => m.Send(Contract(c => c.Tranches =
            [new() { Percent = 40, Trigger = TrancheTrigger.Signing }, new() { Percent = 50, Trigger = TrancheTrigger.FinalAccepted }]))));
        Assert.Contains("拨付比例合计须恰好为100%（现为90%）", badTranches.Message);
        var lottery = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(Officer, m => m.Send(Contract(c =>
            c.Lines = [.. draft.Lines.Select(l => new ContractLineRow { Category = l.Category, Description = l.Description, AmountYuan = l.AmountYuan,
                FundSource = l.Category == BudgetCategory.Personnel ? FundSource.WelfareLottery : l.FundSource })]))));
        Assert.Contains("彩票公益金不得用于人员经费", lottery.Message);
        var tooLong = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(Officer, m => m.Send(Contract(c => c.EndsOn = today.AddMonths(14)))));
        Assert.Contains("持续性服务", tooLong.Message);
        Assert.Equal(ProjectStatus.ContractPending, (await ProjectAsync(projectId)).Status);
        Assert.Empty((await ProjectAsync(projectId)).Tranches);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.Supervisor, m => m.Send(Contract())));
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(Contract()))); // another department

        await _app.SendAsAsync(Officer, m => m.Send(Contract()));
        var signed = await ProjectAsync(projectId);
        Assert.Equal(ProjectStatus.Contracted, signed.Status);
        Assert.Equal(signed.ContractAmount, Money.Sum(signed.Tranches.Select(t => t.Amount)));
        var publicProject = await _app.SendAsAsync(null, m => m.Send(new GetPublicProjectQuery(projectId)));
        Assert.Equal("昆明市官渡区心桥社会工作服务中心", publicProject.OrganizationName);
        Assert.Equal(3, publicProject.Tranches.Count);

        // The first quarter's report: returned with comments, resubmitted, accepted. Spending over a line raises one alert.
        var lines = signed.Lines.OrderBy(l => l.Order).ToList();
        var over = lines.First(l => l.Category == BudgetCategory.Materials);
        var reportId = await FileReportAsync(projectId, 1, (over.Order, (over.Amount.Yuan + 500m).ToString("0.00"), "花园种植物资"));
        Assert.Equal(ProjectStatus.InProgress, (await ProjectAsync(projectId)).Status);
        var alert = await _app.DbAsync(db => db.FundAlerts.SingleAsync(a => a.ProjectId == projectId));
        Assert.Equal(FundAlertKind.OverBudgetLine, alert.Kind);
        Assert.Contains("超出 ¥500.00", alert.Message);
        await Assert.ThrowsAsync<Application.Common.Exceptions.RequestValidationException>(() => _app.SendAsAsync(Officer, m => m.Send(new ReviewReportCommand { ReportId = reportId, Accept = false })));
        await _app.SendAsAsync(Officer, m => m.Send(new ReviewReportCommand { ReportId = reportId, Accept = false, Comment = "请补充活动照片。" }));
        Assert.Equal(ReportStatus.Returned, (await _app.DbAsync(db => db.ProgressReports.SingleAsync(r => r.Id == reportId))).Status);
        await _app.SendAsAsync(Ngo, m => m.Send(new SaveReportCommand
        {
            ReportId = reportId, Narrative = "已补充活动照片。", Outputs = [], Submit = true,
            Expenditures = [new() { LineOrder = over.Order, AmountYuan = (over.Amount.Yuan + 500m).ToString("0.00"), SpentOn = today, Description = "花园种植物资" }],
            Evidence = [new FileUpload("活动照片.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2])],
        }));
        await _app.SendAsAsync(Officer, m => m.Send(new ReviewReportCommand { ReportId = reportId, Accept = true }));
        Assert.Equal(1, await _app.DbAsync(db => db.FundAlerts.CountAsync(a => a.ProjectId == projectId)));

        // The department closes the alert with a reason; the daily sweep, run twice, neither duplicates nor reopens it.
        await _app.SendAsAsync(Officer, m => m.Send(new CloseFundAlertCommand { AlertId = alert.Id, Reason = "经核实为物资集中采购，下期相应核减。" }));
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<FundAlertsJob>().ExecuteAsync(default));
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<FundAlertsJob>().ExecuteAsync(default));
        var alerts = await _app.DbAsync(db => db.FundAlerts.Where(a => a.ProjectId == projectId).ToListAsync());
        Assert.Equal(FundAlertStatus.Closed, Assert.Single(alerts).Status);

        // Tranche 1 on signing; tranche 2 waits for the mid-term evaluation.
        await _app.SendAsAsync(Officer, m => m.Send(new RecordDisbursementCommand { ProjectId = projectId, TrancheOrder = 1, PaidOn = today, Voucher = "GK2026-1001" }));
        var twice = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(Officer, m => m.Send(new RecordDisbursementCommand { ProjectId = projectId, TrancheOrder = 1, PaidOn = today, Voucher = "GK2026-1002" })));
        Assert.Contains("已经拨付", twice.Message);
        var early = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(Officer, m => m.Send(new RecordDisbursementCommand { ProjectId = projectId, TrancheOrder = 2, PaidOn = today, Voucher = "GK2026-1003" })));
        Assert.Contains("中期评估", early.Message);
        Assert.Equal(1, await _app.DbAsync(db => db.Disbursements.CountAsync(d => d.ProjectId == projectId)));

        // Mid-term evaluation: the evaluator sees only what is assigned to them.
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(Evaluator, m => m.Send(new GetProjectQuery(projectId))));
        var evaluatorId = await _app.DbAsync(db => db.Users.Where(u => u.UserName == Evaluator).Select(u => u.Id).SingleAsync());
        var midTermId = await _app.SendAsAsync(Officer, m => m.Send(new AssignEvaluationCommand { ProjectId = projectId, Kind = EvaluationKind.MidTerm, EvaluatorUserId = evaluatorId }));
        Assert.Equal(projectId, (await _app.SendAsAsync(Evaluator, m => m.Send(new GetProjectQuery(projectId)))).Project.Id);
        await ScoreAsync(midTermId, 16, 32, 20, 12, "项目推进正常。"); // 80: 良好
        var midNoticeId = await _app.SendAsAsync(Officer, m => m.Send(new PublishEvaluationNoticeCommand(midTermId)));
        var midNotice = await _app.SendAsAsync(null, m => m.Send(new Application.Awards.GetNoticeQuery(midNoticeId)));
        Assert.Equal(EvaluationGrade.Good, midNotice.Entries.Single().Grade);
        Assert.Contains((await _app.SendAsAsync(null, m => m.Send(new Application.Awards.ListPublicNoticesQuery(PageSize: 100)))).Items, n => n.Id == midNoticeId);

        // Past the publicity period and past the second quarter's due date: the evaluation stands, but the
        // second tranche waits for the second report to be accepted.
        var secondDue = signed.ReportingPeriods()[1].DueAtUtc;
        _app.Clock.SetUtcNow(secondDue.AddHours(1));
        await FinaliseNoticesAsync();
        Assert.Equal(EvaluationStatus.Final, (await _app.DbAsync(db => db.Evaluations.SingleAsync(e => e.Id == midTermId))).Status);
        today = ChinaTime.TodayCst(_app.Clock.GetUtcNow().UtcDateTime);
        var gated = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(Officer, m => m.Send(new RecordDisbursementCommand { ProjectId = projectId, TrancheOrder = 2, PaidOn = today, Voucher = "GK2027-0201" })));
        Assert.Contains("第2期", gated.Message);
        Assert.Equal(1, await _app.DbAsync(db => db.Disbursements.CountAsync(d => d.ProjectId == projectId)));
        var second = await FileReportAsync(projectId, 2, (lines[0].Order, "1000.00", "社工补贴"));
        await _app.SendAsAsync(Officer, m => m.Send(new ReviewReportCommand { ReportId = second, Accept = true }));
        await _app.SendAsAsync(Officer, m => m.Send(new RecordDisbursementCommand { ProjectId = projectId, TrancheOrder = 2, PaidOn = today, Voucher = "GK2027-0201" }));

        // Money by source: budget, disbursed and spent each tracked per fund source.
        var dashboard = await _app.SendAsAsync(Officer, m => m.Send(new GetProjectQuery(projectId)));
        var charity = Assert.Single(dashboard.Sources);
        Assert.Equal(FundSource.CharityFund, charity.Source);
        Assert.Equal(Money.Sum(signed.Tranches.Where(t => t.Order <= 2).Select(t => t.Amount)), charity.Disbursed);
        Assert.Equal(over.Amount + Money.FromYuan(500) + Money.FromYuan(1000), charity.Spent);

        // The service is complete; the final evaluation is published, and when its period ends the project closes.
        await _app.SendAsAsync(Officer, m => m.Send(new CompleteProjectCommand(projectId)));
        var finalId = await _app.SendAsAsync(Officer, m => m.Send(new AssignEvaluationCommand { ProjectId = projectId, Kind = EvaluationKind.Final, EvaluatorUserId = evaluatorId }));
        await ScoreAsync(finalId, 18, 37, 22, 14, "目标全部达成。"); // 91: 优秀
        var finalNoticeId = await _app.SendAsAsync(Officer, m => m.Send(new PublishEvaluationNoticeCommand(finalId)));
        Assert.Equal(ProjectStatus.Evaluated, (await ProjectAsync(projectId)).Status);
        var finalNotice = await _app.DbAsync(db => db.AwardNotices.SingleAsync(n => n.Id == finalNoticeId));
        Assert.Equal(NoticeKind.Evaluation, finalNotice.Kind);
        _app.Clock.SetUtcNow(finalNotice.PublicityEndsAt.AddMinutes(1));
        await FinaliseNoticesAsync();
        await FinaliseNoticesAsync();
        var closed = await ProjectAsync(projectId);
        Assert.Equal(ProjectStatus.Closed, closed.Status);
        Assert.Contains((await _app.SendAsAsync(null, m => m.Send(new GetPublicProjectQuery(projectId)))).Evaluations,
            e => e.Kind == EvaluationKind.Final && e.Grade == EvaluationGrade.Excellent && e.Total == 91m);
        today = ChinaTime.TodayCst(_app.Clock.GetUtcNow().UtcDateTime);
        await _app.SendAsAsync(Officer, m => m.Send(new RecordDisbursementCommand { ProjectId = projectId, TrancheOrder = 3, PaidOn = today, Voucher = "GK2027-0301" }));
        Assert.Equal(closed.ContractAmount, Money.Sum(await _app.DbAsync(db => db.Disbursements.Where(d => d.ProjectId == projectId).Select(d => d.Amount).ToListAsync())));
    }

    private async Task ScoreAsync(Guid evaluationId, decimal management, decimal outcome, decimal finance, decimal satisfaction, string summary)
    {
        var names = new[] { "项目管理", "服务成效", "财务管理", "满意度" };
        var scores = new[] { management, outcome, finance, satisfaction };
        var tooHigh = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(Evaluator, m => m.Send(new SaveEvaluationCommand
        {
            EvaluationId = evaluationId, Summary = summary, Scores = [new() { Name = "满意度", Score = 16 }],
        })));
        Assert.Contains("“满意度”的得分须在0到15之间", tooHigh.Message);
        await _app.SendAsAsync(Evaluator, m => m.Send(new SaveEvaluationCommand
        {
            EvaluationId = evaluationId, Summary = summary, Submit = true,
            Scores = names.Select((n, i) => new IndicatorScoreRow { Name = n, Score = scores[i], Comment = "符合要求" }).ToList(),
            Evidence = [new FileUpload("评估报告.pdf", "application/pdf", Pdf)],
        }));
    }
}
