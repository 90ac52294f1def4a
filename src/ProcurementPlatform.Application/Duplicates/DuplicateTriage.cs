using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Duplicates;

namespace ProcurementPlatform.Application.Duplicates;

/// <summary>
/// Who sees a flag: the departments whose calls received either application, and Supervisors (all). Never an
/// organisation — the applicant is not told its application is under suspicion.
/// </summary>
public static class DuplicateAccess
{
    public static IQueryable<DuplicateFlag> Visible(this IApplicationDbContext db, ICurrentUser user)
    {
        if (user.IsInRole(Roles.Supervisor)) return db.DuplicateFlags;
        var department = user.DepartmentId;
        if (!user.IsInRole(Roles.DepartmentOfficer) || department is null) return db.DuplicateFlags.Where(_ => false);
        var mine = from a in db.Applications join s in db.Solicitations on a.SolicitationId equals s.Id where s.DepartmentId == department select a.Id;
        return db.DuplicateFlags.Where(f => mine.Contains(f.ApplicationAId) || mine.Contains(f.ApplicationBId));
    }

    /// <summary>An officer decides only for applications to the department's own calls; a Supervisor for either.</summary>
    public static bool MayDecideFor(this ICurrentUser user, Guid applicationDepartmentId) =>
        user.IsInRole(Roles.Supervisor) || (user.IsInRole(Roles.DepartmentOfficer) && user.DepartmentId == applicationDepartmentId);
}

public sealed record DuplicateFlagRow(Guid Id, DuplicateFlagKind Kind, double Score, DuplicateFlagStatus Status, DuplicateDetection DetectedBy, DateTime DetectedAt,
    string Signals, FlaggedApplication A, FlaggedApplication B);

/// <summary>疑似重复申报 list: open ones first, highest score first.</summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record ListDuplicateFlagsQuery(DuplicateFlagStatus? Status = DuplicateFlagStatus.Open) : IQuery<IReadOnlyList<DuplicateFlagRow>>;

public sealed class ListDuplicateFlagsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListDuplicateFlagsQuery, IReadOnlyList<DuplicateFlagRow>>
{
    public async ValueTask<IReadOnlyList<DuplicateFlagRow>> Handle(ListDuplicateFlagsQuery query, CancellationToken cancellationToken)
    {
        var flags = db.Visible(user).AsNoTracking();
        if (query.Status is { } status) flags = flags.Where(f => f.Status == status);
        var list = await flags.OrderBy(f => f.Status).ThenByDescending(f => f.Score).ThenByDescending(f => f.DetectedAt).Take(500).ToListAsync(cancellationToken);
        var ids = list.SelectMany(f => new[] { f.ApplicationAId, f.ApplicationBId }).Distinct().ToList();
        var apps = await FlaggedApplication.Query(db).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return list.Select(f =>
        {
            var (a, b) = FlaggedApplication.InSubmissionOrder(apps[f.ApplicationAId], apps[f.ApplicationBId]);
            return new DuplicateFlagRow(f.Id, f.Kind, f.Score, f.Status, f.DetectedBy, f.DetectedAt, f.Signals, a, b);
        }).ToList();
    }
}

/// <summary>One side with its text split into passages shared with the other side, and whether the viewer may confirm it as the duplicate.</summary>
public sealed record TriageSide(FlaggedApplication Application, IReadOnlyList<TextSegment> Title, IReadOnlyList<TextSegment> Summary, IReadOnlyList<TextSegment> Objectives,
    IReadOnlyList<(string Name, IReadOnlyList<TextSegment> Description)> Activities, double SharedShare, bool MayDecide, string? CannotMarkReason);

public sealed record DuplicateFlagDetail(DuplicateFlag Flag, TriageSide A, TriageSide B, bool MayDismiss, string? ConfirmedApplicationTitle);

[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record GetDuplicateFlagQuery(Guid FlagId) : IQuery<DuplicateFlagDetail>;

public sealed class GetDuplicateFlagQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetDuplicateFlagQuery, DuplicateFlagDetail>
{
    public async ValueTask<DuplicateFlagDetail> Handle(GetDuplicateFlagQuery query, CancellationToken cancellationToken)
    {
        var flag = await db.Visible(user).AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.FlagId, cancellationToken)
            ?? throw new NotFoundException("未找到该疑似重复申报，或它不涉及您所在部门的项目征集。");
        var ids = new[] { flag.ApplicationAId, flag.ApplicationBId };
        var apps = await FlaggedApplication.Query(db).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var (a, b) = FlaggedApplication.InSubmissionOrder(apps[flag.ApplicationAId], apps[flag.ApplicationBId]);
        var open = flag.Status == DuplicateFlagStatus.Open;
        return new DuplicateFlagDetail(flag, Side(a, b, open), Side(b, a, open), open,
            flag.DuplicateApplicationId is { } d ? apps[d].Title : null);
    }

    private TriageSide Side(FlaggedApplication mine, FlaggedApplication other, bool open)
    {
        var against = other.AllText;
        var title = Passages.Mark(mine.Title, against);
        var summary = Passages.Mark(mine.Summary, against);
        var objectives = Passages.Mark(mine.Objectives, against);
        var activities = mine.Activities.Select(x => (x.Name, Passages.Mark(x.Description, against))).ToList();
        var all = title.Concat(summary).Concat(objectives).Concat(activities.SelectMany(x => x.Item2)).ToList();
        var mayDecide = user.MayDecideFor(mine.DepartmentId);
        string? cannot = !open ? null
            : !mayDecide ? $"该申报属于{mine.DepartmentName}的项目征集，由该部门或监管人员认定。"
            : ProjectApplication.Lifecycle.CanFire(mine.Status, ApplicationTrigger.ConfirmDuplicate) ? null
            : mine.Status == ApplicationStatus.Recommended ? "已列入拟立项公示，请通过异议程序处理。"
            : $"当前状态为“{mine.Status.ToChinese()}”，不能认定为重复申报。";
        return new TriageSide(mine, title, summary, objectives, activities, Passages.SharedShare(all), mayDecide, cannot);
    }
}

/// <summary>
/// 认定重复申报: the chosen application of the pair becomes ineligible and its organisation gets a credit event
/// (重复申报, which the black-list rule reads); the flag keeps who decided, when and why. All in one transaction.
/// </summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed class ConfirmDuplicateFlagCommand : ICommand<Guid>
{
    public Guid FlagId { get; set; }
    public Guid? DuplicateApplicationId { get; set; }
    public string? Reason { get; set; }
}

public sealed class ConfirmDuplicateFlagCommandValidator : AbstractValidator<ConfirmDuplicateFlagCommand>
{
    public ConfirmDuplicateFlagCommandValidator()
    {
        RuleFor(x => x.DuplicateApplicationId).NotNull().WithMessage("请选择认定为重复申报的一份申报。");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写认定理由（核实了哪些材料、重复在哪里）。")
            .MaximumLength(DuplicateFlag.MaxReasonLength).WithMessage($"理由不能超过{DuplicateFlag.MaxReasonLength}个字符。");
    }
}

public sealed class ConfirmDuplicateFlagCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<CreditOptions> options)
    : ICommandHandler<ConfirmDuplicateFlagCommand, Guid>
{
    public async ValueTask<Guid> Handle(ConfirmDuplicateFlagCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var flag = await db.Visible(user).FirstOrDefaultAsync(f => f.Id == command.FlagId, cancellationToken)
            ?? throw new NotFoundException("未找到该疑似重复申报，或它不涉及您所在部门的项目征集。");
        if (!flag.Involves(command.DuplicateApplicationId!.Value))
            throw new RequestValidationException(nameof(command.DuplicateApplicationId), "请选择本组疑似重复的两份申报之一。");
        var otherId = flag.ApplicationAId == command.DuplicateApplicationId ? flag.ApplicationBId : flag.ApplicationAId;
        var sides = await FlaggedApplication.Query(db).Where(a => a.Id == command.DuplicateApplicationId || a.Id == otherId).ToDictionaryAsync(a => a.Id, cancellationToken);
        var mine = sides[command.DuplicateApplicationId.Value];
        var other = sides[otherId];
        if (!user.MayDecideFor(mine.DepartmentId))
            throw new ForbiddenAccessException($"该申报属于{mine.DepartmentName}的项目征集，只能由该部门或监管人员认定。");

        var application = await db.Applications.FirstAsync(a => a.Id == mine.Id, cancellationToken);
        flag.Confirm(application, command.Reason!, user.UserName, now);
        db.CreditEvents.Add(new CreditEvent(mine.OrganizationId, CreditGround.DuplicateApplication, ChinaTime.TodayCst(now), mine.DepartmentId,
            $"申报项目《{mine.Title}》（{mine.DepartmentName}《{mine.CallTitle}》）经核实与《{other.Title}》（{other.DepartmentName}《{other.CallTitle}》）重复申报，认定资格审查不通过。",
            user.UserName, now, $"duplicate:{flag.Id:N}"));
        await CreditRecompute.RunAsync(db, options.Value, now, mine.OrganizationId, cancellationToken);
        return flag.Id;
    }
}

/// <summary>排除: not a duplicate (e.g. the same organisation serving two communities); the reason is kept.</summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed class DismissDuplicateFlagCommand : ICommand<Guid>
{
    public Guid FlagId { get; set; }
    public string? Reason { get; set; }
}

public sealed class DismissDuplicateFlagCommandValidator : AbstractValidator<DismissDuplicateFlagCommand>
{
    public DismissDuplicateFlagCommandValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写排除理由（为什么不是重复申报）。")
            .MaximumLength(DuplicateFlag.MaxReasonLength).WithMessage($"理由不能超过{DuplicateFlag.MaxReasonLength}个字符。");
    }
}

public sealed class DismissDuplicateFlagCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DismissDuplicateFlagCommand, Guid>
{
    public async ValueTask<Guid> Handle(DismissDuplicateFlagCommand command, CancellationToken cancellationToken)
    {
        var flag = await db.Visible(user).FirstOrDefaultAsync(f => f.Id == command.FlagId, cancellationToken)
            ?? throw new NotFoundException("未找到该疑似重复申报，或它不涉及您所在部门的项目征集。");
        flag.Dismiss(command.Reason!, user.UserName, clock.GetUtcNow().UtcDateTime);
        return flag.Id;
    }
}

/// <summary>A flag as the application's page mentions it: the other application of the pair.</summary>
public sealed record ApplicationDuplicateNote(Guid FlagId, DuplicateFlagStatus Status, DuplicateFlagKind Kind, double Score, string OtherTitle, string OtherOrganization, string OtherDepartment);

/// <summary>The flags on one application, for its department's officers and Supervisors (shown before the eligibility decision).</summary>
[Authorize(Roles.DepartmentOfficer, Roles.Supervisor)]
public sealed record ListApplicationDuplicateFlagsQuery(Guid ApplicationId) : IQuery<IReadOnlyList<ApplicationDuplicateNote>>;

public sealed class ListApplicationDuplicateFlagsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListApplicationDuplicateFlagsQuery, IReadOnlyList<ApplicationDuplicateNote>>
{
    public async ValueTask<IReadOnlyList<ApplicationDuplicateNote>> Handle(ListApplicationDuplicateFlagsQuery query, CancellationToken cancellationToken)
    {
        var id = query.ApplicationId;
        var flags = await db.Visible(user).AsNoTracking().Where(f => f.ApplicationAId == id || f.ApplicationBId == id)
            .OrderBy(f => f.Status).ThenByDescending(f => f.Score).ToListAsync(cancellationToken);
        var others = flags.Select(f => f.ApplicationAId == id ? f.ApplicationBId : f.ApplicationAId).ToList();
        var apps = await FlaggedApplication.Query(db).Where(a => others.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return flags.Select(f => apps[f.ApplicationAId == id ? f.ApplicationBId : f.ApplicationAId] is var o
            ? new ApplicationDuplicateNote(f.Id, f.Status, f.Kind, f.Score, o.Title, o.OrganizationName, o.DepartmentName) : null!).ToList();
    }
}
