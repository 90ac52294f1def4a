using System.Diagnostics;
using System.Globalization;
using System.Net;

/// <summary>
/// Issue 9, "Speed": a small HTTP load generator for <c>benchmarks/public-pages.sh</c>. For each path in turn, N workers
/// (one connection each) send GET after GET for T seconds after a warm-up; prints requests per second, latency
/// percentiles and the ratio to the first path (the trivial static endpoint). Anonymous: no cookies are kept.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = Text(args, "--base", "http://127.0.0.1:5199");
        var paths = Text(args, "--paths", "/healthz,/calls,/notices,/credit").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var seconds = Option(args, "--seconds", 10);
        var warmup = Option(args, "--warmup", 3);
        var workers = Option(args, "--concurrency", 16);
        var label = Text(args, "--label", "");
        using var client = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = workers, PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };

        double? baseline = null;
        var failed = false;
        foreach (var path in paths)
        {
            await RunForAsync(client, path, workers, TimeSpan.FromSeconds(warmup));
            var (count, errors, latencies) = await RunForAsync(client, path, workers, TimeSpan.FromSeconds(seconds));
            var rps = count / (double)seconds;
            baseline ??= rps;
            latencies.Sort();
            var p50 = latencies.Count > 0 ? latencies[latencies.Count / 2] : 0;
            var p99 = latencies.Count > 0 ? latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.99))] : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}{path,-10} {rps,9:0.0} req/s  p50 {p50,6:0.0} ms  p99 {p99,6:0.0} ms  {rps / baseline.Value * 100,5:0}% of {paths[0]}{(errors > 0 ? $"  {errors} errors" : "")}"));
            failed |= errors > 0;
        }
        return failed ? 1 : 0;
    }

    private static async Task<(long Count, long Errors, List<double> LatenciesMs)> RunForAsync(HttpClient client, string path, int workers, TimeSpan duration)
    {
        long count = 0, errors = 0;
        var latencies = new List<double>[workers];
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            var mine = latencies[w] = [];
            var buffer = new byte[64 * 1024];
            while (Stopwatch.GetTimestamp() < until)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(buffer) > 0) { }
                    if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref errors); }
                Interlocked.Increment(ref count);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        return (count, errors, latencies.SelectMany(l => l).ToList());
    }

    private static string Text(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static int Option(string[] args, string name, int fallback) => int.Parse(Text(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}
