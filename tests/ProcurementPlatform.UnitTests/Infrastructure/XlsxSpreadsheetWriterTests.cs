using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Infrastructure.Exports;

namespace ProcurementPlatform.UnitTests.Infrastructure;

public sealed class XlsxSpreadsheetWriterTests
{
    [Fact]
    public void Text_stays_text_numbers_stay_numbers_and_a_formula_is_never_run()
    {
        var table = new ExportTable("路演评分/第一场", ["申报项目", "得分", "备注"],
        [
            ["=HYPERLINK(\"http://evil\")", 85.5m, null],
            ["社区长者服务", 72, "  前后空格保留  "],
        ]);

        using var book = SpreadsheetDocument.Open(new MemoryStream(new XlsxSpreadsheetWriter().Write(table)), false);
        var sheet = book.WorkbookPart!.Workbook.Descendants<Sheet>().Single();
        Assert.Equal("路演评分第一场", sheet.Name!.Value); // '/' is not allowed in a sheet name
        var rows = book.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        var cells = rows[1].Elements<Cell>().ToList();
        Assert.Null(cells[0].CellFormula);
        Assert.Equal(CellValues.InlineString, cells[0].DataType!.Value);
        Assert.Equal("=HYPERLINK(\"http://evil\")", cells[0].InnerText);
        Assert.Equal(CellValues.Number, cells[1].DataType!.Value);
        Assert.Equal("85.5", cells[1].CellValue!.Text);
        Assert.Equal("C3", rows[2].Elements<Cell>().Last().CellReference!.Value);
        Assert.Equal("  前后空格保留  ", rows[2].Elements<Cell>().Last().InnerText);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_named_as_Excel_names_them(int index, string name) => Assert.Equal(name, XlsxSpreadsheetWriter.ColumnName(index));
}
