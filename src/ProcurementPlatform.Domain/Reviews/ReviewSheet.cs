using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Reviews;

public enum ReviewSheetStatus
{
    /// <summary>Declared no conflict; scoring, editable.</summary>
    Scoring = 0,

    /// <summary>Declared a conflict (回避): no scoring, no view of the materials or others' scores.</summary>
    Conflicted = 1,

    /// <summary>Scores submitted: final.</summary>
    Submitted = 2,
}

public sealed record CriterionScoreInput(string Criterion, decimal? Points, string? Comment);

public class CriterionScore
{
    private CriterionScore() { }

    internal CriterionScore(string criterion, int weight, decimal points, string? comment)
    {
        Criterion = criterion;
        Weight = weight;
        Points = points;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    public int Id { get; private set; }
    public string Criterion { get; private set; } = "";
    public int Weight { get; private set; }
    public decimal Points { get; private set; }
    public string? Comment { get; private set; }
}

/// <summary>
/// One panel member's review of one application: the conflict declaration first, then scores per
/// rubric criterion (0..weight), editable until submitted; a total far from the other members' median
/// needs a written reason.
/// </summary>
public class ReviewSheet : AggregateRoot
{
    public const int MaxCommentLength = 1000;

    private readonly List<CriterionScore> _scores = [];

    private ReviewSheet() { }

    public ReviewSheet(Guid sessionId, Guid expertId, Guid applicationId, bool conflict, string? note, DateTime nowUtc)
    {
        if (conflict && string.IsNullOrWhiteSpace(note)) throw new DomainException("声明回避时请说明回避事由（如：近三年曾在该机构任职）。");
        SessionId = sessionId;
        ExpertId = expertId;
        ApplicationId = applicationId;
        Status = conflict ? ReviewSheetStatus.Conflicted : ReviewSheetStatus.Scoring;
        ConflictNote = conflict ? note!.Trim() : null;
        DeclaredAt = nowUtc;
    }

    public Guid SessionId { get; private set; }
    public Guid ExpertId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public ReviewSheetStatus Status { get; private set; }
    public string? ConflictNote { get; private set; }
    public DateTime DeclaredAt { get; private set; }
    public DateTime? UpdatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? OutlierReason { get; private set; }

    public IReadOnlyList<CriterionScore> Scores => _scores;

    public decimal Total => _scores.Sum(s => s.Points);

    public void SaveScores(IReadOnlyList<RubricItem> rubric, IReadOnlyList<CriterionScoreInput> inputs, DateTime nowUtc)
    {
        EnsureScoring();
        var problems = new List<string>();
        var scores = new List<CriterionScore>();
        foreach (var criterion in rubric)
        {
            var input = inputs.FirstOrDefault(i => i.Criterion == criterion.Name);
            if (input?.Points is not { } points) continue;
            if (points < 0 || points > criterion.Weight) problems.Add($"“{criterion.Name}”的得分应在0至{criterion.Weight}分之间。");
            else if (decimal.Round(points, 1) != points) problems.Add($"“{criterion.Name}”的得分最多保留一位小数。");
            if (input.Comment is { Length: > MaxCommentLength }) problems.Add($"“{criterion.Name}”的评语不能超过{MaxCommentLength}个字符。");
            scores.Add(new CriterionScore(criterion.Name, criterion.Weight, points, input.Comment));
        }
        if (inputs.Any(i => rubric.All(r => r.Name != i.Criterion))) problems.Add("存在不属于评分标准的评分项。");
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));
        _scores.Clear();
        _scores.AddRange(scores);
        UpdatedAt = nowUtc;
    }

    /// <summary>
    /// Submits the scores, which are then final. <paramref name="otherTotals"/> are the submitted totals of
    /// the other panel members for this application.
    /// </summary>
    public void Submit(IReadOnlyList<RubricItem> rubric, IReadOnlyList<decimal> otherTotals, decimal outlierMargin, string? outlierReason, DateTime nowUtc)
    {
        EnsureScoring();
        var missing = rubric.Where(r => _scores.All(s => s.Criterion != r.Name)).Select(r => r.Name).ToList();
        if (missing.Count > 0) throw new DomainException($"以下评分项尚未打分：{string.Join("、", missing)}。");
        if (ScoreAggregation.IsOutlier(Total, otherTotals, outlierMargin))
        {
            if (string.IsNullOrWhiteSpace(outlierReason))
                throw new DomainException($"您的总分 {Total:0.#} 与其他专家已提交总分的中位数 {ScoreAggregation.Median(otherTotals):0.##} 相差超过 {outlierMargin:0.#} 分，请填写评分理由后再提交。");
            OutlierReason = outlierReason.Trim();
        }
        Status = ReviewSheetStatus.Submitted;
        SubmittedAt = nowUtc;
        UpdatedAt = nowUtc;
    }

    private void EnsureScoring()
    {
        if (Status == ReviewSheetStatus.Conflicted) throw new DomainException("您已对该申报声明回避，不能评分。");
        if (Status == ReviewSheetStatus.Submitted) throw new DomainException("评分已提交，不能再修改。");
    }
}
