using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Reviews;

public enum ExpertStatus
{
    /// <summary>Proposed by a department; not in the pool until the system administrator admits it.</summary>
    Proposed = 0,
    Active = 1,
    Retired = 2,
}

/// <summary>A declared tie to an organisation (任职、理事/董事、出资), kept with its dates.</summary>
public class ExpertAffiliation
{
    private ExpertAffiliation() { }

    internal ExpertAffiliation(Affiliation affiliation)
    {
        OrganizationId = affiliation.OrganizationId;
        Kind = affiliation.Kind;
        From = affiliation.From;
        To = affiliation.To;
    }

    public int Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public AffiliationKind Kind { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    public Affiliation ToAffiliation() => new(OrganizationId, Kind, From, To);
}

public sealed record ExpertDetails(string Name, string Employer, string? ProfessionalTitle, string? Phone, IReadOnlyCollection<ServiceField> Fields, IReadOnlyList<Affiliation> Affiliations);

/// <summary>评审专家: a member of the expert pool (专家库), with fields of expertise and declared affiliations.</summary>
public class ExpertProfile : AggregateRoot
{
    private readonly List<ExpertAffiliation> _affiliations = [];

    private ExpertProfile() { }

    private ExpertProfile(ExpertDetails details, ExpertStatus status, DateTime nowUtc)
    {
        Status = status;
        CreatedAt = nowUtc;
        Apply(details, nowUtc);
    }

    /// <summary>The system administrator admits an expert with a Reviewer account straight into the pool.</summary>
    public static ExpertProfile Admit(ExpertDetails details, string reviewerUserId, DateTime nowUtc) =>
        new(details, ExpertStatus.Active, nowUtc) { UserId = reviewerUserId };

    /// <summary>A department proposes an expert; the system administrator admits or declines the proposal.</summary>
    public static ExpertProfile Propose(ExpertDetails details, Guid departmentId, string? note, DateTime nowUtc) =>
        new(details, ExpertStatus.Proposed, nowUtc) { ProposedByDepartmentId = departmentId, ProposalNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim() };

    public string? UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Employer { get; private set; } = "";
    public string? ProfessionalTitle { get; private set; }
    public string? Phone { get; private set; }
    public List<ServiceField> Fields { get; private set; } = [];
    public ExpertStatus Status { get; private set; }
    public Guid? ProposedByDepartmentId { get; private set; }
    public string? ProposalNote { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<ExpertAffiliation> Affiliations => _affiliations;

    public static IEnumerable<string> Problems(ExpertDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.Name)) yield return "请填写专家姓名。";
        if (string.IsNullOrWhiteSpace(details.Employer)) yield return "请填写工作单位。";
        if (details.Fields.Count == 0) yield return "请至少选择一个擅长的服务领域。";
        foreach (var a in details.Affiliations)
        {
            if (a.To is { } to && to < a.From) yield return "关联关系的结束日期不能早于开始日期。";
        }
    }

    public void Update(ExpertDetails details, DateTime nowUtc)
    {
        if (Status == ExpertStatus.Retired) throw new DomainException("该专家已退出专家库，不能修改。");
        Apply(details, nowUtc);
    }

    /// <summary>Admits a proposed expert, linking the Reviewer account they sign in with.</summary>
    public void Activate(string reviewerUserId, DateTime nowUtc)
    {
        if (Status != ExpertStatus.Proposed) throw new DomainException("只有部门推荐、待审核的专家可以入库。");
        UserId = reviewerUserId;
        Status = ExpertStatus.Active;
        UpdatedAt = nowUtc;
    }

    public void Retire(DateTime nowUtc)
    {
        if (Status == ExpertStatus.Retired) throw new DomainException("该专家已退出专家库。");
        Status = ExpertStatus.Retired;
        UpdatedAt = nowUtc;
    }

    public ExpertCandidate ToCandidate() => new(Id, Name, Fields.Select(f => f.ToString()).ToList(), _affiliations.Select(a => a.ToAffiliation()).ToList());

    private void Apply(ExpertDetails details, DateTime nowUtc)
    {
        var problems = Problems(details).ToList();
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));
        Name = details.Name.Trim();
        Employer = details.Employer.Trim();
        ProfessionalTitle = string.IsNullOrWhiteSpace(details.ProfessionalTitle) ? null : details.ProfessionalTitle.Trim();
        Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        Fields = details.Fields.Distinct().Order().ToList();
        _affiliations.Clear();
        _affiliations.AddRange(details.Affiliations.Select(a => new ExpertAffiliation(a)));
        UpdatedAt = nowUtc;
    }
}
