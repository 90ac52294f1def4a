using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Departments.Queries;
using ProcurementPlatform.Application.Users;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Admin;

public sealed class UsersModel : PlatformPageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    [BindProperty] public ChangeUserRoleCommand Change { get; set; } = new();
    [BindProperty] public CreateStaffAccountCommand NewAccount { get; set; } = new();
    public IReadOnlyList<DepartmentItem> Departments { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(NewAccount, nameof(NewAccount));
        if (!ok)
        {
            NewAccount.InitialPassword = null;
            await LoadAsync();
            return Page();
        }
        StatusMessage = $"已开通账号 {NewAccount.Email}，请通过安全渠道告知初始密码。";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Users = await Mediator.Send(new ListUsersQuery());
        Departments = await Mediator.Send(new ListDepartmentsQuery());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await TrySendAsync(Change, nameof(Change));
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }
        StatusMessage = Change.Grant ? "已授予角色。" : "已撤销角色。";
        return RedirectToPage();
    }
}
