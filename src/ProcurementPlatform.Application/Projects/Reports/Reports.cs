using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Projects.Funds;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Projects.Reports;

/// <summary>The organisation opens its report for a reporting period; targets come from the application's quantified activities.</summary>
[Authorize(Roles.OrganizationUser, RequireActiveOrganization = true)]
public sealed record StartReportCommand(Guid ProjectId, int PeriodIndex) : ICommand<Guid>;

public sealed class StartReportCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<StartReportCommand, Guid>
{
    public async ValueTask<Guid> Handle(StartReportCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var project = await db.LoadOrganizationProjectAsync(user, command.ProjectId, cancellationToken);
        var existing = await db.ProgressReports.Where(r => r.ProjectId == project.Id && r.PeriodIndex == command.PeriodIndex).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id) return id;
        var report = new ProgressReport(project, command.PeriodIndex, user.UserName, now);
        var activities = await db.Applications.AsNoTracking().Where(a => a.Id == project.ApplicationId).SelectMany(a => a.Activities).OrderBy(a => a.Order).ToListAsync(cancellationToken);
        report.Save(project, new ReportContent("", activities.Select(a => new OutputInput(a.Name, a.OutputType, a.Quantity, 0, 0)).ToList(), []), now);
        db.ProgressReports.Add(report);
        return report.Id;
    }
}

public sealed class OutputRow
{
    public int? Delivered { get; set; }
    public int? Beneficiaries { get; set; }
}

public sealed class ExpenditureRow : Common.Models.IBlankable
{
    public int? LineOrder { get; set; }
    public string? AmountYuan { get; set; }
    public DateOnly? SpentOn { get; set; }
    public string? Description { get; set; }
    public bool IsBlank => LineOrder is null && string.IsNullOrWhiteSpace(AmountYuan) && SpentOn is null && string.IsNullOrWhiteSpace(Description);
}

/// <summary>The organisation saves its report (outputs against targets, narrative, spending, evidence) and, when asked, submits it.</summary>
[Authorize(Roles.OrganizationUser, RequireActiveOrganization = true)]
public sealed class SaveReportCommand : ICommand<Guid>
{
    public Guid ReportId { get; set; }
    public string? Narrative { get; set; }
    public List<OutputRow> Outputs { get; set; } = [];
    public List<ExpenditureRow> Expenditures { get; set; } = [];
    public List<FileUpload> Evidence { get; set; } = [];
    public List<Guid> RemoveEvidence { get; set; } = [];
    public bool Submit { get; set; }
}

public sealed class SaveReportCommandValidator : AbstractValidator<SaveReportCommand>
{
    public SaveReportCommandValidator(IValidator<FileUpload> files)
    {
        RuleFor(x => x.Narrative).MaximumLength(ProgressReport.MaxNarrativeLength).WithMessage($"实施情况说明不能超过{ProgressReport.MaxNarrativeLength}个字符。");
        RuleForEach(x => x.Outputs).ChildRules(o =>
        {
            o.RuleFor(r => r.Delivered).NotNull().WithMessage("请填写完成数量（没有则填0）。").GreaterThanOrEqualTo(0).WithMessage("完成数量不能为负数。");
            o.RuleFor(r => r.Beneficiaries).NotNull().WithMessage("请填写受益人次（没有则填0）。").GreaterThanOrEqualTo(0).WithMessage("受益人次不能为负数。");
        });
        RuleForEach(x => x.Expenditures).Where(e => !e.IsBlank).ChildRules(e =>
        {
            e.RuleFor(r => r.LineOrder).NotNull().WithMessage("请选择预算科目。");
            e.RuleFor(r => r.AmountYuan).Must(v => Money.TryParseYuan(v, out var m) && m.Fen > 0).WithMessage("请填写有效金额（元，大于0，最多两位小数）。");
            e.RuleFor(r => r.SpentOn).NotNull().WithMessage("请填写支出日期。");
            e.RuleFor(r => r.Description).NotEmpty().WithMessage("请填写支出说明。").MaximumLength(200).WithMessage("支出说明不能超过200个字符。");
        });
        RuleForEach(x => x.Evidence).SetValidator(files);
    }
}

public sealed class SaveReportCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<ProjectOptions> options) : ICommandHandler<SaveReportCommand, Guid>
{
    public async ValueTask<Guid> Handle(SaveReportCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var report = await db.ProgressReports.FirstOrDefaultAsync(r => r.Id == command.ReportId, cancellationToken) ?? throw new NotFoundException("未找到该报告。");
        var project = await db.LoadOrganizationProjectAsync(user, report.ProjectId, cancellationToken);
        var outputs = report.Outputs.OrderBy(o => o.Order).Select((o, i) => new OutputInput(o.ActivityName, o.OutputType, o.Target,
            command.Outputs.ElementAtOrDefault(i)?.Delivered ?? o.Delivered, command.Outputs.ElementAtOrDefault(i)?.Beneficiaries ?? o.Beneficiaries)).ToList();
        var spending = command.Expenditures.Where(e => !e.IsBlank)
            .Select(e => new ExpenditureInput(e.LineOrder!.Value, Money.TryParseYuan(e.AmountYuan, out var m) ? m : Money.Zero, e.SpentOn!.Value, e.Description ?? "")).ToList();
        report.Save(project, new ReportContent(command.Narrative ?? "", outputs, spending), now);
        foreach (var fileId in command.RemoveEvidence) report.RemoveEvidence(fileId);
        db.StoreAll(command.Evidence, user.UserName, now, file => report.AddEvidence(file.Id, file.FileName, file.Length));
        if (command.Submit)
        {
            report.Submit(project, now);
            await FundAlertSync.SyncAsync(db, project, now, options.Value.ExecutionLagThreshold, cancellationToken);
        }
        return report.Id;
    }
}

/// <summary>The department accepts a submitted report or returns it with comments.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class ReviewReportCommand : ICommand<Guid>
{
    public Guid ReportId { get; set; }
    public bool Accept { get; set; }
    public string? Comment { get; set; }
}

public sealed class ReviewReportCommandValidator : AbstractValidator<ReviewReportCommand>
{
    public ReviewReportCommandValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().When(x => !x.Accept).WithMessage("退回报告须填写修改意见。").MaximumLength(2000).WithMessage("意见不能超过2000个字符。");
    }
}

public sealed class ReviewReportCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<ProjectOptions> options) : ICommandHandler<ReviewReportCommand, Guid>
{
    public async ValueTask<Guid> Handle(ReviewReportCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var report = await db.ProgressReports.FirstOrDefaultAsync(r => r.Id == command.ReportId, cancellationToken) ?? throw new NotFoundException("未找到该报告。");
        var project = await db.LoadOwnProjectAsync(user, report.ProjectId, cancellationToken);
        if (command.Accept) report.Accept(user.UserName, command.Comment, now);
        else report.Return(user.UserName, command.Comment!, now);
        await FundAlertSync.SyncAsync(db, project, now, options.Value.ExecutionLagThreshold, cancellationToken);
        return report.Id;
    }
}

public sealed record ReportView(ProgressReport Report, Project Project, string OrganizationName, IReadOnlyList<ContractLine> Lines, bool CanEdit, bool CanReview);

/// <summary>A report, for its organisation, its department, Supervisors and the project's evaluators.</summary>
[Authorize(Roles.OrganizationUser, Roles.DepartmentOfficer, Roles.Supervisor, Roles.Evaluator)]
public sealed record GetReportQuery(Guid ReportId) : IQuery<ReportView>;

public sealed class GetReportQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetReportQuery, ReportView>
{
    public async ValueTask<ReportView> Handle(GetReportQuery query, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.ReportId, cancellationToken) ?? throw new NotFoundException("未找到该报告。");
        var project = await db.LoadReadableProjectAsync(user, report.ProjectId, cancellationToken);
        var organization = await db.Organizations.Where(o => o.Id == project.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var own = user.IsInRole(Roles.OrganizationUser) && user.OrganizationId == project.OrganizationId;
        var department = user.IsInRole(Roles.DepartmentOfficer) && user.DepartmentId == project.DepartmentId;
        return new ReportView(report, project, organization, project.Lines.OrderBy(l => l.Order).ToList(), own && report.Editable,
            department && report.Status == ReportStatus.Submitted);
    }
}

/// <summary>An evidence file of a report, for whoever may read the report.</summary>
[Authorize(Roles.OrganizationUser, Roles.DepartmentOfficer, Roles.Supervisor, Roles.Evaluator)]
public sealed record GetReportEvidenceQuery(Guid ReportId, Guid FileId) : IQuery<FileDownload>;

public sealed class GetReportEvidenceQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetReportEvidenceQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetReportEvidenceQuery query, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.ReportId, cancellationToken) ?? throw new NotFoundException("未找到该文件。");
        await db.LoadReadableProjectAsync(user, report.ProjectId, cancellationToken);
        if (report.Evidence.All(e => e.FileId != query.FileId)) throw new NotFoundException("未找到该文件。");
        var file = await db.StoredFiles.AsNoTracking().FirstAsync(f => f.Id == query.FileId, cancellationToken);
        return new FileDownload(file.FileName, file.ContentType, file.Content);
    }
}
