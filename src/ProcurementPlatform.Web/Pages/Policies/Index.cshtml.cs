using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Policies;
using ProcurementPlatform.Application.Policies.Queries;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Policies;

public sealed class IndexModel : PlatformPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Keyword { get; set; }
    [BindProperty(SupportsGet = true, Name = "level")] public PolicyLevel? Level { get; set; }
    [BindProperty(SupportsGet = true, Name = "issuer")] public string? Issuer { get; set; }
    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }
    // "p", not "page": Razor Pages keeps "page" for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<PolicyListItem> Policies { get; private set; } = null!;
    public PolicyFilterChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        // A filter value that does not parse (e.g. ?level=foo) is ignored rather than an error page.
        if (!ModelState.IsValid)
        {
            if (ModelState["level"]?.Errors.Count > 0) Level = null;
            if (ModelState["year"]?.Errors.Count > 0) Year = null;
            if (ModelState["p"]?.Errors.Count > 0) PageNumber = 1;
        }
        if (Level is { } level && !Enum.IsDefined(level)) Level = null;
        Choices = await Mediator.Send(new GetPolicyFilterChoicesQuery());
        Policies = await Mediator.Send(new ListPublicPoliciesQuery(Keyword, Level, Issuer, Year, PageNumber, 10));
    }

    public bool Filtered => !string.IsNullOrWhiteSpace(Keyword) || Level is not null || !string.IsNullOrWhiteSpace(Issuer) || Year is not null;

    public string PageUrl(int page) => Url.Page("/Policies/Index", new { q = Keyword, level = Level, issuer = Issuer, year = Year, p = page })!;
}
