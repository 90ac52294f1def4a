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

    [Fact]
    public async Task The_department_closes_scoring_sees_ranked_results_and_recommends_with_a_reason_when_it_deviates()
    {
        await _app.CreateZzbOfficerAsync(ZzbOfficer);
        var (sessionId, callId, members, applications) = await _app.ScheduledSessionAsync();

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
                await _app.SendAsAsync(members[i], m => m.Send(ReviewStage.Scores(sessionId, application, factors[i] + bonus)));
            }
        }

        var officer = await _app.SignedInAsync(ZzbOfficer, followRedirects: true);
        var pending = await (await officer.GetAsync($"/reviews/{callId}/results")).Content.ReadAsStringAsync();
        Assert.True(pending.Contains("评审尚未结束"), string.Join(" ", System.Text.RegularExpressions.Regex.Replace(pending, "<[^>]+>", " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        var early = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(ZzbOfficer, m => m.Send(new CloseReviewSessionCommand(callId))));
        Assert.Contains("1 份评分未提交", early.Message);
        await _app.SendAsAsync(members[^1], m => m.Send(ReviewStage.Scores(sessionId, applications[1], factors[^1])));
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
        var xlsx = await officer.GetAsync($"/reviews/{callId}/results?handler=Xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using (var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            Assert.Equal(1 + 2 * members.Count, rows.Count); // header + one row per panel member and application
            string Text(DocumentFormat.OpenXml.Spreadsheet.Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
            var header = rows[0].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(Text).ToList();
            Assert.Equal(["排名", "申报项目", "申报单位", "项目得分", "评审专家", "状态", "需求分析", "目标设计", "服务方案", "团队能力", "预算合理性", "创新性", "专家总分", "评分理由"], header);
            var scoreCells = rows.Skip(1).Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(3)).ToList();
            Assert.All(scoreCells, c => Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, c.DataType!.Value)); // numbers a spreadsheet can sum
            Assert.Contains(scoreCells, c => decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture) == 85m);
            Assert.Contains(rows.Skip(1), r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(Text).Contains("回避"));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.SignedInAsync(TestData.Ngo, followRedirects: true)).GetAsync($"/reviews/{callId}/results?handler=Xlsx")).StatusCode);
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
