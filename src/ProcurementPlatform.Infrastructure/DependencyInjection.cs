using Hangfire;
using Hangfire.SqlServer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Infrastructure.Identity;
using ProcurementPlatform.Infrastructure.Jobs;
using ProcurementPlatform.Infrastructure.Persistence;
using ProcurementPlatform.Infrastructure.Seeding;

namespace ProcurementPlatform.Infrastructure;

public static class DependencyInjection
{
    public static IdentityBuilder AddInfrastructureServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = DatabaseSettings.From(configuration, environment);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();

        // The web app replaces this with its output cache; every save then drops the public pages it made stale.
        services.TryAddSingleton<IPublicCacheInvalidator, NoPublicCache>();
        services.AddSingleton<PublicCacheInterceptor>();
        if (database.Provider == DatabaseProvider.Sqlite)
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o.UseSqlite(database.ConnectionString).AddInterceptors(sp.GetRequiredService<PublicCacheInterceptor>()));
        else
            services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, o) => o.UseSqlServer(database.ConnectionString).AddInterceptors(sp.GetRequiredService<PublicCacheInterceptor>()));
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        services.AddSingleton<ISpreadsheetWriter, Exports.XlsxSpreadsheetWriter>();
        services.Configure<Mail.MailOptions>(configuration.GetSection(Mail.MailOptions.SectionName));
        services.AddSingleton<IMailSender>(sp =>
        {
            var mail = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Mail.MailOptions>>();
            return mail.Value.IsSmtp
                ? new Mail.SmtpMailSender(mail)
                : new Mail.PickupDirectoryMailSender(mail, Path.Combine(environment.ContentRootPath, mail.Value.PickupDirectory));
        });

        services.AddHangfire(cfg =>
        {
            cfg.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.Sqlite) cfg.UseInMemoryStorage();
            else cfg.UseSqlServerStorage(database.ConnectionString, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true });
        });
        if (configuration.GetValue("Hangfire:ServerEnabled", true)) services.AddHangfireServer();
        services.AddScoped<IJobScheduler, HangfireJobScheduler>();
        services.AddTransient<CloseSolicitationJob>();
        services.AddTransient<CloseOverdueSolicitationsJob>();
        services.AddTransient<FinaliseAwardNoticesJob>();
        services.AddTransient<FundAlertsJob>();
        services.AddTransient<DuplicateSweepJob>();
        services.AddTransient<CreditListsJob>();
        services.AddTransient<RemindersJob>();
        services.AddTransient<MailOutboxJob>();

        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<AdministratorBootstrap>();

        return services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<ApplicationUserManager>()
            .AddSignInManager<AuditingSignInManager>()
            .AddClaimsPrincipalFactory<PlatformClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<CharacterClassesPasswordValidator>()
            .AddDefaultTokenProviders();
    }
}
