using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Projects;

public sealed record TrancheInput(int Percent, TrancheTrigger Trigger, DateOnly? DueOn);

public sealed record ContractLineInput(BudgetCategory Category, string Description, Money Amount, FundSource FundSource);

public sealed record ContractTerms(string CommunityName, Money Amount, DateOnly StartsOn, DateOnly EndsOn, bool RecurringService,
    ReportingFrequency Frequency, IReadOnlyList<TrancheInput> Tranches, IReadOnlyList<ContractLineInput> Lines);

/// <summary>拨付批次: a share of the contract paid when its trigger is met.</summary>
public class Tranche
{
    private Tranche() { }

    internal Tranche(int order, int percent, TrancheTrigger trigger, DateOnly? dueOn, Money amount)
    {
        Order = order;
        Percent = percent;
        Trigger = trigger;
        DueOn = dueOn;
        Amount = amount;
    }

    public int Id { get; private set; }
    public int Order { get; private set; }
    public int Percent { get; private set; }
    public TrancheTrigger Trigger { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public Money Amount { get; private set; }

    public string Describe() => Trigger == TrancheTrigger.Date ? $"{DueOn:yyyy-MM-dd} 起" : Trigger.ToChinese();
}

/// <summary>合同预算科目: copied from the application, each with its fund source.</summary>
public class ContractLine
{
    private ContractLine() { }

    internal ContractLine(int order, ContractLineInput input)
    {
        Order = order;
        Category = input.Category;
        Description = input.Description.Trim();
        Amount = input.Amount;
        FundSource = input.FundSource;
    }

    public int Id { get; private set; }
    public int Order { get; private set; }
    public BudgetCategory Category { get; private set; }
    public string Description { get; private set; } = "";
    public Money Amount { get; private set; }
    public FundSource FundSource { get; private set; }
}

public sealed record ContractSigned(Guid ProjectId) : IDomainEvent;
public sealed record ProjectClosed(Guid ProjectId, Guid OrganizationId, Guid EvaluationId, EvaluationGrade Grade, decimal Score, DateTime ClosedAt) : IDomainEvent;

/// <summary>
/// 服务项目: an awarded application (one per application, a unique index guarantees it) and its
/// 三方协议 — department, organisation, community — with tranches, reporting schedule and budget by fund source.
/// </summary>
public class Project : AggregateRoot
{
    public const int ContractDeadlineDays = 30;
    public const int ReportGraceDays = 10;

    public static readonly TransitionTable<ProjectStatus, ProjectTrigger> Lifecycle = new TransitionTable<ProjectStatus, ProjectTrigger>()
        .Allow(ProjectStatus.ContractPending, ProjectTrigger.Sign, ProjectStatus.Contracted)
        .Allow(ProjectStatus.Contracted, ProjectTrigger.Start, ProjectStatus.InProgress)
        .Allow(ProjectStatus.InProgress, ProjectTrigger.Complete, ProjectStatus.Completed)
        .Allow(ProjectStatus.Completed, ProjectTrigger.Evaluate, ProjectStatus.Evaluated)
        .Allow(ProjectStatus.Evaluated, ProjectTrigger.Close, ProjectStatus.Closed)
        .Allow(ProjectStatus.Evaluated, ProjectTrigger.Reevaluate, ProjectStatus.Completed);

    private readonly List<Tranche> _tranches = [];
    private readonly List<ContractLine> _lines = [];

    private Project() { }

    public Project(Guid applicationId, Guid solicitationId, Guid organizationId, Guid departmentId, string title, Money amount, DateTime nowUtc)
    {
        ApplicationId = applicationId;
        SolicitationId = solicitationId;
        OrganizationId = organizationId;
        DepartmentId = departmentId;
        Title = title;
        Amount = amount;
        Status = ProjectStatus.ContractPending;
        AwardedAt = nowUtc;
        ContractDueAt = nowUtc.AddDays(ContractDeadlineDays);
    }

    public Guid ApplicationId { get; private set; }
    public Guid SolicitationId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid DepartmentId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The awarded amount.</summary>
    public Money Amount { get; private set; }

    public ProjectStatus Status { get; private set; }
    public DateTime AwardedAt { get; private set; }
    public DateTime ContractDueAt { get; private set; }

    public string? CommunityName { get; private set; }
    public Money ContractAmount { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public bool RecurringService { get; private set; }
    public ReportingFrequency Frequency { get; private set; }
    public DateTime? SignedAt { get; private set; }
    public string? SignedBy { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    public IReadOnlyList<Tranche> Tranches => _tranches;
    public IReadOnlyList<ContractLine> Lines => _lines;

    public bool ContractOverdue(DateTime nowUtc) => Status == ProjectStatus.ContractPending && nowUtc > ContractDueAt;

    /// <summary>Signs the 三方协议; every rule is checked before anything changes.</summary>
    public void Sign(ContractTerms terms, string signedBy, DateTime nowUtc)
    {
        var to = Fire(ProjectTrigger.Sign);
        var errors = ContractRules.Check(terms, Amount);
        if (errors.Count > 0) throw new DomainException(string.Join("；", errors));

        CommunityName = terms.CommunityName.Trim();
        ContractAmount = terms.Amount;
        StartsOn = terms.StartsOn;
        EndsOn = terms.EndsOn;
        RecurringService = terms.RecurringService;
        Frequency = terms.Frequency;
        var amounts = ContractRules.TrancheAmounts(terms.Amount, terms.Tranches.Select(t => t.Percent).ToList());
        _tranches.AddRange(terms.Tranches.Select((t, i) => new Tranche(i + 1, t.Percent, t.Trigger, t.Trigger == TrancheTrigger.Date ? t.DueOn : null, amounts[i])));
        _lines.AddRange(terms.Lines.Select((l, i) => new ContractLine(i + 1, l)));
        SignedAt = nowUtc;
        SignedBy = signedBy;
        Status = to;
        Raise(new ContractSigned(Id));
    }

    /// <summary>The first report filed starts the implementation.</summary>
    public void StartIfContracted()
    {
        if (Status == ProjectStatus.Contracted) Status = Fire(ProjectTrigger.Start);
    }

    public void Complete(DateTime nowUtc)
    {
        Status = Fire(ProjectTrigger.Complete);
        CompletedAt = nowUtc;
    }

    /// <summary>The final evaluation's results are in publicity.</summary>
    public void MarkEvaluated() => Status = Fire(ProjectTrigger.Evaluate);

    /// <summary>An upheld objection to the final evaluation's results: back to Completed until it is redone.</summary>
    public void ReopenEvaluation() => Status = Fire(ProjectTrigger.Reevaluate);

    /// <summary>The final evaluation's publicity has ended: the project is closed and its grade is on record for the credit rules.</summary>
    public void Close(Guid evaluationId, EvaluationGrade grade, decimal score, DateTime nowUtc)
    {
        Status = Fire(ProjectTrigger.Close);
        ClosedAt = nowUtc;
        Raise(new ProjectClosed(Id, OrganizationId, evaluationId, grade, score, nowUtc));
    }

    /// <summary>The reporting periods of the contract: months or quarters from the start, the last one cut at the end.</summary>
    public IReadOnlyList<ReportingPeriod> ReportingPeriods() =>
        StartsOn is { } start && EndsOn is { } end ? ContractRules.Periods(start, end, Frequency) : [];

    /// <summary>Periods whose report is due by now and not accepted — missing, draft, submitted or returned. Payments and completion wait for them.</summary>
    public IReadOnlyList<ReportingPeriod> DuePeriodsNotAccepted(IEnumerable<(int PeriodIndex, ReportStatus Status)> reports, DateTime nowUtc)
    {
        var accepted = reports.Where(r => r.Status == ReportStatus.Accepted).Select(r => r.PeriodIndex).ToHashSet();
        return ReportingPeriods().Where(p => p.DueAtUtc <= nowUtc && !accepted.Contains(p.Index)).ToList();
    }

    public Money Budget(FundSource source) => Money.Sum(_lines.Where(l => l.FundSource == source).Select(l => l.Amount));

    private ProjectStatus Fire(ProjectTrigger trigger) =>
        Lifecycle.Fire(Status, trigger, (from, t) => $"项目当前状态为“{from.ToChinese()}”，不能执行“{t.ToChinese()}”操作。");
}

/// <summary>A reporting period; the report is due <see cref="Project.ReportGraceDays"/> days after it ends (24:00 China time).</summary>
public sealed record ReportingPeriod(int Index, DateOnly From, DateOnly To)
{
    public DateOnly DueOn => To.AddDays(Project.ReportGraceDays);
    public DateTime DueAtUtc => ChinaTime.FromCst(DueOn.AddDays(1).ToDateTime(TimeOnly.MinValue));
    public string Label => $"第{Index}期（{From:yyyy-MM-dd} 至 {To:yyyy-MM-dd}）";
}

/// <summary>The contract's rules, as one list of reasons a person understands.</summary>
public static class ContractRules
{
    public static IReadOnlyList<string> Check(ContractTerms terms, Money awarded)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(terms.CommunityName)) errors.Add("请填写合同第三方（服务社区）");
        if (terms.Amount <= Money.Zero) errors.Add("合同金额必须大于0");
        if (terms.Amount > awarded) errors.Add($"合同金额 {terms.Amount} 不能超过立项金额 {awarded}");
        if (terms.EndsOn <= terms.StartsOn) errors.Add("服务结束日期必须晚于开始日期");
        else if (terms.EndsOn >= terms.StartsOn.AddYears(3)) errors.Add("服务期限不能超过三年");
        else if (terms.EndsOn >= terms.StartsOn.AddYears(1) && !terms.RecurringService) errors.Add("服务期限超过一年的，须为持续性服务项目（请勾选“持续性服务”）");

        if (terms.Tranches.Count == 0) errors.Add("请至少设置一个拨付批次");
        if (terms.Tranches.Any(t => t.Percent is < 1 or > 100)) errors.Add("每个拨付批次的比例须在1%到100%之间");
        else if (terms.Tranches.Count > 0 && terms.Tranches.Sum(t => t.Percent) != 100) errors.Add($"拨付比例合计须恰好为100%（现为{terms.Tranches.Sum(t => t.Percent)}%）");
        foreach (var (t, i) in terms.Tranches.Select((t, i) => (t, i + 1)))
        {
            if (t.Trigger == TrancheTrigger.Date && t.DueOn is null) errors.Add($"第{i}批按约定日期拨付，请填写日期");
            if (t.Trigger == TrancheTrigger.Date && t.DueOn is { } due && (due < terms.StartsOn || due > terms.EndsOn)) errors.Add($"第{i}批的拨付日期须在服务期内");
        }
        if (terms.Tranches.Count(t => t.Trigger == TrancheTrigger.MidTermAccepted) > 1) errors.Add("“中期评估通过后”只能对应一个拨付批次");
        if (terms.Tranches.Count(t => t.Trigger == TrancheTrigger.FinalAccepted) > 1) errors.Add("“末期评估通过后”只能对应一个拨付批次");

        if (terms.Lines.Count == 0) errors.Add("请填写合同预算科目");
        if (terms.Lines.Any(l => l.Amount <= Money.Zero)) errors.Add("每个预算科目的金额必须大于0");
        if (terms.Lines.Any(l => string.IsNullOrWhiteSpace(l.Description))) errors.Add("请填写每个预算科目的用途说明");
        var total = Money.Sum(terms.Lines.Select(l => l.Amount));
        if (terms.Lines.Count > 0 && total != terms.Amount) errors.Add($"预算科目合计 {total} 须等于合同金额 {terms.Amount}");
        foreach (var line in terms.Lines.Where(l => l.FundSource.IsRestrictedFor(l.Category)))
            errors.Add($"彩票公益金不得用于{line.Category.ToChinese()}（科目“{line.Description}”）");
        return errors;
    }

    /// <summary>Each tranche's share in fen; the last takes the remainder so the tranches add up to the contract exactly.</summary>
    public static IReadOnlyList<Money> TrancheAmounts(Money total, IReadOnlyList<int> percents)
    {
        var amounts = percents.Select(p => new Money(total.Fen * p / 100)).ToList();
        if (amounts.Count > 0) amounts[^1] = total - Money.Sum(amounts.Take(amounts.Count - 1));
        return amounts;
    }

    public static IReadOnlyList<ReportingPeriod> Periods(DateOnly start, DateOnly end, ReportingFrequency frequency)
    {
        var months = frequency == ReportingFrequency.Monthly ? 1 : 3;
        var periods = new List<ReportingPeriod>();
        // Each period starts on the contract's start day counted in whole months from the start (a start on the
        // 31st gives the last day of shorter months), so periods never drift.
        for (var k = 0; start.AddMonths(k * months) <= end; k++)
        {
            var from = start.AddMonths(k * months);
            var to = start.AddMonths((k + 1) * months).AddDays(-1);
            periods.Add(new ReportingPeriod(k + 1, from, to > end ? end : to));
        }
        return periods;
    }
}
