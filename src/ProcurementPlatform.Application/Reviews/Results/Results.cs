using System.Globalization;
using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Solicitations;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Reviews.Results;

/// <summary>The department ends the scoring once every panel member has submitted or declared a conflict.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record CloseReviewSessionCommand(Guid SolicitationId) : ICommand<Guid>;

public sealed class CloseReviewSessionCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CloseReviewSessionCommand, Guid>
{
    public async ValueTask<Guid> Handle(CloseReviewSessionCommand command, CancellationToken cancellationToken)
    {
        await db.LoadOwnAsync(user, command.SolicitationId, cancellationToken);
        var session = await db.ReviewSessions.FirstOrDefaultAsync(s => s.SolicitationId == command.SolicitationId, cancellationToken)
            ?? throw new NotFoundException("该项目征集尚未安排路演评审。");
        var finished = await db.ReviewSheets.Where(r => r.SessionId == session.Id && r.Status != ReviewSheetStatus.Scoring)
            .Select(r => new { r.ExpertId, r.ApplicationId }).ToListAsync(cancellationToken);
        session.Close(finished.Select(f => (f.ExpertId, f.ApplicationId)).ToList(), clock.GetUtcNow().UtcDateTime);
        return session.Id;
    }
}

public sealed record ReviewerResult(string ExpertName, ReviewSheetStatus Status, decimal? Total, string? OutlierReason, IReadOnlyDictionary<string, decimal> ByCriterion, IReadOnlyDictionary<string, string?> Comments);

public sealed record ResultRow(Guid ApplicationId, string Title, string OrganizationName, Money Requested, ApplicationStatus Status, decimal? Score, int? Rank, bool Suggested, IReadOnlyList<ReviewerResult> Reviewers);

public sealed record ReviewResultsView(Guid SolicitationId, string SolicitationTitle, bool Closed, bool Recommended, string? DeviationReason, Money TotalBudget, int ProjectCount,
    decimal PassScore, IReadOnlyList<string> Criteria, IReadOnlyList<ResultRow> Rows);

/// <summary>
/// Scores, ranking and the recommendation the ranking implies — for the call's department and
/// supervisors, and only once the session has closed. Never public.
/// </summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record GetReviewResultsQuery(Guid SolicitationId) : IQuery<ReviewResultsView>;

public sealed class GetReviewResultsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetReviewResultsQuery, ReviewResultsView>
{
    public async ValueTask<ReviewResultsView> Handle(GetReviewResultsQuery query, CancellationToken cancellationToken)
    {
        var call = await db.Solicitations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.SolicitationId, cancellationToken);
        if (call is null || (!user.IsInRole(Roles.Supervisor) && call.DepartmentId != user.DepartmentId))
            throw new NotFoundException("未找到该项目征集，或它不属于您所在的部门。");
        var session = await db.ReviewSessions.AsNoTracking().FirstOrDefaultAsync(s => s.SolicitationId == call.Id, cancellationToken)
            ?? throw new NotFoundException("该项目征集尚未安排路演评审。");
        var criteria = call.Rubric.OrderBy(r => r.Order).Select(r => r.Name).ToList();
        if (session.Status != ReviewSessionStatus.Closed)
            return new ReviewResultsView(call.Id, call.Title, false, false, null, call.TotalBudget, call.ProjectCount, ScoreAggregation.DefaultPassScore, criteria, []);

        var applicationIds = session.Applications.Select(a => a.ApplicationId).ToList();
        var applications = await (from a in db.Applications.AsNoTracking()
                                  join o in db.Organizations on a.OrganizationId equals o.Id
                                  where applicationIds.Contains(a.Id)
                                  select new { a.Id, a.Title, Organization = o.Name, a.RequestedAmount, a.Status, a.SubmittedAt }).ToListAsync(cancellationToken);
        var sheets = await db.ReviewSheets.AsNoTracking().Where(r => r.SessionId == session.Id).ToListAsync(cancellationToken);
        var experts = await db.Experts.AsNoTracking().Select(e => new { e.Id, e.Name }).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var heaviest = call.Rubric.OrderByDescending(r => r.Weight).ThenBy(r => r.Order).First().Name;

        var scored = applications.Select(a => new ScoredApplication(a.Id,
            sheets.Where(s => s.ApplicationId == a.Id && s.Status == ReviewSheetStatus.Submitted)
                .Select(s => new ReviewerScores(s.ExpertId, s.Scores.ToDictionary(x => x.Criterion, x => x.Points), s.SubmittedAt!.Value)).ToList(),
            a.SubmittedAt ?? DateTime.MaxValue)).ToList();
        var ranked = ScoreAggregation.Rank(scored, heaviest);
        var suggested = ScoreAggregation.Recommend(ranked, applications.ToDictionary(a => a.Id, a => a.RequestedAmount), call.TotalBudget, call.ProjectCount).ToHashSet();

        var rows = applications.Select(a =>
        {
            var rank = ranked.FirstOrDefault(r => r.ApplicationId == a.Id);
            return new ResultRow(a.Id, a.Title, a.Organization, a.RequestedAmount, a.Status, rank?.Score, rank?.Rank, suggested.Contains(a.Id),
                sheets.Where(s => s.ApplicationId == a.Id).OrderBy(s => experts.GetValueOrDefault(s.ExpertId)).Select(s => new ReviewerResult(
                    experts.GetValueOrDefault(s.ExpertId, ""), s.Status, s.Status == ReviewSheetStatus.Submitted ? s.Total : null, s.OutlierReason,
                    s.Scores.ToDictionary(x => x.Criterion, x => x.Points), s.Scores.ToDictionary(x => x.Criterion, x => x.Comment))).ToList());
        }).OrderBy(r => r.Rank ?? int.MaxValue).ToList();
        return new ReviewResultsView(call.Id, call.Title, true, session.RecommendedAt is not null, session.DeviationReason, call.TotalBudget, call.ProjectCount,
            ScoreAggregation.DefaultPassScore, criteria, rows);
    }
}

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Per-criterion scores of every reviewer, for the department and supervisors once the session has closed:
/// as an Excel workbook, or as CSV (UTF-8 with BOM, so Excel opens it).
/// </summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record ExportScoresQuery(Guid SolicitationId, ExportFormat Format = ExportFormat.Csv) : IQuery<byte[]>;

public sealed class ExportScoresQueryHandler(ISender sender, ISpreadsheetWriter spreadsheets) : IQueryHandler<ExportScoresQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportScoresQuery query, CancellationToken cancellationToken)
    {
        var results = await sender.Send(new GetReviewResultsQuery(query.SolicitationId), cancellationToken);
        if (!results.Closed) throw new DomainException("评审结束后才能导出评分。");
        var table = ScoreTable(results);
        return query.Format == ExportFormat.Xlsx ? spreadsheets.Write(table) : Csv(table);
    }

    internal static ExportTable ScoreTable(ReviewResultsView results)
    {
        var header = new[] { "排名", "申报项目", "申报单位", "项目得分", "评审专家", "状态" }.Concat(results.Criteria).Append("专家总分").Append("评分理由").ToList();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var row in results.Rows)
        {
            foreach (var reviewer in row.Reviewers)
            {
                rows.Add(new object?[] { row.Rank, row.Title, row.OrganizationName, row.Score, reviewer.ExpertName, reviewer.Status == ReviewSheetStatus.Conflicted ? "回避" : "已提交" }
                    .Concat(results.Criteria.Select(c => reviewer.ByCriterion.TryGetValue(c, out var p) ? (object?)p : null))
                    .Append(reviewer.Total).Append(reviewer.OutlierReason).ToList());
            }
        }
        return new ExportTable("路演评分", header, rows);
    }

    private static byte[] Csv(ExportTable table)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",", table.Header.Select(Cell)));
        foreach (var row in table.Rows) csv.AppendLine(string.Join(",", row.Select(v => Cell(v switch
        {
            null => "",
            decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString() ?? "",
        }))));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Quotes a CSV cell; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula.</summary>
    internal static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"") + "\"";
    }
}

/// <summary>
/// The department fixes the recommended list. It may depart from what the ranking implies (from the
/// top, above the pass score, within budget and project count) only with a recorded reason.
/// </summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class RecommendApplicationsCommand : ICommand<Guid>
{
    public Guid SolicitationId { get; set; }
    public List<Guid> Selected { get; set; } = [];
    public string? DeviationReason { get; set; }
}

public sealed class RecommendApplicationsCommandValidator : AbstractValidator<RecommendApplicationsCommand>
{
    public RecommendApplicationsCommandValidator()
    {
        RuleFor(x => x.DeviationReason).MaximumLength(2000).WithMessage("调整理由不能超过2000个字符。");
    }
}

public sealed class RecommendApplicationsCommandHandler(IApplicationDbContext db, ICurrentUser user, ISender sender, TimeProvider clock) : ICommandHandler<RecommendApplicationsCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecommendApplicationsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var call = await db.LoadOwnAsync(user, command.SolicitationId, cancellationToken);
        var results = await sender.Send(new GetReviewResultsQuery(call.Id), cancellationToken);
        if (!results.Closed) throw new DomainException("评审结束后才能确定推荐名单。");
        if (results.Recommended) throw new DomainException("推荐名单已经确定，不能重复确定。");
        var selected = command.Selected.Distinct().ToHashSet();
        if (selected.Any(id => results.Rows.All(r => r.ApplicationId != id))) throw new DomainException("推荐名单中有不属于本次路演的申报。");
        var suggested = results.Rows.Where(r => r.Suggested).Select(r => r.ApplicationId).ToHashSet();
        if (!selected.SetEquals(suggested) && string.IsNullOrWhiteSpace(command.DeviationReason))
            throw new RequestValidationException(nameof(command.DeviationReason), "推荐名单与按得分排序的建议名单不一致，请填写调整理由（将记录在案，供监督查阅）。");
        var chosenAmount = Money.Sum(results.Rows.Where(r => selected.Contains(r.ApplicationId)).Select(r => r.Requested));
        if (chosenAmount > call.TotalBudget) throw new DomainException($"推荐项目申请金额合计 {chosenAmount} 超过总预算 {call.TotalBudget}。");
        if (selected.Count > call.ProjectCount) throw new DomainException($"推荐项目数 {selected.Count} 超过拟资助项目数 {call.ProjectCount}。");

        var session = await db.ReviewSessions.FirstAsync(s => s.SolicitationId == call.Id, cancellationToken);
        session.RecordRecommendation(selected.SetEquals(suggested) ? null : command.DeviationReason, now);
        var applications = await db.Applications.Where(a => a.SolicitationId == call.Id && a.Status == ApplicationStatus.Eligible).ToListAsync(cancellationToken);
        foreach (var application in applications)
        {
            if (selected.Contains(application.Id)) application.Recommend(now);
            else application.NotRecommend(now);
        }
        return call.Id;
    }
}
