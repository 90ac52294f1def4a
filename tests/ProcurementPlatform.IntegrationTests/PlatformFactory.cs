using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Infrastructure.Identity;
using ProcurementPlatform.Infrastructure.Persistence;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>
/// The real application over a fresh SQLite file, with demo data seeded at a fixed moment, a fake
/// clock, and the job scheduler (a true port) mocked so tests can see what was scheduled.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    public const string Password = "Guandu@2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-it-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Where the pickup-folder mail sender writes .eml files in this test run.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");
    public Mock<IJobScheduler> Jobs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_folder, "it.db")}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Mail:PickupDirectory", MailFolder);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Uploads:MaxFileSizeMegabytes", "1");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IJobScheduler>();
            services.AddSingleton(Jobs.Object);
        });
    }

    public HttpClient Browser(bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    /// <summary>Signs in through the real login form; returns a client that carries the cookie.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, bool followRedirects = false)
    {
        var client = Browser(followRedirects);
        var response = await client.PostFormAsync("/Identity/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect && !(followRedirects && response.IsSuccessStatusCode))
            throw new InvalidOperationException($"Login of {userName} failed: {response.StatusCode}");
        return client;
    }

    /// <summary>Sends a request through the real pipeline as the given user (as if from a signed-in page).</summary>
    public async Task<T> SendAsAsync<T>(string? userName, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        if (userName is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
            var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
            context.User = await factory.CreateAsync(user);
        }
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    public async Task<T> RunAsSystemAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await query(db);
    }

    public async Task<Guid> DepartmentIdAsync(string code) => await DbAsync(db => db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public static class HttpClientFormExtensions
{
    private static readonly Regex Token = new("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.Compiled);

    /// <summary>Like a browser: GETs the page for its antiforgery token, then POSTs the form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var match = Token.Match(html);
        if (!match.Success) throw new InvalidOperationException($"No antiforgery token on {formPage ?? url} ({page.StatusCode})");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(match.Groups[1].Value);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, Dictionary<string, string> fields, IEnumerable<(string Name, string FileName, byte[] Content)> files)
    {
        var page = await client.GetAsync(url);
        var match = Token.Match(await page.Content.ReadAsStringAsync());
        if (!match.Success) throw new InvalidOperationException($"No antiforgery token on {url} ({page.StatusCode})");
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields) content.Add(new StringContent(value), key);
        content.Add(new StringContent(WebUtility.HtmlDecode(match.Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (name, fileName, bytes) in files) content.Add(new ByteArrayContent(bytes), name, fileName);
        return await client.PostAsync(url, content);
    }

    public static Guid IdFromLocation(this HttpResponseMessage response, string prefix)
    {
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"No redirect ({response.StatusCode})");
        var match = Regex.Match(location, Regex.Escape(prefix) + "([0-9a-fA-F-]{36})");
        return match.Success ? Guid.Parse(match.Groups[1].Value) : throw new InvalidOperationException(location);
    }
}
