using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Projects;
using ProcurementPlatform.Application.Projects.Contracts;
using ProcurementPlatform.Application.Projects.Evaluations;
using ProcurementPlatform.Application.Projects.Funds;
using ProcurementPlatform.Application.Projects.Reports;
using ProcurementPlatform.Domain.Projects;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Who sees and changes project records (issue 5): Supervisors read everything and change nothing; evaluators see what is assigned to them.</summary>
public sealed class ProjectAccessTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public ProjectAccessTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task A_supervisor_reads_every_project_record_and_changes_none()
    {
        var projects = await _app.DbAsync(db => db.Projects.Select(p => p.Id).ToListAsync());
        Assert.Equal(3, projects.Count); // the demo data's running, completed and unsigned projects
        Assert.Equal(projects.Count, (await _app.SendAsAsync(TestData.Supervisor, m => m.Send(new ListProjectsQuery()))).Count);
        foreach (var id in projects) Assert.Equal(id, (await _app.SendAsAsync(TestData.Supervisor, m => m.Send(new GetProjectQuery(id)))).Project.Id);
        var report = await _app.DbAsync(db => db.ProgressReports.FirstAsync(r => r.Status == ReportStatus.Submitted));
        Assert.Equal(report.Id, (await _app.SendAsAsync(TestData.Supervisor, m => m.Send(new GetReportQuery(report.Id)))).Report.Id);
        var evaluation = await _app.DbAsync(db => db.Evaluations.FirstAsync());
        Assert.Equal(evaluation.Id, (await _app.SendAsAsync(TestData.Supervisor, m => m.Send(new GetEvaluationQuery(evaluation.Id)))).Evaluation.Id);

        var alert = await _app.DbAsync(db => db.FundAlerts.FirstAsync());
        var pending = await _app.DbAsync(db => db.Projects.FirstAsync(p => p.Status == ProjectStatus.ContractPending));
        var running = await _app.DbAsync(db => db.Projects.FirstAsync(p => p.Status == ProjectStatus.InProgress));
        var changes = new Func<Task>[]
        {
            () => _app.SendAsAsync(TestData.Supervisor, m => m.Send(new SignContractCommand { ProjectId = pending.Id })),
            () => _app.SendAsAsync(TestData.Supervisor, m => m.Send(new ReviewReportCommand { ReportId = report.Id, Accept = true })),
            () => _app.SendAsAsync(TestData.Supervisor, m => m.Send(new RecordDisbursementCommand { ProjectId = running.Id, TrancheOrder = 2, PaidOn = ProcurementPlatform.Domain.Common.ChinaTime.TodayCst(_app.Clock.GetUtcNow().UtcDateTime), Voucher = "X" })),
            () => _app.SendAsAsync(TestData.Supervisor, m => m.Send(new CloseFundAlertCommand { AlertId = alert.Id, Reason = "监督人员不能关闭" })),
            () => _app.SendAsAsync(TestData.Supervisor, m => m.Send(new CompleteProjectCommand(running.Id))),
            () => _app.SendAsAsync(TestData.Supervisor, m => m.Send(new StartReportCommand(running.Id, 3))),
            () => _app.SendAsAsync(TestData.Supervisor, m => m.Send(new SaveEvaluationCommand { EvaluationId = evaluation.Id })),
        };
        foreach (var change in changes) await Assert.ThrowsAsync<ForbiddenAccessException>(change);
        Assert.Equal(ReportStatus.Submitted, (await _app.DbAsync(db => db.ProgressReports.SingleAsync(r => r.Id == report.Id))).Status);
        Assert.Equal(FundAlertStatus.Open, (await _app.DbAsync(db => db.FundAlerts.SingleAsync(a => a.Id == alert.Id))).Status);
    }

    [Fact]
    public async Task Other_departments_organisations_and_unassigned_evaluators_find_nothing()
    {
        var running = await _app.DbAsync(db => db.Projects.FirstAsync(p => p.Status == ProjectStatus.InProgress)); // 区民政局 and 阳光助老
        var pending = await _app.DbAsync(db => db.Projects.FirstAsync(p => p.Status == ProjectStatus.ContractPending)); // 关上街道 and 心桥
        var report = await _app.DbAsync(db => db.ProgressReports.FirstAsync(r => r.ProjectId == running.Id));

        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(new GetProjectQuery(running.Id))));
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(new GetProjectQuery(running.Id))));
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(new GetReportQuery(report.Id))));
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherNgo, m => m.Send(new GetProjectQuery(pending.Id))));
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherNgo, m => m.Send(new StartReportCommand(pending.Id, 1))));
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(new GetContractDraftQuery(pending.Id))));
        Assert.DoesNotContain(await _app.SendAsAsync(TestData.Ngo, m => m.Send(new ListProjectsQuery())), p => p.Id == running.Id);

        // The demo evaluator is assigned to the running project only through its mid-term evaluation; the unsigned one is not theirs.
        Assert.Equal(running.Id, (await _app.SendAsAsync(TestData.Evaluator, m => m.Send(new GetProjectQuery(running.Id)))).Project.Id);
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.Evaluator, m => m.Send(new GetProjectQuery(pending.Id))));
        var mine = await _app.SendAsAsync(TestData.Evaluator, m => m.Send(new ListMyEvaluationsQuery()));
        Assert.All(mine, e => Assert.NotEqual(pending.Id, e.ProjectId));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.Evaluator, m => m.Send(new ListProjectsQuery())));

        // Anonymous visitors see only signed contracts, publicly.
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(null, m => m.Send(new GetPublicProjectQuery(pending.Id))));
        Assert.Equal(running.Id, (await _app.SendAsAsync(null, m => m.Send(new GetPublicProjectQuery(running.Id)))).Id);
    }
}
