namespace ProcurementPlatform.Domain.Solicitations;

public enum SolicitationStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
    UnderReview = 3,
    Awarded = 4,
    Cancelled = 5,
}

public enum SolicitationTrigger
{
    Publish,
    Close,
    StartReview,
    Award,
    Cancel,
}

/// <summary>服务领域.</summary>
public enum ServiceField
{
    SocialAssistance = 1,
    ElderlyCare = 2,
    ChildCare = 3,
    DisabilityServices = 4,
    CommunityGovernance = 5,
    PartyBuilding = 6,
    CivilizationPractice = 7,
    CommunityBuilding = 8,
    PublicWelfareVenture = 9,
    Other = 99,
}

/// <summary>资金来源.</summary>
public enum FundSource
{
    FiscalBudget = 1,
    WelfareLottery = 2,
    CharityFund = 3,
    SocialAssistanceFund = 4,
}

public static class SolicitationText
{
    public static string ToChinese(this SolicitationStatus status) => status switch
    {
        SolicitationStatus.Draft => "草稿",
        SolicitationStatus.Open => "征集中",
        SolicitationStatus.Closed => "已截止",
        SolicitationStatus.UnderReview => "评审中",
        SolicitationStatus.Awarded => "已立项",
        SolicitationStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };

    public static string ToChinese(this SolicitationTrigger trigger) => trigger switch
    {
        SolicitationTrigger.Publish => "发布",
        SolicitationTrigger.Close => "截止",
        SolicitationTrigger.StartReview => "开始评审",
        SolicitationTrigger.Award => "立项",
        SolicitationTrigger.Cancel => "取消",
        _ => trigger.ToString(),
    };

    public static string ToChinese(this ServiceField field) => field switch
    {
        ServiceField.SocialAssistance => "社会救助",
        ServiceField.ElderlyCare => "养老服务",
        ServiceField.ChildCare => "儿童关爱",
        ServiceField.DisabilityServices => "残疾人服务",
        ServiceField.CommunityGovernance => "社区治理",
        ServiceField.PartyBuilding => "党建服务",
        ServiceField.CivilizationPractice => "新时代文明实践",
        ServiceField.CommunityBuilding => "社区营造",
        ServiceField.PublicWelfareVenture => "公益创投",
        ServiceField.Other => "其他",
        _ => field.ToString(),
    };

    public static string ToChinese(this FundSource source) => source switch
    {
        FundSource.FiscalBudget => "财政资金",
        FundSource.WelfareLottery => "彩票公益金",
        FundSource.CharityFund => "慈善资金",
        FundSource.SocialAssistanceFund => "社会救助专项资金",
        _ => source.ToString(),
    };
}
