using System.Globalization;
using System.Text;
using ProcurementPlatform.Application.Common.Interfaces;

namespace ProcurementPlatform.Application.Portal.Exports;

/// <summary>
/// Writes a table as CSV by RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote or line break),
/// in UTF-8 with a byte-order mark so Excel reads Chinese correctly. A text cell starting with = + - @ gets a leading
/// apostrophe, so a spreadsheet never runs it as a formula (CSV injection).
/// </summary>
public static class ExportCsv
{
    public static byte[] Write(ExportTable table)
    {
        var csv = new StringBuilder();
        Line(csv, table.Header);
        foreach (var row in table.Rows) Line(csv, row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<object?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first) csv.Append(',');
            first = false;
            csv.Append(Field(value));
        }
        csv.Append("\r\n");
    }

    public static string Field(object? value) => value switch
    {
        null => "",
        // Numbers are written as they are (a negative amount stays a number, not neutralised text).
        int or long or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Quote(Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    public static string Neutralise(string text) => text.Length > 0 && "=+-@".Contains(text[0]) ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
