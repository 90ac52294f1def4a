using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Projects;

public enum ReportStatus
{
    Draft = 0,
    Submitted = 1,
    Accepted = 2,
    Returned = 3,
}

public enum ReportTrigger
{
    Submit,
    Accept,
    Return,
}

public sealed record OutputInput(string ActivityName, OutputType OutputType, int Target, int Delivered, int Beneficiaries);

public sealed record ExpenditureInput(int LineOrder, Money Amount, DateOnly SpentOn, string Description);

public sealed record ReportContent(string Narrative, IReadOnlyList<OutputInput> Outputs, IReadOnlyList<ExpenditureInput> Expenditures);

/// <summary>What was delivered against one quantified target of the application.</summary>
public class ReportOutput
{
    private ReportOutput() { }

    internal ReportOutput(int order, OutputInput input)
    {
        Order = order;
        ActivityName = input.ActivityName;
        OutputType = input.OutputType;
        Target = input.Target;
        Delivered = input.Delivered;
        Beneficiaries = input.Beneficiaries;
    }

    public int Id { get; private set; }
    public int Order { get; private set; }
    public string ActivityName { get; private set; } = "";
    public OutputType OutputType { get; private set; }
    public int Target { get; private set; }
    public int Delivered { get; private set; }
    public int Beneficiaries { get; private set; }
}

/// <summary>An expenditure charged to a contract budget line, and so to that line's fund source.</summary>
public class ReportExpenditure
{
    private ReportExpenditure() { }

    internal ReportExpenditure(int order, ContractLine line, ExpenditureInput input)
    {
        Order = order;
        LineOrder = line.Order;
        Category = line.Category;
        FundSource = line.FundSource;
        Amount = input.Amount;
        SpentOn = input.SpentOn;
        Description = input.Description.Trim();
    }

    public int Id { get; private set; }
    public int Order { get; private set; }
    public int LineOrder { get; private set; }
    public BudgetCategory Category { get; private set; }
    public FundSource FundSource { get; private set; }
    public Money Amount { get; private set; }
    public DateOnly SpentOn { get; private set; }
    public string Description { get; private set; } = "";
}

/// <summary>Photos, sign-in sheets, PDFs: the file is a <see cref="Files.StoredFile"/>.</summary>
public class ReportEvidence
{
    private ReportEvidence() { }

    internal ReportEvidence(Guid fileId, string fileName, long length)
    {
        FileId = fileId;
        FileName = fileName;
        Length = length;
    }

    public int Id { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public long Length { get; private set; }
}

public sealed record ReportReviewed(Guid ReportId, Guid ProjectId) : IDomainEvent;

/// <summary>项目实施动态: the organisation's report for one period of the contract's schedule.</summary>
public class ProgressReport : AggregateRoot
{
    public const int MaxNarrativeLength = 4000;
    public const int MaxEvidenceFiles = 10;

    public static readonly TransitionTable<ReportStatus, ReportTrigger> Lifecycle = new TransitionTable<ReportStatus, ReportTrigger>()
        .Allow(ReportStatus.Draft, ReportTrigger.Submit, ReportStatus.Submitted)
        .Allow(ReportStatus.Returned, ReportTrigger.Submit, ReportStatus.Submitted)
        .Allow(ReportStatus.Submitted, ReportTrigger.Accept, ReportStatus.Accepted)
        .Allow(ReportStatus.Submitted, ReportTrigger.Return, ReportStatus.Returned);

    private readonly List<ReportOutput> _outputs = [];
    private readonly List<ReportExpenditure> _expenditures = [];
    private readonly List<ReportEvidence> _evidence = [];

    private ProgressReport() { }

    public ProgressReport(Project project, int periodIndex, string createdBy, DateTime nowUtc)
    {
        if (project.Status is not (ProjectStatus.Contracted or ProjectStatus.InProgress))
            throw new DomainException($"项目当前状态为“{project.Status.ToChinese()}”，不能填报实施动态。");
        var period = project.ReportingPeriods().FirstOrDefault(p => p.Index == periodIndex) ?? throw new DomainException("没有这个报告期。");
        if (period.From > ChinaTime.TodayCst(nowUtc)) throw new DomainException($"{period.Label}尚未开始，不能填报。");
        ProjectId = project.Id;
        PeriodIndex = period.Index;
        PeriodFrom = period.From;
        PeriodTo = period.To;
        DueAt = period.DueAtUtc;
        CreatedBy = createdBy;
        CreatedAt = nowUtc;
        UpdatedAt = nowUtc;
        Status = ReportStatus.Draft;
    }

    public Guid ProjectId { get; private set; }
    public int PeriodIndex { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public DateTime DueAt { get; private set; }
    public ReportStatus Status { get; private set; }
    public string Narrative { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? ReviewComment { get; private set; }

    public IReadOnlyList<ReportOutput> Outputs => _outputs;
    public IReadOnlyList<ReportExpenditure> Expenditures => _expenditures;
    public IReadOnlyList<ReportEvidence> Evidence => _evidence;

    public bool Editable => Status is ReportStatus.Draft or ReportStatus.Returned;

    public Money Spent => Money.Sum(_expenditures.Select(e => e.Amount));

    /// <summary>Saves the draft. Expenditures are charged to contract lines (and so to their fund sources); the rules are checked here.</summary>
    public void Save(Project project, ReportContent content, DateTime nowUtc)
    {
        if (!Editable) throw new DomainException($"报告当前状态为“{Status.ToChinese()}”，不能修改。");
        var errors = new List<string>();
        var lines = project.Lines.ToDictionary(l => l.Order);
        foreach (var (e, i) in content.Expenditures.Select((e, i) => (e, i + 1)))
        {
            if (!lines.TryGetValue(e.LineOrder, out var line)) { errors.Add($"第{i}笔支出：请选择合同中的预算科目"); continue; }
            if (e.Amount <= Money.Zero) errors.Add($"第{i}笔支出：金额必须大于0");
            if (string.IsNullOrWhiteSpace(e.Description)) errors.Add($"第{i}笔支出：请填写支出说明");
            if (line.FundSource.IsRestrictedFor(line.Category)) errors.Add($"第{i}笔支出：彩票公益金不得用于{line.Category.ToChinese()}");
            if (e.SpentOn > PeriodTo) errors.Add($"第{i}笔支出：支出日期 {e.SpentOn:yyyy-MM-dd} 晚于本报告期结束日");
        }
        foreach (var (o, i) in content.Outputs.Select((o, i) => (o, i + 1)))
        {
            if (o.Delivered < 0 || o.Beneficiaries < 0) errors.Add($"第{i}项产出：完成数和受益人次不能为负数");
        }
        if ((content.Narrative ?? "").Length > MaxNarrativeLength) errors.Add($"实施情况说明不能超过{MaxNarrativeLength}个字符");
        if (errors.Count > 0) throw new DomainException(string.Join("；", errors));

        Narrative = (content.Narrative ?? "").Trim();
        _outputs.Clear();
        _outputs.AddRange(content.Outputs.Select((o, i) => new ReportOutput(i + 1, o)));
        _expenditures.Clear();
        _expenditures.AddRange(content.Expenditures.Select((e, i) => new ReportExpenditure(i + 1, lines[e.LineOrder], e)));
        UpdatedAt = nowUtc;
    }

    public void AddEvidence(Guid fileId, string fileName, long length)
    {
        if (!Editable) throw new DomainException($"报告当前状态为“{Status.ToChinese()}”，不能再上传材料。");
        if (_evidence.Count >= MaxEvidenceFiles) throw new DomainException($"每期报告最多上传{MaxEvidenceFiles}个佐证材料。");
        _evidence.Add(new ReportEvidence(fileId, fileName, length));
    }

    public void RemoveEvidence(Guid fileId)
    {
        if (!Editable) throw new DomainException($"报告当前状态为“{Status.ToChinese()}”，不能删除材料。");
        _evidence.RemoveAll(e => e.FileId == fileId);
    }

    public void Submit(Project project, DateTime nowUtc)
    {
        var to = Fire(ReportTrigger.Submit);
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Narrative)) missing.Add("实施情况说明");
        if (_outputs.Count == 0) missing.Add("产出完成情况");
        if (_evidence.Count == 0) missing.Add("佐证材料（照片、签到表或文件）");
        if (missing.Count > 0) throw new DomainException("提交前请填写：" + string.Join("、", missing) + "。");
        Status = to;
        SubmittedAt = nowUtc;
        UpdatedAt = nowUtc;
        project.StartIfContracted();
    }

    public void Accept(string reviewer, string? comment, DateTime nowUtc)
    {
        Status = Fire(ReportTrigger.Accept);
        Review(reviewer, comment, nowUtc);
    }

    public void Return(string reviewer, string comment, DateTime nowUtc)
    {
        var to = Fire(ReportTrigger.Return);
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainException("退回报告须填写修改意见。");
        Status = to;
        Review(reviewer, comment, nowUtc);
    }

    private void Review(string reviewer, string? comment, DateTime nowUtc)
    {
        ReviewedBy = reviewer;
        ReviewedAt = nowUtc;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        UpdatedAt = nowUtc;
        Raise(new ReportReviewed(Id, ProjectId));
    }

    private ReportStatus Fire(ReportTrigger trigger) =>
        Lifecycle.Fire(Status, trigger, (from, t) => $"报告当前状态为“{from.ToChinese()}”，不能执行“{t.ToChinese()}”操作。");
}

public static class ReportText
{
    public static string ToChinese(this ReportStatus status) => status switch
    {
        ReportStatus.Draft => "草稿",
        ReportStatus.Submitted => "待审核",
        ReportStatus.Accepted => "已通过",
        ReportStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    public static string ToChinese(this ReportTrigger trigger) => trigger switch
    {
        ReportTrigger.Submit => "提交",
        ReportTrigger.Accept => "审核通过",
        ReportTrigger.Return => "退回",
        _ => trigger.ToString(),
    };
}
