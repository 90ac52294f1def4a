namespace ProcurementPlatform.Application.Common.Interfaces;

/// <summary>A table to export: a header row and data rows; numbers stay numbers, everything else is text.</summary>
public sealed record ExportTable(string SheetName, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Writes a table as an Excel workbook (.xlsx).</summary>
public interface ISpreadsheetWriter
{
    byte[] Write(ExportTable table);
}
