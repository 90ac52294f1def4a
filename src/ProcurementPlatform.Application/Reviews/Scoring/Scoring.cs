using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Reviews.Scoring;

public sealed record ReviewAssignment(Guid SessionId, Guid ApplicationId, string SolicitationTitle, DateTime ScheduledAt, string Venue, string ApplicationTitle, string OrganizationName, ReviewSheetStatus? Status);

/// <summary>The applications the signed-in expert is to review, with where each stands.</summary>
[Authorize(Roles.Reviewer)]
public sealed record ListMyReviewsQuery : IQuery<IReadOnlyList<ReviewAssignment>>;

public sealed class ListMyReviewsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListMyReviewsQuery, IReadOnlyList<ReviewAssignment>>
{
    public async ValueTask<IReadOnlyList<ReviewAssignment>> Handle(ListMyReviewsQuery query, CancellationToken cancellationToken)
    {
        var expertId = await db.Experts.Where(e => e.UserId == user.UserId).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (expertId is null) return [];
        // Tasks of sessions still scoring; a closed session's sheets are final and read on the results page.
        var sessions = (await db.ReviewSessions.AsNoTracking().Where(s => s.Status == ReviewSessionStatus.Scheduled).ToListAsync(cancellationToken))
            .Where(s => s.Members.Any(m => m.ExpertId == expertId && m.Status == PanelMemberStatus.Active)).ToList();
        var applicationIds = sessions.SelectMany(s => s.Applications.Select(a => a.ApplicationId)).ToList();
        var applications = await (from a in db.Applications.AsNoTracking()
                                  join o in db.Organizations on a.OrganizationId equals o.Id
                                  join s in db.Solicitations on a.SolicitationId equals s.Id
                                  where applicationIds.Contains(a.Id)
                                  select new { a.Id, a.Title, Organization = o.Name, Call = s.Title }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var sheets = await db.ReviewSheets.AsNoTracking().Where(r => r.ExpertId == expertId)
            .Select(r => new { r.SessionId, r.ApplicationId, r.Status }).ToListAsync(cancellationToken);
        return sessions.OrderBy(s => s.ScheduledAt).SelectMany(s => s.Applications.Select(a => new ReviewAssignment(
            s.Id, a.ApplicationId, applications[a.ApplicationId].Call, s.ScheduledAt, s.Venue, applications[a.ApplicationId].Title, applications[a.ApplicationId].Organization,
            sheets.FirstOrDefault(x => x.SessionId == s.Id && x.ApplicationId == a.ApplicationId)?.Status))).ToList();
    }
}

public sealed record ReviewSheetView(
    Guid SessionId, Guid ApplicationId, string SolicitationTitle, string ApplicationTitle, string OrganizationName,
    ReviewSheetStatus? Status, string? ConflictNote, ProjectApplication? Materials, IReadOnlyList<RubricItem> Rubric,
    IReadOnlyList<CriterionScore> MyScores, string? OutlierReason, DateTime? SubmittedAt);

/// <summary>
/// A reviewer's sheet for one application. Until the reviewer has declared no conflict only the title
/// and applicant are shown (enough to judge a conflict); a conflicted reviewer never sees the
/// materials; other reviewers' scores are never shown to reviewers.
/// </summary>
[Authorize(Roles.Reviewer)]
public sealed record GetReviewSheetQuery(Guid SessionId, Guid ApplicationId) : IQuery<ReviewSheetView>;

public sealed class GetReviewSheetQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetReviewSheetQuery, ReviewSheetView>
{
    public async ValueTask<ReviewSheetView> Handle(GetReviewSheetQuery query, CancellationToken cancellationToken)
    {
        var (expertId, session) = await Panel.MembershipAsync(db, user, query.SessionId, query.ApplicationId, cancellationToken);
        var found = await (from a in db.Applications.AsNoTracking()
                           join o in db.Organizations on a.OrganizationId equals o.Id
                           join s in db.Solicitations on a.SolicitationId equals s.Id
                           where a.Id == query.ApplicationId
                           select new { a, Organization = o.Name, s }).FirstAsync(cancellationToken);
        var sheet = await db.ReviewSheets.AsNoTracking().FirstOrDefaultAsync(r => r.SessionId == session.Id && r.ExpertId == expertId && r.ApplicationId == query.ApplicationId, cancellationToken);
        var mayRead = sheet is { Status: not ReviewSheetStatus.Conflicted };
        return new ReviewSheetView(session.Id, query.ApplicationId, found.s.Title, found.a.Title, found.Organization, sheet?.Status, sheet?.ConflictNote,
            mayRead ? found.a : null, mayRead ? found.s.CurrentTerms().Rubric : [], mayRead ? sheet!.Scores : [], sheet?.OutlierReason, sheet?.SubmittedAt);
    }
}

/// <summary>Before seeing an application's materials the reviewer declares a conflict (回避) or none.</summary>
[Authorize(Roles.Reviewer)]
public sealed class DeclareConflictCommand : ICommand<Guid>
{
    public Guid SessionId { get; set; }
    public Guid ApplicationId { get; set; }
    public bool Conflict { get; set; }
    public string? Note { get; set; }
}

public sealed class DeclareConflictCommandValidator : AbstractValidator<DeclareConflictCommand>
{
    public DeclareConflictCommandValidator()
    {
        RuleFor(x => x.Note).NotEmpty().When(x => x.Conflict).WithMessage("声明回避时请说明回避事由。").MaximumLength(500).WithMessage("回避事由不能超过500个字符。");
    }
}

public sealed class DeclareConflictCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeclareConflictCommand, Guid>
{
    public async ValueTask<Guid> Handle(DeclareConflictCommand command, CancellationToken cancellationToken)
    {
        var (expertId, session) = await Panel.MembershipAsync(db, user, command.SessionId, command.ApplicationId, cancellationToken);
        if (await db.ReviewSheets.AnyAsync(r => r.SessionId == session.Id && r.ExpertId == expertId && r.ApplicationId == command.ApplicationId, cancellationToken))
            throw new Domain.Common.DomainException("您已对该申报作出回避声明，不能更改。");
        var sheet = new ReviewSheet(session.Id, expertId, command.ApplicationId, command.Conflict, command.Note, clock.GetUtcNow().UtcDateTime);
        db.ReviewSheets.Add(sheet);
        return sheet.Id;
    }
}

public sealed class ScoreRow
{
    public string? Criterion { get; set; }
    public decimal? Points { get; set; }
    public string? Comment { get; set; }
}

/// <summary>Saves the reviewer's scores; with <see cref="Submit"/> also submits them (final).</summary>
[Authorize(Roles.Reviewer)]
public sealed class SaveScoresCommand : ICommand<Guid>
{
    public Guid SessionId { get; set; }
    public Guid ApplicationId { get; set; }
    public List<ScoreRow> Scores { get; set; } = [];
    public bool Submit { get; set; }
    public string? OutlierReason { get; set; }
}

public sealed class SaveScoresCommandValidator : AbstractValidator<SaveScoresCommand>
{
    public SaveScoresCommandValidator()
    {
        RuleFor(x => x.OutlierReason).MaximumLength(1000).WithMessage("评分理由不能超过1000个字符。");
        RuleForEach(x => x.Scores).ChildRules(s =>
        {
            s.RuleFor(r => r.Points).InclusiveBetween(0m, 100m).When(r => r.Points is not null).WithMessage("得分应在0至该项权重之间。");
            s.RuleFor(r => r.Comment).MaximumLength(ReviewSheet.MaxCommentLength).WithMessage($"评语不能超过{ReviewSheet.MaxCommentLength}个字符。");
        });
    }
}

public sealed class SaveScoresCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<ReviewOptions> options) : ICommandHandler<SaveScoresCommand, Guid>
{
    public async ValueTask<Guid> Handle(SaveScoresCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (expertId, session) = await Panel.MembershipAsync(db, user, command.SessionId, command.ApplicationId, cancellationToken);
        var sheet = await db.ReviewSheets.FirstOrDefaultAsync(r => r.SessionId == session.Id && r.ExpertId == expertId && r.ApplicationId == command.ApplicationId, cancellationToken)
            ?? throw new Domain.Common.DomainException("请先声明是否需要回避，再查看申报材料和评分。");
        var solicitation = await db.Solicitations.FirstAsync(s => s.Id == session.SolicitationId, cancellationToken);
        var rubric = solicitation.CurrentTerms().Rubric;
        sheet.SaveScores(rubric, command.Scores.Select(s => new CriterionScoreInput(s.Criterion ?? "", s.Points, s.Comment)).ToList(), now);
        if (command.Submit)
        {
            var others = (await db.ReviewSheets.AsNoTracking()
                    .Where(r => r.SessionId == session.Id && r.ApplicationId == command.ApplicationId && r.ExpertId != expertId && r.Status == ReviewSheetStatus.Submitted)
                    .ToListAsync(cancellationToken))
                .Select(r => r.Total).ToList();
            sheet.Submit(rubric, others, options.Value.OutlierMargin, command.OutlierReason, now);
        }
        return sheet.Id;
    }
}

internal static class Panel
{
    /// <summary>The signed-in expert's seat on the session's panel for an application of that session; otherwise "not found".</summary>
    public static async Task<(Guid ExpertId, ReviewSession Session)> MembershipAsync(IApplicationDbContext db, ICurrentUser user, Guid sessionId, Guid applicationId, CancellationToken ct)
    {
        var expertId = await db.Experts.Where(e => e.UserId == user.UserId && e.Status == ExpertStatus.Active).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        var session = await db.ReviewSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (expertId is null || session is null
            || !session.Members.Any(m => m.ExpertId == expertId && m.Status == PanelMemberStatus.Active)
            || session.Applications.All(a => a.ApplicationId != applicationId))
            throw new NotFoundException("未找到该评审任务，或您不是本次路演的评审专家。");
        if (session.Status != ReviewSessionStatus.Scheduled) throw new Domain.Common.DomainException("本次路演评审已结束。");
        return (expertId.Value, session);
    }
}
