namespace ProcurementPlatform.Domain.Credit;

public enum CreditList
{
    Red = 1,
    Black = 2,
}

/// <summary>A kind of credit event (信用信息) that rules may list an organisation for.</summary>
public enum CreditGround
{
    ExcellentEvaluation = 1,
    FailedEvaluation = 2,
    DuplicateApplication = 3,
    FalseMaterials = 4,
    FundMisuse = 5,
    AbnormalActivity = 6,
    AdministrativePenalty = 7,
}

/// <summary>
/// A listing rule, as configuration: which list, for which ground, for how long (months after the event; or until
/// fixed, reviewed after <see cref="ReviewMonths"/>), after how long credit repair may be asked, and its legal basis.
/// </summary>
public sealed record CreditRule(string Code, CreditList List, CreditGround Ground, string Title, string LegalBasis,
    int? DurationMonths, bool UntilFixed = false, int ReviewMonths = 6, int RepairAfterMonths = 0)
{
    /// <summary>The day the ground stops counting (exclusive), or null while it lasts until fixed.</summary>
    public DateOnly? EndsOn(DateOnly occurredOn) => UntilFixed || DurationMonths is null ? null : occurredOn.AddMonths(DurationMonths.Value);

    public bool CountsOn(DateOnly occurredOn, DateOnly today) => occurredOn <= today && (EndsOn(occurredOn) is not { } end || today < end);

    /// <summary>The defaults of DOMAIN.md §8, modelled on 民政部令第60号 and the government-procurement bad-record list.</summary>
    public static IReadOnlyList<CreditRule> Defaults { get; } =
    [
        new("RED-EXCELLENT", CreditList.Red, CreditGround.ExcellentEvaluation, "近两年内结项项目末期评估为优秀，且无黑名单情形",
            "依据《社会组织信用信息管理办法》（民政部令第60号）关于守信激励的规定及本区政府购买社会工作服务项目绩效评价办法，评估结果作为选择承接主体的重要依据。", 24),
        new("BLACK-DUPLICATE", CreditList.Black, CreditGround.DuplicateApplication, "经核实重复申报项目",
            "依据《政府购买服务管理办法》（财政部令第102号）及本区社会工作服务项目管理规定：同一服务内容不得重复申报、重复获得财政资金支持。", 24, RepairAfterMonths: 12),
        new("BLACK-FALSE", CreditList.Black, CreditGround.FalseMaterials, "提供虚假材料或以欺诈手段申报、承接项目",
            "依据《中华人民共和国政府采购法》第七十七条：提供虚假材料谋取中标、成交的，列入不良行为记录名单，在一至三年内禁止参加政府采购活动。", 36, RepairAfterMonths: 12),
        new("BLACK-MISUSE", CreditList.Black, CreditGround.FundMisuse, "截留、挪用、套取项目资金或违规使用彩票公益金",
            "依据《政府购买服务管理办法》（财政部令第102号）、《彩票公益金管理办法》及《社会组织信用信息管理办法》（民政部令第60号）的有关规定。", 36, RepairAfterMonths: 12),
        new("BLACK-FAILED", CreditList.Black, CreditGround.FailedEvaluation, "承接项目末期评估不合格",
            "依据《政府购买服务管理办法》（财政部令第102号）关于绩效管理的规定：绩效评价结果作为选择承接主体的重要参考。", 12, RepairAfterMonths: 6),
        new("BLACK-ABNORMAL", CreditList.Black, CreditGround.AbnormalActivity, "活动异常（未按规定报送年报、失联等），整改完成前",
            "依据《社会组织信用信息管理办法》（民政部令第60号）关于活动异常名录的规定：整改完成后可申请移出，最长6个月复核。", null, UntilFixed: true, ReviewMonths: 6),
    ];
}

public static class CreditText
{
    public static string ToChinese(this CreditList list) => list == CreditList.Red ? "红名单" : "黑名单";

    public static string ToChinese(this CreditGround ground) => ground switch
    {
        CreditGround.ExcellentEvaluation => "末期评估优秀",
        CreditGround.FailedEvaluation => "末期评估不合格",
        CreditGround.DuplicateApplication => "重复申报",
        CreditGround.FalseMaterials => "提供虚假材料",
        CreditGround.FundMisuse => "违规使用资金",
        CreditGround.AbnormalActivity => "活动异常",
        CreditGround.AdministrativePenalty => "行政处罚",
        _ => ground.ToString(),
    };
}
