using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Moq;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Plans;
using ProcurementPlatform.Application.Plans.Commands;
using ProcurementPlatform.Application.Questions.Commands;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Annual release plans and the public Q&amp;A of calls (issue 3), through the real pipeline and pages.</summary>
public sealed class PlansAndQuestionsTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public PlansAndQuestionsTests(PlatformFactory app) => _app = app;

    private DateTime Now => _app.Clock.GetUtcNow().UtcDateTime;

    private async Task<Guid> OpenCallAsync(string officer = TestData.Officer, TimeSpan? closesIn = null)
    {
        var id = await _app.SendAsAsync(officer, m => m.Send(TestData.Call(Now, closesIn ?? TimeSpan.FromDays(20))));
        await _app.SendAsAsync(officer, m => m.Send(new PublishSolicitationCommand(id)));
        return id;
    }

    [Fact]
    public async Task A_plan_entry_becomes_a_call_and_each_links_to_the_other()
    {
        var officer = await _app.SignedInAsync(TestData.OtherOfficer, followRedirects: false);
        var year = ChinaTime.TodayCst(Now).Year + 1;
        var created = await officer.PostFormAsync("/department/plans", new()
        {
            ["Data.Year"] = year.ToString(),
            ["Data.Entries[0].Title"] = "青少年心理健康服务计划项目",
            ["Data.Entries[0].ServiceField"] = "ChildCare",
            ["Data.Entries[0].TargetGroups"] = "中小学生",
            ["Data.Entries[0].FundSource"] = "FiscalBudget",
            ["Data.Entries[0].EstimatedBudgetYuan"] = "250000",
            ["Data.Entries[0].PlannedQuarter"] = "1",
            ["Data.Entries[0].Rationale"] = "青少年心理健康需求上升。",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = created.IdFromLocation("/department/plans/");
        await officer.PostFormAsync($"/department/plans/{planId}?handler=Publish", [], $"/department/plans/{planId}");
        var entryId = await _app.DbAsync(db => db.ReleasePlans.Where(p => p.Id == planId).SelectMany(p => p.Entries).Select(e => e.Id).SingleAsync());

        // The planned entry is on the public page, not yet published, and on the department's to-do list.
        var plans = await (await _app.Browser().GetAsync($"/plans?year={year}")).Content.ReadAsStringAsync();
        Assert.Contains("青少年心理健康服务计划项目", plans);
        Assert.Contains("尚未发布", plans);
        var todo = await (await officer.GetAsync("/department/plans")).Content.ReadAsStringAsync();
        Assert.Contains($"/department/calls/create?planEntry={entryId}", todo);

        // The create form carries the plan's fields over.
        var form = await (await officer.GetAsync($"/department/calls/create?planEntry={entryId}")).Content.ReadAsStringAsync();
        Assert.Contains("value=\"青少年心理健康服务计划项目\"", form);
        Assert.Contains("value=\"250000.00\"", form);

        var fields = TestData.CallFormFields(Now, "青少年心理健康服务计划项目");
        fields["Data.PlanEntryId"] = entryId.ToString();
        var call = await officer.PostFormAsync("/department/calls/create", fields, $"/department/calls/create?planEntry={entryId}");
        var callId = call.IdFromLocation("/department/calls/");
        await officer.PostFormAsync($"/department/calls/{callId}?handler=Publish", [], $"/department/calls/{callId}");

        plans = await (await _app.Browser().GetAsync($"/plans?year={year}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/calls/{callId}\"", plans);
        var callPage = await (await _app.Browser().GetAsync($"/calls/{callId}")).Content.ReadAsStringAsync();
        Assert.Contains($"/plans?year={year}#entry-{entryId}", callPage);

        // A second call from the same entry is refused; the entry cannot be deleted while its call lives.
        var again = await (await officer.PostFormAsync("/department/calls/create", fields, $"/department/calls/create?planEntry={entryId}")).Content.ReadAsStringAsync();
        Assert.Contains("已创建项目征集", again);
        var removal = await _app.SendAsAsync(TestData.OtherOfficer, async m =>
        {
            try
            {
                await m.Send(new ReviseReleasePlanCommand { PlanId = planId, Reason = "删除", Entries = [new PlanEntryRow { Title = "别的项目", ServiceField = ServiceField.ChildCare, TargetGroups = "x", FundSource = FundSource.FiscalBudget, EstimatedBudgetYuan = "1000", PlannedQuarter = 2, Rationale = "x" }] });
                return "";
            }
            catch (DomainException ex)
            {
                return ex.Message;
            }
        });
        Assert.Contains("不能删除", removal);
    }

    [Fact]
    public async Task Published_plans_change_only_with_a_public_reason_and_one_plan_per_department_and_year()
    {
        var year = ChinaTime.TodayCst(Now).Year + 2;
        CreateReleasePlanCommand Plan() => new()
        {
            Year = year,
            Entries = [new PlanEntryRow { Title = "社区助餐服务", ServiceField = ServiceField.ElderlyCare, TargetGroups = "高龄老人", FundSource = FundSource.WelfareLottery, EstimatedBudgetYuan = "300000", PlannedQuarter = 2, Rationale = "助餐需求" }],
        };
        var planId = await _app.SendAsAsync(TestData.Officer, m => m.Send(Plan()));
        var duplicate = await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(Plan())));
        Assert.Contains("已经存在", duplicate.Errors["Year"].Single());
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishReleasePlanCommand(planId)));

        var entryId = await _app.DbAsync(db => db.ReleasePlans.Where(p => p.Id == planId).SelectMany(p => p.Entries).Select(e => e.Id).SingleAsync());
        ReviseReleasePlanCommand Revise(string? reason) => new()
        {
            PlanId = planId, Reason = reason,
            Entries = [new PlanEntryRow { Id = entryId, Title = "社区助餐服务", ServiceField = ServiceField.ElderlyCare, TargetGroups = "高龄老人", FundSource = FundSource.WelfareLottery, EstimatedBudgetYuan = "350000", PlannedQuarter = 3, Rationale = "助餐需求" }],
        };
        await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(Revise(null))));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(Revise("需求调研后调增预算")));

        var page = await (await _app.Browser().GetAsync($"/plans?year={year}")).Content.ReadAsStringAsync();
        Assert.Contains("需求调研后调增预算", page);
        Assert.Contains("预计预算30 万元改为35 万元", page);
        Assert.Contains("35 万元", page);
    }

    [Fact]
    public async Task The_askers_identity_never_appears_on_public_pages_or_in_public_json()
    {
        var callId = await OpenCallAsync();
        var question = "请问服务对象是否包括流动儿童？" + Guid.NewGuid().ToString("N")[..4];
        var ngo = await _app.SignedInAsync(TestData.Ngo);
        var asked = await ngo.PostMultipartAsync($"/calls/{callId}?handler=Ask", new() { ["Ask.Text"] = question }, [("AskAttachment", "说明.pdf", "%PDF-1.4 心桥社会工作服务中心 公章"u8.ToArray())]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var stored = await _app.DbAsync(db => db.CallQuestions.SingleAsync(q => q.Text == question));
        Assert.NotNull(stored.OrganizationId);

        // Pending questions are not public; the department sees them with the asker.
        Assert.DoesNotContain(question, await (await _app.Browser().GetAsync($"/calls/{callId}")).Content.ReadAsStringAsync());
        var officer = await _app.SignedInAsync(TestData.Officer, followRedirects: true);
        var todo = await (await officer.GetAsync("/department/questions")).Content.ReadAsStringAsync();
        Assert.Contains(question, todo);
        Assert.Contains("心桥", todo);
        await officer.PostFormAsync($"/department/calls/{callId}?handler=Answer", new() { ["Answer.QuestionId"] = stored.Id.ToString(), ["Answer.Answer"] = "包括，流动儿童同样纳入服务范围。" }, $"/department/calls/{callId}");

        var organization = await _app.DbAsync(db => db.Organizations.SingleAsync(o => o.Id == stored.OrganizationId));
        var publicPage = await (await _app.Browser().GetAsync($"/calls/{callId}")).Content.ReadAsStringAsync();
        var json = await (await _app.Browser().GetAsync($"/api/calls/{callId}/qa")).Content.ReadAsStringAsync();
        foreach (var text in new[] { publicPage, json })
        {
            Assert.Contains(question, text);
            Assert.Contains("流动儿童同样纳入服务范围", text);
            foreach (var secret in new[] { organization.Name, "心桥", organization.CreditCode, organization.Id.ToString(), stored.AskedByUserId!, TestData.Ngo, stored.Id.ToString() })
                Assert.DoesNotContain(secret, text);
        }
        Assert.DoesNotContain("/attachment", publicPage);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.SignedInAsync(TestData.OtherNgo, followRedirects: true)).GetAsync($"/questions/{stored.Id}/attachment")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/questions/{stored.Id}/attachment")).StatusCode);
    }

    [Fact]
    public async Task Only_the_calls_own_department_can_answer()
    {
        var callId = await OpenCallAsync();
        var questionId = await _app.SendAsAsync(TestData.Ngo, m => m.Send(new AskQuestionCommand { SolicitationId = callId, Text = "谁来答复？" }));

        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(new AnswerQuestionCommand { QuestionId = questionId, Answer = "越权答复" })));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(new AnswerQuestionCommand { QuestionId = questionId, Answer = "自问自答" })));
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(new PublishClarificationCommand { SolicitationId = callId, Text = "越权澄清" })));
        var other = await _app.SignedInAsync(TestData.OtherOfficer);
        var page = await other.PostFormAsync($"/department/calls/{callId}?handler=Answer", new() { ["Answer.QuestionId"] = questionId.ToString(), ["Answer.Answer"] = "越权" }, "/department/calls");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(QuestionStatus.Pending, (await _app.DbAsync(db => db.CallQuestions.SingleAsync(q => q.Id == questionId))).Status);

        await _app.SendAsAsync(TestData.Officer, m => m.Send(new AnswerQuestionCommand { QuestionId = questionId, Answer = "本部门答复" }));
        Assert.Equal(QuestionStatus.Answered, (await _app.DbAsync(db => db.CallQuestions.SingleAsync(q => q.Id == questionId))).Status);
    }

    [Fact]
    public async Task An_answer_that_changes_the_terms_is_a_recorded_amendment_and_late_ones_extend_the_deadline()
    {
        var callId = await OpenCallAsync(closesIn: TimeSpan.FromDays(5));
        var questionId = await _app.SendAsAsync(TestData.Ngo, m => m.Send(new AskQuestionCommand { SolicitationId = callId, Text = "能否提高单项上限？" }));
        var before = await _app.DbAsync(db => db.Solicitations.SingleAsync(s => s.Id == callId));

        _app.Clock.Advance(TimeSpan.FromDays(3)); // now two days before the deadline
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new AmendSolicitationCommand
        {
            SolicitationId = callId, ProjectCeilingYuan = "120000", TotalBudgetYuan = "360000", Reason = "答疑后研究决定提高标准",
            QuestionId = questionId, Answer = "可以，上限提高到12万元。",
        }));

        var after = await _app.DbAsync(db => db.Solicitations.SingleAsync(s => s.Id == callId));
        var amendment = Assert.Single(after.Amendments);
        Assert.Equal(Money.FromYuan(120_000), after.ProjectCeiling);
        Assert.Equal(before.ClosesAt.AddDays(3), after.ClosesAt);
        Assert.Equal("答疑后研究决定提高标准", amendment.Reason);
        Assert.Contains("顺延", amendment.Changes);
        var question = await _app.DbAsync(db => db.CallQuestions.SingleAsync(q => q.Id == questionId));
        Assert.Equal(amendment.Id, question.AmendmentId);
        _app.Jobs.Verify(j => j.ScheduleSolicitationClose(callId, after.ClosesAt), Times.Once);

        var page = await (await _app.Browser().GetAsync($"/calls/{callId}")).Content.ReadAsStringAsync();
        Assert.Contains("变更公告", page);
        Assert.Contains("答疑后研究决定提高标准", page);
        Assert.Contains(ChinaTime.Format(after.ClosesAt), page);
        var audit = await _app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == nameof(AmendSolicitationCommand) && e.EntityId == callId.ToString()));
        Assert.True(audit);
    }

    [Fact]
    public async Task A_question_after_the_cut_off_is_refused_with_the_cut_off_time()
    {
        var callId = await OpenCallAsync(closesIn: TimeSpan.FromDays(2)); // already inside the last 3 days
        var closes = await _app.DbAsync(db => db.Solicitations.Where(s => s.Id == callId).Select(s => s.ClosesAt).SingleAsync());
        var ngo = await _app.SignedInAsync(TestData.ThirdNgo, followRedirects: true);
        var page = await (await ngo.GetAsync($"/calls/{callId}")).Content.ReadAsStringAsync();
        Assert.Contains("提问已于", page);
        Assert.DoesNotContain("name=\"Ask.Text\"", page);

        var refused = await (await ngo.PostMultipartAsync($"/calls/{callId}?handler=Ask", new() { ["Ask.Text"] = "还能问吗？" }, [])).Content.ReadAsStringAsync();
        Assert.Contains(ChinaTime.Format(closes.AddDays(-3)), Regex.Replace(refused, "<[^>]+>", ""));
        Assert.False(await _app.DbAsync(db => db.CallQuestions.AnyAsync(q => q.SolicitationId == callId)));
    }

    [Fact]
    public async Task Bad_questions_are_refused_with_clear_messages()
    {
        var callId = await OpenCallAsync();
        var empty = await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(new AskQuestionCommand { SolicitationId = callId, Text = " " })));
        Assert.Contains("请填写问题内容", empty.Message);
        var tooLong = await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(new AskQuestionCommand { SolicitationId = callId, Text = new string('问', 2001) })));
        Assert.Contains("2000", tooLong.Message);
        var exe = await Assert.ThrowsAsync<RequestValidationException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(new AskQuestionCommand
        {
            SolicitationId = callId, Text = "附件", Attachment = new ProcurementPlatform.Application.Common.Files.FileUpload("a.exe", "application/octet-stream", [0x4D, 0x5A]),
        })));
        Assert.Contains("类型不允许", exe.Message);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(new AskQuestionCommand { SolicitationId = callId, Text = "部门不能提问" })));
        Assert.False(await _app.DbAsync(db => db.CallQuestions.AnyAsync(q => q.SolicitationId == callId)));
    }
}
