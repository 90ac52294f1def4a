using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Solicitations;

public sealed record RubricItem(string Name, int Weight, string? Description);

/// <summary>
/// The terms of a call for proposals (DOMAIN.md §1). The one place where their consistency rules
/// live: the entity refuses inconsistent terms and the form validator reports the same problems
/// next to the fields.
/// </summary>
public sealed record SolicitationTerms(
    string Title,
    string Summary,
    ServiceField ServiceField,
    string TargetGroups,
    FundSource FundSource,
    Money ProjectCeiling,
    Money TotalBudget,
    int ProjectCount,
    string Eligibility,
    DateTime OpensAtUtc,
    DateTime ClosesAtUtc,
    DateTime RoadshowAtUtc,
    string ContactInfo,
    IReadOnlyList<RubricItem> Rubric)
{
    public const int RubricTotal = 100;

    /// <summary>Problems keyed by the name of the term they concern; empty when consistent.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (string.IsNullOrWhiteSpace(Title)) yield return (nameof(Title), "请填写项目征集标题。");
        if (!Enum.IsDefined(ServiceField)) yield return (nameof(ServiceField), "请选择服务领域。");
        if (!Enum.IsDefined(FundSource)) yield return (nameof(FundSource), "请选择资金来源。");
        if (ProjectCeiling.Fen <= 0) yield return (nameof(ProjectCeiling), "单个项目资金上限必须大于0。");
        if (TotalBudget.Fen <= 0) yield return (nameof(TotalBudget), "总预算必须大于0。");
        else if (ProjectCeiling > TotalBudget) yield return (nameof(ProjectCeiling), "单个项目资金上限不能超过总预算。");
        if (ProjectCount < 1) yield return (nameof(ProjectCount), "拟资助项目数量至少为1个。");
        if (ClosesAtUtc <= OpensAtUtc) yield return (nameof(ClosesAtUtc), "申报截止时间必须晚于申报开始时间。");
        if (RoadshowAtUtc <= ClosesAtUtc) yield return (nameof(RoadshowAtUtc), "路演评审时间必须晚于申报截止时间。");
        foreach (var problem in RubricProblems(Rubric)) yield return problem;
    }

    public static IEnumerable<(string Field, string Message)> RubricProblems(IReadOnlyList<RubricItem> Rubric)
    {
        if (Rubric.Count == 0)
        {
            yield return (nameof(Rubric), "请至少设置一项评分标准。");
            yield break;
        }
        if (Rubric.Any(r => string.IsNullOrWhiteSpace(r.Name))) yield return (nameof(Rubric), "每项评分标准都需要名称。");
        if (Rubric.Any(r => r.Weight <= 0)) yield return (nameof(Rubric), "每项评分标准的权重必须大于0。");
        var duplicate = Rubric.GroupBy(r => r.Name.Trim()).FirstOrDefault(g => g.Count() > 1 && g.Key.Length > 0);
        if (duplicate is not null) yield return (nameof(Rubric), $"评分标准“{duplicate.Key}”重复。");
        var sum = Rubric.Sum(r => r.Weight);
        if (sum != RubricTotal) yield return (nameof(Rubric), $"评分标准权重合计应为{RubricTotal}，当前为{sum}。");
    }
}
