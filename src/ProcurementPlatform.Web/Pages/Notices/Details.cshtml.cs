using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Notices;

[EnableRateLimiting(RateLimits.Objections)]
public sealed class DetailsModel : PlatformPageModel
{
    public NoticeView Notice { get; private set; } = null!;

    [BindProperty] public FileObjectionCommand Objection { get; set; } = new();
    [BindProperty] public AnswerObjectionCommand Answer { get; set; } = new();
    [BindProperty] public IFormFile? ObjectionAttachment { get; set; }

    public async Task OnGetAsync(Guid id) => Notice = await Mediator.Send(new GetNoticeQuery(id));

    public async Task<IActionResult> OnPostObjectAsync(Guid id)
    {
        Objection.NoticeId = id;
        Objection.Attachment = (await ReadUploadsAsync(ObjectionAttachment is null ? [] : [ObjectionAttachment], HttpContext.RequestAborted)).FirstOrDefault();
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Objection, nameof(Objection));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "异议已提交。购买主体将在规定时间内答复，答复结果在本页公开（不公开您的联系方式）。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id)
    {
        var (ok, _) = await TrySendAsync(Answer, nameof(Answer));
        if (!ok) return await ReloadAsync(id);
        StatusMessage = "答复已发布。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid objectionId)
    {
        var file = await Mediator.Send(new GetObjectionAttachmentQuery(objectionId));
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> ReloadAsync(Guid id)
    {
        Notice = await Mediator.Send(new GetNoticeQuery(id));
        return Page();
    }
}
