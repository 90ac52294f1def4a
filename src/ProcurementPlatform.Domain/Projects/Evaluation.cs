using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Projects;

public enum EvaluationKind
{
    MidTerm = 0,
    Final = 1,
}

public enum EvaluationStatus
{
    Assigned = 0,
    Scored = 1,
    InPublicity = 2,
    Final = 3,
}

public enum EvaluationTrigger
{
    Submit,
    Publish,
    Finalise,
    Reopen,
}

public enum EvaluationGrade
{
    Failed = 0,
    Pass = 1,
    Good = 2,
    Excellent = 3,
}

public sealed record IndicatorInput(string Name, int Weight);

public sealed record IndicatorScoreInput(string Name, decimal? Score, string? Comment);

/// <summary>An evaluation indicator (评估指标), its weight, and the evaluator's score.</summary>
public class EvaluationIndicator
{
    private EvaluationIndicator() { }

    internal EvaluationIndicator(int order, IndicatorInput input)
    {
        Order = order;
        Name = input.Name.Trim();
        Weight = input.Weight;
    }

    public int Id { get; private set; }
    public int Order { get; private set; }
    public string Name { get; private set; } = "";
    public int Weight { get; private set; }
    public decimal? Score { get; private set; }
    public string? Comment { get; private set; }

    internal void Set(decimal? score, string? comment)
    {
        Score = score;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}

public class EvaluationEvidence
{
    private EvaluationEvidence() { }

    internal EvaluationEvidence(Guid fileId, string fileName)
    {
        FileId = fileId;
        FileName = fileName;
    }

    public int Id { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
}

/// <summary>项目评估: a third-party evaluator's mid-term or final evaluation of a project on weighted indicators.</summary>
public class Evaluation : AggregateRoot
{
    public const int MaxCommentLength = 1000;

    public static readonly IReadOnlyList<IndicatorInput> DefaultIndicators =
        [new("项目管理", 20), new("服务成效", 40), new("财务管理", 25), new("满意度", 15)];

    public static readonly TransitionTable<EvaluationStatus, EvaluationTrigger> Lifecycle = new TransitionTable<EvaluationStatus, EvaluationTrigger>()
        .Allow(EvaluationStatus.Assigned, EvaluationTrigger.Submit, EvaluationStatus.Scored)
        .Allow(EvaluationStatus.Scored, EvaluationTrigger.Publish, EvaluationStatus.InPublicity)
        .Allow(EvaluationStatus.InPublicity, EvaluationTrigger.Finalise, EvaluationStatus.Final)
        .Allow(EvaluationStatus.InPublicity, EvaluationTrigger.Reopen, EvaluationStatus.Assigned);

    private readonly List<EvaluationIndicator> _indicators = [];
    private readonly List<EvaluationEvidence> _evidence = [];

    private Evaluation() { }

    /// <summary>Days the evaluator has to score, counted from the assignment, unless the department sets a date.</summary>
    public const int DefaultDueDays = 30;

    public Evaluation(Project project, EvaluationKind kind, string evaluatorUserId, string evaluatorName, IReadOnlyList<IndicatorInput> indicators, string assignedBy, DateTime nowUtc, DateTime? dueAtUtc = null)
    {
        if (dueAtUtc is { } due && due <= nowUtc) throw new DomainException("评估完成期限须晚于现在。");
        var allowed = kind == EvaluationKind.MidTerm
            ? project.Status is ProjectStatus.Contracted or ProjectStatus.InProgress
            : project.Status == ProjectStatus.Completed;
        if (!allowed)
            throw new DomainException(kind == EvaluationKind.MidTerm
                ? $"中期评估须在项目实施期间安排（项目当前状态为“{project.Status.ToChinese()}”）。"
                : $"末期评估须在确认服务完成后安排（项目当前状态为“{project.Status.ToChinese()}”）。");
        var errors = CheckIndicators(indicators);
        if (errors.Count > 0) throw new DomainException(string.Join("；", errors));
        ProjectId = project.Id;
        Kind = kind;
        EvaluatorUserId = evaluatorUserId;
        EvaluatorName = evaluatorName;
        AssignedBy = assignedBy;
        AssignedAt = nowUtc;
        DueAt = dueAtUtc ?? nowUtc.AddDays(DefaultDueDays);
        Status = EvaluationStatus.Assigned;
        _indicators.AddRange(indicators.Select((i, n) => new EvaluationIndicator(n + 1, i)));
    }

    public Guid ProjectId { get; private set; }
    public EvaluationKind Kind { get; private set; }
    public string EvaluatorUserId { get; private set; } = "";
    public string EvaluatorName { get; private set; } = "";
    public string AssignedBy { get; private set; } = "";
    public DateTime AssignedAt { get; private set; }

    /// <summary>When the evaluator should have scored (reminded 7 days before; the department is told once it passes).</summary>
    public DateTime DueAt { get; private set; }
    public EvaluationStatus Status { get; private set; }
    public string? Summary { get; private set; }
    public decimal? Total { get; private set; }
    public EvaluationGrade? Grade { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? FinalisedAt { get; private set; }

    public IReadOnlyList<EvaluationIndicator> Indicators => _indicators;
    public IReadOnlyList<EvaluationEvidence> Evidence => _evidence;

    public static IReadOnlyList<string> CheckIndicators(IReadOnlyList<IndicatorInput> indicators)
    {
        var errors = new List<string>();
        if (indicators.Count == 0) errors.Add("请设置评估指标");
        if (indicators.Any(i => string.IsNullOrWhiteSpace(i.Name))) errors.Add("评估指标名称不能为空");
        if (indicators.Any(i => i.Weight <= 0)) errors.Add("每项指标的权重须大于0");
        if (indicators.Count > 0 && indicators.Sum(i => i.Weight) != 100) errors.Add($"指标权重合计须为100（现为{indicators.Sum(i => i.Weight)}）");
        if (indicators.Select(i => i.Name.Trim()).Distinct().Count() != indicators.Count) errors.Add("评估指标名称不能重复");
        return errors;
    }

    /// <summary>优秀 ≥ 90, 良好 80–89.99, 合格 60–79.99, 不合格 &lt; 60.</summary>
    public static EvaluationGrade GradeFor(decimal total) => total switch
    {
        >= 90m => EvaluationGrade.Excellent,
        >= 80m => EvaluationGrade.Good,
        >= 60m => EvaluationGrade.Pass,
        _ => EvaluationGrade.Failed,
    };

    /// <summary>Saves scores (0..weight per indicator, one decimal) while the evaluation is open.</summary>
    public void SaveScores(IReadOnlyList<IndicatorScoreInput> scores, string? summary, DateTime nowUtc)
    {
        if (Status != EvaluationStatus.Assigned) throw new DomainException($"评估当前状态为“{Status.ToChinese()}”，不能修改评分。");
        var errors = new List<string>();
        foreach (var input in scores)
        {
            var indicator = _indicators.FirstOrDefault(i => i.Name == input.Name);
            if (indicator is null) { errors.Add($"没有“{input.Name}”这项指标"); continue; }
            if (input.Score is { } s && (s < 0 || s > indicator.Weight)) errors.Add($"“{indicator.Name}”的得分须在0到{indicator.Weight}之间");
            if (input.Score is { } d && decimal.Round(d, 1) != d) errors.Add($"“{indicator.Name}”的得分最多保留一位小数");
            if ((input.Comment ?? "").Length > MaxCommentLength) errors.Add($"“{indicator.Name}”的评语不能超过{MaxCommentLength}个字符");
        }
        if (errors.Count > 0) throw new DomainException(string.Join("；", errors));
        foreach (var input in scores) _indicators.First(i => i.Name == input.Name).Set(input.Score, input.Comment);
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
    }

    public void AddEvidence(Guid fileId, string fileName)
    {
        if (Status != EvaluationStatus.Assigned) throw new DomainException("评估已提交，不能再上传材料。");
        _evidence.Add(new EvaluationEvidence(fileId, fileName));
    }

    public void Submit(DateTime nowUtc)
    {
        var to = Fire(EvaluationTrigger.Submit);
        var missing = _indicators.Where(i => i.Score is null).Select(i => i.Name).ToList();
        if (missing.Count > 0) throw new DomainException("以下指标尚未评分：" + string.Join("、", missing) + "。");
        if (string.IsNullOrWhiteSpace(Summary)) throw new DomainException("请填写评估结论。");
        Total = _indicators.Sum(i => i.Score!.Value);
        Grade = GradeFor(Total.Value);
        SubmittedAt = nowUtc;
        Status = to;
    }

    public void MarkPublished() => Status = Fire(EvaluationTrigger.Publish);

    public void Finalise(DateTime nowUtc)
    {
        Status = Fire(EvaluationTrigger.Finalise);
        FinalisedAt = nowUtc;
    }

    /// <summary>An upheld objection sends the evaluation back to the evaluator.</summary>
    public void Reopen()
    {
        Status = Fire(EvaluationTrigger.Reopen);
        Total = null;
        Grade = null;
        SubmittedAt = null;
    }

    private EvaluationStatus Fire(EvaluationTrigger trigger) =>
        Lifecycle.Fire(Status, trigger, (from, t) => $"评估当前状态为“{from.ToChinese()}”，不能执行“{t.ToChinese()}”操作。");
}

public static class EvaluationText
{
    public static string ToChinese(this EvaluationKind kind) => kind == EvaluationKind.MidTerm ? "中期评估" : "末期评估";

    public static string ToChinese(this EvaluationGrade grade) => grade switch
    {
        EvaluationGrade.Excellent => "优秀",
        EvaluationGrade.Good => "良好",
        EvaluationGrade.Pass => "合格",
        EvaluationGrade.Failed => "不合格",
        _ => grade.ToString(),
    };

    public static string ToChinese(this EvaluationStatus status) => status switch
    {
        EvaluationStatus.Assigned => "评估中",
        EvaluationStatus.Scored => "已提交，待公示",
        EvaluationStatus.InPublicity => "结果公示中",
        EvaluationStatus.Final => "已完成",
        _ => status.ToString(),
    };

    public static string ToChinese(this EvaluationTrigger trigger) => trigger switch
    {
        EvaluationTrigger.Submit => "提交评估",
        EvaluationTrigger.Publish => "发布结果公示",
        EvaluationTrigger.Finalise => "确定评估结果",
        EvaluationTrigger.Reopen => "重新评估",
        _ => trigger.ToString(),
    };
}
