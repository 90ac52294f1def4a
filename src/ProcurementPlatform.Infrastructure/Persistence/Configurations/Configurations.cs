using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Departments;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Plans;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Infrastructure.Persistence.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(d => d.Name).HasMaxLength(100);
        b.Property(d => d.Code).HasMaxLength(20);
        b.HasIndex(d => d.Code).IsUnique();
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.Name).HasMaxLength(100);
        b.Property(o => o.CreditCode).HasMaxLength(18).IsFixedLength().IsUnicode(false);
        b.HasIndex(o => o.CreditCode).IsUnique();
        b.Property(o => o.ContactName).HasMaxLength(50);
        b.Property(o => o.ContactPhone).HasMaxLength(20);
        b.Property(o => o.ContactEmail).HasMaxLength(100);
        b.Property(o => o.DecidedBy).HasMaxLength(256);
        b.Property(o => o.RejectionReason).HasMaxLength(500);
    }
}

internal sealed class SolicitationConfiguration : IEntityTypeConfiguration<Solicitation>
{
    public void Configure(EntityTypeBuilder<Solicitation> b)
    {
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.TargetGroups).HasMaxLength(500);
        b.Property(s => s.ContactInfo).HasMaxLength(200);
        b.Property(s => s.CreatedBy).HasMaxLength(256);
        b.Property(s => s.CancellationReason).HasMaxLength(1000);
        b.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.Status, s.ClosesAt });
        b.HasIndex(s => s.DepartmentId);
        b.OwnsMany(s => s.Rubric, r =>
        {
            r.ToTable("SolicitationRubricCriteria");
            r.WithOwner().HasForeignKey("SolicitationId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedOnAdd();
            r.Property(x => x.Name).HasMaxLength(100);
            r.Property(x => x.Description).HasMaxLength(1000);
        });
        b.OwnsMany(s => s.Attachments, a =>
        {
            a.ToTable("SolicitationAttachments");
            a.WithOwner().HasForeignKey("SolicitationId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedOnAdd();
            a.Property(x => x.FileName).HasMaxLength(200);
            a.Property(x => x.ContentType).HasMaxLength(100);
            a.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
        });
        b.OwnsMany(s => s.Amendments, a =>
        {
            a.ToTable("SolicitationAmendments");
            a.WithOwner().HasForeignKey("SolicitationId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedOnAdd();
            a.Property(x => x.AmendedBy).HasMaxLength(256);
            a.Property(x => x.Reason).HasMaxLength(2000);
            a.Property(x => x.Changes).HasMaxLength(4000);
        });
        b.HasIndex(s => s.PlanEntryId);
    }
}

internal sealed class ReleasePlanConfiguration : IEntityTypeConfiguration<ReleasePlan>
{
    public void Configure(EntityTypeBuilder<ReleasePlan> b)
    {
        b.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.DepartmentId, p.Year }).IsUnique();
        b.HasIndex(p => new { p.Year, p.Status });
        b.OwnsMany(p => p.Entries, e =>
        {
            e.ToTable("ReleasePlanEntries");
            e.WithOwner().HasForeignKey("ReleasePlanId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.TargetGroups).HasMaxLength(500);
            e.Property(x => x.Rationale).HasMaxLength(1000);
        });
        b.OwnsMany(p => p.Amendments, a =>
        {
            a.ToTable("ReleasePlanAmendments");
            a.WithOwner().HasForeignKey("ReleasePlanId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedOnAdd();
            a.Property(x => x.AmendedBy).HasMaxLength(256);
            a.Property(x => x.Reason).HasMaxLength(2000);
            a.Property(x => x.Changes).HasMaxLength(4000);
        });
    }
}

internal sealed class ExpertProfileConfiguration : IEntityTypeConfiguration<ExpertProfile>
{
    public void Configure(EntityTypeBuilder<ExpertProfile> b)
    {
        b.ToTable("Experts");
        b.Property(e => e.UserId).HasMaxLength(450);
        b.HasIndex(e => e.UserId).IsUnique().HasFilter("[UserId] IS NOT NULL");
        b.Property(e => e.Name).HasMaxLength(50);
        b.Property(e => e.Employer).HasMaxLength(100);
        b.Property(e => e.ProfessionalTitle).HasMaxLength(50);
        b.Property(e => e.Phone).HasMaxLength(20);
        b.Property(e => e.ProposalNote).HasMaxLength(1000);
        b.PrimitiveCollection(e => e.Fields);
        b.HasIndex(e => e.Status);
        b.OwnsMany(e => e.Affiliations, a =>
        {
            a.ToTable("ExpertAffiliations");
            a.WithOwner().HasForeignKey("ExpertId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedOnAdd();
            a.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class ReviewSessionConfiguration : IEntityTypeConfiguration<ReviewSession>
{
    public void Configure(EntityTypeBuilder<ReviewSession> b)
    {
        b.Property(s => s.Venue).HasMaxLength(200);
        b.Ignore(s => s.ActiveExpertIds);
        b.HasOne<Solicitation>().WithMany().HasForeignKey(s => s.SolicitationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.SolicitationId).IsUnique();
        b.OwnsMany(s => s.Applications, a =>
        {
            a.ToTable("ReviewSessionApplications");
            a.WithOwner().HasForeignKey("ReviewSessionId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedOnAdd();
            a.HasOne<ProjectApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        });
        b.OwnsMany(s => s.Members, m =>
        {
            m.ToTable("PanelMembers");
            m.WithOwner().HasForeignKey("ReviewSessionId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedOnAdd();
            m.HasOne<ExpertProfile>().WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Restrict);
        });
        b.OwnsMany(s => s.Draws, d =>
        {
            d.ToTable("PanelDrawRecords");
            d.WithOwner().HasForeignKey("ReviewSessionId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedOnAdd();
            d.Property(x => x.Purpose).HasMaxLength(100);
            d.Property(x => x.Field).HasMaxLength(50);
            d.Ignore(x => x.DrawnIds);
            d.Ignore(x => x.CandidateIds);
            d.Ignore(x => x.Exclusions);
            d.Ignore(x => x.ApplicantIds);
            d.Ignore(x => x.AlreadyOnPanelIds);
        });
    }
}

internal sealed class ReviewSheetConfiguration : IEntityTypeConfiguration<ReviewSheet>
{
    public void Configure(EntityTypeBuilder<ReviewSheet> b)
    {
        b.HasOne<ReviewSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ExpertProfile>().WithMany().HasForeignKey(s => s.ExpertId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProjectApplication>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.SessionId, s.ExpertId, s.ApplicationId }).IsUnique();
        b.HasIndex(s => new { s.SessionId, s.ApplicationId });
        b.Property(s => s.ConflictNote).HasMaxLength(500);
        b.Property(s => s.OutlierReason).HasMaxLength(1000);
        b.Ignore(s => s.Total);
        b.OwnsMany(s => s.Scores, c =>
        {
            c.ToTable("CriterionScores");
            c.WithOwner().HasForeignKey("ReviewSheetId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedOnAdd();
            c.Property(x => x.Criterion).HasMaxLength(100);
            c.Property(x => x.Points).HasPrecision(5, 1);
            c.Property(x => x.Comment).HasMaxLength(ReviewSheet.MaxCommentLength);
        });
    }
}

internal sealed class AwardNoticeConfiguration : IEntityTypeConfiguration<Domain.Awards.AwardNotice>
{
    public void Configure(EntityTypeBuilder<Domain.Awards.AwardNotice> b)
    {
        b.Property(n => n.Title).HasMaxLength(300);
        b.HasOne<Solicitation>().WithMany().HasForeignKey(n => n.SolicitationId).OnDelete(DeleteBehavior.Restrict);
        // One original notice per call; 递补 notices (which supplement it) may follow.
        b.HasIndex(n => n.SolicitationId).IsUnique().HasFilter("[SupplementsNoticeId] IS NULL AND [Kind] = 0");
        b.HasOne<Domain.Awards.AwardNotice>().WithMany().HasForeignKey(n => n.SupplementsNoticeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => new { n.Status, n.PublicityEndsAt });
        b.OwnsMany(n => n.Entries, e =>
        {
            e.ToTable("AwardNoticeEntries");
            e.WithOwner().HasForeignKey("AwardNoticeId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.ProjectTitle).HasMaxLength(200);
            e.Property(x => x.OrganizationName).HasMaxLength(100);
            e.Property(x => x.Score).HasPrecision(6, 2);
            e.HasOne<ProjectApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Domain.Awards.Objection>
{
    public void Configure(EntityTypeBuilder<Domain.Awards.Objection> b)
    {
        b.Property(o => o.Grounds).HasMaxLength(Domain.Awards.Objection.MaxGroundsLength);
        b.Property(o => o.Contact).HasMaxLength(100);
        b.Property(o => o.Answer).HasMaxLength(2000);
        b.Property(o => o.AnsweredBy).HasMaxLength(256);
        b.HasOne<Domain.Awards.AwardNotice>().WithMany().HasForeignKey(o => o.NoticeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.NoticeId, o.ApplicationId, o.Status });
        b.Property(o => o.AttachmentName).HasMaxLength(200);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(o => o.AttachmentFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Domain.Projects.Project>
{
    public void Configure(EntityTypeBuilder<Domain.Projects.Project> b)
    {
        b.Property(p => p.Title).HasMaxLength(200);
        b.HasOne<ProjectApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        // An application is awarded at most once, whatever runs twice.
        b.HasIndex(p => p.ApplicationId).IsUnique();
        b.HasIndex(p => new { p.DepartmentId, p.Status });
        b.HasIndex(p => new { p.OrganizationId, p.Status });
        b.Property(p => p.CommunityName).HasMaxLength(100);
        b.Property(p => p.SignedBy).HasMaxLength(256);
        b.OwnsMany(p => p.Tranches, t =>
        {
            t.ToTable("ContractTranches");
            t.WithOwner().HasForeignKey("ProjectId");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        b.OwnsMany(p => p.Lines, l =>
        {
            l.ToTable("ContractLines");
            l.WithOwner().HasForeignKey("ProjectId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedOnAdd();
            l.Property(x => x.Description).HasMaxLength(200);
        });
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<Domain.Projects.ProgressReport>
{
    public void Configure(EntityTypeBuilder<Domain.Projects.ProgressReport> b)
    {
        b.HasOne<Domain.Projects.Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ProjectId, r.PeriodIndex }).IsUnique();
        b.HasIndex(r => r.Status);
        b.Property(r => r.Narrative).HasMaxLength(Domain.Projects.ProgressReport.MaxNarrativeLength);
        b.Property(r => r.CreatedBy).HasMaxLength(256);
        b.Property(r => r.ReviewedBy).HasMaxLength(256);
        b.Property(r => r.ReviewComment).HasMaxLength(2000);
        b.Ignore(r => r.Editable);
        b.Ignore(r => r.Spent);
        b.OwnsMany(r => r.Outputs, o =>
        {
            o.ToTable("ReportOutputs");
            o.WithOwner().HasForeignKey("ReportId");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedOnAdd();
            o.Property(x => x.ActivityName).HasMaxLength(100);
        });
        b.OwnsMany(r => r.Expenditures, e =>
        {
            e.ToTable("ReportExpenditures");
            e.WithOwner().HasForeignKey("ReportId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Description).HasMaxLength(200);
        });
        b.OwnsMany(r => r.Evidence, e =>
        {
            e.ToTable("ReportEvidence");
            e.WithOwner().HasForeignKey("ReportId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.FileName).HasMaxLength(200);
            e.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class DisbursementConfiguration : IEntityTypeConfiguration<Domain.Projects.Disbursement>
{
    public void Configure(EntityTypeBuilder<Domain.Projects.Disbursement> b)
    {
        b.HasOne<Domain.Projects.Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Restrict);
        // A tranche is paid once, whatever is clicked twice.
        b.HasIndex(d => new { d.ProjectId, d.TrancheOrder }).IsUnique();
        b.Property(d => d.Voucher).HasMaxLength(100);
        b.Property(d => d.RecordedBy).HasMaxLength(256);
        b.OwnsMany(d => d.Shares, s =>
        {
            s.ToTable("DisbursementShares");
            s.WithOwner().HasForeignKey("DisbursementId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedOnAdd();
        });
    }
}

internal sealed class FundAlertConfiguration : IEntityTypeConfiguration<Domain.Projects.FundAlert>
{
    public void Configure(EntityTypeBuilder<Domain.Projects.FundAlert> b)
    {
        b.HasOne<Domain.Projects.Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
        // Raised once per kind and subject, however often the monitor runs.
        b.HasIndex(a => new { a.ProjectId, a.Kind, a.Subject }).IsUnique();
        b.HasIndex(a => a.Status);
        b.Property(a => a.Subject).HasMaxLength(100);
        b.Property(a => a.Message).HasMaxLength(1000);
        b.Property(a => a.Records).HasMaxLength(4000);
        b.Property(a => a.CloseReason).HasMaxLength(1000);
        b.Property(a => a.ClosedBy).HasMaxLength(256);
    }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Domain.Projects.Evaluation>
{
    public void Configure(EntityTypeBuilder<Domain.Projects.Evaluation> b)
    {
        b.HasOne<Domain.Projects.Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.ProjectId, e.Kind }).IsUnique();
        b.HasIndex(e => new { e.EvaluatorUserId, e.Status });
        b.Property(e => e.EvaluatorUserId).HasMaxLength(450);
        b.Property(e => e.EvaluatorName).HasMaxLength(100);
        b.Property(e => e.AssignedBy).HasMaxLength(256);
        b.Property(e => e.Summary).HasMaxLength(2000);
        b.Property(e => e.Total).HasPrecision(5, 1);
        b.OwnsMany(e => e.Indicators, i =>
        {
            i.ToTable("EvaluationIndicators");
            i.WithOwner().HasForeignKey("EvaluationId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedOnAdd();
            i.Property(x => x.Name).HasMaxLength(50);
            i.Property(x => x.Score).HasPrecision(5, 1);
            i.Property(x => x.Comment).HasMaxLength(Domain.Projects.Evaluation.MaxCommentLength);
        });
        b.OwnsMany(e => e.Evidence, x =>
        {
            x.ToTable("EvaluationEvidence");
            x.WithOwner().HasForeignKey("EvaluationId");
            x.HasKey(y => y.Id);
            x.Property(y => y.Id).ValueGeneratedOnAdd();
            x.Property(y => y.FileName).HasMaxLength(200);
            x.HasOne<StoredFile>().WithMany().HasForeignKey(y => y.FileId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class CallQuestionConfiguration : IEntityTypeConfiguration<CallQuestion>
{
    public void Configure(EntityTypeBuilder<CallQuestion> b)
    {
        b.Property(q => q.Text).HasMaxLength(CallQuestion.MaxTextLength);
        b.Property(q => q.Answer).HasMaxLength(CallQuestion.MaxTextLength);
        b.Property(q => q.AskedByUserId).HasMaxLength(450);
        b.Property(q => q.AnsweredBy).HasMaxLength(256);
        b.Property(q => q.AttachmentName).HasMaxLength(200);
        b.HasOne<Solicitation>().WithMany().HasForeignKey(q => q.SolicitationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(q => q.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(q => q.AttachmentFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(q => new { q.SolicitationId, q.Status });
    }
}

internal sealed class ProjectApplicationConfiguration : IEntityTypeConfiguration<ProjectApplication>
{
    public void Configure(EntityTypeBuilder<ProjectApplication> b)
    {
        b.ToTable("Applications");
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Community).HasMaxLength(200);
        b.Property(a => a.SocialWorkerName).HasMaxLength(50);
        b.Property(a => a.SocialWorkerCertificateNo).HasMaxLength(50);
        b.Property(a => a.Location).HasMaxLength(200);
        b.Property(a => a.CreatedBy).HasMaxLength(256);
        b.Property(a => a.WithdrawalReason).HasMaxLength(1000);
        b.Property(a => a.EligibilityNote).HasMaxLength(1000);
        b.HasOne<Solicitation>().WithMany().HasForeignKey(a => a.SolicitationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.OrganizationId, a.ClientRequestId }).IsUnique();
        b.HasIndex(a => new { a.SolicitationId, a.Status });
        b.OwnsMany(a => a.Partners, p =>
        {
            p.ToTable("ApplicationPartners");
            p.WithOwner().HasForeignKey("ApplicationId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedOnAdd();
            p.Property(x => x.Name).HasMaxLength(100);
            p.Property(x => x.Role).HasMaxLength(200);
        });
        b.OwnsMany(a => a.Activities, x =>
        {
            x.ToTable("ApplicationActivities");
            x.WithOwner().HasForeignKey("ApplicationId");
            x.HasKey(y => y.Id);
            x.Property(y => y.Id).ValueGeneratedOnAdd();
            x.Property(y => y.Name).HasMaxLength(100);
            x.Property(y => y.Description).HasMaxLength(1000);
        });
        b.OwnsMany(a => a.BudgetLines, l =>
        {
            l.ToTable("ApplicationBudgetLines");
            l.WithOwner().HasForeignKey("ApplicationId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedOnAdd();
            l.Property(x => x.Description).HasMaxLength(200);
        });
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Action).HasMaxLength(100);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.Detail).HasMaxLength(2000);
        b.Property(a => a.IpAddress).HasMaxLength(64);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class CreditEventConfiguration : IEntityTypeConfiguration<Domain.Credit.CreditEvent>
{
    public void Configure(EntityTypeBuilder<Domain.Credit.CreditEvent> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // The recompute reads the events that can still count in one set-based query.
        b.HasIndex(e => new { e.Status, e.Ground, e.OccurredOn });
        b.HasIndex(e => e.OrganizationId);
        b.HasIndex(e => e.SourceKey).IsUnique().HasFilter("[SourceKey] IS NOT NULL");
        b.Property(e => e.SourceKey).HasMaxLength(100);
        b.Property(e => e.Description).HasMaxLength(Domain.Credit.CreditEvent.MaxDescriptionLength);
        b.Property(e => e.RecordedBy).HasMaxLength(256);
        b.OwnsMany(e => e.Evidence, x =>
        {
            x.ToTable("CreditEventEvidence");
            x.WithOwner().HasForeignKey("CreditEventId");
            x.HasKey(y => y.Id);
            x.Property(y => y.Id).ValueGeneratedOnAdd();
            x.Property(y => y.FileName).HasMaxLength(200);
            x.HasOne<StoredFile>().WithMany().HasForeignKey(y => y.FileId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class CreditEntryConfiguration : IEntityTypeConfiguration<Domain.Credit.CreditEntry>
{
    public void Configure(EntityTypeBuilder<Domain.Credit.CreditEntry> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.Status, e.List });
        b.HasIndex(e => new { e.OrganizationId, e.List, e.Status });
        b.HasIndex(e => new { e.DepartmentId, e.Status });
        b.Property(e => e.DecidedBy).HasMaxLength(256);
        b.Property(e => e.RejectionReason).HasMaxLength(1000);
        b.Property(e => e.RemovalNote).HasMaxLength(2100);
        b.Ignore(e => e.IsActive);
        // The grounds travel with their entry as one JSON column: a recompute that lists thousands of
        // organisations writes one row per entry, not one per ground.
        b.OwnsMany(e => e.Grounds, g =>
        {
            g.ToJson("Grounds");
        });
    }
}

internal sealed class CreditRequestConfiguration : IEntityTypeConfiguration<Domain.Credit.CreditRequest>
{
    public void Configure(EntityTypeBuilder<Domain.Credit.CreditRequest> b)
    {
        b.HasOne<Domain.Credit.CreditEntry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.EntryId, r.Status });
        b.Property(r => r.Statement).HasMaxLength(Domain.Credit.CreditRequest.MaxTextLength);
        b.Property(r => r.Answer).HasMaxLength(Domain.Credit.CreditRequest.MaxTextLength);
        b.Property(r => r.FiledBy).HasMaxLength(256);
        b.Property(r => r.AnsweredBy).HasMaxLength(256);
        b.OwnsMany(r => r.Evidence, x =>
        {
            x.ToTable("CreditRequestEvidence");
            x.WithOwner().HasForeignKey("CreditRequestId");
            x.HasKey(y => y.Id);
            x.Property(y => y.Id).ValueGeneratedOnAdd();
            x.Property(y => y.FileName).HasMaxLength(200);
            x.HasOne<StoredFile>().WithMany().HasForeignKey(y => y.FileId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class DuplicateFlagConfiguration : IEntityTypeConfiguration<DuplicateFlag>
{
    public void Configure(EntityTypeBuilder<DuplicateFlag> b)
    {
        b.HasOne<ProjectApplication>().WithMany().HasForeignKey(f => f.ApplicationAId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProjectApplication>().WithMany().HasForeignKey(f => f.ApplicationBId).OnDelete(DeleteBehavior.Restrict);
        // One flag per pair, however many checks and sweeps see it.
        b.HasIndex(f => new { f.ApplicationAId, f.ApplicationBId }).IsUnique();
        b.HasIndex(f => f.ApplicationBId);
        b.HasIndex(f => new { f.Status, f.Score });
        b.Property(f => f.Signals).HasMaxLength(200);
        b.Property(f => f.Reason).HasMaxLength(DuplicateFlag.MaxReasonLength);
        b.Property(f => f.DecisionReason).HasMaxLength(DuplicateFlag.MaxReasonLength);
        b.Property(f => f.DecidedBy).HasMaxLength(256);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Domain.Notifications.Notification>
{
    public void Configure(EntityTypeBuilder<Domain.Notifications.Notification> b)
    {
        // The notification log: one row per recipient, rule, subject and occurrence, whoever runs the job how often.
        b.HasIndex(n => n.Key).IsUnique();
        b.HasIndex(n => new { n.RecipientUserId, n.ReadAt, n.CreatedAt });
        b.Property(n => n.RecipientUserId).HasMaxLength(450);
        b.Property(n => n.Key).HasMaxLength(Domain.Notifications.Notification.MaxKeyLength);
        b.Property(n => n.Title).HasMaxLength(200);
        b.Property(n => n.Body).HasMaxLength(2000);
        b.Property(n => n.Link).HasMaxLength(500);
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<Domain.Notifications.OutboxMail>
{
    public void Configure(EntityTypeBuilder<Domain.Notifications.OutboxMail> b)
    {
        b.HasIndex(m => m.Key).IsUnique().HasFilter("[Key] IS NOT NULL");
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.Property(m => m.To).HasMaxLength(256);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Body).HasMaxLength(8000);
        b.Property(m => m.Key).HasMaxLength(Domain.Notifications.Notification.MaxKeyLength);
        b.Property(m => m.LastError).HasMaxLength(Domain.Notifications.OutboxMail.MaxErrorLength);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<Domain.Notifications.NotificationPreference>
{
    public void Configure(EntityTypeBuilder<Domain.Notifications.NotificationPreference> b)
    {
        b.HasIndex(p => new { p.UserId, p.Kind }).IsUnique();
        b.Property(p => p.UserId).HasMaxLength(450);
    }
}

internal sealed class AlertSubscriptionConfiguration : IEntityTypeConfiguration<Domain.Notifications.AlertSubscription>
{
    public void Configure(EntityTypeBuilder<Domain.Notifications.AlertSubscription> b)
    {
        b.HasIndex(s => s.ConfirmToken).IsUnique();
        b.HasIndex(s => s.UnsubscribeToken).IsUnique();
        b.HasIndex(s => s.Email);
        b.Property(s => s.Email).HasMaxLength(Domain.Notifications.AlertSubscription.MaxEmailLength);
        b.Property(s => s.ServiceFields).HasMaxLength(200);
        b.Property(s => s.DepartmentIds).HasMaxLength(2000);
        b.Property(s => s.ConfirmToken).HasMaxLength(64);
        b.Property(s => s.UnsubscribeToken).HasMaxLength(64);
    }
}

internal sealed class ProjectCommentConfiguration : IEntityTypeConfiguration<Domain.Portal.ProjectComment>
{
    public void Configure(EntityTypeBuilder<Domain.Portal.ProjectComment> b)
    {
        b.ToTable("ProjectComments");
        b.Property(c => c.Nickname).HasMaxLength(Domain.Portal.ProjectComment.MaxNicknameLength * 2);
        b.Property(c => c.Contact).HasMaxLength(Domain.Portal.ProjectComment.MaxContactLength);
        b.Property(c => c.Text).HasMaxLength(Domain.Portal.ProjectComment.MaxTextLength);
        // Masking can lengthen text slightly (an ID number becomes a marker), hence the margin.
        b.Property(c => c.PublicText).HasMaxLength(Domain.Portal.ProjectComment.MaxTextLength * 2);
        b.Property(c => c.ModeratedBy).HasMaxLength(256);
        b.Property(c => c.RejectionReason).HasMaxLength(Domain.Portal.ProjectComment.MaxReasonLength);
        b.HasOne<Domain.Projects.Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ProjectId, c.Status, c.SubmittedAt });
        b.HasIndex(c => new { c.Status, c.SubmittedAt });
        b.OwnsMany(c => c.Replies, r =>
        {
            r.ToTable("ProjectCommentReplies");
            r.WithOwner().HasForeignKey("CommentId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedOnAdd();
            r.Property(x => x.AuthorName).HasMaxLength(100);
            r.Property(x => x.Text).HasMaxLength(Domain.Portal.CommentReply.MaxTextLength * 2);
            r.Property(x => x.RepliedBy).HasMaxLength(256);
        });
        b.Navigation(c => c.Replies).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Domain.Portal.Policy>
{
    public void Configure(EntityTypeBuilder<Domain.Portal.Policy> b)
    {
        b.ToTable("Policies");
        b.Property(p => p.Title).HasMaxLength(Domain.Portal.Policy.MaxTitleLength);
        b.Property(p => p.Issuer).HasMaxLength(Domain.Portal.Policy.MaxIssuerLength);
        b.Property(p => p.DocumentNumber).HasMaxLength(Domain.Portal.Policy.MaxDocumentNumberLength);
        b.Property(p => p.Body).HasMaxLength(Domain.Portal.Policy.MaxBodyLength);
        b.Property(p => p.CreatedBy).HasMaxLength(256);
        b.Property(p => p.WithdrawalReason).HasMaxLength(Domain.Portal.Policy.MaxReasonLength);
        b.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.Status, p.IssuedOn });
        b.HasIndex(p => new { p.Status, p.Level });
        b.OwnsMany(p => p.Attachments, a =>
        {
            a.ToTable("PolicyAttachments");
            a.WithOwner().HasForeignKey("PolicyId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedOnAdd();
            a.Property(x => x.FileName).HasMaxLength(200);
            a.Property(x => x.ContentType).HasMaxLength(100);
            a.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Navigation(p => p.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
