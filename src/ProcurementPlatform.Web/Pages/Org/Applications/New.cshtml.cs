using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Applications;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Org.Applications;

public sealed class NewModel : PlatformPageModel
{
    [BindProperty] public CreateApplicationCommand Data { get; set; } = new();
    public SolicitationDetails Call { get; private set; } = null!;

    public async Task OnGetAsync(Guid callId)
    {
        Call = await Mediator.Send(new GetPublicSolicitationQuery(callId));
        Data.ClientRequestId = Guid.NewGuid();
        AddBlankRows(Data);
    }

    public async Task<IActionResult> OnPostAsync(Guid callId)
    {
        Data.SolicitationId = callId;
        ModelState.Clear();
        var (ok, id) = await TrySendAsync(Data);
        if (!ok)
        {
            Call = await Mediator.Send(new GetPublicSolicitationQuery(callId));
            AddBlankRows(Data);
            return Page();
        }
        StatusMessage = "申报草稿已保存。请核对内容，确认无误后点击“提交申报”。";
        return RedirectToPage("/Applications/Details", new { id });
    }

    internal static void AddBlankRows(ApplicationForm form)
    {
        form.Partners = Display.WithBlankRows(form.Partners, 3);
        form.Activities = Display.WithBlankRows(form.Activities, 3);
        form.BudgetLines = Display.WithBlankRows(form.BudgetLines, 4);
    }
}
