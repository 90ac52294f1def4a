using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Credit;

/// <summary>
/// One red/black list entry (/credit/{id}): public once published; the deciding department confirms or rejects a
/// proposal and answers appeals and repair applications; the organisation files them; evidence for those privileged.
/// </summary>
public sealed class DetailsModel : PlatformPageModel
{
    public CreditEntryView Entry { get; private set; } = null!;

    [BindProperty] public RejectCreditEntryCommand Reject { get; set; } = new();
    [BindProperty] public AnswerCreditRequestCommand Answer { get; set; } = new();

    /// <summary>Posted as <c>Request.*</c> (the property cannot be called Request: PageModel.Request is the HTTP request).</summary>
    [BindProperty(Name = "Request")] public FileCreditRequestCommand Filing { get; set; } = new();
    [BindProperty] public List<IFormFile> RequestFiles { get; set; } = [];

    /// <summary>Which form a refused post came from, so its errors and input show there.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>Today in China, for the credit-repair date.</summary>
    public DateOnly Today => ChinaTime.TodayCst(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostConfirmAsync(Guid id)
    {
        if (SignInFirst(id) is { } login) return login;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(new ConfirmCreditEntryCommand(id), "Confirm");
        if (!ok) return await FailAsync(id, "Confirm");
        StatusMessage = "已确认公布，该单位已列入名单并向社会公开。";
        return Redirect($"/credit/{id}");
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id)
    {
        if (SignInFirst(id) is { } login) return login;
        Reject.EntryId = id;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Reject, nameof(Reject));
        if (!ok) return await FailAsync(id, "Reject");
        StatusMessage = "已决定不予列入，理由已记录。";
        return Redirect($"/credit/{id}");
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id)
    {
        if (SignInFirst(id) is { } login) return login;
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Answer, nameof(Answer));
        if (!ok) return await FailAsync(id, "Answer");
        StatusMessage = Answer.Upheld ? "已同意申请，该单位已移出名单（记录保留在历史记录中）。" : "已答复：不予同意。";
        return Redirect($"/credit/{id}");
    }

    public async Task<IActionResult> OnPostRequestAsync(Guid id)
    {
        if (SignInFirst(id) is { } login) return login;
        Filing.EntryId = id;
        Filing.Evidence = await ReadUploadsAsync(RequestFiles, HttpContext.RequestAborted);
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Filing, "Request");
        if (!ok) return await FailAsync(id, "Request");
        StatusMessage = Filing.Kind == CreditRequestKind.Appeal
            ? "异议已提交，认定部门将在规定期限内答复，结果在本页显示。"
            : "信用修复申请已提交，认定部门将在规定期限内答复，结果在本页显示。";
        return Redirect($"/credit/{id}#requests");
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId)
    {
        var file = await Mediator.Send(new GetCreditFileQuery(id, fileId));
        return File(file.Content, file.ContentType, file.FileName);
    }

    private IActionResult? SignInFirst(Guid id) => User.Identity?.IsAuthenticated == true
        ? null
        : Redirect("/Identity/Account/Login?ReturnUrl=" + Uri.EscapeDataString($"/credit/{id}"));

    private async Task<IActionResult> FailAsync(Guid id, string form)
    {
        FailedForm = form;
        await LoadAsync(id);
        return Page();
    }

    private async Task LoadAsync(Guid id) => Entry = await Mediator.Send(new GetCreditEntryQuery(id));
}
