using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Projects.Evaluations;

public sealed class IndicatorRow : Common.Models.IBlankable
{
    public string? Name { get; set; }
    public int? Weight { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Weight is null;
}

/// <summary>The department assigns a third-party evaluator to a mid-term or final evaluation, with the indicators and weights to use.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class AssignEvaluationCommand : ICommand<Guid>
{
    public Guid ProjectId { get; set; }
    public EvaluationKind Kind { get; set; }
    public string? EvaluatorUserId { get; set; }

    /// <summary>The last day (China time) to finish; empty: <see cref="Evaluation.DefaultDueDays"/> days from now.</summary>
    public DateOnly? DueOn { get; set; }
    public List<IndicatorRow> Indicators { get; set; } = [];
}

public sealed class AssignEvaluationCommandValidator : AbstractValidator<AssignEvaluationCommand>
{
    public AssignEvaluationCommandValidator()
    {
        RuleFor(x => x.EvaluatorUserId).NotEmpty().WithMessage("请选择第三方评估机构。");
        RuleForEach(x => x.Indicators).Where(i => !i.IsBlank).ChildRules(i =>
        {
            i.RuleFor(r => r.Name).NotEmpty().WithMessage("请填写指标名称。").MaximumLength(50).WithMessage("指标名称不能超过50个字符。");
            i.RuleFor(r => r.Weight).NotNull().WithMessage("请填写权重。").InclusiveBetween(1, 100).WithMessage("权重须在1到100之间。");
        });
    }
}

public sealed class AssignEvaluationCommandHandler(IApplicationDbContext db, ICurrentUser user, IIdentityService identity, TimeProvider clock, IOptions<ProjectOptions> options)
    : ICommandHandler<AssignEvaluationCommand, Guid>
{
    public async ValueTask<Guid> Handle(AssignEvaluationCommand command, CancellationToken cancellationToken)
    {
        var project = await db.LoadOwnProjectAsync(user, command.ProjectId, cancellationToken);
        var evaluator = await identity.FindUserAsync(command.EvaluatorUserId!, cancellationToken);
        if (evaluator is null || !evaluator.Roles.Contains(Roles.Evaluator) || evaluator.LockedOut)
            throw new RequestValidationException(nameof(command.EvaluatorUserId), "请选择有效的第三方评估机构账号。");
        if (await db.Evaluations.AnyAsync(e => e.ProjectId == project.Id && e.Kind == command.Kind, cancellationToken))
            throw new DomainException($"该项目已安排{command.Kind.ToChinese()}。");
        var rows = command.Indicators.Where(i => !i.IsBlank).ToList();
        var indicators = rows.Count > 0 ? rows.Select(i => new IndicatorInput(i.Name!, i.Weight ?? 0)).ToList() : options.Value.Indicators();
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.DueOn is { } dueOn && dueOn <= ChinaTime.TodayCst(now))
            throw new RequestValidationException(nameof(command.DueOn), "完成期限须晚于今天。");
        // The due day runs to 24:00 China time.
        DateTime? dueAt = command.DueOn is { } day ? ChinaTime.FromCst(day.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null;
        var evaluation = new Evaluation(project, command.Kind, evaluator.Id, evaluator.DisplayName, indicators, user.UserName, now, dueAt);
        db.Evaluations.Add(evaluation);
        return evaluation.Id;
    }
}

/// <summary>The department confirms the service is complete, which opens the final evaluation.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record CompleteProjectCommand(Guid ProjectId) : ICommand<Guid>;

public sealed class CompleteProjectCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CompleteProjectCommand, Guid>
{
    public async ValueTask<Guid> Handle(CompleteProjectCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var project = await db.LoadOwnProjectAsync(user, command.ProjectId, cancellationToken);
        var reports = await db.ProgressReports.Where(r => r.ProjectId == project.Id).Select(r => new { r.PeriodIndex, r.Status }).ToListAsync(cancellationToken);
        var unfinished = reports.Count(r => r.Status != ReportStatus.Accepted);
        if (unfinished > 0) throw new DomainException($"还有 {unfinished} 份实施动态报告未审核通过，不能确认服务完成。");
        var missing = project.DuePeriodsNotAccepted(reports.Select(r => (r.PeriodIndex, r.Status)), now);
        if (missing.Count > 0) throw new DomainException($"已到期的报告尚未报送并审核通过：{string.Join("、", missing.Select(p => p.Label))}，不能确认服务完成。");
        project.Complete(now);
        return project.Id;
    }
}

public sealed class IndicatorScoreRow
{
    public string? Name { get; set; }
    public decimal? Score { get; set; }
    public string? Comment { get; set; }
}

/// <summary>The assigned evaluator saves scores, comments and evidence; submitting fixes the total and the grade.</summary>
[Authorize(Roles.Evaluator)]
public sealed class SaveEvaluationCommand : ICommand<Guid>
{
    public Guid EvaluationId { get; set; }
    public List<IndicatorScoreRow> Scores { get; set; } = [];
    public string? Summary { get; set; }
    public List<FileUpload> Evidence { get; set; } = [];
    public bool Submit { get; set; }
}

public sealed class SaveEvaluationCommandValidator : AbstractValidator<SaveEvaluationCommand>
{
    public SaveEvaluationCommandValidator(IValidator<FileUpload> files)
    {
        RuleForEach(x => x.Scores).ChildRules(s =>
        {
            s.RuleFor(r => r.Score).GreaterThanOrEqualTo(0).WithMessage("得分不能为负数。");
            s.RuleFor(r => r.Comment).MaximumLength(Evaluation.MaxCommentLength).WithMessage($"评语不能超过{Evaluation.MaxCommentLength}个字符。");
        });
        RuleFor(x => x.Summary).MaximumLength(2000).WithMessage("评估结论不能超过2000个字符。");
        RuleForEach(x => x.Evidence).SetValidator(files);
    }
}

public sealed class SaveEvaluationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SaveEvaluationCommand, Guid>
{
    public async ValueTask<Guid> Handle(SaveEvaluationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var evaluation = await db.Evaluations.FirstOrDefaultAsync(e => e.Id == command.EvaluationId && e.EvaluatorUserId == user.UserId, cancellationToken)
            ?? throw new NotFoundException("未找到该评估任务，或它没有分配给您。");
        evaluation.SaveScores(command.Scores.Where(s => s.Name is not null).Select(s => new IndicatorScoreInput(s.Name!, s.Score, s.Comment)).ToList(), command.Summary, now);
        db.StoreAll(command.Evidence, user.UserName, now, file => evaluation.AddEvidence(file.Id, file.FileName));
        if (command.Submit) evaluation.Submit(now);
        return evaluation.Id;
    }
}

/// <summary>
/// The department publishes a submitted evaluation's result as an evaluation notice (评估结果公示) on /notices —
/// the same notice, publicity period and objections as award publicity.
/// </summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record PublishEvaluationNoticeCommand(Guid EvaluationId) : ICommand<Guid>;

public sealed class PublishEvaluationNoticeCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<PublicityOptions> options)
    : ICommandHandler<PublishEvaluationNoticeCommand, Guid>
{
    public async ValueTask<Guid> Handle(PublishEvaluationNoticeCommand command, CancellationToken cancellationToken)
    {
        var evaluation = await db.Evaluations.FirstOrDefaultAsync(e => e.Id == command.EvaluationId, cancellationToken) ?? throw new NotFoundException("未找到该评估。");
        var project = await db.LoadOwnProjectAsync(user, evaluation.ProjectId, cancellationToken);
        evaluation.MarkPublished();
        if (evaluation.Kind == EvaluationKind.Final) project.MarkEvaluated();
        var organization = await db.Organizations.Where(o => o.Id == project.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var notice = new AwardNotice(project.SolicitationId, $"{project.Title}{evaluation.Kind.ToChinese()}结果公示",
            [new AwardNoticeItem(project.ApplicationId, project.Title, organization, project.ContractAmount, evaluation.Total!.Value, 1, evaluation.Id, evaluation.Kind, evaluation.Grade)],
            options.Value.Calendar(), options.Value.WorkingDays, clock.GetUtcNow().UtcDateTime, kind: NoticeKind.Evaluation);
        db.AwardNotices.Add(notice);
        return notice.Id;
    }
}

public sealed record EvaluationListItem(Guid Id, Guid ProjectId, string ProjectTitle, string OrganizationName, EvaluationKind Kind, EvaluationStatus Status, DateTime AssignedAt, decimal? Total, EvaluationGrade? Grade);

/// <summary>The evaluator's own tasks.</summary>
[Authorize(Roles.Evaluator)]
public sealed record ListMyEvaluationsQuery : IQuery<IReadOnlyList<EvaluationListItem>>;

public sealed class ListMyEvaluationsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListMyEvaluationsQuery, IReadOnlyList<EvaluationListItem>>
{
    public async ValueTask<IReadOnlyList<EvaluationListItem>> Handle(ListMyEvaluationsQuery query, CancellationToken cancellationToken) =>
        await (from e in db.Evaluations.AsNoTracking()
               join p in db.Projects on e.ProjectId equals p.Id
               join o in db.Organizations on p.OrganizationId equals o.Id
               where e.EvaluatorUserId == user.UserId
               orderby e.Status, e.AssignedAt descending
               select new EvaluationListItem(e.Id, p.Id, p.Title, o.Name, e.Kind, e.Status, e.AssignedAt, e.Total, e.Grade)).ToListAsync(cancellationToken);
}

public sealed record EvaluationView(Evaluation Evaluation, Project Project, string OrganizationName, bool CanScore, bool CanPublish, Guid? NoticeId);

/// <summary>An evaluation: for its evaluator (who scores it), the project's department (who publishes it) and Supervisors.</summary>
[Authorize(Roles.Evaluator, Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record GetEvaluationQuery(Guid EvaluationId) : IQuery<EvaluationView>;

public sealed class GetEvaluationQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetEvaluationQuery, EvaluationView>
{
    public async ValueTask<EvaluationView> Handle(GetEvaluationQuery query, CancellationToken cancellationToken)
    {
        var evaluation = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == query.EvaluationId, cancellationToken);
        var project = evaluation is null ? null : await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == evaluation.ProjectId, cancellationToken);
        var evaluator = evaluation is not null && user.IsInRole(Roles.Evaluator) && evaluation.EvaluatorUserId == user.UserId;
        var department = project is not null && user.IsInRole(Roles.DepartmentOfficer) && project.DepartmentId == user.DepartmentId;
        if (evaluation is null || project is null || !(evaluator || department || user.IsInRole(Roles.Supervisor))) throw new NotFoundException("未找到该评估，或您无权查看。");
        var organization = await db.Organizations.Where(o => o.Id == project.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var noticeId = await db.AwardNotices.Where(n => n.Kind == NoticeKind.Evaluation && n.Entries.Any(x => x.EvaluationId == evaluation.Id))
            .OrderByDescending(n => n.PublishedAt).Select(n => (Guid?)n.Id).FirstOrDefaultAsync(cancellationToken);
        return new EvaluationView(evaluation, project, organization, evaluator && evaluation.Status == EvaluationStatus.Assigned,
            department && evaluation.Status == EvaluationStatus.Scored, noticeId);
    }
}

/// <summary>An evaluation's evidence file, for whoever may read the evaluation.</summary>
[Authorize(Roles.Evaluator, Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record GetEvaluationEvidenceQuery(Guid EvaluationId, Guid FileId) : IQuery<FileDownload>;

public sealed class GetEvaluationEvidenceQueryHandler(IApplicationDbContext db, ISender sender) : IQueryHandler<GetEvaluationEvidenceQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetEvaluationEvidenceQuery query, CancellationToken cancellationToken)
    {
        var view = await sender.Send(new GetEvaluationQuery(query.EvaluationId), cancellationToken);
        if (view.Evaluation.Evidence.All(e => e.FileId != query.FileId)) throw new NotFoundException("未找到该文件。");
        var file = await db.StoredFiles.AsNoTracking().FirstAsync(f => f.Id == query.FileId, cancellationToken);
        return new FileDownload(file.FileName, file.ContentType, file.Content);
    }
}

/// <summary>Evaluator accounts a department can assign.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record ListEvaluatorsQuery : IQuery<IReadOnlyList<Common.Interfaces.UserSummary>>;

public sealed class ListEvaluatorsQueryHandler(IIdentityService identity) : IQueryHandler<ListEvaluatorsQuery, IReadOnlyList<UserSummary>>
{
    public async ValueTask<IReadOnlyList<UserSummary>> Handle(ListEvaluatorsQuery query, CancellationToken cancellationToken) =>
        (await identity.ListUsersAsync(cancellationToken)).Where(u => u.Roles.Contains(Roles.Evaluator) && !u.LockedOut).OrderBy(u => u.DisplayName).ToList();
}
