using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Infrastructure.Persistence;

/// <summary>Brings the database to the current schema and makes sure the fixed roles exist.</summary>
public sealed class DatabaseInitializer(AppDbContext db, DatabaseSettings settings, RoleManager<IdentityRole> roles)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (settings.MigrateOnStartup) await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
