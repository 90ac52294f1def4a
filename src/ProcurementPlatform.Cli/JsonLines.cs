using System.Globalization;
using System.Text.Json;
using ProcurementPlatform.Duplicates;

namespace ProcurementPlatform.Cli;

/// <summary>One input line: a JSON object with at least a non-empty <c>id</c> and <c>title</c>; other fields may be missing, empty or null.</summary>
public static class JsonLines
{
    public static (ApplicationText? Application, string? Error) Parse(string line)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(line); }
        catch (JsonException ex) { return (null, $"not valid JSON ({ex.Message})"); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, "not a JSON object");
            var id = Text(root, "id");
            var title = Text(root, "title");
            if (string.IsNullOrWhiteSpace(id)) return (null, "missing id");
            if (string.IsNullOrWhiteSpace(title)) return (null, "missing title");
            return (new ApplicationText(id, title, Text(root, "org_name"), Text(root, "org_credit_code"), Text(root, "purchaser"), Text(root, "summary"),
                Text(root, "objectives"), Text(root, "activities"), Text(root, "target_group"), Text(root, "location"), Number(root, "budget_yuan"),
                Date(root, "start_date"), Date(root, "end_date")), null);
        }
    }

    private static string? Text(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => string.Join("；", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
            _ => null,
        };
    }

    private static decimal? Number(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d)) return d;
        return value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var s) ? s : null;
    }

    private static DateOnly? Date(JsonElement root, string name) =>
        Text(root, name) is { } text && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
