using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>
/// The public downloads (/exports/{dataset}.{csv|xlsx}) open, and hold exactly the public records: the rows are compared
/// with the database, drafts and unconfirmed black-list proposals are absent, and a formula in a title stays text.
/// </summary>
public sealed class ExportTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public ExportTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task The_call_export_holds_every_published_call_and_no_draft_with_formulas_neutralised()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var draftTitle = "导出测试草稿征集 " + Guid.NewGuid().ToString("N")[..6];
        await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, title: draftTitle)));
        var formula = "=HYPERLINK(\"http://evil.example\",\"点击\"),导出测试";
        var published = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, title: formula)));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(published)));

        var response = await _app.Browser().GetAsync("/exports/calls.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("项目征集公告.csv", disposition.FileNameStar);
        Assert.Equal("calls.csv", disposition.FileName); // the ASCII fallback for clients without RFC 5987
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes[3..]));

        Assert.Equal(["征集标题", "购买主体", "服务领域", "资金来源", "单个项目预算上限（元）", "总预算（元）", "拟资助项目数", "发布时间", "申报截止时间", "状态"], rows[0]);
        var expected = await _app.DbAsync(db => db.Solicitations.Where(s => s.PublishedAt != null).Select(s => s.Title).ToListAsync());
        var titles = rows.Skip(1).Select(r => r[0]).ToList();
        Assert.Equal(expected.Select(Neutralised).Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains(draftTitle));
        Assert.Equal(0, await _app.DbAsync(db => db.Solicitations.CountAsync(s => s.Title == draftTitle && s.PublishedAt != null)));

        // The new call: the formula is text (leading apostrophe), amounts are exact yuan, times are China time.
        var row = rows.Single(r => r[0].Contains("导出测试") && r[0].Contains("HYPERLINK"));
        Assert.Equal("'" + formula, row[0]);
        Assert.Equal("100000.00", row[4]);
        Assert.Equal("300000.00", row[5]);
        Assert.Equal(ChinaTime.Format(now), row[7]);
        Assert.Equal("征集中", row[9]);

        // The Excel file holds the same rows; text goes in as inline strings, never formulas.
        var book = await Workbook("/exports/calls.xlsx");
        Assert.Equal(rows.Count, book.Count);
        Assert.Equal(rows[0], book[0]);
        Assert.Contains(book, r => r[0] == formula);
        Assert.Equal(titles.Order(StringComparer.Ordinal), book.Skip(1).Select(r => Neutralised(r[0])).Order(StringComparer.Ordinal));

        static string Neutralised(string t) => t.Length > 0 && "=+-@".Contains(t[0]) ? "'" + t : t;
    }

    [Fact]
    public async Task A_year_filter_keeps_that_China_time_year_only_and_unknown_names_are_not_found()
    {
        var year = ChinaTime.ToCst(_app.Clock.GetUtcNow().UtcDateTime).Year;
        var (from, to) = (ChinaTime.FromCst(new DateTime(year, 1, 1)), ChinaTime.FromCst(new DateTime(year + 1, 1, 1)));
        var expected = await _app.DbAsync(db => db.Solicitations.CountAsync(s => s.PublishedAt >= from && s.PublishedAt < to));
        var response = await _app.Browser().GetAsync($"/exports/calls.csv?year={year}");
        Assert.Equal($"项目征集公告-{year}年.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var rows = Csv.Parse(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));
        Assert.Equal(expected, rows.Count - 1);
        Assert.True(expected > 0);
        Assert.Single(Csv.Parse(Encoding.UTF8.GetString((await (await _app.Browser().GetAsync("/exports/calls.csv?year=2001")).Content.ReadAsByteArrayAsync())[3..])));

        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync("/exports/applications.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync("/exports/calls.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _app.Browser().GetAsync("/exports/calls.csv?year=1")).StatusCode);
    }

    [Fact]
    public async Task The_award_and_evaluation_exports_hold_every_published_notice_entry()
    {
        var notices = await _app.DbAsync(db => db.AwardNotices.AsNoTracking().ToListAsync());
        var awards = notices.Where(n => n.Kind == NoticeKind.Award).SelectMany(n => n.Entries).ToList();
        var evaluations = notices.Where(n => n.Kind == NoticeKind.Evaluation).SelectMany(n => n.Entries).ToList();
        Assert.NotEmpty(awards);
        Assert.NotEmpty(evaluations);

        var awardRows = await CsvRows("/exports/awards.csv");
        Assert.Equal("项目名称", awardRows[0][2]);
        Assert.Equal(awards.Select(e => (e.ProjectTitle, e.OrganizationName, Yuan(e.Amount))).Order(),
            awardRows.Skip(1).Select(r => (r[2], r[3], r[4])).Order());
        var awardBook = await Workbook("/exports/awards.xlsx");
        Assert.Equal(awardRows.Count, awardBook.Count);

        var evaluationRows = await CsvRows("/exports/evaluations.csv");
        Assert.Equal(["项目名称", "承接单位", "购买主体", "评估类型", "评估得分", "评估等级", "公示发布时间", "公示期至", "结果"], evaluationRows[0]);
        Assert.Equal(evaluations.Select(e => (e.ProjectTitle, e.OrganizationName, e.Score.ToString(CultureInfo.InvariantCulture))).Order(),
            evaluationRows.Skip(1).Select(r => (r[0], r[1], r[4])).Order());
        Assert.Equal(evaluationRows.Count, (await Workbook("/exports/evaluations.xlsx")).Count);
    }

    [Fact]
    public async Task The_contract_export_holds_signed_contracts_only()
    {
        var projects = await _app.DbAsync(db => db.Projects.AsNoTracking().Select(p => new { p.Title, p.SignedAt, p.ContractAmount }).ToListAsync());
        Assert.Contains(projects, p => p.SignedAt is null); // the demo has an award whose contract is not signed yet
        var signed = projects.Where(p => p.SignedAt is not null).ToList();
        Assert.NotEmpty(signed);

        var rows = await CsvRows("/exports/contracts.csv");
        Assert.Equal(["项目名称", "购买主体", "承接单位", "服务社区", "合同金额（元）", "签订时间", "服务期开始", "服务期结束", "状态"], rows[0]);
        Assert.Equal(signed.Select(p => (p.Title, Yuan(p.ContractAmount), ChinaTime.Format(p.SignedAt!.Value))).Order(),
            rows.Skip(1).Select(r => (r[0], r[4], r[5])).Order());
        var book = await Workbook("/exports/contracts.xlsx");
        Assert.Equal(rows.Count, book.Count);
        Assert.Equal(rows.Skip(1).Select(r => r[0]).Order(), book.Skip(1).Select(r => r[0]).Order());
    }

    [Fact]
    public async Task The_credit_export_holds_published_entries_and_never_an_unconfirmed_proposal()
    {
        var entries = await _app.DbAsync(db => (from e in db.CreditEntries.AsNoTracking()
                                                join o in db.Organizations on e.OrganizationId equals o.Id
                                                select new { o.Name, o.CreditCode, e.List, e.Status }).ToListAsync());
        var proposed = entries.Where(e => e.Status == CreditEntryStatus.Proposed).ToList();
        Assert.NotEmpty(proposed); // 春晖 waits for the department's confirmation in the demo
        var listed = entries.Where(e => e.Status == CreditEntryStatus.Listed).ToList();

        var rows = await CsvRows("/exports/credit.csv");
        Assert.Equal(["单位名称", "统一社会信用代码", "名单", "列入事由", "认定部门", "列入日期", "有效期至"], rows[0]);
        Assert.Equal(listed.Select(e => (e.Name, e.CreditCode, e.List.ToChinese())).Order(), rows.Skip(1).Select(r => (r[0], r[1], r[2])).Order());
        foreach (var p in proposed.Where(p => listed.All(l => l.Name != p.Name))) Assert.DoesNotContain(rows, r => r[0] == p.Name);

        var book = await Workbook("/exports/credit.xlsx");
        Assert.Equal(rows, book);
    }

    [Fact]
    public async Task The_list_pages_link_to_their_downloads()
    {
        var browser = _app.Browser();
        Assert.Contains("/exports/calls.xlsx", await browser.GetStringAsync("/calls"));
        var notices = await browser.GetStringAsync("/notices");
        Assert.Contains("/exports/awards.csv", notices);
        Assert.Contains("/exports/evaluations.xlsx", notices);
        Assert.Contains("/exports/credit.csv", await browser.GetStringAsync("/credit"));
        Assert.Contains("/exports/contracts.csv", await browser.GetStringAsync("/projects"));
        var openData = await browser.GetStringAsync("/open-data");
        Assert.Contains("/openapi/v1.json", openData);
        Assert.Contains("/api/ocds/releases", openData);
        Assert.Contains("下载 Excel", openData);
    }

    private static string Yuan(Money amount) => (amount.Fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private async Task<List<List<string>>> CsvRows(string url)
    {
        var bytes = await _app.Browser().GetByteArrayAsync(url);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Csv.Parse(Encoding.UTF8.GetString(bytes[3..]));
    }

    /// <summary>The first worksheet's cells as text, row by row.</summary>
    private async Task<List<List<string>>> Workbook(string url)
    {
        var response = await _app.Browser().GetAsync(url);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var book = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheet = book.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.Number
            ? decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
            : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
    }
}

/// <summary>An RFC 4180 reader for the tests: quoted fields with doubled quotes, commas and line breaks inside.</summary>
public static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add(row); row = [];
                i++;
            }
            else if (c == '\n') throw new FormatException("A bare LF outside quotes: RFC 4180 ends records with CRLF.");
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
