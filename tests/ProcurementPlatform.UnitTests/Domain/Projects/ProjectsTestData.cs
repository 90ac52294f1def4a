using System.Reflection;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>
/// One awarded project on a fixed calendar (UTC; China time is UTC+8):
/// awarded and signed Monday 2026-11-23 10:00 CST for 200,000 yuan, service 2026-12-01 to 2027-11-30, quarterly reports
/// (Q1 2026-12-01..2027-02-28 due 2027-03-10, Q2 ..05-31, Q3 ..08-31, Q4 ..11-30), tranches 40% on signing,
/// 30% after the mid-term and 30% after the final evaluation; budget lines
/// 1 社工薪酬 (人员, 财政) 80,000 · 2 餐费补贴 (活动, 彩票公益金) 100,000 · 3 办公及交通 (行政, 财政) 20,000.
/// </summary>
public static class ProjectsTestData
{
    /// <summary>Monday 2026-11-23 10:00 China time.</summary>
    public static readonly DateTime AwardedAt = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>Tuesday 2026-12-15 10:00 China time: inside the first quarter.</summary>
    public static readonly DateTime InFirstPeriod = new(2026, 12, 15, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>2027-09-10 10:00 China time: inside the last quarter; Q1 and Q2 reports are overdue by then.</summary>
    public static readonly DateTime InLastPeriod = new(2027, 9, 10, 2, 0, 0, DateTimeKind.Utc);

    public static readonly Money Awarded = Money.FromYuan(200_000);
    public static readonly DateOnly StartsOn = new(2026, 12, 1);
    public static readonly DateOnly EndsOn = new(2027, 11, 30);

    public const int PersonnelLine = 1;
    public const int ActivitiesLine = 2;
    public const int AdministrationLine = 3;

    public static Project NewProject(Money? awarded = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Build.OrganizationId, Build.DepartmentId, "幸福食堂——高龄老人助餐服务", awarded ?? Awarded, AwardedAt);

    public static IReadOnlyList<TrancheInput> Tranches() =>
    [
        new(40, TrancheTrigger.Signing, null),
        new(30, TrancheTrigger.MidTermAccepted, null),
        new(30, TrancheTrigger.FinalAccepted, null),
    ];

    public static IReadOnlyList<ContractLineInput> Lines() =>
    [
        new(BudgetCategory.Personnel, "社工薪酬", Money.FromYuan(80_000), FundSource.FiscalBudget),
        new(BudgetCategory.Activities, "餐费补贴", Money.FromYuan(100_000), FundSource.WelfareLottery),
        new(BudgetCategory.Administration, "办公及交通", Money.FromYuan(20_000), FundSource.FiscalBudget),
    ];

    /// <summary>Valid terms: every rule of <see cref="ContractRules.Check"/> holds against <see cref="Awarded"/>.</summary>
    public static ContractTerms Terms() => new(" 朝阳区某某社区 ", Awarded, StartsOn, EndsOn, RecurringService: false,
        ReportingFrequency.Quarterly, Tranches(), Lines());

    /// <summary>Terms for <paramref name="amount"/> with a single budget line of that amount.</summary>
    public static ContractTerms TermsFor(Money amount, params TrancheInput[] tranches) => Terms() with
    {
        Amount = amount,
        Tranches = tranches.Length > 0 ? tranches : Tranches(),
        Lines = [new(BudgetCategory.Activities, "活动开展", amount, FundSource.FiscalBudget)],
    };

    public static Project Signed(ContractTerms? terms = null, Money? awarded = null)
    {
        var project = NewProject(awarded);
        project.Sign(terms ?? Terms(), "officer", AwardedAt);
        Assert.Equal(ProjectStatus.Contracted, project.Status);
        return project;
    }

    /// <summary>A project brought to <paramref name="status"/> through its own methods only.</summary>
    public static Project ProjectIn(ProjectStatus status)
    {
        var project = NewProject();
        if (status == ProjectStatus.ContractPending) return project;
        project.Sign(Terms(), "officer", AwardedAt);
        if (status != ProjectStatus.Contracted)
        {
            project.StartIfContracted();
            if (status != ProjectStatus.InProgress)
            {
                project.Complete(EndsOn.ToUtc(days: 1));
                if (status != ProjectStatus.Completed)
                {
                    project.MarkEvaluated();
                    if (status != ProjectStatus.Evaluated)
                    {
                        project.Close(Guid.NewGuid(), EvaluationGrade.Good, 85m, EndsOn.ToUtc(days: 30));
                        if (status != ProjectStatus.Closed) throw new ArgumentOutOfRangeException(nameof(status), status, "no path to this state");
                    }
                }
            }
        }
        Assert.Equal(status, project.Status);
        return project;
    }

    /// <summary>10:00 China time on <paramref name="date"/> plus <paramref name="days"/>, as UTC.</summary>
    public static DateTime ToUtc(this DateOnly date, int days = 0) => ChinaTime.FromCst(date.AddDays(days).ToDateTime(new TimeOnly(10, 0)));

    /// <summary>A day within <paramref name="period"/> (its first day, 10:00 China time), as UTC.</summary>
    public static DateTime During(this ReportingPeriod period) => period.From.ToUtc();

    public static ReportingPeriod Period(this Project project, int index) => project.ReportingPeriods().Single(p => p.Index == index);

    // ---- progress reports ----

    public static IReadOnlyList<OutputInput> Outputs() => [new("助餐个案跟进", OutputType.Casework, 50, 12, 30)];

    /// <summary>Everything a submission needs: 20,000 yuan of meal subsidies on line 2, spent on the period's first day.</summary>
    public static ReportContent Content(ReportingPeriod period) => new("本期为辖区高龄老人提供助餐服务，完成个案建档12个。", Outputs(),
        [new ExpenditureInput(ActivitiesLine, Money.FromYuan(20_000), period.From, "餐费补贴")]);

    /// <summary>A draft report with narrative, outputs, an expenditure and one piece of evidence: ready to submit.</summary>
    public static ProgressReport ReadyReport(Project project, int periodIndex, DateTime? nowUtc = null)
    {
        var period = project.Period(periodIndex);
        var at = nowUtc ?? period.During();
        var report = new ProgressReport(project, periodIndex, "ngo-user", at);
        report.Save(project, Content(period), at);
        report.AddEvidence(Guid.NewGuid(), "签到表.jpg", 120_000);
        return report;
    }

    /// <summary>A report in <paramref name="status"/>, reached through its own methods only.</summary>
    public static ProgressReport ReportIn(ReportStatus status, Project project, int periodIndex = 1)
    {
        var report = ReadyReport(project, periodIndex);
        var at = project.Period(periodIndex).During();
        if (status != ReportStatus.Draft)
        {
            report.Submit(project, at);
            if (status == ReportStatus.Accepted) report.Accept("officer", null, at);
            if (status == ReportStatus.Returned) report.Return("officer", "请补充活动照片。", at);
        }
        Assert.Equal(status, report.Status);
        return report;
    }

    public static ProgressReport AcceptedReport(Project project, int periodIndex) => ReportIn(ReportStatus.Accepted, project, periodIndex);

    /// <summary>
    /// Adds a budget line the contract rules would refuse today (e.g. one carried over from data that predates the rule):
    /// the domain cannot produce it, so it is put in place by reflection to test the report's own defence.
    /// </summary>
    public static ContractLine InjectLine(Project project, BudgetCategory category, FundSource source, Money amount)
    {
        var ctor = typeof(ContractLine).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, [typeof(int), typeof(ContractLineInput)])
            ?? throw new InvalidOperationException("ContractLine(int, ContractLineInput) not found");
        var line = (ContractLine)ctor.Invoke([project.Lines.Count + 1, new ContractLineInput(category, "历史科目", amount, source)]);
        var field = typeof(Project).GetField("_lines", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("Project._lines not found");
        ((List<ContractLine>)field.GetValue(project)!).Add(line);
        return line;
    }

    // ---- evaluations ----

    /// <summary>Scores for the default indicators (项目管理 20, 服务成效 40, 财务管理 25, 满意度 15), in that order.</summary>
    public static IReadOnlyList<IndicatorScoreInput> Scores(params decimal?[] scores) =>
        Evaluation.DefaultIndicators.Zip(scores, (i, s) => new IndicatorScoreInput(i.Name, s, null)).ToList();

    public static Evaluation NewEvaluation(Project project, EvaluationKind kind, DateTime? nowUtc = null) =>
        new(project, kind, "evaluator-user", "某某社会工作评估中心", Evaluation.DefaultIndicators, "officer", nowUtc ?? AwardedAt);

    /// <summary>An evaluation in <paramref name="status"/>, scored 18 + 34 + 22 + 13 = 87 (良好) unless told otherwise.</summary>
    public static Evaluation EvaluationIn(EvaluationStatus status, Project project, EvaluationKind kind, params decimal[] scores)
    {
        var evaluation = NewEvaluation(project, kind);
        evaluation.SaveScores(Scores(scores.Length > 0 ? scores.Cast<decimal?>().ToArray() : [18m, 34m, 22m, 13m]), "服务开展规范，成效明显。", AwardedAt);
        if (status != EvaluationStatus.Assigned)
        {
            evaluation.Submit(AwardedAt);
            if (status != EvaluationStatus.Scored)
            {
                evaluation.MarkPublished();
                if (status == EvaluationStatus.Final) evaluation.Finalise(AwardedAt);
            }
        }
        Assert.Equal(status, evaluation.Status);
        return evaluation;
    }

    // ---- disbursements ----

    /// <summary>Pays a tranche dated today (China time) with a voucher.</summary>
    public static Disbursement Pay(Project project, int trancheOrder, DateTime nowUtc,
        IReadOnlyCollection<Disbursement>? paid = null, IReadOnlyCollection<ProgressReport>? reports = null, IReadOnlyCollection<Evaluation>? evaluations = null) =>
        Disbursement.Pay(project, trancheOrder, ChinaTime.TodayCst(nowUtc), "PZ-2026-0001", paid ?? [], reports ?? [], evaluations ?? [], "finance", nowUtc);
}
