using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Applications.Queries;
using ProcurementPlatform.Application.Duplicates;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Applications;

/// <summary>One application, for its organisation, the call's department and supervisors (the query decides who sees it).</summary>
public sealed class DetailsModel : PlatformPageModel
{
    public ApplicationView View { get; private set; } = null!;

    /// <summary>Suspected duplicates, for the department and Supervisors only; the applicant is never told.</summary>
    public IReadOnlyList<ApplicationDuplicateNote> DuplicateNotes { get; private set; } = [];

    [BindProperty] public WithdrawApplicationCommand Withdraw { get; set; } = new();
    [BindProperty] public DecideEligibilityCommand Eligibility { get; set; } = new();

    public async Task<IActionResult> OnPostEligibilityAsync(Guid id)
    {
        Eligibility.ApplicationId = id;
        var (ok, _) = await TrySendAsync(Eligibility, nameof(Eligibility));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = Eligibility.Eligible ? "已确认资格审查通过。" : "已记录资格审查不通过及理由，申报单位可在申报页面看到。";
        return RedirectToPage(new { id });
    }

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        var (ok, _) = await TrySendAsync(new SubmitApplicationCommand(id));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "申报已提交。截止时间前如需修改，可先撤回后重新申报。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        Withdraw.ApplicationId = id;
        var (ok, _) = await TrySendAsync(Withdraw, nameof(Withdraw));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "申报已撤回。";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ReloadAsync(Guid id)
    {
        await LoadAsync(id);
        return Page();
    }

    private async Task LoadAsync(Guid id)
    {
        View = await Mediator.Send(new GetApplicationQuery(id));
        if (User.IsInRole(Roles.DepartmentOfficer) || User.IsInRole(Roles.Supervisor))
            DuplicateNotes = await Mediator.Send(new ListApplicationDuplicateFlagsQuery(id));
    }
}
