using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Applications;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Duplicates;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>重复申报 (issue 7): flagged on submit without blocking, seen by both departments and never by organisations, confirmed or dismissed with reasons, swept idempotently.</summary>
public sealed class DuplicateFlagTests : IClassFixture<PlatformFactory>
{
    private const string Community = "小板桥街道云溪社区";
    private readonly PlatformFactory _app;

    public DuplicateFlagTests(PlatformFactory app) => _app = app;

    private static CreateApplicationCommand Rehabilitation(Guid callId, string title, string who, string amount)
    {
        var command = TestData.Application(callId, amount);
        command.Title = title;
        command.Summary = $"项目在{Community}为持证{who}及其家庭提供社区康复服务。社工联合社区卫生服务中心康复师入户评估功能障碍和家庭照护能力，制定个别化康复计划，每周开展两次居家康复训练指导，并组织“同行者”家属互助小组，链接残联辅具适配资源，帮助{who}提高生活自理能力、参与社区生活。";
        command.Objectives = $"1. 完成45名{who}的入户康复评估并建立康复档案；2. 提供居家康复训练指导不少于800人次；3. 组织家属互助小组3个共18节；4. 协助20名{who}完成辅具适配申请。";
        command.Community = Community;
        command.Location = "云溪社区残疾人之家";
        command.Activities =
        [
            new ActivityRow { Name = "入户康复评估", OutputType = OutputType.Casework, Quantity = 45, Beneficiaries = 45, Description = "社工与康复师共同入户，评估功能障碍、居家环境和照护能力" },
            new ActivityRow { Name = "居家康复训练指导", OutputType = OutputType.Other, Quantity = 800, Beneficiaries = 45, Description = "每周两次上门指导肢体功能训练和日常生活能力训练" },
            new ActivityRow { Name = "“同行者”家属互助小组", OutputType = OutputType.GroupSession, Quantity = 18, Beneficiaries = 30, Description = "分享照护经验，缓解家属照护压力" },
        ];
        return command;
    }

    private async Task<Guid> OpenCallAsync(string officer, string title)
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var call = TestData.Call(now, TimeSpan.FromDays(15), title);
        call.TargetGroups = "持证残疾人及其家庭";
        var id = await _app.SendAsAsync(officer, m => m.Send(call));
        await _app.SendAsAsync(officer, m => m.Send(new PublishSolicitationCommand(id)));
        return id;
    }

    [Fact]
    public async Task Two_near_identical_applications_to_two_departments_are_flagged_for_both_confirmed_by_one_and_swept_without_doubling()
    {
        var mzjCall = await OpenCallAsync(TestData.Officer, "残疾人社区康复服务项目（民政）");
        var tqwCall = await OpenCallAsync(TestData.OtherOfficer, "残疾青年社区康复服务项目（团委）");
        var first = await _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(Rehabilitation(mzjCall, "“同行”残疾人社区康复服务项目", "残疾人", "95000")));
        var second = await _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(Rehabilitation(tqwCall, "“同行”残疾青年社区康复服务项目", "残疾青年", "92000")));
        await _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(new SubmitApplicationCommand(first)));
        // The flag never blocks: the second submission goes through and is flagged after it commits.
        await _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(new SubmitApplicationCommand(second)));
        var (a, b) = DuplicateFlag.Order(first, second);
        var flag = await _app.DbAsync(db => db.DuplicateFlags.SingleAsync(f => f.ApplicationAId == a && f.ApplicationBId == b));
        Assert.Equal(DuplicateDetection.OnSubmit, flag.DetectedBy);
        Assert.Equal(DuplicateFlagStatus.Open, flag.Status);
        Assert.True(flag.Score >= 0.5, $"score {flag.Score}");
        Assert.Contains("同一申报单位", flag.Signals);
        Assert.Equal(ApplicationStatus.Submitted, await _app.DbAsync(db => db.Applications.Where(x => x.Id == second).Select(x => x.Status).SingleAsync()));

        // Both departments' officers and Supervisors see it; another department and the organisations do not.
        foreach (var viewer in new[] { TestData.Officer, TestData.OtherOfficer, TestData.Supervisor })
        {
            var list = await (await _app.SignedInAsync(viewer)).GetStringAsync("/duplicates");
            Assert.Contains("“同行”残疾人社区康复服务项目", list);
            Assert.Contains("“同行”残疾青年社区康复服务项目", list);
        }
        Assert.DoesNotContain("“同行”残疾人社区康复服务项目", await (await _app.SignedInAsync("thjd@demo.gov.cn")).GetStringAsync("/duplicates"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.SignedInAsync("thjd@demo.gov.cn")).GetAsync($"/duplicates/{flag.Id}")).StatusCode);
        foreach (var organisation in new[] { TestData.ThirdNgo, TestData.Ngo })
        {
            var client = await _app.SignedInAsync(organisation);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/duplicates")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/duplicates/{flag.Id}")).StatusCode);
            if (organisation == TestData.ThirdNgo) Assert.DoesNotContain("疑似重复", await client.GetStringAsync($"/applications/{second}"));
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(organisation, m => m.Send(new ListDuplicateFlagsQuery())));
        }

        // The department sees it on the application before deciding eligibility.
        var officer = await _app.SignedInAsync(TestData.Officer);
        var applicationPage = await officer.GetStringAsync($"/applications/{first}");
        Assert.Contains("疑似重复申报", applicationPage);
        Assert.Contains($"/duplicates/{flag.Id}", applicationPage);

        // The triage page puts the two side by side with the shared passages marked.
        var page = await officer.GetStringAsync($"/duplicates/{flag.Id}");
        Assert.Contains("<mark class=\"dup-shared\">", page);
        Assert.Contains("社工与康复师共同入户", page);

        // Refusals change nothing: no reason; 团区委 deciding for 民政局's application.
        var url = $"/duplicates/{flag.Id}?handler=Confirm";
        var noReason = await officer.PostFormAsync(url, new() { ["Confirm.DuplicateApplicationId"] = first.ToString(), ["Confirm.Reason"] = " " }, $"/duplicates/{flag.Id}");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("请填写认定理由", await noReason.Content.ReadAsStringAsync());
        var tqw = await _app.SignedInAsync(TestData.OtherOfficer);
        var notTheirs = await tqw.PostFormAsync(url, new() { ["Confirm.DuplicateApplicationId"] = first.ToString(), ["Confirm.Reason"] = "重复。" }, $"/duplicates/{flag.Id}");
        Assert.Contains("只能由该部门或监管人员认定", await notTheirs.Content.ReadAsStringAsync());
        Assert.Equal(DuplicateFlagStatus.Open, await _app.DbAsync(db => db.DuplicateFlags.Where(f => f.Id == flag.Id).Select(f => f.Status).SingleAsync()));
        Assert.Equal(ApplicationStatus.Submitted, await _app.DbAsync(db => db.Applications.Where(x => x.Id == first).Select(x => x.Status).SingleAsync()));

        // 民政局 confirms its application as the duplicate: ineligible, a credit event, the decision audited.
        var confirmed = await officer.PostFormAsync(url, new() { ["Confirm.DuplicateApplicationId"] = first.ToString(), ["Confirm.Reason"] = "经核实，与团区委征集中的申报服务内容、服务对象、社区和服务期一致，属同一项目多头申报。" }, $"/duplicates/{flag.Id}");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var application = await _app.DbAsync(db => db.Applications.SingleAsync(x => x.Id == first));
        Assert.Equal(ApplicationStatus.Ineligible, application.Status);
        Assert.Contains("重复申报", application.EligibilityNote);
        var credit = await _app.DbAsync(db => db.CreditEvents.SingleAsync(e => e.SourceKey == $"duplicate:{flag.Id:N}"));
        Assert.Equal(CreditGround.DuplicateApplication, credit.Ground);
        Assert.Equal(application.OrganizationId, credit.OrganizationId);
        Assert.True(await _app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == nameof(ConfirmDuplicateFlagCommand) && e.EntityId == flag.Id.ToString())));
        var decided = await _app.DbAsync(db => db.DuplicateFlags.SingleAsync(f => f.Id == flag.Id));
        Assert.Equal((DuplicateFlagStatus.Confirmed, first, TestData.Officer), (decided.Status, decided.DuplicateApplicationId, decided.DecidedBy));
        var again = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.Supervisor, m => m.Send(new DismissDuplicateFlagCommand { FlagId = flag.Id, Reason = "不是重复。" })));
        Assert.Contains("不能再次处理", again.Message);

        // The nightly sweep, twice: the pair keeps its one flag and its decision.
        var flagsBefore = await _app.DbAsync(db => db.DuplicateFlags.CountAsync());
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<DuplicateSweepJob>().ExecuteAsync(default));
        var flagsAfterFirst = await _app.DbAsync(db => db.DuplicateFlags.CountAsync());
        Assert.Equal(0, await _app.RunAsSystemAsync(sp => sp.GetRequiredService<DuplicateSweepJob>().ExecuteAsync(default)));
        Assert.Equal(flagsAfterFirst, await _app.DbAsync(db => db.DuplicateFlags.CountAsync()));
        Assert.True(flagsAfterFirst >= flagsBefore);
        Assert.Equal(1, await _app.DbAsync(db => db.DuplicateFlags.CountAsync(f => f.ApplicationAId == a && f.ApplicationBId == b)));
        Assert.Equal(DuplicateFlagStatus.Confirmed, await _app.DbAsync(db => db.DuplicateFlags.Where(f => f.Id == flag.Id).Select(f => f.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_demo_shows_the_three_seeded_cases_and_nothing_among_applications_that_only_share_stock_wording()
    {
        var pairs = await _app.DbAsync(async db =>
            (await (from f in db.DuplicateFlags
                    join a in db.Applications on f.ApplicationAId equals a.Id
                    join b in db.Applications on f.ApplicationBId equals b.Id
                    where f.DetectedBy == DuplicateDetection.Sweep
                    select new { f.Kind, A = a.Title, B = b.Title }).ToListAsync())
            .Select(p => (p.Kind, Titles: string.Join(" | ", new[] { p.A, p.B }.Order()))).ToList());
        Assert.True(pairs.Count == 3, string.Join("\n", pairs));
        Assert.Contains(pairs, p => p.Titles.Contains("“阳光伙伴”困境儿童") && p.Titles.Contains("“阳光伙伴”青少年"));
        Assert.Contains(pairs, p => p.Kind == DuplicateFlagKind.Resubmission && p.Titles.Contains("“夕阳相伴”失能老人家庭照护者支持项目（第二期）"));
        Assert.Contains(pairs, p => p.Kind == DuplicateFlagKind.Split && p.Titles.Contains("“一老一小”留守儿童周末成长营项目"));
    }

    [Fact]
    public async Task A_dismissal_needs_a_reason_and_is_kept_with_it()
    {
        var flag = await _app.DbAsync(db => db.DuplicateFlags.FirstAsync(f => f.Kind == DuplicateFlagKind.Split));
        var officer = await _app.SignedInAsync(TestData.Officer);
        var empty = await officer.PostFormAsync($"/duplicates/{flag.Id}?handler=Dismiss", new() { ["Dismiss.Reason"] = "" }, $"/duplicates/{flag.Id}");
        Assert.Contains("请填写排除理由", await empty.Content.ReadAsStringAsync());
        Assert.Equal(DuplicateFlagStatus.Open, await _app.DbAsync(db => db.DuplicateFlags.Where(f => f.Id == flag.Id).Select(f => f.Status).SingleAsync()));

        var dismissed = await officer.PostFormAsync($"/duplicates/{flag.Id}?handler=Dismiss", new() { ["Dismiss.Reason"] = "两份申报分别面向老人和儿童，经核实为同一机构在同一社区的两类服务，预算未重复。" }, $"/duplicates/{flag.Id}");
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Contains("已排除", await (await _app.SignedInAsync(TestData.Supervisor)).GetStringAsync($"/duplicates/{flag.Id}"));
    }
}
