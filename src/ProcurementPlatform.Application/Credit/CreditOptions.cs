using ProcurementPlatform.Domain.Credit;

namespace ProcurementPlatform.Application.Credit;

/// <summary>Settings of the credit lists (section "Credit"): the rules are configuration, not code paths.</summary>
public sealed class CreditOptions
{
    public const string Section = "Credit";

    /// <summary>The listing rules; empty means the defaults of DOMAIN.md §8 (<see cref="CreditRule.Defaults"/>).</summary>
    public List<CreditRuleSetting> Rules { get; set; } = [];

    /// <summary>Days the deciding department has to answer an appeal or a repair application.</summary>
    public int AppealAnswerDays { get; set; } = 15;

    /// <summary>The department that confirms entries whose grounds no department recorded (e.g. a Supervisor's finding): 民政局 by default.</summary>
    public string ApproverDepartmentCode { get; set; } = "MZJ";

    public IReadOnlyList<CreditRule> EffectiveRules() => Rules.Count == 0 ? CreditRule.Defaults : Rules.Select(r => r.ToRule()).ToList();
}

public sealed class CreditRuleSetting
{
    public string Code { get; set; } = "";
    public CreditList List { get; set; }
    public CreditGround Ground { get; set; }
    public string Title { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public int? DurationMonths { get; set; }
    public bool UntilFixed { get; set; }
    public int ReviewMonths { get; set; } = 6;
    public int RepairAfterMonths { get; set; }

    public CreditRule ToRule() => new(Code, List, Ground, Title, LegalBasis, DurationMonths, UntilFixed, ReviewMonths, RepairAfterMonths);
}
