namespace ProcurementPlatform.EndToEndTests.Support;

/// <summary>
/// A test that needs a real browser. When Chromium is not installed the test is reported as skipped
/// with the reason, unless the environment variable REQUIRE_BROWSER=1 demands that it run (and fail).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason)
            Skip = reason;
    }
}

public static class BrowserEnvironment
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Debian's Chromium; CHROMIUM_PATH may point elsewhere (e.g. to check the skip reason).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromiumPath;

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public static bool BrowserRequired => Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1";

    /// <summary>Why the browser tests cannot run here, or null when they can (or must).</summary>
    public static string? SkipReason =>
        ChromiumInstalled || BrowserRequired
            ? null
            : $"Chromium is not installed at {ChromiumPath}; end-to-end browser tests skipped (set REQUIRE_BROWSER=1 to make this a failure).";
}
