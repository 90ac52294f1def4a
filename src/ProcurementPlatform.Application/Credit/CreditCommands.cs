using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Events;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Credit;

/// <summary>A department officer or a Supervisor records a finding (false materials, misuse of funds, abnormal activity, penalty, duplicate application) with evidence.</summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed class RecordCreditFindingCommand : ICommand<Guid>
{
    public string? CreditCode { get; set; }
    public CreditGround? Ground { get; set; }
    public DateOnly? OccurredOn { get; set; }
    public string? Description { get; set; }
    public List<FileUpload> Evidence { get; set; } = [];
}

public sealed class RecordCreditFindingCommandValidator : AbstractValidator<RecordCreditFindingCommand>
{
    public static readonly CreditGround[] FindingGrounds =
        [CreditGround.FalseMaterials, CreditGround.FundMisuse, CreditGround.AbnormalActivity, CreditGround.AdministrativePenalty, CreditGround.DuplicateApplication];

    public RecordCreditFindingCommandValidator(IValidator<FileUpload> files)
    {
        RuleFor(x => x.CreditCode).Must(c => SocialCreditCode.TryParse(c, out _, out _)).WithMessage("请填写有效的18位统一社会信用代码（校验位须正确）。");
        RuleFor(x => x.Ground).NotNull().WithMessage("请选择信用信息类型。").Must(g => g is null || FindingGrounds.Contains(g.Value)).WithMessage("评估等级由评估结果自动记录，不能手工登记。");
        RuleFor(x => x.OccurredOn).NotNull().WithMessage("请填写发生或认定日期。");
        RuleFor(x => x.Description).NotEmpty().WithMessage("请填写事实描述（将公开，不得含个人信息）。").MaximumLength(CreditEvent.MaxDescriptionLength).WithMessage($"事实描述不能超过{CreditEvent.MaxDescriptionLength}个字符。");
        RuleForEach(x => x.Evidence).SetValidator(files);
    }
}

public sealed class RecordCreditFindingCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<CreditOptions> options) : ICommandHandler<RecordCreditFindingCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordCreditFindingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var code = SocialCreditCode.Parse(command.CreditCode!);
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.CreditCode == code.Value, cancellationToken)
            ?? throw new RequestValidationException(nameof(command.CreditCode), "平台上没有使用该统一社会信用代码的社会组织。");
        var finding = new CreditEvent(organization.Id, command.Ground!.Value, command.OccurredOn!.Value, user.DepartmentId, command.Description!, user.UserName, now);
        db.StoreAll(command.Evidence, user.UserName, now, file => finding.Attach(file.Id, file.FileName));
        db.CreditEvents.Add(finding);
        await CreditRecompute.RunAsync(db, options.Value, now, organization.Id, cancellationToken);
        return finding.Id;
    }
}

/// <summary>
/// A final evaluation's grade becomes a credit event (优秀 or 不合格; the others carry no rule), once per evaluation,
/// and the organisation's standing is recomputed. Run by the platform when a project closes, and by the daily sweep.
/// </summary>
[Authorize(SystemOnly = true)]
public sealed record ImportEvaluationCreditCommand(Guid OrganizationId, Guid EvaluationId, EvaluationGrade Grade, decimal Score, DateTime ClosedAt, string ProjectTitle) : ICommand<bool>;

public sealed class ImportEvaluationCreditCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<CreditOptions> options) : ICommandHandler<ImportEvaluationCreditCommand, bool>
{
    public async ValueTask<bool> Handle(ImportEvaluationCreditCommand command, CancellationToken cancellationToken)
    {
        var ground = command.Grade switch { EvaluationGrade.Excellent => CreditGround.ExcellentEvaluation, EvaluationGrade.Failed => CreditGround.FailedEvaluation, _ => (CreditGround?)null };
        if (ground is null) return false;
        var key = $"evaluation:{command.EvaluationId:N}";
        if (await db.CreditEvents.AnyAsync(e => e.SourceKey == key, cancellationToken)) return false;
        var departmentId = await (from p in db.Projects join e in db.Evaluations on p.Id equals e.ProjectId where e.Id == command.EvaluationId select (Guid?)p.DepartmentId).FirstOrDefaultAsync(cancellationToken);
        db.CreditEvents.Add(new CreditEvent(command.OrganizationId, ground.Value, ChinaTime.TodayCst(command.ClosedAt), departmentId,
            $"承接项目《{command.ProjectTitle}》末期评估得分 {command.Score:0.0}，等级{command.Grade.ToChinese()}（评估结果经公示期满确定）。", user.UserName, clock.GetUtcNow().UtcDateTime, key));
        await CreditRecompute.RunAsync(db, options.Value, clock.GetUtcNow().UtcDateTime, command.OrganizationId, cancellationToken);
        return true;
    }
}

/// <summary>After commit: the closed project's final grade feeds the credit lists.</summary>
public sealed class RecordCreditWhenProjectClosed(ISender sender, IApplicationDbContext db) : IDomainEventHandler<ProjectClosed>
{
    public async Task HandleAsync(ProjectClosed e, CancellationToken cancellationToken)
    {
        var title = await db.Projects.Where(p => p.Id == e.ProjectId).Select(p => p.Title).FirstAsync(cancellationToken);
        await sender.Send(new ImportEvaluationCreditCommand(e.OrganizationId, e.EvaluationId, e.Grade, e.Score, e.ClosedAt, title), cancellationToken);
    }
}

/// <summary>The daily recompute: imports any final grade not yet recorded, then derives every list and expires what has run out.</summary>
[Authorize(SystemOnly = true)]
public sealed record RecomputeCreditListsCommand : ICommand<int>;

public sealed class RecomputeCreditListsCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<CreditOptions> options) : ICommandHandler<RecomputeCreditListsCommand, int>
{
    public async ValueTask<int> Handle(RecomputeCreditListsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var finals = await (from e in db.Evaluations
                            join p in db.Projects on e.ProjectId equals p.Id
                            where e.Kind == EvaluationKind.Final && e.Status == EvaluationStatus.Final && p.Status == ProjectStatus.Closed
                               && (e.Grade == EvaluationGrade.Excellent || e.Grade == EvaluationGrade.Failed)
                            select new { e.Id, p.OrganizationId, p.DepartmentId, p.Title, e.Grade, e.Total, p.ClosedAt }).ToListAsync(cancellationToken);
        var imported = (await db.CreditEvents.Where(c => c.SourceKey != null && c.SourceKey.StartsWith("evaluation:")).Select(c => c.SourceKey!).ToListAsync(cancellationToken)).ToHashSet();
        var missing = finals.Where(f => !imported.Contains($"evaluation:{f.Id:N}")).ToList();
        foreach (var m in missing)
        {
            var grade = m.Grade!.Value;
            db.CreditEvents.Add(new CreditEvent(m.OrganizationId, grade == EvaluationGrade.Excellent ? CreditGround.ExcellentEvaluation : CreditGround.FailedEvaluation,
                ChinaTime.TodayCst(m.ClosedAt ?? now), m.DepartmentId, $"承接项目《{m.Title}》末期评估得分 {m.Total:0.0}，等级{grade.ToChinese()}（评估结果经公示期满确定）。", user.UserName, now, $"evaluation:{m.Id:N}"));
        }
        return missing.Count + await CreditRecompute.RunAsync(db, options.Value, now, null, cancellationToken);
    }
}

internal static class CreditAccess
{
    /// <summary>The deciding department's officer acts on its entries.</summary>
    public static async Task<CreditEntry> LoadDecidingEntryAsync(this IApplicationDbContext db, ICurrentUser user, Guid entryId, CancellationToken ct) =>
        await db.CreditEntries.FirstOrDefaultAsync(e => e.Id == entryId && e.DepartmentId == user.DepartmentId, ct)
        ?? throw new NotFoundException("未找到该条目，或它不由您所在部门认定。");
}

/// <summary>The deciding department confirms a proposed black-list entry: it is published.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record ConfirmCreditEntryCommand(Guid EntryId) : ICommand<Guid>;

public sealed class ConfirmCreditEntryCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ConfirmCreditEntryCommand, Guid>
{
    public async ValueTask<Guid> Handle(ConfirmCreditEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.LoadDecidingEntryAsync(user, command.EntryId, cancellationToken);
        entry.Confirm(user.UserName, clock.GetUtcNow().UtcDateTime);
        return entry.Id;
    }
}

/// <summary>The deciding department declines a proposal, with a reason; the rules propose again only on a new ground.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class RejectCreditEntryCommand : ICommand<Guid>
{
    public Guid EntryId { get; set; }
    public string? Reason { get; set; }
}

public sealed class RejectCreditEntryCommandValidator : AbstractValidator<RejectCreditEntryCommand>
{
    public RejectCreditEntryCommandValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写不予列入的理由。").MaximumLength(1000).WithMessage("理由不能超过1000个字符。");
}

public sealed class RejectCreditEntryCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RejectCreditEntryCommand, Guid>
{
    public async ValueTask<Guid> Handle(RejectCreditEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.LoadDecidingEntryAsync(user, command.EntryId, cancellationToken);
        entry.Reject(command.Reason!, user.UserName, clock.GetUtcNow().UtcDateTime);
        return entry.Id;
    }
}

/// <summary>The listed organisation appeals (异议) or applies for credit repair (信用修复), with attachments.</summary>
[Authorize(Roles.OrganizationUser)]
public sealed class FileCreditRequestCommand : ICommand<Guid>
{
    public Guid EntryId { get; set; }
    public CreditRequestKind Kind { get; set; }
    public string? Statement { get; set; }
    public List<FileUpload> Evidence { get; set; } = [];
}

public sealed class FileCreditRequestCommandValidator : AbstractValidator<FileCreditRequestCommand>
{
    public FileCreditRequestCommandValidator(IValidator<FileUpload> files)
    {
        RuleFor(x => x.Statement).NotEmpty().WithMessage("请填写理由或整改情况。").MaximumLength(CreditRequest.MaxTextLength).WithMessage($"不能超过{CreditRequest.MaxTextLength}个字符。");
        RuleForEach(x => x.Evidence).SetValidator(files);
    }
}

public sealed class FileCreditRequestCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<CreditOptions> options) : ICommandHandler<FileCreditRequestCommand, Guid>
{
    public async ValueTask<Guid> Handle(FileCreditRequestCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = await db.CreditEntries.FirstOrDefaultAsync(e => e.Id == command.EntryId && e.OrganizationId == user.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("未找到该条目。");
        if (await db.CreditRequests.AnyAsync(r => r.EntryId == entry.Id && r.Status == CreditRequestStatus.Pending, cancellationToken))
            throw new DomainException("该条目已有待处理的异议或修复申请，请等待处理结果。");
        var repairFrom = entry.RepairAllowedFrom(options.Value.EffectiveRules().ToDictionary(r => r.Code));
        var request = new CreditRequest(entry, command.Kind, command.Statement!, user.UserName, now.AddDays(options.Value.AppealAnswerDays), repairFrom, now);
        db.StoreAll(command.Evidence, user.UserName, now, file => request.Attach(file.Id, file.FileName));
        db.CreditRequests.Add(request);
        return request.Id;
    }
}

/// <summary>The deciding department answers an appeal or repair application; upheld removes the entry (kept in history).</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class AnswerCreditRequestCommand : ICommand<Guid>
{
    public Guid RequestId { get; set; }
    public bool Upheld { get; set; }
    public string? Answer { get; set; }
}

public sealed class AnswerCreditRequestCommandValidator : AbstractValidator<AnswerCreditRequestCommand>
{
    public AnswerCreditRequestCommandValidator() =>
        RuleFor(x => x.Answer).NotEmpty().WithMessage("请填写处理意见和理由。").MaximumLength(CreditRequest.MaxTextLength).WithMessage($"不能超过{CreditRequest.MaxTextLength}个字符。");
}

public sealed class AnswerCreditRequestCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AnswerCreditRequestCommand, Guid>
{
    public async ValueTask<Guid> Handle(AnswerCreditRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.CreditRequests.FirstOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken) ?? throw new NotFoundException("未找到该申请。");
        var entry = await db.LoadDecidingEntryAsync(user, request.EntryId, cancellationToken);
        var eventIds = entry.Grounds.Select(g => g.EventId).ToList();
        var events = await db.CreditEvents.Where(e => eventIds.Contains(e.Id)).ToListAsync(cancellationToken);
        request.Decide(command.Upheld, command.Answer!, user.UserName, entry, events, clock.GetUtcNow().UtcDateTime);
        return request.Id;
    }
}

/// <summary>Black-listed organisations cannot submit: the real list behind the application pipeline's port.</summary>
public sealed class CreditListing(IApplicationDbContext db) : ICreditListing
{
    public async Task<string?> FindBlockingEntryAsync(Guid organizationId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var entry = await db.CreditEntries.AsNoTracking()
            .FirstOrDefaultAsync(e => e.OrganizationId == organizationId && e.List == CreditList.Black && e.Status == CreditEntryStatus.Listed, cancellationToken);
        if (entry is null) return null;
        var grounds = entry.GroundsText();
        var until = entry.ExpiresOn is { } d ? $"列入期限至 {d.AddDays(-1):yyyy-MM-dd}" : "整改完成前";
        return $"{grounds}，{until}，详见 /credit/{entry.Id}";
    }
}
