using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Users;
using ProcurementPlatform.Infrastructure.Identity;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Account;

public sealed class PasswordModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PlatformPageModel
{
    [BindProperty] public ChangePasswordCommand Data { get; set; } = new();
    [BindProperty(SupportsGet = true)] public bool Expired { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (ok, userId) = await TrySendAsync(Data);
        Data = new ChangePasswordCommand();
        if (!ok) return Page();
        // The sign-in cookie carries the password date: renew it so the new date applies at once.
        var user = await users.FindByIdAsync(userId!);
        if (user is not null) await signIn.RefreshSignInAsync(user);
        StatusMessage = "密码已修改。";
        return Redirect("/");
    }
}
