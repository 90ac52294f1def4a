using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Infrastructure.Identity;

namespace ProcurementPlatform.Web.Areas.Identity.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<ApplicationUser> signIn, IOptions<IdentityOptions> identityOptions) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "请输入账号（电子邮箱）。")]
        public string? UserName { get; set; }

        [Required(ErrorMessage = "请输入密码。")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.UserName!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        var lockout = identityOptions.Value.Lockout;
        if (result.IsLockedOut)
            ModelState.AddModelError(string.Empty, $"由于连续 {lockout.MaxFailedAccessAttempts} 次密码错误，该账号已被锁定 {lockout.DefaultLockoutTimeSpan.TotalMinutes:0} 分钟，请稍后再试或联系安全管理员。");
        else if (result.IsNotAllowed)
            ModelState.AddModelError(string.Empty, "该账号暂不允许登录，请联系安全管理员。");
        else
            ModelState.AddModelError(string.Empty, $"账号或密码不正确。连续 {lockout.MaxFailedAccessAttempts} 次错误后账号将被锁定 {lockout.DefaultLockoutTimeSpan.TotalMinutes:0} 分钟。");
        Input.Password = null;
        return Page();
    }
}
