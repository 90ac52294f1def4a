using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Projects.Evaluations;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>评估结果公示 uses the award notice's period and objections (issue 5): an upheld objection sends the evaluation back.</summary>
public sealed class EvaluationPublicityTests : IClassFixture<PlatformFactory>
{
    private const string Officer = "mzj@demo.gov.cn";
    private readonly PlatformFactory _app;

    public EvaluationPublicityTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task An_upheld_objection_to_a_final_evaluation_sends_it_back_and_the_project_closes_only_after_the_redo()
    {
        // The demo data's completed project: its final evaluation is in publicity.
        var notice = await _app.DbAsync(db => db.AwardNotices.SingleAsync(n => n.Kind == NoticeKind.Evaluation && n.Status == AwardNoticeStatus.InPublicity));
        var entry = notice.Entries.Single();
        var publicPage = await (await _app.Browser().GetAsync($"/notices/{notice.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("评估等级", publicPage);
        Assert.Contains("优秀", publicPage);
        Assert.Contains(notice.Title, await (await _app.Browser().GetAsync("/notices?kind=evaluation")).Content.ReadAsStringAsync());

        var visitor = _app.Browser(followRedirects: true);
        var filed = await visitor.PostFormAsync($"/notices/{notice.Id}?handler=Object", new()
        {
            ["Objection.ApplicationId"] = entry.ApplicationId.ToString(), ["Objection.Grounds"] = "评估期间未走访服务对象，满意度得分依据不足。", ["Objection.Contact"] = "13811112222",
        });
        Assert.Contains("异议已提交", await filed.Content.ReadAsStringAsync());
        var objectionId = await _app.DbAsync(db => db.Objections.Where(o => o.NoticeId == notice.Id).Select(o => o.Id).SingleAsync());
        await _app.SendAsAsync(Officer, m => m.Send(new AnswerObjectionCommand { ObjectionId = objectionId, Upheld = true, Answer = "经核查，满意度调查样本不足，异议成立，退回评估机构重新评估。" }));

        _app.Clock.SetUtcNow(notice.PublicityEndsAt.AddMinutes(1));
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<FinaliseAwardNoticesJob>().ExecuteAsync(default));
        var evaluation = await _app.DbAsync(db => db.Evaluations.SingleAsync(e => e.Id == entry.EvaluationId));
        Assert.Equal(EvaluationStatus.Assigned, evaluation.Status);
        Assert.Null(evaluation.Grade);
        var project = await _app.DbAsync(db => db.Projects.SingleAsync(p => p.Id == evaluation.ProjectId));
        Assert.Equal(ProjectStatus.Completed, project.Status);
        // An evaluation result overturned is not an award lost: nothing to promote.
        Assert.Equal(0, (await _app.SendAsAsync(Officer, m => m.Send(new GetPromotionQuery(project.SolicitationId)))).Vacancies);
        Assert.Equal(await _app.DbAsync(db => db.AwardNotices.Where(n => n.SolicitationId == project.SolicitationId && n.Kind == NoticeKind.Award).Select(n => n.Id).SingleAsync()),
            await _app.SendAsAsync(Officer, m => m.Send(new FindNoticeForCallQuery(project.SolicitationId))));

        // The evaluator redoes it; the department publishes again; this time the period passes and the project closes.
        await _app.SendAsAsync(TestData.Evaluator, m => m.Send(new SaveEvaluationCommand
        {
            EvaluationId = evaluation.Id, Summary = "补充走访 40 户服务对象后重新评估，项目目标达成。", Submit = true,
            Scores = [new() { Name = "项目管理", Score = 18 }, new() { Name = "服务成效", Score = 34 }, new() { Name = "财务管理", Score = 22 }, new() { Name = "满意度", Score = 11 }],
        }));
        var again = await _app.SendAsAsync(Officer, m => m.Send(new PublishEvaluationNoticeCommand(evaluation.Id)));
        var second = await _app.DbAsync(db => db.AwardNotices.SingleAsync(n => n.Id == again));
        _app.Clock.SetUtcNow(second.PublicityEndsAt.AddMinutes(1));
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<FinaliseAwardNoticesJob>().ExecuteAsync(default));
        Assert.Equal(ProjectStatus.Closed, (await _app.DbAsync(db => db.Projects.SingleAsync(p => p.Id == project.Id))).Status);
        Assert.Equal(EvaluationGrade.Good, (await _app.DbAsync(db => db.Evaluations.SingleAsync(e => e.Id == evaluation.Id))).Grade); // 85
    }
}
