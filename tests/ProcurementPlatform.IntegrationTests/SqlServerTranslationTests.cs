using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Applications.Queries;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Persistence;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>
/// SQL Server is the production database but no server runs here: build this slice's main queries
/// with the SQL Server provider and check they translate (ToQueryString), so a translation break is
/// caught before deployment.
/// </summary>
public sealed class SqlServerTranslationTests : IDisposable
{
    private readonly SqlServerAppDbContext _db = new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
        .UseSqlServer("Server=unused;Database=ProcurementPlatform;TrustServerCertificate=True").Options);

    [Fact]
    public void The_reminder_and_inbox_queries_translate()
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var closing = (from a in _db.Applications
                       join s in _db.Solicitations on a.SolicitationId equals s.Id
                       where a.Status == ApplicationStatus.Draft && s.Status == SolicitationStatus.Open && s.ClosesAt > now && s.ClosesAt <= now.AddDays(3)
                       select new { a.Id, s.ClosesAt }).ToQueryString();
        Assert.Contains("[Solicitations]", closing);
        var keys = new List<string> { "call-closing:3d:x:y" };
        Assert.Contains("[Key]", _db.Notifications.Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToQueryString());
        var userId = "user";
        Assert.Contains("OFFSET", _db.Notifications.Where(n => n.RecipientUserId == userId && n.ReadAt == null).OrderByDescending(n => n.CreatedAt).Skip(20).Take(20).ToQueryString());
        var due = _db.OutboxMails.Where(m => m.Status == ProcurementPlatform.Domain.Notifications.OutboxMailStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(200).ToQueryString();
        Assert.Contains("[NextAttemptAt]", due);
    }

    [Fact]
    public void The_duplicate_corpus_and_triage_queries_translate()
    {
        var since = TimeProvider.System.GetUtcNow().UtcDateTime;
        var corpus = ProcurementPlatform.Application.Duplicates.DuplicateCorpus.Rows(_db).Where(r => r.SubmittedAt >= since).ToQueryString();
        Assert.Contains("[ApplicationActivities]", corpus);
        Assert.Contains("[SubmittedAt] >=", corpus);
        var officer = new Moq.Mock<ProcurementPlatform.Application.Common.Interfaces.ICurrentUser>();
        officer.Setup(u => u.IsInRole(ProcurementPlatform.Domain.Security.Roles.DepartmentOfficer)).Returns(true);
        officer.Setup(u => u.DepartmentId).Returns(Guid.NewGuid());
        var visible = ProcurementPlatform.Application.Duplicates.DuplicateAccess.Visible(_db, officer.Object)
            .Where(f => f.Status == DuplicateFlagStatus.Open).OrderByDescending(f => f.Score).Take(500).ToQueryString();
        Assert.Contains("[Solicitations]", visible);
        Assert.Contains("[DuplicateFlags]", visible);
        var ids = new List<Guid> { Guid.NewGuid() };
        Assert.Contains("[Organizations]", ProcurementPlatform.Application.Duplicates.FlaggedApplication.Query(_db).Where(a => ids.Contains(a.Id)).ToQueryString());
    }

    [Fact]
    public void The_public_call_list_translates_with_every_filter_and_paging()
    {
        var query = new ListPublicSolicitationsQuery(ServiceField.ChildCare, Guid.NewGuid(), SolicitationStatus.Open, "儿童", 2, 10);
        var sql = ListPublicSolicitationsQueryHandler.WithDepartment(_db, ListPublicSolicitationsQueryHandler.Filter(_db, query))
            .OrderBy(x => x.Call.Status == SolicitationStatus.Open ? 0 : 1).ThenByDescending(x => x.Call.PublishedAt).ThenBy(x => x.Call.Id)
            .Skip(10).Take(10).Select(ListPublicSolicitationsQueryHandler.ToListItem).ToQueryString();
        Assert.Contains("OFFSET", sql);
        Assert.Contains("[Departments]", sql);
        Assert.Contains("LIKE", sql);
    }

    [Fact]
    public void The_department_views_translate()
    {
        var departmentId = Guid.NewGuid();
        var own = _db.Solicitations.Where(s => s.DepartmentId == departmentId);
        Assert.Contains("ORDER BY", ListPublicSolicitationsQueryHandler.WithDepartment(_db, own).OrderByDescending(x => x.Call.CreatedAt)
            .Select(ListPublicSolicitationsQueryHandler.ToListItem).ToQueryString());
        var ids = new List<Guid> { Guid.NewGuid(), Guid.NewGuid() };
        var counts = _db.Applications.Where(a => ids.Contains(a.SolicitationId) && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
            .GroupBy(a => a.SolicitationId).Select(g => new { g.Key, Count = g.Count() });
        Assert.Contains("GROUP BY", counts.ToQueryString());
        Assert.Contains("[Organizations]", GetDepartmentSolicitationQueryHandler.ReceivedApplications(_db, Guid.NewGuid()).ToQueryString());
    }

    [Fact]
    public void The_organisation_views_and_the_closing_sweep_translate()
    {
        Assert.Contains("[Solicitations]", ListMyApplicationsQueryHandler.Query(_db, Guid.NewGuid()).ToQueryString());
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        Assert.Contains("[ClosesAt] <", _db.Solicitations.Where(s => s.Status == SolicitationStatus.Open && s.ClosesAt < now).ToQueryString());
        var organizationId = Guid.NewGuid();
        var token = Guid.NewGuid();
        Assert.Contains("[ClientRequestId]", _db.Applications.Where(a => a.OrganizationId == organizationId && a.ClientRequestId == token).Select(a => (Guid?)a.Id).ToQueryString());
    }

    [Fact]
    public void The_project_views_translate()
    {
        var departmentId = Guid.NewGuid();
        var sql = ProcurementPlatform.Application.Projects.ListProjectsQueryHandler.Rows(_db, _db.Projects.Where(p => p.DepartmentId == departmentId)).Take(500).ToQueryString();
        Assert.Contains("[ProgressReports]", sql);
        Assert.Contains("[FundAlerts]", sql);
        var evaluationId = Guid.NewGuid();
        Assert.Contains("[AwardNoticeEntries]", _db.AwardNotices.Where(n => n.Kind == ProcurementPlatform.Domain.Awards.NoticeKind.Evaluation && n.Entries.Any(x => x.EvaluationId == evaluationId))
            .OrderByDescending(n => n.PublishedAt).Select(n => (Guid?)n.Id).ToQueryString());
        Assert.Contains("[ReportExpenditures]", _db.ProgressReports.Where(r => r.ProjectId == departmentId && r.Status == ProcurementPlatform.Domain.Projects.ReportStatus.Accepted).ToQueryString());
        Assert.Contains("[ContractTranches]", _db.Projects.Where(p => p.SignedAt != null && p.Status != ProcurementPlatform.Domain.Projects.ProjectStatus.Closed).ToQueryString());
    }

    [Fact]
    public void The_credit_list_and_the_recompute_read_translate()
    {
        var list = ProcurementPlatform.Application.Credit.ListCreditEntriesQueryHandler.Filter(_db,
            new ProcurementPlatform.Application.Credit.ListCreditEntriesQuery(ProcurementPlatform.Domain.Credit.CreditList.Black, "明德", History: true));
        var sql = list.OrderByDescending(x => x.Entry.RemovedAt).ThenBy(x => x.Entry.Id).Skip(20).Take(20).ToQueryString();
        Assert.Contains("LIKE", sql);
        Assert.Contains("[Organizations]", sql);
        Assert.Contains("OFFSET", sql);
        var today = new DateOnly(2026, 11, 23); // only the SQL shape matters
        var grounds = new List<ProcurementPlatform.Domain.Credit.CreditGround> { ProcurementPlatform.Domain.Credit.CreditGround.FundMisuse };
        var events = _db.CreditEvents.Where(e => e.Status == ProcurementPlatform.Domain.Credit.CreditEventStatus.Active && grounds.Contains(e.Ground) && e.OccurredOn <= today)
            .Select(e => new ProcurementPlatform.Domain.Credit.CreditFact(e.Id, e.OrganizationId, e.Ground, e.OccurredOn, e.DepartmentId)).ToQueryString();
        Assert.Contains("[CreditEvents]", events);
    }

    [Fact]
    public void The_audit_trail_filter_translates()
    {
        var query = new ProcurementPlatform.Application.Auditing.ListAuditEntriesQuery("mzj", "Submit", ProcurementPlatform.Domain.Auditing.AuditOutcome.Failed, TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-1), TimeProvider.System.GetUtcNow().UtcDateTime);
        var sql = ProcurementPlatform.Application.Auditing.ListAuditEntriesQueryHandler.Filter(_db, query).OrderByDescending(e => e.Id).Skip(50).Take(50).ToQueryString();
        Assert.Contains("[AuditEntries]", sql);
        Assert.Contains("OFFSET", sql);
    }

    [Fact]
    public void The_plan_and_question_queries_translate()
    {
        Assert.Contains("LEFT JOIN [Organizations]", ProcurementPlatform.Application.Questions.Queries.ListDepartmentQuestionsQueryHandler.Query(_db, Guid.NewGuid(), null).ToQueryString());
        Assert.Contains("[CallQuestions]", ProcurementPlatform.Application.Questions.Queries.ListDepartmentQuestionsQueryHandler.Query(_db, Guid.NewGuid(), Guid.NewGuid()).ToQueryString());
        var entryId = Guid.NewGuid();
        // The shapes the plan handlers use: a plan that holds an entry, the public plans of a year, calls made from entries.
        Assert.Contains("[ReleasePlanEntries]", _db.ReleasePlans.Where(p => p.Status == ProcurementPlatform.Domain.Plans.ReleasePlanStatus.Published && p.Entries.Any(e => e.Id == entryId)).Select(p => (int?)p.Year).ToQueryString());
        var entryIds = new List<Guid?> { entryId };
        Assert.Contains("[PlanEntryId]", _db.Solicitations.Where(s => s.PlanEntryId != null && entryIds.Contains(s.PlanEntryId)).Where(Solicitation.IsPublic)
            .Select(s => new { s.PlanEntryId, s.Id, s.Title, s.Status, s.PublishedAt, s.CreatedAt }).ToQueryString());
        Assert.Contains("DISTINCT", _db.ReleasePlans.Where(p => p.Status == ProcurementPlatform.Domain.Plans.ReleasePlanStatus.Published).Select(p => p.Year).Distinct().ToQueryString());
        Assert.Contains("[Departments]", (from p in _db.ReleasePlans.Where(p => p.Year == 2026) join d in _db.Departments on p.DepartmentId equals d.Id select new { p, d.Name }).ToQueryString());
    }

    public void Dispose() => _db.Dispose();
}
