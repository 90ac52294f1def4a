using ProcurementPlatform.Application.Solicitations.Commands;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Paged public lists move to the next page (the query key is "p": Razor Pages keeps "page" for itself).</summary>
public sealed class PagingTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public PagingTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task The_call_list_links_to_its_second_page_and_shows_it()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 12; i++)
        {
            var id = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, title: $"分页测试征集 {i:00}")));
            await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(id)));
        }
        var browser = _app.Browser();
        var first = await browser.GetStringAsync("/calls");
        Assert.Contains("第 1 / ", first);
        Assert.Contains("p=2", first);
        var second = await browser.GetStringAsync("/calls?p=2");
        Assert.Contains("第 2 / ", second);
        Assert.NotEqual(Titles(first), Titles(second));

        static string Titles(string html) => string.Join("|", System.Text.RegularExpressions.Regex.Matches(html, "分页测试征集 \\d\\d").Select(m => m.Value).Distinct());
    }
}
