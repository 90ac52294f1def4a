using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Organizations.Commands;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages;

public sealed class RegisterModel : PlatformPageModel
{
    [BindProperty] public RegisterOrganizationCommand Data { get; set; } = new();

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Data);
        if (!ok)
        {
            Data.Password = Data.ConfirmPassword = null;
            return Page();
        }
        StatusMessage = "注册已提交。系统管理员审核通过后即可申报项目；现在您可以用电子邮箱和密码登录查看审核进度。";
        return Redirect("/Identity/Account/Login");
    }
}
