using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementPlatform.Application.Common.Interfaces;

namespace ProcurementPlatform.Infrastructure.Exports;

/// <summary>
/// Writes one worksheet with the Open XML SDK. Text goes in as inline strings (never formulas), numbers
/// as numbers, so a spreadsheet can sum them; the header row is bold and frozen.
/// </summary>
public sealed class XlsxSpreadsheetWriter : ISpreadsheetWriter
{
    public byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Header.Cast<object?>(), bold: true));
            var index = 2u;
            foreach (var row in table.Rows) data.Append(Row(index++, row, bold: false));
            var view = new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 };
            sheetPart.Worksheet = new Worksheet(new SheetViews(view), data);

            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.SheetName) });
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<object?> values, bool bold)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in values)
        {
            var reference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            Cell cell = value switch
            {
                null => new Cell { CellReference = reference },
                int or long or decimal or double => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
                },
                _ => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            if (bold) cell.StyleIndex = 1;
            row.Append(cell);
        }
        return row;
    }

    public static string ColumnName(int zeroBased)
    {
        var name = "";
        for (var n = zeroBased + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => !":\\/?*[]".Contains(c)).ToArray());
        return string.IsNullOrWhiteSpace(clean) ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
    }
}
