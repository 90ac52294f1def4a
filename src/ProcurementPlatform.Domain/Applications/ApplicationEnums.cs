namespace ProcurementPlatform.Domain.Applications;

public enum ApplicationStatus
{
    Draft = 0,
    Submitted = 1,
    Withdrawn = 2,
    Eligible = 3,
    Ineligible = 4,
    Recommended = 5,
    NotRecommended = 6,
    Awarded = 7,
    Disqualified = 8,
}

public enum ApplicationTrigger
{
    Submit,
    Withdraw,
    MarkEligible,
    MarkIneligible,
    Recommend,
    NotRecommend,
    Award,
    Disqualify,
    Promote,
    ConfirmDuplicate,
}

/// <summary>The kind of quantified output an activity delivers.</summary>
public enum OutputType
{
    Casework = 1,
    GroupSession = 2,
    CommunityEvent = 3,
    Other = 9,
}

/// <summary>N in 1+1+1+N: the participating forces.</summary>
public enum PartnerKind
{
    VolunteerTeam = 1,
    CommunitySocialOrganization = 2,
    ResidentLeader = 3,
    CharitableResource = 4,
    Other = 9,
}

public enum BudgetCategory
{
    Personnel = 1,
    Activities = 2,
    Materials = 3,
    Administration = 4,
    Training = 5,
    Evaluation = 6,
    Other = 9,
}

public static class ApplicationText
{
    public static string ToChinese(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "草稿",
        ApplicationStatus.Submitted => "已提交",
        ApplicationStatus.Withdrawn => "已撤回",
        ApplicationStatus.Eligible => "资格审查通过",
        ApplicationStatus.Ineligible => "资格审查未通过",
        ApplicationStatus.Recommended => "拟立项",
        ApplicationStatus.NotRecommended => "未推荐",
        ApplicationStatus.Awarded => "已立项",
        ApplicationStatus.Disqualified => "已取消立项资格",
        _ => status.ToString(),
    };

    public static string ToChinese(this ApplicationTrigger trigger) => trigger switch
    {
        ApplicationTrigger.Submit => "提交",
        ApplicationTrigger.Withdraw => "撤回",
        ApplicationTrigger.MarkEligible => "资格审查通过",
        ApplicationTrigger.MarkIneligible => "资格审查不通过",
        ApplicationTrigger.Recommend => "推荐立项",
        ApplicationTrigger.NotRecommend => "不予推荐",
        ApplicationTrigger.Award => "立项",
        ApplicationTrigger.Disqualify => "取消立项资格",
        ApplicationTrigger.Promote => "递补推荐",
        ApplicationTrigger.ConfirmDuplicate => "认定重复申报",
        _ => trigger.ToString(),
    };

    public static string ToChinese(this OutputType type) => type switch
    {
        OutputType.Casework => "个案",
        OutputType.GroupSession => "小组",
        OutputType.CommunityEvent => "社区活动",
        OutputType.Other => "其他",
        _ => type.ToString(),
    };

    /// <summary>The unit a quantity of this output is counted in.</summary>
    public static string Unit(this OutputType type) => type switch
    {
        OutputType.Casework => "个",
        OutputType.GroupSession => "节",
        OutputType.CommunityEvent => "场",
        _ => "次",
    };

    public static string ToChinese(this PartnerKind kind) => kind switch
    {
        PartnerKind.VolunteerTeam => "志愿服务队伍",
        PartnerKind.CommunitySocialOrganization => "社区社会组织",
        PartnerKind.ResidentLeader => "社区达人/居民骨干",
        PartnerKind.CharitableResource => "社会慈善资源",
        PartnerKind.Other => "其他力量",
        _ => kind.ToString(),
    };

    public static string ToChinese(this BudgetCategory category) => category switch
    {
        BudgetCategory.Personnel => "人员经费",
        BudgetCategory.Activities => "活动经费",
        BudgetCategory.Materials => "物资材料费",
        BudgetCategory.Administration => "行政办公费",
        BudgetCategory.Training => "培训督导费",
        BudgetCategory.Evaluation => "评估宣传费",
        BudgetCategory.Other => "其他",
        _ => category.ToString(),
    };
}
