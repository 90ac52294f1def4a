using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ProcurementPlatform.Application.Portal.Comments;
using ProcurementPlatform.Application.Projects;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Projects;

/// <summary>
/// 我要留言: the comment form has a page of its own, so the project's public record carries no per-visitor form token
/// and can be cached for everyone.
/// </summary>
[EnableRateLimiting(RateLimits.Comments)]
public sealed class CommentModel : PlatformPageModel
{
    public PublicProject Project { get; private set; } = null!;

    [BindProperty] public SubmitCommentCommand Comment { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task OnGetAsync(Guid id, bool sent = false)
    {
        Project = await Mediator.Send(new GetPublicProjectQuery(id));
        Sent = sent;
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Comment.ProjectId = id;
        var (ok, _) = await TrySendAsync(Comment, nameof(Comment));
        if (!ok)
        {
            Project = await Mediator.Send(new GetPublicProjectQuery(id));
            return Page();
        }
        return RedirectToPage(new { id, sent = true });
    }
}
