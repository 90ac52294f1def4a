using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Users;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Admin;

public sealed class UsersModel : PlatformPageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    [BindProperty] public ChangeUserRoleCommand Change { get; set; } = new();

    public async Task OnGetAsync() => Users = await Mediator.Send(new ListUsersQuery());

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await TrySendAsync(Change, nameof(Change));
        if (!ok)
        {
            Users = await Mediator.Send(new ListUsersQuery());
            return Page();
        }
        StatusMessage = Change.Grant ? "已授予角色。" : "已撤销角色。";
        return RedirectToPage();
    }
}
