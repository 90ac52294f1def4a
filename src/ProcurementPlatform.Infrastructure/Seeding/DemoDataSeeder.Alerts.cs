using ProcurementPlatform.Domain.Departments;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Infrastructure.Seeding;

/// <summary>新征集提醒: a citizen subscribed (confirmed) to 儿童关爱 and 养老服务, and a sign-up to 区民政局's calls still awaiting its confirmation.</summary>
public sealed partial class DemoDataSeeder
{
    private async Task SeedAlertsAsync(Department mzj, DateTime now, CancellationToken ct)
    {
        var citizen = new AlertSubscription("citizen@example.cn", [ServiceField.ChildCare, ServiceField.ElderlyCare], [], now.AddDays(-30));
        citizen.Confirm(now.AddDays(-30).AddMinutes(12));
        var pending = new AlertSubscription("volunteer@example.cn", [], [mzj.Id], now.AddHours(-2));
        db.AlertSubscriptions.AddRange(citizen, pending);
        await db.SaveChangesAsync(ct);
    }
}
