using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Applications;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Applications.Queries;
using ProcurementPlatform.Application.Organizations.Queries;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Org.Applications;

public sealed class NewModel : PlatformPageModel
{
    [BindProperty] public CreateApplicationCommand Data { get; set; } = new();
    public SolicitationDetails Call { get; private set; } = null!;

    public OrganizationItem? Organization { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid callId)
    {
        Call = await Mediator.Send(new GetPublicSolicitationQuery(callId));
        if (await Mediator.Send(new FindMyApplicationForCallQuery(callId)) is { } existing)
        {
            StatusMessage = "贵单位已有该项目征集的申报（每个单位限报一个项目），请在此继续办理。";
            return RedirectToPage("/Applications/Details", new { id = existing });
        }
        Organization = await Mediator.Send(new GetMyOrganizationQuery());
        Data.ClientRequestId = Guid.NewGuid();
        AddBlankRows(Data);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid callId)
    {
        Data.SolicitationId = callId;
        ModelState.Clear();
        var (ok, id) = await TrySendAsync(Data);
        if (!ok)
        {
            Call = await Mediator.Send(new GetPublicSolicitationQuery(callId));
            Organization = await Mediator.Send(new GetMyOrganizationQuery());
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
