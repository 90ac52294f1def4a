using Microsoft.AspNetCore.Mvc.Rendering;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.Web.Pages.Policies;

public static class PolicyDisplay
{
    public static IEnumerable<SelectListItem> Levels(PolicyLevel? selected = null) =>
        Enum.GetValues<PolicyLevel>().Select(l => new SelectListItem(l.ToChinese(), l.ToString(), l == selected));

    public static string LevelClass(PolicyLevel level) => level switch
    {
        PolicyLevel.Central => "policy-level policy-level-central",
        PolicyLevel.Provincial => "policy-level policy-level-provincial",
        PolicyLevel.Municipal => "policy-level policy-level-municipal",
        _ => "policy-level policy-level-district",
    };

    public static string StatusClass(PolicyStatus status) => status switch
    {
        PolicyStatus.Published => "badge badge-open",
        PolicyStatus.Draft => "badge badge-draft",
        _ => "badge badge-cancelled",
    };

    public static string IssuedDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
