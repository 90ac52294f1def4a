using System.Diagnostics;
using System.Globalization;
using ProcurementPlatform.Infrastructure.Seeding;

namespace ProcurementPlatform.Cli;

/// <summary><c>seed --database PATH.db [--projects N] [--organisations N]</c>: a new database with realistic volumes.</summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? database = null;
        int projects = 10_000, organisations = 1_500;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--database") database = args[++i];
            else if (args[i] == "--projects") projects = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--organisations") organisations = int.Parse(args[++i], CultureInfo.InvariantCulture);
        }
        if (database is null || projects < 1 || organisations < 10)
        {
            Console.Error.WriteLine("用法 / usage: seed --database PATH.db [--projects 10000] [--organisations 1500]");
            return 2;
        }
        if (File.Exists(database))
        {
            Console.Error.WriteLine($"数据库已存在 / {database} exists: the seed makes a new database.");
            return 2;
        }
        var sw = Stopwatch.StartNew();
        // A bulk load measured against the real day, like the benchmarks.
        var result = await VolumeSeeder.SeedAsync(Path.GetFullPath(database), projects, organisations, TimeProvider.System.GetUtcNow().UtcDateTime,
            line => Console.Error.WriteLine($"  {sw.Elapsed.TotalSeconds,6:0.0} s  {line}"));
        Console.WriteLine($"{database}: {result} in {sw.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
