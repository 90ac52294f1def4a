using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ProcurementPlatform.EndToEndTests.Support;

/// <summary>
/// The real application, served by Kestrel on a free local port, over a fresh SQLite file with the
/// demo data seeded at start and the real clock.
/// </summary>
public sealed class E2EAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Guandu@2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-e2e-" + Guid.NewGuid().ToString("N"));

    public E2EAppFactory()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(0);
    }

    public string DatabasePath => Path.Combine(_folder, "e2e.db");

    /// <summary>The root URL the server listens on, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string RootUrl { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(_folder, "mail"));
        builder.UseSetting("Hangfire:ServerEnabled", "false");
    }

    /// <summary>Builds and starts the host (migrating and seeding the database) and learns its address.</summary>
    public string Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? ClientOptions.BaseAddress?.ToString()
            ?? throw new InvalidOperationException("The Kestrel server reported no address.");
        // Kestrel may report a wildcard host; the browser needs a concrete loopback address.
        var uri = new UriBuilder(address);
        if (uri.Host is "[::]" or "::" or "0.0.0.0" or "+" or "*") uri.Host = "127.0.0.1";
        RootUrl = uri.Uri.GetLeftPart(UriPartial.Authority);
        return RootUrl;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
