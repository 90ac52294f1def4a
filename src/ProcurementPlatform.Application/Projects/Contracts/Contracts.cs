using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Projects.Contracts;

public sealed class TrancheRow : IBlankable
{
    public int? Percent { get; set; }
    public TrancheTrigger Trigger { get; set; }
    public DateOnly? DueOn { get; set; }
    public bool IsBlank => Percent is null && DueOn is null;
}

public sealed class ContractLineRow : IBlankable
{
    public BudgetCategory? Category { get; set; }
    public string? Description { get; set; }
    public string? AmountYuan { get; set; }
    public FundSource? FundSource { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(AmountYuan);
}

/// <summary>The 三方协议 as the officer types it (amounts in yuan).</summary>
public class ContractForm
{
    public string? CommunityName { get; set; }
    public string? AmountYuan { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public bool RecurringService { get; set; }
    public ReportingFrequency Frequency { get; set; } = ReportingFrequency.Quarterly;
    public List<TrancheRow> Tranches { get; set; } = [];
    public List<ContractLineRow> Lines { get; set; } = [];

    public ContractTerms ToTerms() => new(CommunityName ?? "", Yuan(AmountYuan), StartsOn!.Value, EndsOn!.Value, RecurringService, Frequency,
        Tranches.Where(t => !t.IsBlank).Select(t => new TrancheInput(t.Percent ?? 0, t.Trigger, t.DueOn)).ToList(),
        Lines.Where(l => !l.IsBlank).Select(l => new ContractLineInput(l.Category!.Value, l.Description ?? "", Yuan(l.AmountYuan), l.FundSource!.Value)).ToList());

    private static Money Yuan(string? text) => Money.TryParseYuan(text, out var m) ? m : Money.Zero;
}

[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class SignContractCommand : ContractForm, ICommand<Guid>
{
    public Guid ProjectId { get; set; }
}

public sealed class SignContractCommandValidator : AbstractValidator<SignContractCommand>
{
    public SignContractCommandValidator()
    {
        RuleFor(x => x.CommunityName).NotEmpty().WithMessage("请填写合同第三方（服务社区）。").MaximumLength(100).WithMessage("社区名称不能超过100个字符。");
        RuleFor(x => x.AmountYuan).Must(v => Money.TryParseYuan(v, out var m) && m.Fen > 0).WithMessage("请填写有效的合同金额（元，大于0，最多两位小数）。");
        RuleFor(x => x.StartsOn).NotNull().WithMessage("请填写服务开始日期。");
        RuleFor(x => x.EndsOn).NotNull().WithMessage("请填写服务结束日期。");
        RuleFor(x => x.Tranches).Must(t => t.Any(r => !r.IsBlank)).WithMessage("请至少设置一个拨付批次。");
        RuleForEach(x => x.Tranches).Where(t => !t.IsBlank).ChildRules(t =>
        {
            t.RuleFor(r => r.Percent).NotNull().WithMessage("请填写拨付比例。").InclusiveBetween(1, 100).WithMessage("拨付比例须在1到100之间。");
        });
        RuleFor(x => x.Lines).Must(l => l.Any(r => !r.IsBlank)).WithMessage("请填写合同预算科目。");
        RuleForEach(x => x.Lines).Where(l => !l.IsBlank).ChildRules(l =>
        {
            l.RuleFor(r => r.Category).NotNull().WithMessage("请选择科目类别。");
            l.RuleFor(r => r.FundSource).NotNull().WithMessage("请选择资金来源。");
            l.RuleFor(r => r.Description).NotEmpty().WithMessage("请填写用途说明。").MaximumLength(200).WithMessage("用途说明不能超过200个字符。");
            l.RuleFor(r => r.AmountYuan).Must(v => Money.TryParseYuan(v, out var m) && m.Fen > 0).WithMessage("请填写有效金额（元，大于0）。");
        });
    }
}

public sealed class SignContractCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SignContractCommand, Guid>
{
    public async ValueTask<Guid> Handle(SignContractCommand command, CancellationToken cancellationToken)
    {
        var project = await db.LoadOwnProjectAsync(user, command.ProjectId, cancellationToken);
        project.Sign(command.ToTerms(), user.UserName, clock.GetUtcNow().UtcDateTime);
        return project.Id;
    }
}

/// <summary>A contract form prefilled from the award: community, amount, period and budget lines of the application (with the call's fund source), tranches 40/40/20.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record GetContractDraftQuery(Guid ProjectId) : IQuery<ContractForm>;

public sealed class GetContractDraftQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetContractDraftQuery, ContractForm>
{
    public async ValueTask<ContractForm> Handle(GetContractDraftQuery query, CancellationToken cancellationToken)
    {
        var project = await db.LoadOwnProjectAsync(user, query.ProjectId, cancellationToken);
        var application = await db.Applications.AsNoTracking().FirstAsync(a => a.Id == project.ApplicationId, cancellationToken);
        var fund = await db.Solicitations.Where(s => s.Id == project.SolicitationId).Select(s => s.FundSource).FirstAsync(cancellationToken);
        var today = ChinaTime.TodayCst(clock.GetUtcNow().UtcDateTime);
        var start = application.PeriodStart is { } ps && ps > today ? ps : today.AddDays(1);
        var end = application.PeriodEnd is { } pe && pe > start && pe < start.AddYears(1) ? pe : start.AddYears(1).AddDays(-1);
        return new ContractForm
        {
            CommunityName = application.Community,
            AmountYuan = project.Amount.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            StartsOn = start,
            EndsOn = end,
            Frequency = ReportingFrequency.Quarterly,
            Tranches =
            [
                new() { Percent = 40, Trigger = TrancheTrigger.Signing },
                new() { Percent = 40, Trigger = TrancheTrigger.MidTermAccepted },
                new() { Percent = 20, Trigger = TrancheTrigger.FinalAccepted },
            ],
            Lines = application.BudgetLines.OrderBy(l => l.Order).Select(l => new ContractLineRow
            {
                Category = l.Category, Description = l.Description, AmountYuan = l.Amount.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                FundSource = fund.IsRestrictedFor(l.Category) ? FundSource.FiscalBudget : fund,
            }).ToList(),
        };
    }
}
