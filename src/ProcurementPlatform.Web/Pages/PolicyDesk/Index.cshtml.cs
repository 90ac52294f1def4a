using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Policies;
using ProcurementPlatform.Application.Policies.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.PolicyDesk;

public sealed class IndexModel : PlatformPageModel
{
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<ManagedPolicyListItem> Policies { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        if (ModelState["p"]?.Errors.Count > 0) PageNumber = 1;
        Policies = await Mediator.Send(new ListManagedPoliciesQuery(PageNumber));
    }

    public string PageUrl(int page) => Url.Page("/PolicyDesk/Index", new { p = page })!;
}
