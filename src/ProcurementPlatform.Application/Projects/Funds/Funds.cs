using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Projects.Funds;

/// <summary>Runs the fund monitor for a project and brings its alerts up to date (raise once, refresh, resolve). Called inside the command's transaction.</summary>
public static class FundAlertSync
{
    public static async Task<int> SyncAsync(IApplicationDbContext db, Project project, DateTime nowUtc, decimal lagThreshold, CancellationToken ct)
    {
        if (project.SignedAt is null) return 0;
        await db.SaveChangesAsync(ct); // the command's own changes (inside its transaction) are what the monitor must see
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.ProjectId == project.Id && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted)).ToListAsync(ct);
        var spending = reports.SelectMany(r => r.Expenditures.Select(e => new SpendRecord(r.Id, $"第{r.PeriodIndex}期报告", e.Order, e.LineOrder, e.Category, e.FundSource, e.Amount, e.SpentOn, e.Description))).ToList();
        var disbursements = await db.Disbursements.AsNoTracking().Where(d => d.ProjectId == project.Id).ToListAsync(ct);
        var today = ChinaTime.TodayCst(nowUtc);
        var findings = project.Status == ProjectStatus.Closed
            ? FundMonitor.Evaluate(project, spending, disbursements, today, decimal.MaxValue) // a closed project is no longer behind schedule
            : FundMonitor.Evaluate(project, spending, disbursements, today, lagThreshold);

        var existing = await db.FundAlerts.Where(a => a.ProjectId == project.Id).ToListAsync(ct);
        var changed = 0;
        foreach (var finding in findings)
        {
            var alert = existing.FirstOrDefault(a => a.Kind == finding.Kind && a.Subject == finding.Subject);
            if (alert is null)
            {
                db.FundAlerts.Add(new FundAlert(project.Id, finding, nowUtc));
                changed++;
            }
            else if (alert.Refresh(finding, nowUtc)) changed++;
        }
        foreach (var alert in existing.Where(a => !findings.Any(f => f.Kind == a.Kind && f.Subject == a.Subject)))
            if (alert.Resolve(nowUtc)) changed++;
        return changed;
    }
}

/// <summary>The department records a tranche payment; refused (nothing stored) unless its trigger is met and every due report is accepted.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class RecordDisbursementCommand : ICommand<Guid>
{
    public Guid ProjectId { get; set; }
    public int TrancheOrder { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? Voucher { get; set; }
}

public sealed class RecordDisbursementCommandValidator : AbstractValidator<RecordDisbursementCommand>
{
    public RecordDisbursementCommandValidator()
    {
        RuleFor(x => x.TrancheOrder).GreaterThan(0).WithMessage("请选择拨付批次。");
        RuleFor(x => x.PaidOn).NotNull().WithMessage("请填写拨付日期。");
        RuleFor(x => x.Voucher).NotEmpty().WithMessage("请填写拨付凭证号（国库支付凭证或银行回单号）。").MaximumLength(100).WithMessage("凭证号不能超过100个字符。");
    }
}

public sealed class RecordDisbursementCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<ProjectOptions> options)
    : ICommandHandler<RecordDisbursementCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordDisbursementCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var project = await db.LoadOwnProjectAsync(user, command.ProjectId, cancellationToken);
        var paid = await db.Disbursements.Where(d => d.ProjectId == project.Id).ToListAsync(cancellationToken);
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.ProjectId == project.Id).ToListAsync(cancellationToken);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.ProjectId == project.Id).ToListAsync(cancellationToken);
        var disbursement = Disbursement.Pay(project, command.TrancheOrder, command.PaidOn!.Value, command.Voucher!, paid, reports, evaluations, user.UserName, now);
        db.Disbursements.Add(disbursement);
        await FundAlertSync.SyncAsync(db, project, now, options.Value.ExecutionLagThreshold, cancellationToken);
        return disbursement.Id;
    }
}

/// <summary>The department closes an alert with a reason (kept on record for Supervisors).</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class CloseFundAlertCommand : ICommand<Guid>
{
    public Guid AlertId { get; set; }
    public string? Reason { get; set; }
}

public sealed class CloseFundAlertCommandValidator : AbstractValidator<CloseFundAlertCommand>
{
    public CloseFundAlertCommandValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写关闭预警的理由（将留档备查）。").MaximumLength(1000).WithMessage("理由不能超过1000个字符。");
    }
}

public sealed class CloseFundAlertCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CloseFundAlertCommand, Guid>
{
    public async ValueTask<Guid> Handle(CloseFundAlertCommand command, CancellationToken cancellationToken)
    {
        var alert = await (from a in db.FundAlerts
                           join p in db.Projects on a.ProjectId equals p.Id
                           where a.Id == command.AlertId && p.DepartmentId == user.DepartmentId
                           select a).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("未找到该预警，或它不属于您所在部门的项目。");
        alert.Close(command.Reason!, user.UserName, clock.GetUtcNow().UtcDateTime);
        return alert.ProjectId;
    }
}

/// <summary>The daily sweep: every signed project's alerts recomputed (idempotent: an unchanged finding changes nothing).</summary>
[Authorize(SystemOnly = true)]
public sealed record RefreshFundAlertsCommand : ICommand<int>;

public sealed class RefreshFundAlertsCommandHandler(IApplicationDbContext db, TimeProvider clock, IOptions<ProjectOptions> options) : ICommandHandler<RefreshFundAlertsCommand, int>
{
    public async ValueTask<int> Handle(RefreshFundAlertsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var projects = await db.Projects.Where(p => p.SignedAt != null && p.Status != ProjectStatus.Closed).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var project in projects) changed += await FundAlertSync.SyncAsync(db, project, now, options.Value.ExecutionLagThreshold, cancellationToken);
        return changed;
    }
}
