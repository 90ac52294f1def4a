using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Departments;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Plans;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Common.Interfaces;

/// <summary>The database as use cases see it (no repository layer over EF; see docs/adr).</summary>
public interface IApplicationDbContext
{
    DbSet<Department> Departments { get; }
    DbSet<Organization> Organizations { get; }
    DbSet<Solicitation> Solicitations { get; }
    DbSet<ProjectApplication> Applications { get; }
    DbSet<DuplicateFlag> DuplicateFlags { get; }
    DbSet<StoredFile> StoredFiles { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<ReleasePlan> ReleasePlans { get; }
    DbSet<CallQuestion> CallQuestions { get; }
    DbSet<ExpertProfile> Experts { get; }
    DbSet<ReviewSession> ReviewSessions { get; }
    DbSet<ReviewSheet> ReviewSheets { get; }
    DbSet<Domain.Awards.AwardNotice> AwardNotices { get; }
    DbSet<Domain.Awards.Objection> Objections { get; }
    DbSet<Domain.Projects.Project> Projects { get; }
    DbSet<Domain.Projects.ProgressReport> ProgressReports { get; }
    DbSet<Domain.Projects.Disbursement> Disbursements { get; }
    DbSet<Domain.Projects.FundAlert> FundAlerts { get; }
    DbSet<Domain.Projects.Evaluation> Evaluations { get; }
    DbSet<Domain.Credit.CreditEvent> CreditEvents { get; }
    DbSet<Domain.Credit.CreditEntry> CreditEntries { get; }
    DbSet<Domain.Credit.CreditRequest> CreditRequests { get; }
    DbSet<Domain.Notifications.Notification> Notifications { get; }
    DbSet<Domain.Notifications.OutboxMail> OutboxMails { get; }
    DbSet<Domain.Notifications.NotificationPreference> NotificationPreferences { get; }
    DbSet<Domain.Notifications.AlertSubscription> AlertSubscriptions { get; }
    DbSet<Domain.Portal.ProjectComment> ProjectComments { get; }
    DbSet<Domain.Portal.Policy> Policies { get; }

    DatabaseFacade Database { get; }
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
