using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Awards;

public enum ProjectStatus
{
    /// <summary>Awarded (立项); the contract is to be signed (next stage).</summary>
    ContractPending = 0,
}

/// <summary>服务项目: an awarded application; one per application (a unique index guarantees it).</summary>
public class Project : AggregateRoot
{
    private Project() { }

    public Project(Guid applicationId, Guid solicitationId, Guid organizationId, Guid departmentId, string title, Money amount, DateTime nowUtc)
    {
        ApplicationId = applicationId;
        SolicitationId = solicitationId;
        OrganizationId = organizationId;
        DepartmentId = departmentId;
        Title = title;
        Amount = amount;
        Status = ProjectStatus.ContractPending;
        AwardedAt = nowUtc;
    }

    public Guid ApplicationId { get; private set; }
    public Guid SolicitationId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid DepartmentId { get; private set; }
    public string Title { get; private set; } = "";
    public Money Amount { get; private set; }
    public ProjectStatus Status { get; private set; }
    public DateTime AwardedAt { get; private set; }
}
