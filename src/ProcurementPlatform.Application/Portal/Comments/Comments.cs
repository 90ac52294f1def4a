using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Portal.Comments;

/// <summary>
/// 项目留言: anyone comments on a signed project. The comment is held for the project's department (先审后发), whose
/// officers are told in their inbox; the contact is kept for the department and never published.
/// </summary>
public sealed class SubmitCommentCommand : ICommand<Guid>
{
    public Guid ProjectId { get; set; }
    public string? Nickname { get; set; }
    public string? Contact { get; set; }
    public string? Text { get; set; }
}

public sealed partial class SubmitCommentCommandValidator : AbstractValidator<SubmitCommentCommand>
{
    public SubmitCommentCommandValidator()
    {
        RuleFor(x => x.Nickname).NotEmpty().WithMessage("请填写公开显示的昵称。")
            .MaximumLength(ProjectComment.MaxNicknameLength).WithMessage($"昵称不能超过{ProjectComment.MaxNicknameLength}个字。");
        RuleFor(x => x.Contact).NotEmpty().WithMessage("请留下手机号码或电子邮箱（仅供平台联系，不会公开）。")
            .Must(c => c is null || ContactPattern().IsMatch(c.Trim())).WithMessage("请填写有效的手机号码或电子邮箱。")
            .MaximumLength(ProjectComment.MaxContactLength).WithMessage($"联系方式不能超过{ProjectComment.MaxContactLength}个字符。");
        RuleFor(x => x.Text).NotEmpty().WithMessage("请填写留言内容。")
            .MaximumLength(ProjectComment.MaxTextLength).WithMessage($"留言不能超过{ProjectComment.MaxTextLength}个字。");
    }

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|[^@\s]+@[^@\s]+\.[^@\s]+)$")]
    private static partial Regex ContactPattern();
}

public sealed class SubmitCommentCommandHandler(IApplicationDbContext db, IIdentityService identity, Notifier notifier, TimeProvider clock)
    : ICommandHandler<SubmitCommentCommand, Guid>
{
    public async ValueTask<Guid> Handle(SubmitCommentCommand command, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == command.ProjectId && p.SignedAt != null)
            .Select(p => new { p.Id, p.Title, p.DepartmentId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("未找到该项目，或其合同尚未签订公开。");
        var comment = ProjectComment.Submit(project.Id, command.Nickname!, command.Contact!, command.Text!, clock.GetUtcNow().UtcDateTime);
        db.ProjectComments.Add(comment);

        var officers = (await identity.ListUsersAsync(cancellationToken))
            .Where(u => !u.LockedOut && u.DepartmentId == project.DepartmentId && u.Roles.Contains(Roles.DepartmentOfficer));
        await notifier.RaiseAsync(officers.Select(u => new NotificationDraft(u.Id, u.Email, NotificationKind.CommentWaiting,
            $"项目留言待审核：{project.Title}", $"公众对“{project.Title}”提交了一条留言，审核通过后才会公开。", "/manage/comments",
            $"comment:{comment.Id}:{u.Id}")).ToList(), cancellationToken);
        return comment.Id;
    }
}

/// <summary>The project's department publishes a held comment; the organisation running the project is told, so it may reply.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record ApproveCommentCommand(Guid CommentId) : ICommand<Guid>;

public sealed class ApproveCommentCommandHandler(IApplicationDbContext db, ICurrentUser user, IIdentityService identity, Notifier notifier, TimeProvider clock)
    : ICommandHandler<ApproveCommentCommand, Guid>
{
    public async ValueTask<Guid> Handle(ApproveCommentCommand command, CancellationToken cancellationToken)
    {
        var comment = await db.LoadDepartmentCommentAsync(user, command.CommentId, cancellationToken);
        comment.Approve(user.UserName, clock.GetUtcNow().UtcDateTime);

        var project = await db.Projects.AsNoTracking().Where(p => p.Id == comment.ProjectId).Select(p => new { p.Title, p.OrganizationId }).FirstAsync(cancellationToken);
        var staff = (await identity.ListUsersAsync(cancellationToken))
            .Where(u => !u.LockedOut && u.OrganizationId == project.OrganizationId && u.Roles.Contains(Roles.OrganizationUser));
        await notifier.RaiseAsync(staff.Select(u => new NotificationDraft(u.Id, u.Email, NotificationKind.CommentPublished,
            $"项目有新留言：{project.Title}", $"公众对贵单位承接的“{project.Title}”的留言已公开，可在“项目留言”中公开回复。", "/manage/comments",
            $"comment-published:{comment.Id}:{u.Id}")).ToList(), cancellationToken);
        return comment.Id;
    }
}

/// <summary>The project's department declines to publish a comment, with a reason kept on record.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class RejectCommentCommand : ICommand<Guid>
{
    public Guid CommentId { get; set; }
    public string? Reason { get; set; }
}

public sealed class RejectCommentCommandValidator : AbstractValidator<RejectCommentCommand>
{
    public RejectCommentCommandValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写不予发布的理由（如含人身攻击、广告、与项目无关）。")
            .MaximumLength(ProjectComment.MaxReasonLength).WithMessage($"理由不能超过{ProjectComment.MaxReasonLength}个字。");
}

public sealed class RejectCommentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RejectCommentCommand, Guid>
{
    public async ValueTask<Guid> Handle(RejectCommentCommand command, CancellationToken cancellationToken)
    {
        var comment = await db.LoadDepartmentCommentAsync(user, command.CommentId, cancellationToken);
        comment.Reject(command.Reason!, user.UserName, clock.GetUtcNow().UtcDateTime);
        return comment.Id;
    }
}

/// <summary>The project's department or its organisation replies publicly to a published comment (once each).</summary>
[Authorize(Roles.DepartmentOfficer, Roles.OrganizationUser)]
public sealed class ReplyToCommentCommand : ICommand<Guid>
{
    public Guid CommentId { get; set; }
    public string? Text { get; set; }
}

public sealed class ReplyToCommentCommandValidator : AbstractValidator<ReplyToCommentCommand>
{
    public ReplyToCommentCommandValidator() =>
        RuleFor(x => x.Text).NotEmpty().WithMessage("请填写回复内容（将公开）。")
            .MaximumLength(CommentReply.MaxTextLength).WithMessage($"回复不能超过{CommentReply.MaxTextLength}个字。");
}

public sealed class ReplyToCommentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReplyToCommentCommand, Guid>
{
    public async ValueTask<Guid> Handle(ReplyToCommentCommand command, CancellationToken cancellationToken)
    {
        var found = await (from c in db.ProjectComments
                           join p in db.Projects on c.ProjectId equals p.Id
                           where c.Id == command.CommentId
                           select new { Comment = c, p.DepartmentId, p.OrganizationId }).FirstOrDefaultAsync(cancellationToken);
        var asDepartment = found is not null && user.IsInRole(Roles.DepartmentOfficer) && user.DepartmentId == found.DepartmentId;
        var asOrganization = found is not null && user.IsInRole(Roles.OrganizationUser) && user.OrganizationId == found.OrganizationId;
        if (found is null || !(asDepartment || asOrganization)) throw new NotFoundException("未找到该留言，或它不属于您单位的项目。");

        var author = asDepartment ? CommentReplyAuthor.Department : CommentReplyAuthor.Organization;
        var name = asDepartment
            ? await db.Departments.Where(d => d.Id == found.DepartmentId).Select(d => d.Name).FirstAsync(cancellationToken)
            : await db.Organizations.Where(o => o.Id == found.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        found.Comment.Reply(author, name, command.Text!, user.UserName, clock.GetUtcNow().UtcDateTime);
        return found.Comment.Id;
    }
}

public sealed record PublicComment(Guid Id, string Nickname, string Text, DateTime PublishedAt, IReadOnlyList<PublicCommentReply> Replies);

public sealed record PublicCommentReply(CommentReplyAuthor Author, string AuthorName, string Text, DateTime RepliedAt);

public sealed record CommentDeskItem(Guid Id, Guid ProjectId, string ProjectTitle, string Nickname, string? Contact, string Text, string PublicText,
    CommentStatus Status, DateTime SubmittedAt, DateTime? ModeratedAt, string? RejectionReason, IReadOnlyList<PublicCommentReply> Replies,
    bool CanModerate, bool CanReply);

public sealed record CommentDesk(IReadOnlyList<CommentDeskItem> Items, int Pending, int Total, int Page, int PageSize, CommentStatus? Status);

/// <summary>
/// 留言管理: a department officer sees the comments on the department's projects (the pending first, with the contact);
/// an organisation user sees the published comments on its own projects, to reply to.
/// </summary>
[Authorize(Roles.DepartmentOfficer, Roles.OrganizationUser)]
public sealed record ListCommentDeskQuery(CommentStatus? Status = null, int Page = 1) : IQuery<CommentDesk>
{
    public const int PageSize = 20;
}

public sealed class ListCommentDeskQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListCommentDeskQuery, CommentDesk>
{
    public async ValueTask<CommentDesk> Handle(ListCommentDeskQuery query, CancellationToken cancellationToken)
    {
        var isDepartment = user.IsInRole(Roles.DepartmentOfficer) && user.DepartmentId is not null;
        var mine = from c in db.ProjectComments.AsNoTracking()
                   join p in db.Projects on c.ProjectId equals p.Id
                   where isDepartment ? p.DepartmentId == user.DepartmentId : p.OrganizationId == user.OrganizationId && c.Status == CommentStatus.Published
                   select new { c, p.Title };
        var pending = isDepartment ? await mine.CountAsync(x => x.c.Status == CommentStatus.Pending, cancellationToken) : 0;
        var filtered = query.Status is { } status ? mine.Where(x => x.c.Status == status) : mine;
        var total = await filtered.CountAsync(cancellationToken);
        var page = Math.Max(1, query.Page);
        var rows = await filtered.OrderBy(x => x.c.Status == CommentStatus.Pending ? 0 : 1).ThenByDescending(x => x.c.SubmittedAt)
            .Skip((page - 1) * ListCommentDeskQuery.PageSize).Take(ListCommentDeskQuery.PageSize).ToListAsync(cancellationToken);
        var replyAuthor = isDepartment ? CommentReplyAuthor.Department : CommentReplyAuthor.Organization;
        var items = rows.Select(x => new CommentDeskItem(x.c.Id, x.c.ProjectId, x.Title, x.c.Nickname, isDepartment ? x.c.Contact : null,
            isDepartment ? x.c.Text : x.c.PublicText, x.c.PublicText, x.c.Status, x.c.SubmittedAt, x.c.ModeratedAt, isDepartment ? x.c.RejectionReason : null,
            x.c.Replies.OrderBy(r => r.RepliedAt).Select(r => new PublicCommentReply(r.Author, r.AuthorName, r.Text, r.RepliedAt)).ToList(),
            isDepartment && x.c.Status == CommentStatus.Pending,
            x.c.Status == CommentStatus.Published && x.c.Replies.All(r => r.Author != replyAuthor))).ToList();
        return new CommentDesk(items, pending, total, page, ListCommentDeskQuery.PageSize, query.Status);
    }
}

public static class CommentQueries
{
    /// <summary>A project's published comments with their replies, oldest first — what the public reads.</summary>
    public static async Task<IReadOnlyList<PublicComment>> PublishedCommentsAsync(this IApplicationDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var comments = await db.ProjectComments.AsNoTracking()
            .Where(c => c.ProjectId == projectId && c.Status == CommentStatus.Published)
            .OrderBy(c => c.ModeratedAt).ToListAsync(cancellationToken);
        return comments.Select(c => new PublicComment(c.Id, c.Nickname, c.PublicText, c.ModeratedAt!.Value,
            c.Replies.OrderBy(r => r.RepliedAt).Select(r => new PublicCommentReply(r.Author, r.AuthorName, r.Text, r.RepliedAt)).ToList())).ToList();
    }

    internal static async Task<ProjectComment> LoadDepartmentCommentAsync(this IApplicationDbContext db, ICurrentUser user, Guid commentId, CancellationToken cancellationToken) =>
        await (from c in db.ProjectComments
               join p in db.Projects on c.ProjectId equals p.Id
               where c.Id == commentId && p.DepartmentId == user.DepartmentId
               select c).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("未找到该留言，或它不属于您所在部门的项目。");
}
