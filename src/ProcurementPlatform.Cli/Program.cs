using System.Globalization;
using System.Text;
using ProcurementPlatform.Cli;
using ProcurementPlatform.Duplicates;

// dotnet run --project src/ProcurementPlatform.Cli -- duplicates --input apps.jsonl --output pairs.csv
// Needs neither the web app nor a database.
// dotnet run -c Release --project src/ProcurementPlatform.Cli -- seed --database PATH.db [--projects 10000] [--organisations 1500]
// Makes a new SQLite database with realistic volumes for benchmarks (see VolumeSeeder).
if (args.Length > 0 && args[0] == "seed")
    return await SeedCommand.RunAsync(args[1..]);
if (args.Length == 0 || args[0] != "duplicates")
{
    Console.Error.WriteLine("用法 / usage: duplicates --input apps.jsonl --output pairs.csv");
    Console.Error.WriteLine("             seed --database PATH.db [--projects 10000] [--organisations 1500]");
    return 2;
}
string? input = null, output = null;
for (var i = 1; i < args.Length - 1; i++)
{
    if (args[i] == "--input") input = args[++i];
    else if (args[i] == "--output") output = args[++i];
}
if (input is null || output is null)
{
    Console.Error.WriteLine("缺少参数 / missing argument: --input FILE --output FILE");
    return 2;
}
if (!File.Exists(input))
{
    Console.Error.WriteLine($"找不到输入文件 / input not found: {input}");
    return 2;
}

var detector = new DuplicateDetector();
var lineNumber = 0;
var skipped = 0;
var ids = new HashSet<string>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(input, Encoding.UTF8))
{
    lineNumber++;
    if (string.IsNullOrWhiteSpace(line)) continue;
    var (application, error) = JsonLines.Parse(line);
    if (application is null || !ids.Add(application.Id))
    {
        Console.Error.WriteLine($"第 {lineNumber} 行已跳过 / line {lineNumber} skipped: {error ?? $"duplicate id \"{application!.Id}\""}");
        skipped++;
        continue;
    }
    detector.Add(application);
}
var pairs = detector.FindAll();
await using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)))
{
    await writer.WriteLineAsync("a,b,score,kind,reason");
    foreach (var p in pairs)
        await writer.WriteLineAsync(string.Join(",", Csv(p.A), Csv(p.B), p.Score.ToString("0.000", CultureInfo.InvariantCulture), p.Kind.Code(), Csv(p.Reason)));
}
Console.Error.WriteLine($"{detector.Count} applications read, {skipped} lines skipped, {pairs.Count} pairs flagged → {output}");
return 0;

static string Csv(string value) => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
