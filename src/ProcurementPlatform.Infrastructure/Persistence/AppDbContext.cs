using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Departments;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Plans;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Identity;

namespace ProcurementPlatform.Infrastructure.Persistence;

/// <summary>
/// The platform's database. One model for both providers; each provider has its own subclass so it
/// can keep its own migrations (<see cref="SqliteAppDbContext"/>, <see cref="SqlServerAppDbContext"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IApplicationDbContext
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Solicitation> Solicitations => Set<Solicitation>();
    public DbSet<ProjectApplication> Applications => Set<ProjectApplication>();
    public DbSet<Domain.Notifications.Notification> Notifications => Set<Domain.Notifications.Notification>();
    public DbSet<Domain.Notifications.OutboxMail> OutboxMails => Set<Domain.Notifications.OutboxMail>();
    public DbSet<Domain.Notifications.NotificationPreference> NotificationPreferences => Set<Domain.Notifications.NotificationPreference>();
    public DbSet<Domain.Notifications.AlertSubscription> AlertSubscriptions => Set<Domain.Notifications.AlertSubscription>();
    public DbSet<DuplicateFlag> DuplicateFlags => Set<DuplicateFlag>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ReleasePlan> ReleasePlans => Set<ReleasePlan>();
    public DbSet<CallQuestion> CallQuestions => Set<CallQuestion>();
    public DbSet<ExpertProfile> Experts => Set<ExpertProfile>();
    public DbSet<ReviewSession> ReviewSessions => Set<ReviewSession>();
    public DbSet<ReviewSheet> ReviewSheets => Set<ReviewSheet>();
    public DbSet<Domain.Awards.AwardNotice> AwardNotices => Set<Domain.Awards.AwardNotice>();
    public DbSet<Domain.Awards.Objection> Objections => Set<Domain.Awards.Objection>();
    public DbSet<Domain.Projects.Project> Projects => Set<Domain.Projects.Project>();
    public DbSet<Domain.Projects.ProgressReport> ProgressReports => Set<Domain.Projects.ProgressReport>();
    public DbSet<Domain.Projects.Disbursement> Disbursements => Set<Domain.Projects.Disbursement>();
    public DbSet<Domain.Projects.FundAlert> FundAlerts => Set<Domain.Projects.FundAlert>();
    public DbSet<Domain.Projects.Evaluation> Evaluations => Set<Domain.Projects.Evaluation>();
    public DbSet<Domain.Credit.CreditEvent> CreditEvents => Set<Domain.Credit.CreditEvent>();
    public DbSet<Domain.Credit.CreditEntry> CreditEntries => Set<Domain.Credit.CreditEntry>();
    public DbSet<Domain.Credit.CreditRequest> CreditRequests => Set<Domain.Credit.CreditRequest>();
    public DbSet<Domain.Portal.ProjectComment> ProjectComments => Set<Domain.Portal.ProjectComment>();
    public DbSet<Domain.Portal.Policy> Policies => Set<Domain.Portal.Policy>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<ApplicationUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(100);
            b.HasIndex(u => u.DepartmentId);
            b.HasIndex(u => u.OrganizationId);
        });
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
            builder.Entity(entityType.ClrType).Ignore(nameof(Entity.DomainEvents));
        }
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && !typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
            builder.Entity(entityType.ClrType).Ignore(nameof(Entity.DomainEvents));
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("审计记录只能追加，不能修改或删除。");
        }
        foreach (var entry in ChangeTracker.Entries<AggregateRoot>())
        {
            var ownedChanged = entry.References.Concat<Microsoft.EntityFrameworkCore.ChangeTracking.NavigationEntry>(entry.Collections)
                .Any(n => n.IsModified);
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Unchanged && ownedChanged))
            {
                entry.Entity.RenewVersion();
                if (entry.State == EntityState.Unchanged) entry.State = EntityState.Modified;
            }
        }
    }

    private sealed class MoneyConverter() : ValueConverter<Money, long>(m => m.Fen, fen => new Money(fen));

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => ChinaTime.AsUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? ChinaTime.AsUtc(v.Value) : v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
