using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Projects;

/// <summary>The part of a disbursement paid from one fund source.</summary>
public class DisbursementShare
{
    private DisbursementShare() { }

    internal DisbursementShare(FundSource source, Money amount)
    {
        FundSource = source;
        Amount = amount;
    }

    public int Id { get; private set; }
    public FundSource FundSource { get; private set; }
    public Money Amount { get; private set; }
}

/// <summary>
/// 资金拨付: the department pays one tranche, split across fund sources in proportion to the contract's
/// budget by source, so every source is tracked from budget through payment to spending.
/// </summary>
public class Disbursement : AggregateRoot
{
    private readonly List<DisbursementShare> _shares = [];

    private Disbursement() { }

    private Disbursement(Guid projectId, int trancheOrder, Money amount, DateOnly paidOn, string voucher, IEnumerable<DisbursementShare> shares, string recordedBy, DateTime nowUtc)
    {
        ProjectId = projectId;
        TrancheOrder = trancheOrder;
        Amount = amount;
        PaidOn = paidOn;
        Voucher = voucher;
        RecordedBy = recordedBy;
        RecordedAt = nowUtc;
        _shares.AddRange(shares);
    }

    public Guid ProjectId { get; private set; }
    public int TrancheOrder { get; private set; }
    public Money Amount { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public string Voucher { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
    public IReadOnlyList<DisbursementShare> Shares => _shares;

    /// <summary>
    /// Pays a tranche when its trigger is met and every report due so far has been accepted (payment gated on
    /// reporting); refuses with the rule named otherwise.
    /// </summary>
    public static Disbursement Pay(Project project, int trancheOrder, DateOnly paidOn, string voucher, IReadOnlyCollection<Disbursement> paid,
        IReadOnlyCollection<ProgressReport> reports, IReadOnlyCollection<Evaluation> evaluations, string recordedBy, DateTime nowUtc)
    {
        if (project.Status == ProjectStatus.ContractPending) throw new DomainException("合同签订前不能拨付资金。");
        var tranche = project.Tranches.FirstOrDefault(t => t.Order == trancheOrder) ?? throw new DomainException("合同中没有这个拨付批次。");
        if (paid.Any(d => d.TrancheOrder == trancheOrder)) throw new DomainException($"第{trancheOrder}批资金已经拨付，不能重复拨付。");
        var today = ChinaTime.TodayCst(nowUtc);
        if (paidOn > today) throw new DomainException("拨付日期不能晚于今天。");
        if (project.SignedAt is { } signed && paidOn < ChinaTime.TodayCst(signed)) throw new DomainException($"拨付日期不能早于合同签订日 {ChinaTime.TodayCst(signed):yyyy-MM-dd}。");
        if (string.IsNullOrWhiteSpace(voucher)) throw new DomainException("请填写拨付凭证号。");

        var blocker = TriggerBlocker(tranche, today, evaluations);
        if (blocker is not null) throw new DomainException($"第{trancheOrder}批（{tranche.Describe()}）尚不能拨付：{blocker}");
        if (tranche.Trigger == TrancheTrigger.Date && tranche.DueOn is { } due && paidOn < due) throw new DomainException($"第{trancheOrder}批约定 {due:yyyy-MM-dd} 起拨付，拨付日期不能早于该日。");
        var overdue = project.DuePeriodsNotAccepted(reports.Select(r => (r.PeriodIndex, r.Status)), nowUtc);
        if (overdue.Count > 0)
            throw new DomainException($"已到期的实施动态报告尚未全部审核通过（{string.Join("、", overdue.Select(p => p.Label))}），不能拨付。");
        var total = Money.Sum(paid.Select(d => d.Amount)) + tranche.Amount;
        if (total > project.ContractAmount) throw new DomainException($"累计拨付 {total} 将超过合同金额 {project.ContractAmount}。");

        return new Disbursement(project.Id, trancheOrder, tranche.Amount, paidOn, voucher.Trim(), Split(project, tranche.Amount), recordedBy, nowUtc);
    }

    /// <summary>Why a tranche's trigger is not met yet, or null.</summary>
    public static string? TriggerBlocker(Tranche tranche, DateOnly today, IReadOnlyCollection<Evaluation> evaluations) => tranche.Trigger switch
    {
        TrancheTrigger.Signing => null,
        TrancheTrigger.Date when tranche.DueOn > today => $"约定拨付日期为 {tranche.DueOn:yyyy-MM-dd}",
        TrancheTrigger.Date => null,
        TrancheTrigger.MidTermAccepted when !evaluations.Any(e => e.Kind == EvaluationKind.MidTerm && e.Status == EvaluationStatus.Final && e.Grade != EvaluationGrade.Failed)
            => "中期评估结果尚未公示期满或评估不合格",
        TrancheTrigger.FinalAccepted when !evaluations.Any(e => e.Kind == EvaluationKind.Final && e.Status == EvaluationStatus.Final && e.Grade != EvaluationGrade.Failed)
            => "末期评估结果尚未公示期满或评估不合格",
        _ => null,
    };

    /// <summary>Splits an amount across fund sources by their share of the contract budget; the largest source takes the rounding.</summary>
    public static IReadOnlyList<DisbursementShare> Split(Project project, Money amount)
    {
        var bySource = project.Lines.GroupBy(l => l.FundSource).Select(g => (Source: g.Key, Budget: Money.Sum(g.Select(l => l.Amount))))
            .OrderByDescending(s => s.Budget.Fen).ThenBy(s => s.Source).ToList();
        var contract = project.ContractAmount.Fen;
        var shares = bySource.Skip(1).Select(s => new DisbursementShare(s.Source, new Money(amount.Fen * s.Budget.Fen / contract))).ToList();
        shares.Insert(0, new DisbursementShare(bySource[0].Source, amount - Money.Sum(shares.Select(s => s.Amount))));
        return shares;
    }
}

public enum FundAlertKind
{
    OverBudgetLine = 1,
    SpentBeforeContract = 2,
    LotteryMisuse = 3,
    ExecutionBehind = 4,
    OverDisbursed = 5,
}

public enum FundAlertStatus
{
    Open = 0,
    /// <summary>Closed by the department with a reason.</summary>
    Closed = 1,
    /// <summary>The condition no longer holds (e.g. a corrected report).</summary>
    Resolved = 2,
}

/// <summary>A finding of the fund monitor: a kind, what it is about (so it is raised once) and the records behind it.</summary>
public sealed record FundFinding(FundAlertKind Kind, string Subject, string Message, string Records);

/// <summary>An expenditure as the monitor sees it.</summary>
public sealed record SpendRecord(Guid ReportId, string ReportLabel, int Order, int LineOrder, BudgetCategory Category, FundSource FundSource, Money Amount, DateOnly SpentOn, string Description);

/// <summary>资金动态监管: the alert rules, as pure functions of the contract, the spending and the payments.</summary>
public static class FundMonitor
{
    /// <summary>Default: alert when the share of time elapsed exceeds the share of money spent by more than 30 percentage points.</summary>
    public const decimal DefaultExecutionLagThreshold = 0.30m;

    public static IReadOnlyList<FundFinding> Evaluate(Project project, IReadOnlyList<SpendRecord> spending, IReadOnlyList<Disbursement> disbursements, DateOnly today,
        decimal executionLagThreshold = DefaultExecutionLagThreshold)
    {
        var findings = new List<FundFinding>();
        if (project.StartsOn is not { } start || project.EndsOn is not { } end) return findings;

        foreach (var line in project.Lines)
        {
            var charged = spending.Where(s => s.LineOrder == line.Order).ToList();
            var spent = Money.Sum(charged.Select(s => s.Amount));
            if (spent > line.Amount)
                findings.Add(new(FundAlertKind.OverBudgetLine, $"line-{line.Order}",
                    $"预算科目“{line.Description}”（{line.Category.ToChinese()}，{line.FundSource.ToChinese()}）已支出 {spent}，超出预算 {line.Amount}（超出 {spent - line.Amount}）。",
                    Records(charged)));
        }
        foreach (var s in spending.Where(s => s.SpentOn < start))
            findings.Add(new(FundAlertKind.SpentBeforeContract, $"spend-{s.ReportId:N}-{s.Order}",
                $"{s.ReportLabel}中的支出“{s.Description}”（{s.Amount}）发生于 {s.SpentOn:yyyy-MM-dd}，早于合同服务期开始日 {start:yyyy-MM-dd}。", Records([s])));
        foreach (var s in spending.Where(s => s.FundSource.IsRestrictedFor(s.Category)))
            findings.Add(new(FundAlertKind.LotteryMisuse, $"spend-{s.ReportId:N}-{s.Order}",
                $"{s.ReportLabel}中的支出“{s.Description}”（{s.Amount}）以彩票公益金列支{s.Category.ToChinese()}，违反彩票公益金使用规定。", Records([s])));

        var totalDays = end.DayNumber - start.DayNumber + 1;
        var elapsedDays = Math.Clamp(today.DayNumber - start.DayNumber + 1, 0, totalDays);
        if (elapsedDays > 0 && project.ContractAmount > Money.Zero)
        {
            var elapsed = (decimal)elapsedDays / totalDays;
            var spentTotal = Money.Sum(spending.Select(s => s.Amount));
            var executed = (decimal)spentTotal.Fen / project.ContractAmount.Fen;
            if (elapsed - executed > executionLagThreshold)
                findings.Add(new(FundAlertKind.ExecutionBehind, "execution",
                    $"服务期已过 {elapsed:P0}，资金执行率仅 {executed:P0}（已支出 {spentTotal} / 合同金额 {project.ContractAmount}），执行进度明显滞后。",
                    $"截至 {today:yyyy-MM-dd}：服务期 {start:yyyy-MM-dd} 至 {end:yyyy-MM-dd}；已支出 {spentTotal}"));
        }

        var disbursed = Money.Sum(disbursements.Select(d => d.Amount));
        if (disbursed > project.ContractAmount)
            findings.Add(new(FundAlertKind.OverDisbursed, "disbursed",
                $"累计拨付 {disbursed} 超过合同金额 {project.ContractAmount}。",
                string.Join("；", disbursements.OrderBy(d => d.PaidOn).Select(d => $"第{d.TrancheOrder}批 {d.PaidOn:yyyy-MM-dd} {d.Amount}（凭证 {d.Voucher}）"))));
        return findings;
    }

    private static string Records(IEnumerable<SpendRecord> records) =>
        string.Join("；", records.Select(r => $"{r.ReportLabel} 第{r.Order}笔 {r.SpentOn:yyyy-MM-dd} {r.Description} {r.Amount}"));
}

/// <summary>预警: raised once per kind and subject; the department may close it with a reason.</summary>
public class FundAlert : AggregateRoot
{
    private FundAlert() { }

    public FundAlert(Guid projectId, FundFinding finding, DateTime nowUtc)
    {
        ProjectId = projectId;
        Kind = finding.Kind;
        Subject = finding.Subject;
        Message = finding.Message;
        Records = finding.Records;
        RaisedAt = nowUtc;
        UpdatedAt = nowUtc;
        Status = FundAlertStatus.Open;
    }

    public Guid ProjectId { get; private set; }
    public FundAlertKind Kind { get; private set; }
    public string Subject { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string Records { get; private set; } = "";
    public FundAlertStatus Status { get; private set; }
    public DateTime RaisedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string? CloseReason { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The finding still holds: refresh what it says; a resolved alert that recurs opens again. A closed one stays closed.</summary>
    public bool Refresh(FundFinding finding, DateTime nowUtc)
    {
        if (Status == FundAlertStatus.Closed) return false;
        if (Status == FundAlertStatus.Open && Message == finding.Message && Records == finding.Records) return false;
        Message = finding.Message;
        Records = finding.Records;
        Status = FundAlertStatus.Open;
        UpdatedAt = nowUtc;
        return true;
    }

    public bool Resolve(DateTime nowUtc)
    {
        if (Status != FundAlertStatus.Open) return false;
        Status = FundAlertStatus.Resolved;
        UpdatedAt = nowUtc;
        return true;
    }

    public void Close(string reason, string closedBy, DateTime nowUtc)
    {
        if (Status != FundAlertStatus.Open) throw new DomainException("该预警已关闭或已消除。");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("关闭预警须填写理由。");
        Status = FundAlertStatus.Closed;
        CloseReason = reason.Trim();
        ClosedBy = closedBy;
        ClosedAt = nowUtc;
        UpdatedAt = nowUtc;
    }
}

public static class FundText
{
    public static string ToChinese(this FundAlertKind kind) => kind switch
    {
        FundAlertKind.OverBudgetLine => "科目超支",
        FundAlertKind.SpentBeforeContract => "合同前支出",
        FundAlertKind.LotteryMisuse => "彩票公益金违规列支",
        FundAlertKind.ExecutionBehind => "执行进度滞后",
        FundAlertKind.OverDisbursed => "超合同拨付",
        _ => kind.ToString(),
    };

    public static string ToChinese(this FundAlertStatus status) => status switch
    {
        FundAlertStatus.Open => "待处理",
        FundAlertStatus.Closed => "已关闭",
        FundAlertStatus.Resolved => "已消除",
        _ => status.ToString(),
    };
}
