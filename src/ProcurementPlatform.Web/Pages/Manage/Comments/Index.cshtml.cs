using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Portal.Comments;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Manage.Comments;

/// <summary>留言管理: the department approves or declines held comments and replies; the organisation replies.</summary>
public sealed class IndexModel : PlatformPageModel
{
    public CommentDesk Desk { get; private set; } = null!;

    [BindProperty] public RejectCommentCommand Reject { get; set; } = new();
    [BindProperty] public ReplyToCommentCommand Reply { get; set; } = new();

    /// <summary>The comment whose form was refused, so its errors show beside it.</summary>
    public Guid? FailedFor { get; private set; }

    public async Task OnGetAsync(CommentStatus? status, int p = 1) => Desk = await Mediator.Send(new ListCommentDeskQuery(status, p));

    public async Task<IActionResult> OnPostApproveAsync(Guid commentId, CommentStatus? status, int p = 1)
    {
        var (ok, _) = await TrySendAsync(new ApproveCommentCommand(commentId));
        if (!ok) return await ReloadAsync(commentId, status, p);
        StatusMessage = "留言已审核通过并公开。";
        return RedirectToPage(new { status, p });
    }

    public async Task<IActionResult> OnPostRejectAsync(CommentStatus? status, int p = 1)
    {
        var (ok, _) = await TrySendAsync(Reject, nameof(Reject));
        if (!ok) return await ReloadAsync(Reject.CommentId, status, p);
        StatusMessage = "已不予发布，理由已记录。";
        return RedirectToPage(new { status, p });
    }

    public async Task<IActionResult> OnPostReplyAsync(CommentStatus? status, int p = 1)
    {
        var (ok, _) = await TrySendAsync(Reply, nameof(Reply));
        if (!ok) return await ReloadAsync(Reply.CommentId, status, p);
        StatusMessage = "回复已公开。";
        return RedirectToPage(new { status, p });
    }

    private async Task<IActionResult> ReloadAsync(Guid commentId, CommentStatus? status, int p)
    {
        FailedFor = commentId;
        Desk = await Mediator.Send(new ListCommentDeskQuery(status, p));
        return Page();
    }
}
