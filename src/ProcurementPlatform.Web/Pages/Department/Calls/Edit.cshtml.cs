using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Department.Calls;

public sealed class EditModel : PlatformPageModel
{
    [BindProperty] public EditSolicitationCommand Data { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    public IReadOnlyList<SolicitationAttachment> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var call = await Mediator.Send(new GetSolicitationForEditQuery(id));
        if (call.Status != SolicitationStatus.Draft)
        {
            StatusMessage = "已发布的项目征集不能再修改。";
            return RedirectToPage("/Department/Calls/Details", new { id });
        }
        Data.Fill(call);
        Data.SolicitationId = id;
        Data.Version = call.Version;
        Data.Rubric = Display.WithBlankRows(Data.Rubric, 6);
        Attachments = call.Attachments;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Data.SolicitationId = id;
        Data.NewAttachments = await ReadUploadsAsync(Files, HttpContext.RequestAborted);
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Data);
        if (!ok)
        {
            Data.Rubric = Display.WithBlankRows(Data.Rubric, 6);
            Attachments = (await Mediator.Send(new GetSolicitationForEditQuery(id))).Attachments;
            return Page();
        }
        StatusMessage = "修改已保存。";
        return RedirectToPage("/Department/Calls/Details", new { id });
    }
}
