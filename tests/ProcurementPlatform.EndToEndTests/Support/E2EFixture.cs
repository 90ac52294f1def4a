using Microsoft.Playwright;

namespace ProcurementPlatform.EndToEndTests.Support;

/// <summary>
/// One running application (fresh database, demo data) and one headless Chromium, shared by the tests
/// of a class. Each test opens its own browser context, so cookies never leak between users.
/// </summary>
public sealed class E2EFixture : IAsyncLifetime
{
    public const float DefaultTimeoutMs = 30_000;
    public const float NavigationTimeoutMs = 60_000;

    private E2EAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private static int _screenshotCounter;
    private static int _screenshotsCleared;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser was not started: " + (BrowserEnvironment.SkipReason ?? "see the fixture's initialisation error."));

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The running application's services, for the rare look-up the UI does not show (e.g. an internal id).</summary>
    public IServiceProvider Services => (_app ?? throw new InvalidOperationException("The application was not started.")).Services;

    public async Task InitializeAsync()
    {
        // xunit builds class fixtures even when every test is skipped: then start nothing.
        if (BrowserEnvironment.SkipReason is not null) return;

        Directory.CreateDirectory(ScreenshotDirectory);
        // Several test classes (each with its own fixture) may run side by side: clear the previous run's
        // screenshots once per test run, not once per fixture, so no fixture deletes another's.
        if (Interlocked.Exchange(ref _screenshotsCleared, 1) == 0)
            foreach (var old in Directory.EnumerateFiles(ScreenshotDirectory, "*.png")) File.Delete(old);
        _app = new E2EAppFactory();
        BaseUrl = _app.Start();

        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh, cookie-less browser context (desktop 1280 wide unless told otherwise).</summary>
    public async Task<IBrowserContext> NewContextAsync(bool phone = false)
    {
        var options = phone
            ? new BrowserNewContextOptions
            {
                BaseURL = BaseUrl,
                ViewportSize = new() { Width = 390, Height = 844 },
                DeviceScaleFactor = 2,
                IsMobile = true,
                HasTouch = true,
                Locale = "zh-CN",
                TimezoneId = "Asia/Shanghai",
            }
            : new BrowserNewContextOptions
            {
                BaseURL = BaseUrl,
                ViewportSize = new() { Width = 1280, Height = 900 },
                Locale = "zh-CN",
                TimezoneId = "Asia/Shanghai",
            };
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(DefaultTimeoutMs);
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        return context;
    }

    /// <summary>Saves a full-page screenshot under bin/.../screenshots and returns its path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var number = Interlocked.Increment(ref _screenshotCounter);
        var path = Path.Combine(ScreenshotDirectory, $"{number:00}-{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true, Timeout = 60_000 });
        return path;
    }

    /// <summary>Saves a screenshot of one element (e.g. a wide table on a phone) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(ILocator element, string name)
    {
        var number = Interlocked.Increment(ref _screenshotCounter);
        var path = Path.Combine(ScreenshotDirectory, $"{number:00}-{name}.png");
        await element.ScreenshotAsync(new() { Path = path, Timeout = 60_000 });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }
}
