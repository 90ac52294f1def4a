using Microsoft.AspNetCore.Identity;

namespace ProcurementPlatform.Infrastructure.Identity;

/// <summary>A person's account. An officer belongs to one department, an organisation user to one organisation.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Guid? DepartmentId { get; set; }
    public Guid? OrganizationId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PasswordChangedAt { get; set; }
}
