using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ProcurementPlatform.EndToEndTests.Support;

/// <summary>
/// What a journey test class needs around its steps: a page in a fresh browser context, screenshots,
/// and the phone-width check.
/// </summary>
public abstract class BrowserJourney(E2EFixture fixture, ITestOutputHelper output)
{
    protected E2EFixture Fixture => fixture;

    protected ITestOutputHelper Output => output;

    /// <summary>
    /// Runs steps in a page of a fresh browser context; on failure saves a screenshot of where it stopped.
    /// Uncaught script errors on the page fail the test; console errors are printed.
    /// </summary>
    protected async Task InPageAsync(string name, Func<IPage, Task> steps, bool phone = false)
    {
        await using var context = await fixture.NewContextAsync(phone);
        var page = await context.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") output.WriteLine($"[browser console error] {message.Text} ({page.Url})");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) output.WriteLine($"[HTTP {response.Status}] {response.Request.Method} {response.Url}");
        };
        try
        {
            await steps(page);
        }
        catch
        {
            try { await Shot(page, "FAILED-" + name); } catch (PlaywrightException) { }
            output.WriteLine($"Failed at {page.Url}");
            throw;
        }
        Assert.True(scriptErrors.Count == 0, "Script errors on the page: " + string.Join(" | ", scriptErrors));
    }

    protected async Task Shot(IPage page, string name)
    {
        var path = await fixture.ScreenshotAsync(page, name);
        output.WriteLine($"Screenshot: {path}");
    }

    protected async Task Shot(ILocator element, string name)
    {
        var path = await fixture.ScreenshotAsync(element, name);
        output.WriteLine($"Screenshot: {path}");
    }

    /// <summary>Reports (and fails on) a page wider than the phone screen, which forces sideways scrolling.</summary>
    protected async Task ReportHorizontalOverflowAsync(IPage page, string what)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        output.WriteLine($"{what} at {widths[1]}px: page width {widths[0]}px, viewport {widths[1]}px");
        Assert.True(widths[0] <= widths[1] + 1, $"{what} scrolls sideways on a {widths[1]}px phone: content is {widths[0]}px wide.");
    }
}
