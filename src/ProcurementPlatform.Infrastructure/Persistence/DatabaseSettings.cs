using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ProcurementPlatform.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>
/// <c>Database:Provider</c> = Sqlite (the embedded default) | SqlServer; <c>ConnectionStrings:Default</c>.
/// Without a connection string, SQLite lives in <c>App_Data/procurement.db</c> under the app's content root.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup, bool SeedDemoData)
{
    public static DatabaseSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{providerText}'.");
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.SqlServer)
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Default is not set.");
            var dataFolder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, "procurement.db")}";
        }
        var migrate = configuration.GetValue("Database:MigrateOnStartup", true);
        // Demo data: by default only in the embedded SQLite setup, and never in Production.
        var seed = configuration.GetValue("Database:SeedDemoData", provider == DatabaseProvider.Sqlite) && !environment.IsProduction();
        return new DatabaseSettings(provider, connectionString, migrate, seed);
    }
}
