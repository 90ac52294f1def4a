using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Duplicates;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Duplicates;

/// <summary>One flagged pair side by side, shared passages highlighted, with the confirm and dismiss forms.</summary>
public sealed class DetailsModel : PlatformPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ConfirmDuplicateFlagCommand Confirm { get; set; } = new();
    [BindProperty] public DismissDuplicateFlagCommand Dismiss { get; set; } = new();

    public DuplicateFlagDetail Detail { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        Confirm.FlagId = Id;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Confirm, nameof(Confirm));
        if (!ok) return await RedisplayAsync();
        StatusMessage = "已认定为重复申报：该申报资格审查不通过，并已登记重复申报信用信息（符合黑名单规则的，生成列入建议待认定部门确认）。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostDismissAsync()
    {
        Dismiss.FlagId = Id;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Dismiss, nameof(Dismiss));
        if (!ok) return await RedisplayAsync();
        StatusMessage = "已排除该疑似重复，理由已记录。";
        return RedirectToPage(new { Id });
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Detail = await Mediator.Send(new GetDuplicateFlagQuery(Id));
        // Suggest the later submission as the duplicate, when the viewer may decide for it.
        if (Confirm.DuplicateApplicationId is null)
        {
            var candidates = new[] { Detail.A, Detail.B }.Where(s => s.CannotMarkReason is null).OrderByDescending(s => s.Application.SubmittedAt).ToList();
            Confirm.DuplicateApplicationId = candidates.FirstOrDefault()?.Application.Id;
        }
    }
}
