using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ProcurementPlatform.Web.Areas.Identity.Pages.Account;

/// <summary>Accounts are not created here: organisations register at /register; staff accounts come from the security administrator.</summary>
[AllowAnonymous]
public sealed class RegisterModel : PageModel
{
    public IActionResult OnGet() => Redirect("/register");

    public IActionResult OnPost() => Redirect("/register");
}
