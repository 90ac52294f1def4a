namespace ProcurementPlatform.Domain.Security;

public static class Roles
{
    public const string SystemAdmin = nameof(SystemAdmin);
    public const string SecurityAdmin = nameof(SecurityAdmin);
    public const string AuditAdmin = nameof(AuditAdmin);
    public const string DepartmentOfficer = nameof(DepartmentOfficer);
    public const string OrganizationUser = nameof(OrganizationUser);
    public const string Reviewer = nameof(Reviewer);
    public const string Evaluator = nameof(Evaluator);
    public const string Supervisor = nameof(Supervisor);

    public static readonly IReadOnlyList<string> All =
        [SystemAdmin, SecurityAdmin, AuditAdmin, DepartmentOfficer, OrganizationUser, Reviewer, Evaluator, Supervisor];

    /// <summary>三员分立: no account holds two of these.</summary>
    public static readonly IReadOnlyList<string> AdministratorDuties = [SystemAdmin, SecurityAdmin, AuditAdmin];

    public static string ToChinese(string role) => role switch
    {
        SystemAdmin => "系统管理员",
        SecurityAdmin => "安全管理员",
        AuditAdmin => "审计管理员",
        DepartmentOfficer => "购买主体经办人",
        OrganizationUser => "社会组织用户",
        Reviewer => "评审专家",
        Evaluator => "第三方评估机构",
        Supervisor => "监督人员",
        _ => role,
    };

    /// <summary>
    /// Returns why <paramref name="newRole"/> may not be added to an account holding
    /// <paramref name="currentRoles"/>, or null when it may.
    /// </summary>
    public static string? SeparationOfDutiesViolation(IEnumerable<string> currentRoles, string newRole)
    {
        var current = currentRoles.ToList();
        // An organisation's account acts for the organisation only; staff roles would let it read other organisations' files.
        if (newRole == OrganizationUser && current.Any(r => r != OrganizationUser))
            return $"社会组织账号不能兼任工作人员角色（该账号已是{ToChinese(current.First(r => r != OrganizationUser))}）。";
        if (newRole != OrganizationUser && current.Contains(OrganizationUser))
            return $"社会组织账号不能兼任{ToChinese(newRole)}。";
        if (!AdministratorDuties.Contains(newRole)) return null;
        var held = current.FirstOrDefault(r => r != newRole && AdministratorDuties.Contains(r));
        return held is null
            ? null
            : $"三员分立：该账号已是{ToChinese(held)}，不能再兼任{ToChinese(newRole)}。";
    }
}
