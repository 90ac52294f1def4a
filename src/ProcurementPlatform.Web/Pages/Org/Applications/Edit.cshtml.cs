using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Applications.Queries;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Org.Applications;

public sealed class EditModel : PlatformPageModel
{
    [BindProperty] public EditApplicationCommand Data { get; set; } = new();
    public ApplicationView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        View = await Mediator.Send(new GetApplicationQuery(id));
        if (!View.IsOwner) return NotFound();
        if (View.Application.Status != ApplicationStatus.Draft)
        {
            StatusMessage = "只有草稿可以修改。";
            return RedirectToPage("/Applications/Details", new { id });
        }
        Data.Fill(View.Application);
        Data.ApplicationId = id;
        Data.Version = View.Application.Version;
        NewModel.AddBlankRows(Data);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Data.ApplicationId = id;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Data);
        if (!ok)
        {
            View = await Mediator.Send(new GetApplicationQuery(id));
            NewModel.AddBlankRows(Data);
            return Page();
        }
        StatusMessage = "修改已保存。";
        return RedirectToPage("/Applications/Details", new { id });
    }
}
