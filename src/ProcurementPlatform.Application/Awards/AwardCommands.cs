using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Reviews.Results;
using ProcurementPlatform.Application.Solicitations;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Awards;

/// <summary>The department publishes the recommended list as an award notice (立项公示) for the publicity period.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record PublishAwardNoticeCommand(Guid SolicitationId) : ICommand<Guid>;

public sealed class PublishAwardNoticeCommandHandler(IApplicationDbContext db, ICurrentUser user, ISender sender, TimeProvider clock, IOptions<PublicityOptions> options)
    : ICommandHandler<PublishAwardNoticeCommand, Guid>
{
    public async ValueTask<Guid> Handle(PublishAwardNoticeCommand command, CancellationToken cancellationToken)
    {
        var call = await db.LoadOwnAsync(user, command.SolicitationId, cancellationToken);
        if (await db.AwardNotices.AnyAsync(n => n.SolicitationId == call.Id && n.Kind == NoticeKind.Award, cancellationToken)) throw new DomainException("该项目征集已发布立项公示。");
        var results = await sender.Send(new GetReviewResultsQuery(call.Id), cancellationToken);
        if (!results.Recommended) throw new DomainException("请先确定推荐名单，再发布立项公示。");
        var items = results.Rows.Where(r => r.Status == ApplicationStatus.Recommended)
            .Select(r => new AwardNoticeItem(r.ApplicationId, r.Title, r.OrganizationName, r.Requested, r.Score ?? 0, r.Rank ?? 0)).ToList();
        var notice = new AwardNotice(call.Id, $"{call.Title}拟立项项目公示", items, options.Value.Calendar(), options.Value.WorkingDays, clock.GetUtcNow().UtcDateTime);
        db.AwardNotices.Add(notice);
        return notice.Id;
    }
}

/// <summary>Anyone files an objection (异议) during the publicity period; the contact is never published.</summary>
public sealed class FileObjectionCommand : ICommand<Guid>
{
    public Guid NoticeId { get; set; }
    public Guid? ApplicationId { get; set; }
    public string? Grounds { get; set; }
    public string? Contact { get; set; }
    public FileUpload? Attachment { get; set; }
}

public sealed class FileObjectionCommandValidator : AbstractValidator<FileObjectionCommand>
{
    public FileObjectionCommandValidator(IValidator<FileUpload> files)
    {
        RuleFor(x => x.Attachment!).SetValidator(files).When(x => x.Attachment is not null);
        RuleFor(x => x.ApplicationId).NotNull().WithMessage("请选择对哪个项目提出异议。");
        RuleFor(x => x.Grounds).NotEmpty().WithMessage("请填写异议理由和依据。").MaximumLength(Objection.MaxGroundsLength).WithMessage($"异议理由不能超过{Objection.MaxGroundsLength}个字符。");
        RuleFor(x => x.Contact).NotEmpty().WithMessage("请留下手机号码或电子邮箱，以便答复（不会公开）。")
            .Must(c => c is null || System.Text.RegularExpressions.Regex.IsMatch(c.Trim(), @"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|[^@\s]+@[^@\s]+\.[^@\s]+)$"))
            .WithMessage("请填写有效的手机号码、固定电话或电子邮箱。").MaximumLength(100);
    }
}

public sealed class FileObjectionCommandHandler(IApplicationDbContext db, TimeProvider clock, IOptions<PublicityOptions> options) : ICommandHandler<FileObjectionCommand, Guid>
{
    public async ValueTask<Guid> Handle(FileObjectionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var notice = await db.AwardNotices.FirstOrDefaultAsync(n => n.Id == command.NoticeId, cancellationToken) ?? throw new NotFoundException("未找到该公示。");
        var calendar = options.Value.Calendar();
        var due = ChinaTime.FromCst(calendar.AddWorkingDays(ChinaTime.TodayCst(now), options.Value.ObjectionAnswerWorkingDays).AddDays(1).ToDateTime(TimeOnly.MinValue));
        var objection = new Objection(notice, command.ApplicationId!.Value, command.Grounds!, command.Contact!, due, now);
        if (command.Attachment is { } upload)
        {
            var file = db.Store(upload, "异议人", now);
            objection.Attach(file.Id, file.FileName);
        }
        db.Objections.Add(objection);
        return objection.Id;
    }
}

/// <summary>The notice's department answers an objection: upheld or rejected, with reasons (published without the contact).</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class AnswerObjectionCommand : ICommand<Guid>
{
    public Guid ObjectionId { get; set; }
    public bool Upheld { get; set; }
    public string? Answer { get; set; }
}

public sealed class AnswerObjectionCommandValidator : AbstractValidator<AnswerObjectionCommand>
{
    public AnswerObjectionCommandValidator()
    {
        RuleFor(x => x.Answer).NotEmpty().WithMessage("请填写答复意见和理由（将公开）。").MaximumLength(2000).WithMessage("答复不能超过2000个字符。");
    }
}

public sealed class AnswerObjectionCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AnswerObjectionCommand, Guid>
{
    public async ValueTask<Guid> Handle(AnswerObjectionCommand command, CancellationToken cancellationToken)
    {
        var objection = await (from o in db.Objections
                               join n in db.AwardNotices on o.NoticeId equals n.Id
                               join s in db.Solicitations on n.SolicitationId equals s.Id
                               where o.Id == command.ObjectionId && s.DepartmentId == user.DepartmentId
                               select o).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("未找到该异议，或它不属于您所在部门的公示。");
        objection.Decide(command.Upheld, command.Answer!, user.UserName, clock.GetUtcNow().UtcDateTime);
        return objection.Id;
    }
}

/// <summary>Notices whose publicity period has ended but that are not final yet (some may be held back by objections).</summary>
[Authorize(SystemOnly = true)]
public sealed record ListDueAwardNoticesQuery : IQuery<IReadOnlyList<Guid>>;

public sealed class ListDueAwardNoticesQueryHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<ListDueAwardNoticesQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListDueAwardNoticesQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.AwardNotices.Where(n => n.Status == AwardNoticeStatus.InPublicity && n.PublicityEndsAt <= now).Select(n => n.Id).ToListAsync(cancellationToken);
    }
}

/// <summary>
/// Finalises a notice after its period: awards every project without an upheld or unanswered objection
/// (creating its Project), disqualifies upheld ones. Idempotent: decided entries are never decided again,
/// and a unique index allows one Project per application.
/// </summary>
[Authorize(SystemOnly = true)]
public sealed record FinaliseAwardNoticeCommand(Guid NoticeId) : ICommand<int>;

public sealed class FinaliseAwardNoticeCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<FinaliseAwardNoticeCommand, int>
{
    public async ValueTask<int> Handle(FinaliseAwardNoticeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var notice = await db.AwardNotices.FirstOrDefaultAsync(n => n.Id == command.NoticeId, cancellationToken);
        if (notice is null || notice.Status == AwardNoticeStatus.Final || notice.InPublicity(now)) return 0;
        var objections = await db.Objections.Where(o => o.NoticeId == notice.Id).Select(o => new { o.ApplicationId, o.Status }).ToListAsync(cancellationToken);
        var decided = notice.Finalise(id => (objections.Any(o => o.ApplicationId == id && o.Status == ObjectionStatus.Upheld),
            objections.Any(o => o.ApplicationId == id && o.Status == ObjectionStatus.Pending)), now);
        if (decided.Count == 0 && notice.Status != AwardNoticeStatus.Final) return 0;

        if (notice.Kind == NoticeKind.Evaluation)
        {
            await ApplyEvaluationOutcomesAsync(decided, now, cancellationToken);
            return decided.Count;
        }

        var call = await db.Solicitations.FirstAsync(s => s.Id == notice.SolicitationId, cancellationToken);
        var ids = decided.Select(d => d.ApplicationId).ToList();
        var applications = await db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        foreach (var entry in decided)
        {
            var application = applications.Single(a => a.Id == entry.ApplicationId);
            if (entry.Outcome == AwardOutcome.Awarded)
            {
                application.MarkAwarded(now);
                db.Projects.Add(new Project(application.Id, call.Id, application.OrganizationId, call.DepartmentId, application.Title, application.RequestedAmount, now));
            }
            else
            {
                application.Disqualify(now);
            }
        }
        if (notice.Status == AwardNoticeStatus.Final && call.Status != Domain.Solicitations.SolicitationStatus.Awarded) call.MarkAwarded(now);
        return decided.Count;
    }

    /// <summary>
    /// 评估结果公示 ended: a result without an upheld objection stands (a final one closes the project);
    /// an upheld objection sends the evaluation back to the evaluator.
    /// </summary>
    private async Task ApplyEvaluationOutcomesAsync(IReadOnlyList<AwardNoticeEntry> decided, DateTime now, CancellationToken cancellationToken)
    {
        var ids = decided.Select(d => d.EvaluationId!.Value).ToList();
        var evaluations = await db.Evaluations.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var projectIds = evaluations.Select(e => e.ProjectId).ToList();
        var projects = await db.Projects.Where(p => projectIds.Contains(p.Id)).ToListAsync(cancellationToken);
        foreach (var entry in decided)
        {
            var evaluation = evaluations.Single(e => e.Id == entry.EvaluationId);
            var project = projects.Single(p => p.Id == evaluation.ProjectId);
            if (entry.Outcome == AwardOutcome.Awarded)
            {
                evaluation.Finalise(now);
                if (evaluation.Kind == EvaluationKind.Final) project.Close(evaluation.Id, evaluation.Grade!.Value, evaluation.Total!.Value, now);
            }
            else
            {
                evaluation.Reopen();
                if (evaluation.Kind == EvaluationKind.Final) project.ReopenEvaluation();
            }
        }
    }
}

public sealed record PromotionView(int Vacancies, ResultRow? Next, Money RemainingBudget, string? Blocker);

/// <summary>
/// 递补: how many awarded places were lost to upheld objections and not yet refilled, and which
/// application is next in line (the best-ranked not-recommended one above the pass score that fits the budget left).
/// </summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record GetPromotionQuery(Guid SolicitationId) : IQuery<PromotionView>;

public sealed class GetPromotionQueryHandler(IApplicationDbContext db, ICurrentUser user, ISender sender) : IQueryHandler<GetPromotionQuery, PromotionView>
{
    public async ValueTask<PromotionView> Handle(GetPromotionQuery query, CancellationToken cancellationToken)
    {
        var call = await db.Solicitations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.SolicitationId && s.DepartmentId == user.DepartmentId, cancellationToken)
            ?? throw new NotFoundException("未找到该项目征集，或它不属于您所在的部门。");
        var notices = await db.AwardNotices.AsNoTracking().Where(n => n.SolicitationId == call.Id && n.Kind == NoticeKind.Award).ToListAsync(cancellationToken);
        var disqualified = notices.SelectMany(n => n.Entries).Count(e => e.Outcome == AwardOutcome.Disqualified);
        var vacancies = disqualified - notices.Count(n => n.SupplementsNoticeId is not null);
        if (vacancies <= 0) return new PromotionView(0, null, Money.Zero, null);

        var results = await sender.Send(new GetReviewResultsQuery(call.Id), cancellationToken);
        var remaining = call.TotalBudget - Money.Sum(results.Rows.Where(r => r.Status is ApplicationStatus.Recommended or ApplicationStatus.Awarded).Select(r => r.Requested));
        var nextId = Domain.Reviews.ScoreAggregation.NextInLine(
            results.Rows.Where(r => r.Status == ApplicationStatus.NotRecommended && r.Score is not null && r.Rank is not null)
                .Select(r => (r.ApplicationId, r.Score!.Value, r.Rank!.Value, r.Requested)), remaining, results.PassScore);
        var next = results.Rows.FirstOrDefault(r => r.ApplicationId == nextId);
        return new PromotionView(vacancies, next, remaining,
            next is null ? $"没有可递补的申报：未推荐的申报中没有达到及格分（{results.PassScore:0}分）且申请金额不超过剩余预算 {remaining} 的。" : null);
    }
}

/// <summary>
/// 递补: after an upheld objection disqualified a project, the department promotes the next in line.
/// The promoted project goes through its own publicity (a supplementary notice) before it is awarded.
/// </summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record PromoteNextRankedCommand(Guid SolicitationId) : ICommand<Guid>;

public sealed class PromoteNextRankedCommandHandler(IApplicationDbContext db, ICurrentUser user, ISender sender, TimeProvider clock, IOptions<PublicityOptions> options)
    : ICommandHandler<PromoteNextRankedCommand, Guid>
{
    public async ValueTask<Guid> Handle(PromoteNextRankedCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var call = await db.LoadOwnAsync(user, command.SolicitationId, cancellationToken);
        var promotion = await sender.Send(new GetPromotionQuery(call.Id), cancellationToken);
        if (promotion.Vacancies <= 0) throw new DomainException("没有因异议成立而取消立项资格、尚待递补的项目。");
        if (promotion.Next is not { } next) throw new DomainException(promotion.Blocker!);

        var application = await db.Applications.FirstAsync(a => a.Id == next.ApplicationId, cancellationToken);
        application.Promote(now);
        var replaced = await db.AwardNotices.Where(n => n.SolicitationId == call.Id && n.Kind == NoticeKind.Award && n.Entries.Any(e => e.Outcome == AwardOutcome.Disqualified))
            .OrderBy(n => n.PublishedAt).Select(n => n.Id).FirstAsync(cancellationToken);
        var notice = new AwardNotice(call.Id, $"{call.Title}递补立项项目公示",
            [new AwardNoticeItem(next.ApplicationId, next.Title, next.OrganizationName, next.Requested, next.Score ?? 0, next.Rank ?? 0)],
            options.Value.Calendar(), options.Value.WorkingDays, now, replaced);
        db.AwardNotices.Add(notice);
        return notice.Id;
    }
}
