using System.Security.Cryptography;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Solicitations;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Reviews.Sessions;

/// <summary>
/// The department schedules the roadshow for a closed call's eligible applications and draws the
/// expert panel at random from the pool by the call's field, excluding conflicted experts. The call
/// moves to "under review".
/// </summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class ScheduleRoadshowCommand : ICommand<Guid>
{
    public Guid SolicitationId { get; set; }
    public DateTime? ScheduledAt { get; set; }
    public string? Venue { get; set; }
    public int? PanelSize { get; set; }
}

public sealed class ScheduleRoadshowCommandValidator : AbstractValidator<ScheduleRoadshowCommand>
{
    public ScheduleRoadshowCommandValidator()
    {
        RuleFor(x => x.ScheduledAt).NotNull().WithMessage("请填写路演时间。").Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("请填写有效的路演时间。");
        RuleFor(x => x.Venue).NotEmpty().WithMessage("请填写路演地点。").MaximumLength(200).WithMessage("路演地点不能超过200个字符。");
        RuleFor(x => x.PanelSize).InclusiveBetween(3, 15).When(x => x.PanelSize is not null).WithMessage("专家组人数应在3至15人之间。");
    }
}

public sealed class ScheduleRoadshowCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<ReviewOptions> options)
    : ICommandHandler<ScheduleRoadshowCommand, Guid>
{
    public async ValueTask<Guid> Handle(ScheduleRoadshowCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var solicitation = await db.LoadOwnAsync(user, command.SolicitationId, cancellationToken);
        if (await db.ReviewSessions.AnyAsync(s => s.SolicitationId == solicitation.Id, cancellationToken))
            throw new DomainException("该项目征集已安排路演评审。");
        var eligible = await db.Applications.Where(a => a.SolicitationId == solicitation.Id && a.Status == ApplicationStatus.Eligible)
            .Select(a => new { a.Id, a.OrganizationId }).ToListAsync(cancellationToken);
        var undecided = await db.Applications.CountAsync(a => a.SolicitationId == solicitation.Id && a.Status == ApplicationStatus.Submitted, cancellationToken);
        if (undecided > 0) throw new DomainException($"还有 {undecided} 份申报未完成资格审查，请先完成资格审查再安排路演。");

        solicitation.StartReview(now);
        var session = new ReviewSession(solicitation.Id, ChinaTime.FromCst(command.ScheduledAt!.Value), command.Venue!, command.PanelSize ?? options.Value.PanelSize,
            eligible.Select(a => a.Id).ToList(), now);
        var applicants = eligible.Select(a => a.OrganizationId).Distinct().ToList();
        var pool = await SessionDraws.PoolAsync(db, cancellationToken);
        var today = ChinaTime.TodayCst(now);
        var result = PanelDraw.Draw(pool, solicitation.ServiceField.ToString(), applicants, session.PanelSize, SessionDraws.NewSeed(), today);
        session.SeatPanel(result, applicants, today, now);
        db.ReviewSessions.Add(session);
        return session.Id;
    }
}

/// <summary>An expert cannot attend: draw a replacement (recorded like the first draw).</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record ReplaceDeclinedExpertCommand(Guid SessionId, Guid ExpertId) : ICommand<Guid>;

public sealed class ReplaceDeclinedExpertCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReplaceDeclinedExpertCommand, Guid>
{
    public async ValueTask<Guid> Handle(ReplaceDeclinedExpertCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.ReviewSessions.FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken) ?? throw new NotFoundException("未找到该路演评审。");
        var solicitation = await db.LoadOwnAsync(user, session.SolicitationId, cancellationToken);
        var applicationIds = session.Applications.Select(a => a.ApplicationId).ToList();
        var applicants = await db.Applications.Where(a => applicationIds.Contains(a.Id)).Select(a => a.OrganizationId).Distinct().ToListAsync(cancellationToken);
        var pool = await SessionDraws.PoolAsync(db, cancellationToken);
        var today = ChinaTime.TodayCst(now);
        session.ReplaceDeclined(command.ExpertId,
            drawn => PanelDraw.Draw(pool, solicitation.ServiceField.ToString(), applicants, 1, SessionDraws.NewSeed(), today, drawn),
            applicants, today, now);
        return session.Id;
    }
}

internal static class SessionDraws
{
    public static async Task<List<ExpertCandidate>> PoolAsync(IApplicationDbContext db, CancellationToken ct) =>
        (await db.Experts.Where(e => e.Status == ExpertStatus.Active).ToListAsync(ct)).Select(e => e.ToCandidate()).ToList();

    /// <summary>A fresh unpredictable seed, recorded with the draw so it can be replayed.</summary>
    public static long NewSeed() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & long.MaxValue;
}
