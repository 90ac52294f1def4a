using System.Globalization;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Mediator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using ProcurementPlatform.Application;
using ProcurementPlatform.Application.Common.Behaviours;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Infrastructure;
using ProcurementPlatform.Infrastructure.Jobs;
using ProcurementPlatform.Infrastructure.Persistence;
using ProcurementPlatform.Infrastructure.Seeding;
using ProcurementPlatform.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var seedOnly = args.Contains("--seed-demo");

builder.Services.AddApplicationServices();
// AddDefaultUI registers the stock SignInManager again, so ours (which audits every sign-in) goes after it.
builder.Services.AddInfrastructureServices(builder.Configuration, builder.Environment)
    .AddDefaultUI()
    .AddSignInManager<ProcurementPlatform.Infrastructure.Identity.AuditingSignInManager>();

// The mediator is generated at compile time (Mediator.SourceGenerator, docs/adr/0001). The pipeline,
// outermost first: one transaction per command; an audit record per command; authorization declared
// on the request; validation of its fields.
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.PipelineBehaviors =
    [
        typeof(TransactionBehaviour<,>),
        typeof(AuditBehaviour<,>),
        typeof(AuthorizationBehaviour<,>),
        typeof(ValidationBehaviour<,>),
    ];
});

builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection(UploadOptions.SectionName));
builder.Services.Configure<ProcurementPlatform.Application.Awards.PublicityOptions>(builder.Configuration.GetSection(ProcurementPlatform.Application.Awards.PublicityOptions.SectionName));
builder.Services.AddPlatformRateLimits(builder.Configuration);
builder.Services.AddPublicPageCache(builder.Configuration);
builder.Services.Configure<ProcurementPlatform.Application.Reviews.ReviewOptions>(builder.Configuration.GetSection(ProcurementPlatform.Application.Reviews.ReviewOptions.SectionName));
builder.Services.Configure<ProcurementPlatform.Application.Credit.CreditOptions>(builder.Configuration.GetSection(ProcurementPlatform.Application.Credit.CreditOptions.Section));
builder.Services.Configure<ProcurementPlatform.Application.Projects.ProjectOptions>(builder.Configuration.GetSection(ProcurementPlatform.Application.Projects.ProjectOptions.Section));
builder.Services.Configure<ProcurementPlatform.Domain.Notifications.ReminderOptions>(builder.Configuration.GetSection(ProcurementPlatform.Domain.Notifications.ReminderOptions.SectionName));
builder.Services.Configure<ProcurementPlatform.Application.Notifications.NotificationOptions>(builder.Configuration.GetSection(ProcurementPlatform.Application.Notifications.NotificationOptions.SectionName));
builder.Services.Configure<ProcurementPlatform.Application.Questions.QuestionOptions>(builder.Configuration.GetSection(ProcurementPlatform.Application.Questions.QuestionOptions.SectionName));
var uploads = builder.Configuration.GetSection(UploadOptions.SectionName).Get<UploadOptions>() ?? new UploadOptions();
// Let oversized files reach the validator (which explains the limit) instead of failing in the server.
var requestLimit = uploads.MaxFileSizeBytes * 6 + 1024 * 1024;
builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = requestLimit);
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = requestLimit);

builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Identity/Account/Login";
    options.LogoutPath = "/Identity/Account/Logout";
    options.AccessDeniedPath = "/Identity/Account/AccessDenied";
    options.ExpireTimeSpan = TimeSpan.FromMinutes(builder.Configuration.GetValue("Security:IdleTimeoutMinutes", 30));
    options.SlidingExpiration = true;
    options.Cookie.Name = "pp.auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
});
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.SystemAdmin, p => p.RequireRole(Roles.SystemAdmin))
    .AddPolicy(Policies.SecurityAdmin, p => p.RequireRole(Roles.SecurityAdmin))
    .AddPolicy(Policies.DepartmentOfficer, p => p.RequireRole(Roles.DepartmentOfficer))
    .AddPolicy(Policies.OrganizationUser, p => p.RequireRole(Roles.OrganizationUser))
    .AddPolicy(Policies.CaseReader, p => p.RequireRole(Roles.OrganizationUser, Roles.DepartmentOfficer, Roles.Supervisor))
    .AddPolicy(Policies.AuditReader, p => p.RequireRole(Roles.AuditAdmin, Roles.Supervisor))
    .AddPolicy(Policies.ReviewReader, p => p.RequireRole(Roles.DepartmentOfficer, Roles.Supervisor))
    .AddPolicy(Policies.ProjectReader, p => p.RequireRole(Roles.DepartmentOfficer, Roles.OrganizationUser, Roles.Supervisor, Roles.Evaluator))
    .AddPolicy(Policies.EvaluationReader, p => p.RequireRole(Roles.Evaluator, Roles.DepartmentOfficer, Roles.Supervisor))
    .AddPolicy(Policies.Reviewer, p => p.RequireRole(Roles.Reviewer))
    .AddPolicy(Policies.PolicyEditor, p => p.RequireRole(Roles.SystemAdmin, Roles.DepartmentOfficer));

builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Department", Policies.DepartmentOfficer);
    options.Conventions.AuthorizeFolder("/Org", Policies.OrganizationUser);
    options.Conventions.AuthorizeFolder("/Applications", Policies.CaseReader);
    options.Conventions.AuthorizePage("/Admin/Organizations", Policies.SystemAdmin);
    options.Conventions.AuthorizePage("/Admin/Departments", Policies.SystemAdmin);
    options.Conventions.AuthorizePage("/Admin/Experts", Policies.SystemAdmin);
    options.Conventions.AuthorizePage("/Admin/Users", Policies.SecurityAdmin);
    options.Conventions.AuthorizePage("/Admin/Audit", Policies.AuditReader);
    options.Conventions.AuthorizePage("/Account/Password");
    options.Conventions.AuthorizeFolder("/Questions");
    options.Conventions.AuthorizeFolder("/Reviews", Policies.ReviewReader);
    options.Conventions.AuthorizeFolder("/Manage", Policies.ProjectReader);
    options.Conventions.AuthorizeFolder("/Reports", Policies.ProjectReader);
    options.Conventions.AuthorizeFolder("/Evaluations", Policies.EvaluationReader);
    options.Conventions.AuthorizeFolder("/CreditDesk", Policies.ReviewReader); // department officers and Supervisors
    options.Conventions.AuthorizeFolder("/Duplicates", Policies.ReviewReader); // department officers and Supervisors
    options.Conventions.AuthorizeFolder("/Inbox"); // every signed-in user, their own messages only
    options.Conventions.AuthorizeFolder("/Review", Policies.Reviewer);
    options.Conventions.AuthorizeFolder("/PolicyDesk", Policies.PolicyEditor); // served at /manage/policies
});
// Chinese text is written as it is, not as &#x..; entities (smaller pages, searchable source).
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
builder.Services.AddPublicApiDocument();
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");

var app = builder.Build();

// `--create-admin <SystemAdmin|SecurityAdmin|AuditAdmin> <email>`: opens the first account of an
// administrator duty on a new database; the password comes from PP_ADMIN_PASSWORD, not the command line.
var createAdmin = Array.IndexOf(args, "--create-admin");
if (createAdmin >= 0)
{
    if (args.Length < createAdmin + 3 || Environment.GetEnvironmentVariable("PP_ADMIN_PASSWORD") is not { Length: > 0 } adminPassword)
    {
        Console.Error.WriteLine("Usage: PP_ADMIN_PASSWORD=... ProcurementPlatform.Web --create-admin <SystemAdmin|SecurityAdmin|AuditAdmin> <email>");
        return 2;
    }
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    var errors = await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>().CreateAsync(args[createAdmin + 1], args[createAdmin + 2], adminPassword);
    foreach (var error in errors) Console.Error.WriteLine(error);
    if (errors.Count == 0) Console.WriteLine($"Created {args[createAdmin + 1]} account {args[createAdmin + 2]}.");
    return errors.Count == 0 ? 0 : 1;
}

if (seedOnly)
{
    if (app.Environment.IsProduction())
    {
        Console.Error.WriteLine("Refusing to seed demo data in the Production environment.");
        return 2;
    }
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    var seeded = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    Console.WriteLine(seeded ? "Demo data seeded." : "The database already has data; nothing seeded.");
    return 0;
}

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    if (scope.ServiceProvider.GetRequiredService<DatabaseSettings>().SeedDemoData)
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
}
RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>());

var chinese = new CultureInfo("zh-CN");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(chinese),
    SupportedCultures = [chinese],
    SupportedUICultures = [chinese],
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseMiddleware<AccountPolicyMiddleware>();
app.UsePublicPageCache(app.Configuration);
app.UseMiddleware<ApplicationExceptionMiddleware>();

app.MapHealthChecks("/health");
app.MapGet("/healthz", () => "ok"); // the process answers at all (no database); the baseline of benchmarks/public-pages.sh
app.MapHangfireDashboardWithAuthorizationPolicy(Policies.SystemAdmin, "/hangfire", new DashboardOptions { DashboardTitle = "后台任务", AppPath = "/" });
app.MapRazorPages();
app.MapPublicApi();
app.MapOcdsApi();
app.MapExportEndpoints();

if (app.Services.GetRequiredService<DatabaseSettings>().SeedDemoData)
{
    app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("官渡区社会工作服务项目管理平台 / ProcurementPlatform is running at: " + string.Join(", ", addresses));
        Console.WriteLine($"Demo accounts (password for all: {DemoDataSeeder.Password}):");
        foreach (var account in DemoDataSeeder.Accounts)
            Console.WriteLine($"  {account.UserName,-26} {account.Role,-18} {account.Description}");
        Console.WriteLine();
    });
}

app.Run();
return 0;

public partial class Program;
