using System.Net;

namespace ProcurementPlatform.IntegrationTests;

public sealed class RateLimitTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public RateLimitTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task Objection_submissions_are_rate_limited_per_client_but_reading_is_not()
    {
        var client = _app.Browser();
        var notice = Guid.NewGuid(); // no such notice: each POST still counts against the limit
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var response = await client.PostFormAsync($"/notices/{notice}?handler=Object", new() { ["Objection.Grounds"] = "x" }, "/register");
            statuses.Add(response.StatusCode);
        }
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(5));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
        for (var i = 0; i < 10; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync($"/notices/{notice}")).StatusCode);
    }
}
