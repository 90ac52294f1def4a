using System.Globalization;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>项目评估: indicators, scoring, grades and when an evaluation may be assigned.</summary>
public class EvaluationTests
{
    // ---- grades ----

    [Theory]
    [InlineData("100", EvaluationGrade.Excellent)]
    [InlineData("90.0", EvaluationGrade.Excellent)]
    [InlineData("89.9", EvaluationGrade.Good)]
    [InlineData("80.0", EvaluationGrade.Good)]
    [InlineData("79.9", EvaluationGrade.Pass)]
    [InlineData("60.0", EvaluationGrade.Pass)]
    [InlineData("59.9", EvaluationGrade.Failed)]
    [InlineData("0", EvaluationGrade.Failed)]
    public void Grades_change_exactly_at_90_80_and_60(string total, EvaluationGrade grade) =>
        Assert.Equal(grade, Evaluation.GradeFor(decimal.Parse(total, CultureInfo.InvariantCulture)));

    [Fact]
    public void Every_grade_has_a_chinese_name() =>
        Assert.Equal(["不合格", "合格", "良好", "优秀"], Enum.GetValues<EvaluationGrade>().Select(g => g.ToChinese()));

    // ---- indicators ----

    [Fact]
    public void The_default_indicators_weigh_20_40_25_15()
    {
        Assert.Equal(["项目管理", "服务成效", "财务管理", "满意度"], Evaluation.DefaultIndicators.Select(i => i.Name));
        Assert.Equal([20, 40, 25, 15], Evaluation.DefaultIndicators.Select(i => i.Weight));
        Assert.Equal(100, Evaluation.DefaultIndicators.Sum(i => i.Weight));
        Assert.Empty(Evaluation.CheckIndicators(Evaluation.DefaultIndicators));
    }

    [Fact]
    public void An_evaluation_takes_its_indicators_in_order_unscored()
    {
        var evaluation = NewEvaluation(Signed(), EvaluationKind.MidTerm);

        Assert.Equal(EvaluationStatus.Assigned, evaluation.Status);
        Assert.Equal([1, 2, 3, 4], evaluation.Indicators.Select(i => i.Order));
        Assert.Equal([20, 40, 25, 15], evaluation.Indicators.Select(i => i.Weight));
        Assert.All(evaluation.Indicators, i => Assert.Null(i.Score));
        Assert.Null(evaluation.Total);
        Assert.Null(evaluation.Grade);
    }

    [Theory]
    [InlineData(50, 49, "现为99")]
    [InlineData(50, 51, "现为101")]
    public void Indicator_weights_must_add_up_to_100(int first, int second, string expected)
    {
        IReadOnlyList<IndicatorInput> indicators = [new("服务成效", first), new("满意度", second)];

        var error = Assert.Single(Evaluation.CheckIndicators(indicators));
        Assert.Contains(expected, error);

        var ex = Assert.Throws<DomainException>(() => new Evaluation(Signed(), EvaluationKind.MidTerm, "evaluator-user", "评估机构", indicators, "officer", AwardedAt));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Indicator_names_must_be_unique_even_with_spaces_around_them()
    {
        var error = Assert.Single(Evaluation.CheckIndicators([new("服务成效", 50), new(" 服务成效 ", 50)]));

        Assert.Contains("不能重复", error);
    }

    [Fact]
    public void Indicators_need_names_and_positive_weights()
    {
        Assert.Contains(Evaluation.CheckIndicators([new(" ", 50), new("满意度", 50)]), e => e.Contains("名称不能为空"));
        Assert.Contains(Evaluation.CheckIndicators([new("服务成效", 0), new("满意度", 100)]), e => e.Contains("权重须大于0"));
        Assert.Contains(Evaluation.CheckIndicators([]), e => e.Contains("请设置评估指标"));
    }

    [Fact]
    public void Custom_indicators_adding_up_to_100_are_accepted()
    {
        var evaluation = new Evaluation(Signed(), EvaluationKind.MidTerm, "evaluator-user", "评估机构", [new(" 服务成效 ", 60), new("满意度", 40)], "officer", AwardedAt);

        Assert.Equal(["服务成效", "满意度"], evaluation.Indicators.Select(i => i.Name));
    }

    // ---- scores ----

    [Theory]
    [InlineData("-0.1")]
    [InlineData("20.1")]
    [InlineData("21")]
    public void A_score_outside_zero_to_the_weight_is_refused(string score)
    {
        var evaluation = NewEvaluation(Signed(), EvaluationKind.MidTerm);

        var ex = Assert.Throws<DomainException>(() => evaluation.SaveScores([new("项目管理", decimal.Parse(score, CultureInfo.InvariantCulture), null)], "结论", AwardedAt));

        Assert.Contains("“项目管理”的得分须在0到20之间", ex.Message);
        Assert.Null(evaluation.Indicators[0].Score);
        Assert.Null(evaluation.Summary);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("20")]
    [InlineData("12.5")]
    [InlineData("12.50")]
    public void Scores_from_zero_to_the_weight_with_one_decimal_are_accepted(string score)
    {
        var evaluation = NewEvaluation(Signed(), EvaluationKind.MidTerm);
        var value = decimal.Parse(score, CultureInfo.InvariantCulture);

        evaluation.SaveScores([new("项目管理", value, " 管理规范 ")], "结论", AwardedAt);

        Assert.Equal(value, evaluation.Indicators[0].Score);
        Assert.Equal("管理规范", evaluation.Indicators[0].Comment);
    }

    [Theory]
    [InlineData("12.55")]
    [InlineData("0.01")]
    [InlineData("19.999")]
    public void More_than_one_decimal_is_refused(string score)
    {
        var evaluation = NewEvaluation(Signed(), EvaluationKind.MidTerm);

        var ex = Assert.Throws<DomainException>(() => evaluation.SaveScores([new("项目管理", decimal.Parse(score, CultureInfo.InvariantCulture), null)], null, AwardedAt));

        Assert.Contains("“项目管理”的得分最多保留一位小数", ex.Message);
        Assert.Null(evaluation.Indicators[0].Score);
    }

    [Fact]
    public void A_score_for_an_unknown_indicator_is_refused_and_nothing_is_saved()
    {
        var evaluation = NewEvaluation(Signed(), EvaluationKind.MidTerm);

        var ex = Assert.Throws<DomainException>(() => evaluation.SaveScores([new("项目管理", 18m, null), new("创新性", 5m, null)], "结论", AwardedAt));

        Assert.Contains("没有“创新性”这项指标", ex.Message);
        Assert.Null(evaluation.Indicators[0].Score);
        Assert.Null(evaluation.Summary);
    }

    // ---- submitting ----

    [Fact]
    public void Submitting_needs_every_indicator_scored_and_names_the_missing_ones()
    {
        var evaluation = NewEvaluation(Signed(), EvaluationKind.MidTerm);
        evaluation.SaveScores(Scores(18m, null, 22m, null), "结论", AwardedAt);

        var ex = Assert.Throws<DomainException>(() => evaluation.Submit(AwardedAt));

        Assert.Contains("服务成效", ex.Message);
        Assert.Contains("满意度", ex.Message);
        Assert.DoesNotContain("项目管理", ex.Message);
        Assert.Equal(EvaluationStatus.Assigned, evaluation.Status);
        Assert.Null(evaluation.Total);
        Assert.Null(evaluation.SubmittedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Submitting_needs_a_summary(string? summary)
    {
        var evaluation = NewEvaluation(Signed(), EvaluationKind.MidTerm);
        evaluation.SaveScores(Scores(18m, 34m, 22m, 13m), summary, AwardedAt);

        var ex = Assert.Throws<DomainException>(() => evaluation.Submit(AwardedAt));

        Assert.Contains("评估结论", ex.Message);
        Assert.Equal(EvaluationStatus.Assigned, evaluation.Status);
        Assert.Null(evaluation.Grade);
    }

    [Theory]
    [InlineData("18.5", "36", "22.5", "13", "90.0", EvaluationGrade.Excellent)]
    [InlineData("17.9", "32", "20", "10", "79.9", EvaluationGrade.Pass)]
    [InlineData("20", "40", "25", "15", "100", EvaluationGrade.Excellent)]
    [InlineData("10", "20", "15", "14.9", "59.9", EvaluationGrade.Failed)]
    [InlineData("0", "0", "0", "0", "0", EvaluationGrade.Failed)]
    public void The_total_is_the_sum_of_the_scores_and_sets_the_grade(string a, string b, string c, string d, string total, EvaluationGrade grade)
    {
        var evaluation = NewEvaluation(Signed(), EvaluationKind.MidTerm);
        evaluation.SaveScores(Scores(P(a), P(b), P(c), P(d)), "结论", AwardedAt);
        var at = AwardedAt.AddDays(1);

        evaluation.Submit(at);

        Assert.Equal(EvaluationStatus.Scored, evaluation.Status);
        Assert.Equal(P(total), evaluation.Total);
        Assert.Equal(grade, evaluation.Grade);
        Assert.Equal(at, evaluation.SubmittedAt);
    }

    [Fact]
    public void Scores_and_evidence_are_frozen_once_submitted()
    {
        var evaluation = EvaluationIn(EvaluationStatus.Scored, Signed(), EvaluationKind.MidTerm);

        Assert.Throws<DomainException>(() => evaluation.SaveScores(Scores(20m, 40m, 25m, 15m), "改判", AwardedAt));
        Assert.Throws<DomainException>(() => evaluation.AddEvidence(Guid.NewGuid(), "评估报告.pdf"));
        Assert.Equal(87m, evaluation.Total);
        Assert.Equal([18m, 34m, 22m, 13m], evaluation.Indicators.Select(i => i.Score!.Value));
        Assert.Empty(evaluation.Evidence);
    }

    [Fact]
    public void Reopening_clears_the_total_grade_and_submission_and_allows_rescoring()
    {
        var evaluation = EvaluationIn(EvaluationStatus.InPublicity, ProjectIn(ProjectStatus.Completed), EvaluationKind.Final);
        Assert.Equal(EvaluationGrade.Good, evaluation.Grade);

        evaluation.Reopen();

        Assert.Equal(EvaluationStatus.Assigned, evaluation.Status);
        Assert.Null(evaluation.Total);
        Assert.Null(evaluation.Grade);
        Assert.Null(evaluation.SubmittedAt);

        evaluation.SaveScores(Scores(10m, 20m, 15m, 10m), "复核后结论", AwardedAt);
        evaluation.Submit(AwardedAt);
        Assert.Equal(55m, evaluation.Total);
        Assert.Equal(EvaluationGrade.Failed, evaluation.Grade);
    }

    // ---- when an evaluation may be assigned ----

    [Theory]
    [InlineData(ProjectStatus.ContractPending, false)]
    [InlineData(ProjectStatus.Contracted, true)]
    [InlineData(ProjectStatus.InProgress, true)]
    [InlineData(ProjectStatus.Completed, false)]
    [InlineData(ProjectStatus.Evaluated, false)]
    [InlineData(ProjectStatus.Closed, false)]
    public void A_mid_term_evaluation_only_while_the_project_is_carried_out(ProjectStatus status, bool allowed)
    {
        var project = ProjectIn(status);

        if (allowed) Assert.Equal(EvaluationKind.MidTerm, NewEvaluation(project, EvaluationKind.MidTerm).Kind);
        else
        {
            var ex = Assert.Throws<DomainException>(() => NewEvaluation(project, EvaluationKind.MidTerm));
            Assert.Contains("中期评估", ex.Message);
            Assert.Contains($"“{status.ToChinese()}”", ex.Message);
        }
    }

    [Theory]
    [InlineData(ProjectStatus.ContractPending, false)]
    [InlineData(ProjectStatus.Contracted, false)]
    [InlineData(ProjectStatus.InProgress, false)]
    [InlineData(ProjectStatus.Completed, true)]
    [InlineData(ProjectStatus.Evaluated, false)]
    [InlineData(ProjectStatus.Closed, false)]
    public void A_final_evaluation_only_once_the_service_is_completed(ProjectStatus status, bool allowed)
    {
        var project = ProjectIn(status);

        if (allowed) Assert.Equal(EvaluationKind.Final, NewEvaluation(project, EvaluationKind.Final).Kind);
        else
        {
            var ex = Assert.Throws<DomainException>(() => NewEvaluation(project, EvaluationKind.Final));
            Assert.Contains("末期评估", ex.Message);
            Assert.Contains($"“{status.ToChinese()}”", ex.Message);
        }
    }

    private static decimal P(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
