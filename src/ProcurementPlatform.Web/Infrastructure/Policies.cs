namespace ProcurementPlatform.Web.Infrastructure;

public static class Policies
{
    public const string SystemAdmin = "SystemAdminOnly";
    public const string SecurityAdmin = "SecurityAdminOnly";
    public const string DepartmentOfficer = "DepartmentOfficerOnly";
    public const string OrganizationUser = "OrganizationUserOnly";
    public const string CaseReader = "CaseReader";
    public const string AuditReader = "AuditReader";
    public const string ReviewReader = "ReviewReader";
    /// <summary>Project records: the department, the organisation, Supervisors and evaluators (each query narrows to what is theirs).</summary>
    public const string ProjectReader = "ProjectReader";
    public const string EvaluationReader = "EvaluationReader";
    public const string Reviewer = "ReviewerOnly";
    /// <summary>政策法规 management: the SystemAdmin (all entries) and department officers (their department's).</summary>
    public const string PolicyEditor = "PolicyEditor";
}
