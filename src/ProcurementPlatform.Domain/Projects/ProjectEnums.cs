using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Projects;

public enum ProjectStatus
{
    /// <summary>Awarded (立项); the contract is to be signed within 30 days.</summary>
    ContractPending = 0,
    Contracted = 1,
    InProgress = 2,
    Completed = 3,
    Evaluated = 4,
    Closed = 5,
}

public enum ProjectTrigger
{
    Sign,
    Start,
    Complete,
    Evaluate,
    Close,
    Reevaluate,
}

public enum ReportingFrequency
{
    Monthly = 0,
    Quarterly = 1,
}

public enum TrancheTrigger
{
    /// <summary>签订合同后.</summary>
    Signing = 0,
    /// <summary>中期评估结果公示期满后.</summary>
    MidTermAccepted = 1,
    /// <summary>末期评估结果公示期满后.</summary>
    FinalAccepted = 2,
    /// <summary>到约定日期.</summary>
    Date = 3,
}

public static class ProjectText
{
    public static string ToChinese(this ProjectStatus status) => status switch
    {
        ProjectStatus.ContractPending => "待签订合同",
        ProjectStatus.Contracted => "已签订合同",
        ProjectStatus.InProgress => "实施中",
        ProjectStatus.Completed => "服务已完成",
        ProjectStatus.Evaluated => "末期评估公示中",
        ProjectStatus.Closed => "已结项",
        _ => status.ToString(),
    };

    public static string ToChinese(this ProjectTrigger trigger) => trigger switch
    {
        ProjectTrigger.Sign => "签订合同",
        ProjectTrigger.Start => "开始实施",
        ProjectTrigger.Complete => "确认服务完成",
        ProjectTrigger.Evaluate => "发布末期评估结果",
        ProjectTrigger.Close => "结项",
        ProjectTrigger.Reevaluate => "重新评估",
        _ => trigger.ToString(),
    };

    public static string ToChinese(this ReportingFrequency frequency) => frequency == ReportingFrequency.Monthly ? "按月报送" : "按季度报送";

    public static string ToChinese(this TrancheTrigger trigger) => trigger switch
    {
        TrancheTrigger.Signing => "合同签订后",
        TrancheTrigger.MidTermAccepted => "中期评估通过后",
        TrancheTrigger.FinalAccepted => "末期评估通过后",
        TrancheTrigger.Date => "约定日期",
        _ => trigger.ToString(),
    };

    /// <summary>彩票公益金 may never pay for personnel or administration.</summary>
    public static bool IsRestrictedFor(this FundSource source, BudgetCategory category) =>
        source == FundSource.WelfareLottery && category is BudgetCategory.Personnel or BudgetCategory.Administration;
}
