using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Portal.Comments;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Projects;

public sealed record ProjectListItem(Guid Id, string Title, string OrganizationName, string DepartmentName, ProjectStatus Status, Money Amount,
    DateTime ContractDueAt, bool ContractOverdue, int ReportsToReview, int OpenAlerts);

/// <summary>Projects the user works on: a department's own, an organisation's own; Supervisors see all.</summary>
[Authorize(Roles.DepartmentOfficer, Roles.OrganizationUser, Roles.Supervisor)]
public sealed record ListProjectsQuery : IQuery<IReadOnlyList<ProjectListItem>>;

public sealed class ListProjectsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListProjectsQuery, IReadOnlyList<ProjectListItem>>
{
    public async ValueTask<IReadOnlyList<ProjectListItem>> Handle(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var projects = db.Projects.AsNoTracking();
        if (user.IsInRole(Roles.DepartmentOfficer)) projects = projects.Where(p => p.DepartmentId == user.DepartmentId);
        else if (user.IsInRole(Roles.OrganizationUser)) projects = projects.Where(p => p.OrganizationId == user.OrganizationId);
        var rows = await Rows(db, projects).Take(500).ToListAsync(cancellationToken);
        return rows.Select(r => r with { ContractOverdue = r.Status == ProjectStatus.ContractPending && now > r.ContractDueAt }).ToList();
    }

    /// <summary>The list's one query (public for the SQL Server translation test).</summary>
    public static IQueryable<ProjectListItem> Rows(IApplicationDbContext db, IQueryable<Project> projects) =>
        from p in projects
        join o in db.Organizations on p.OrganizationId equals o.Id
        join d in db.Departments on p.DepartmentId equals d.Id
        orderby p.AwardedAt descending
        select new ProjectListItem(p.Id, p.Title, o.Name, d.Name, p.Status, p.Amount, p.ContractDueAt, false,
            db.ProgressReports.Count(r => r.ProjectId == p.Id && r.Status == ReportStatus.Submitted),
            db.FundAlerts.Count(a => a.ProjectId == p.Id && a.Status == FundAlertStatus.Open));
}

public sealed record TrancheState(Tranche Tranche, Disbursement? Paid, string? Blocker);
public sealed record LineState(ContractLine Line, Money Spent);
public sealed record SourceState(FundSource Source, Money Budget, Money Disbursed, Money Spent);
public sealed record TargetState(string ActivityName, OutputType OutputType, int Target, int Delivered, int Beneficiaries)
{
    /// <summary>Delivered against target, whole per cent, at most 100.</summary>
    public int Percent => Target <= 0 ? 0 : (int)Math.Min(100, Math.Round(100m * Delivered / Target));

    /// <summary>Each activity of the application with what the given reports delivered for it (the caller chooses which reports count).</summary>
    public static IReadOnlyList<TargetState> Of(IEnumerable<ApplicationActivity> activities, IReadOnlyCollection<ReportOutput> outputs) =>
        activities.Select(a => new TargetState(a.Name, a.OutputType, a.Quantity,
            outputs.Where(o => o.ActivityName == a.Name).Sum(o => o.Delivered), outputs.Where(o => o.ActivityName == a.Name).Sum(o => o.Beneficiaries))).ToList();
}
public sealed record PeriodState(ReportingPeriod Period, Guid? ReportId, ReportStatus? Status, bool Overdue);

public sealed record ProjectDashboard(Project Project, string OrganizationName, string DepartmentName, string CallTitle, bool ContractOverdue,
    IReadOnlyList<TrancheState> Tranches, IReadOnlyList<LineState> Lines, IReadOnlyList<SourceState> Sources, IReadOnlyList<TargetState> Targets,
    IReadOnlyList<PeriodState> Periods, IReadOnlyList<Disbursement> Disbursements, IReadOnlyList<FundAlert> Alerts, IReadOnlyList<Evaluation> Evaluations,
    Money Spent, Money Disbursed, bool IsDepartment, bool IsOrganization);

/// <summary>
/// One project as its department, its organisation, Supervisors or its evaluators see it: the contract, targets
/// against delivery, budget against spending per line and per fund source, reports, payments, alerts and evaluations.
/// Spending counts submitted and accepted reports.
/// </summary>
[Authorize(Roles.DepartmentOfficer, Roles.OrganizationUser, Roles.Supervisor, Roles.Evaluator)]
public sealed record GetProjectQuery(Guid ProjectId) : IQuery<ProjectDashboard>;

public sealed class GetProjectQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetProjectQuery, ProjectDashboard>
{
    public async ValueTask<ProjectDashboard> Handle(GetProjectQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.TodayCst(now);
        var project = await db.LoadReadableProjectAsync(user, query.ProjectId, cancellationToken);
        var names = new
        {
            Organization = await db.Organizations.Where(o => o.Id == project.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken),
            Department = await db.Departments.Where(d => d.Id == project.DepartmentId).Select(d => d.Name).FirstAsync(cancellationToken),
            Call = await db.Solicitations.Where(s => s.Id == project.SolicitationId).Select(s => s.Title).FirstAsync(cancellationToken),
        };
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.ProjectId == project.Id).ToListAsync(cancellationToken);
        var disbursements = await db.Disbursements.AsNoTracking().Where(d => d.ProjectId == project.Id).OrderBy(d => d.TrancheOrder).ToListAsync(cancellationToken);
        var alerts = await db.FundAlerts.AsNoTracking().Where(a => a.ProjectId == project.Id).OrderBy(a => a.Status).ThenByDescending(a => a.RaisedAt).ToListAsync(cancellationToken);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.ProjectId == project.Id).OrderBy(e => e.Kind).ToListAsync(cancellationToken);
        var activities = await db.Applications.AsNoTracking().Where(a => a.Id == project.ApplicationId).SelectMany(a => a.Activities).OrderBy(a => a.Order).ToListAsync(cancellationToken);

        var counted = reports.Where(r => r.Status is ReportStatus.Submitted or ReportStatus.Accepted).ToList();
        var spending = counted.SelectMany(r => r.Expenditures).ToList();
        var outputs = counted.SelectMany(r => r.Outputs).ToList();
        var evaluationsList = (IReadOnlyCollection<Evaluation>)evaluations;
        var dueUnaccepted = project.DuePeriodsNotAccepted(reports.Select(r => (r.PeriodIndex, r.Status)), now);

        return new ProjectDashboard(project, names.Organization, names.Department, names.Call, project.ContractOverdue(now),
            project.Tranches.OrderBy(t => t.Order).Select(t =>
            {
                var paid = disbursements.FirstOrDefault(d => d.TrancheOrder == t.Order);
                var blocker = paid is not null ? null : Disbursement.TriggerBlocker(t, today, evaluationsList)
                    ?? (dueUnaccepted.Count > 0 ? $"已到期的报告尚未审核通过：{string.Join("、", dueUnaccepted.Select(p => p.Label))}" : null);
                return new TrancheState(t, paid, blocker);
            }).ToList(),
            project.Lines.OrderBy(l => l.Order).Select(l => new LineState(l, Money.Sum(spending.Where(s => s.LineOrder == l.Order).Select(s => s.Amount)))).ToList(),
            project.Lines.Select(l => l.FundSource).Distinct().OrderBy(s => s).Select(s => new SourceState(s, project.Budget(s),
                Money.Sum(disbursements.SelectMany(d => d.Shares).Where(x => x.FundSource == s).Select(x => x.Amount)),
                Money.Sum(spending.Where(x => x.FundSource == s).Select(x => x.Amount)))).ToList(),
            TargetState.Of(activities, outputs),
            project.ReportingPeriods().Select(p =>
            {
                var report = reports.FirstOrDefault(r => r.PeriodIndex == p.Index);
                return new PeriodState(p, report?.Id, report?.Status, p.DueAtUtc <= now && report?.Status is not (ReportStatus.Submitted or ReportStatus.Accepted));
            }).ToList(),
            disbursements, alerts, evaluations,
            Money.Sum(spending.Select(s => s.Amount)), Money.Sum(disbursements.Select(d => d.Amount)),
            user.IsInRole(Roles.DepartmentOfficer) && user.DepartmentId == project.DepartmentId,
            user.IsInRole(Roles.OrganizationUser) && user.OrganizationId == project.OrganizationId);
    }
}

public sealed record PublicEvaluation(EvaluationKind Kind, decimal Total, EvaluationGrade Grade, DateTime? FinalisedAt);

public sealed record PublicProject(Guid Id, string Title, Guid CallId, string CallTitle, string DepartmentName, string OrganizationName, string CommunityName, Money Amount,
    DateOnly StartsOn, DateOnly EndsOn, bool RecurringService, ReportingFrequency Frequency, DateTime SignedAt, ProjectStatus Status,
    IReadOnlyList<Tranche> Tranches, IReadOnlyList<PublicEvaluation> Evaluations, PublicAward? Award, PublicProgress Progress,
    IReadOnlyList<Portal.Comments.PublicComment> Comments);

/// <summary>The award notice (立项公示) the project came from: when it was published, the review score and rank.</summary>
public sealed record PublicAward(Guid NoticeId, string NoticeTitle, DateTime PublishedAt, DateTime? FinalisedAt, decimal Score, int Rank, Money AwardedAmount);

/// <summary>
/// Progress the public may see: outputs delivered against the targets of the application, counting accepted reports only
/// (a report the department has not accepted is not yet a fact); reports accepted of those due; money paid out.
/// </summary>
public sealed record PublicProgress(IReadOnlyList<TargetState> Targets, int ReportsAccepted, int ReportsDue, int ReportsTotal, Money Disbursed, DateTime? LastAcceptedAt);

/// <summary>A signed contract as the public sees it: parties, amount, period, tranches and final evaluation results — no personal data.</summary>
public sealed record GetPublicProjectQuery(Guid ProjectId) : IQuery<PublicProject>;

public sealed class GetPublicProjectQueryHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetPublicProjectQuery, PublicProject>
{
    public async ValueTask<PublicProject> Handle(GetPublicProjectQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await (from p in db.Projects.AsNoTracking()
                           join o in db.Organizations on p.OrganizationId equals o.Id
                           join d in db.Departments on p.DepartmentId equals d.Id
                           join s in db.Solicitations on p.SolicitationId equals s.Id
                           where p.Id == query.ProjectId && p.SignedAt != null
                           select new { p, Organization = o.Name, Department = d.Name, Call = s.Title }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("未找到该项目，或其合同尚未签订公开。");
        var project = found.p;
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.ProjectId == query.ProjectId && e.Status == EvaluationStatus.Final)
            .OrderBy(e => e.Kind).Select(e => new PublicEvaluation(e.Kind, e.Total!.Value, e.Grade!.Value, e.FinalisedAt)).ToListAsync(cancellationToken);
        var award = await (from n in db.AwardNotices.AsNoTracking()
                           from e in n.Entries
                           where n.Kind == Domain.Awards.NoticeKind.Award && e.ApplicationId == project.ApplicationId && e.Outcome == Domain.Awards.AwardOutcome.Awarded
                           orderby n.PublishedAt descending
                           select new PublicAward(n.Id, n.Title, n.PublishedAt, n.FinalisedAt, e.Score, e.Rank, e.Amount)).FirstOrDefaultAsync(cancellationToken);

        var accepted = await db.ProgressReports.AsNoTracking().Where(r => r.ProjectId == project.Id && r.Status == ReportStatus.Accepted).ToListAsync(cancellationToken);
        var outputs = accepted.SelectMany(r => r.Outputs).ToList();
        var activities = await db.Applications.AsNoTracking().Where(a => a.Id == project.ApplicationId).SelectMany(a => a.Activities).OrderBy(a => a.Order).ToListAsync(cancellationToken);
        var periods = project.ReportingPeriods();
        var disbursed = await db.Disbursements.AsNoTracking().Where(d => d.ProjectId == project.Id).Select(d => d.Amount).ToListAsync(cancellationToken);
        var progress = new PublicProgress(
            TargetState.Of(activities, outputs),
            accepted.Count, periods.Count(p => p.DueAtUtc <= now), periods.Count, Money.Sum(disbursed), accepted.Max(r => r.ReviewedAt));
        var comments = await db.PublishedCommentsAsync(project.Id, cancellationToken);

        return new PublicProject(project.Id, project.Title, project.SolicitationId, found.Call, found.Department, found.Organization, project.CommunityName!, project.ContractAmount,
            project.StartsOn!.Value, project.EndsOn!.Value, project.RecurringService, project.Frequency, project.SignedAt!.Value, project.Status,
            project.Tranches.OrderBy(t => t.Order).ToList(), evaluations, award, progress, comments);
    }
}

public sealed record PublicProjectListItem(Guid Id, string Title, string DepartmentName, string OrganizationName, Money Amount, DateOnly StartsOn, DateOnly EndsOn, ProjectStatus Status);

/// <summary>
/// The public list of signed projects, a page at a time, newest contract first: a keyword over the project, its
/// organisation and community; the department; the status; the year the contract was signed (China time).
/// </summary>
public sealed record SearchPublicProjectsQuery(string? Keyword = null, Guid? DepartmentId = null, ProjectStatus? Status = null, int? Year = null,
    int Page = 1, int PageSize = 20) : IQuery<Common.Models.PagedList<PublicProjectListItem>>;

public sealed class SearchPublicProjectsQueryHandler(IApplicationDbContext db) : IQueryHandler<SearchPublicProjectsQuery, Common.Models.PagedList<PublicProjectListItem>>
{
    public const int MaxPageSize = 100;

    public async ValueTask<Common.Models.PagedList<PublicProjectListItem>> Handle(SearchPublicProjectsQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var filtered = Filter(db, query);
        var total = await filtered.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await Rows(db, filtered).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Common.Models.PagedList<PublicProjectListItem>(items, page, pageSize, total);
    }

    public static IQueryable<Project> Filter(IApplicationDbContext db, SearchPublicProjectsQuery query)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.SignedAt != null);
        if (query.DepartmentId is { } department) projects = projects.Where(p => p.DepartmentId == department);
        if (query.Status is { } status) projects = projects.Where(p => p.Status == status);
        if (query.Year is { } year and > 2000 and < 2200)
        {
            var (from, to) = ChinaTime.YearUtc(year);
            projects = projects.Where(p => p.SignedAt >= from && p.SignedAt < to);
        }
        if (!string.IsNullOrWhiteSpace(query.Keyword))
        {
            var keyword = query.Keyword.Trim();
            projects = projects.Where(p => p.Title.Contains(keyword) || p.CommunityName!.Contains(keyword)
                || db.Organizations.Any(o => o.Id == p.OrganizationId && o.Name.Contains(keyword)));
        }
        return projects;
    }

    public static IQueryable<PublicProjectListItem> Rows(IApplicationDbContext db, IQueryable<Project> projects) =>
        from p in projects
        join o in db.Organizations on p.OrganizationId equals o.Id
        join d in db.Departments on p.DepartmentId equals d.Id
        orderby p.SignedAt descending, p.Id
        select new PublicProjectListItem(p.Id, p.Title, d.Name, o.Name, p.ContractAmount, p.StartsOn!.Value, p.EndsOn!.Value, p.Status);
}
