using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Portal;

public enum CommentStatus
{
    /// <summary>先审后发: held until the project's department approves it.</summary>
    Pending = 0,
    Published = 1,
    Rejected = 2,
}

public enum CommentReplyAuthor
{
    Department = 0,
    Organization = 1,
}

/// <summary>
/// 项目留言: a member of the public comments on a project. The contact (phone or e-mail) is for the platform only and is
/// never shown; the nickname and the masked text are published once the project's department approves (先审后发).
/// The department or the organisation may then reply publicly.
/// </summary>
public class ProjectComment : AggregateRoot, IPublicRecord
{
    public const int MaxTextLength = 1000;
    public const int MaxNicknameLength = 20;
    public const int MaxContactLength = 100;
    public const int MaxReasonLength = 500;

    private readonly List<CommentReply> _replies = [];

    private ProjectComment() { }

    public static ProjectComment Submit(Guid projectId, string nickname, string contact, string text, DateTime nowUtc)
    {
        nickname = (nickname ?? "").Trim();
        contact = (contact ?? "").Trim();
        text = (text ?? "").Trim();
        if (nickname.Length == 0) throw new DomainException("请填写公开显示的昵称。");
        if (nickname.Length > MaxNicknameLength) throw new DomainException($"昵称不能超过{MaxNicknameLength}个字。");
        if (contact.Length == 0) throw new DomainException("请留下手机号或电子邮箱（仅供平台联系，不公开）。");
        if (contact.Length > MaxContactLength) throw new DomainException($"联系方式不能超过{MaxContactLength}个字符。");
        if (text.Length == 0) throw new DomainException("请填写留言内容。");
        if (text.Length > MaxTextLength) throw new DomainException($"留言不能超过{MaxTextLength}个字。");
        return new ProjectComment
        {
            ProjectId = projectId,
            Nickname = PersonalDataMask.Mask(nickname),
            Contact = contact,
            Text = text,
            PublicText = PersonalDataMask.Mask(text),
            Status = CommentStatus.Pending,
            SubmittedAt = nowUtc,
        };
    }

    public Guid ProjectId { get; private set; }
    public string Nickname { get; private set; } = "";

    /// <summary>Phone or e-mail, for the department only; never published.</summary>
    public string Contact { get; private set; } = "";

    /// <summary>What was written, kept for the moderator.</summary>
    public string Text { get; private set; } = "";

    /// <summary>What the public reads: <see cref="Text"/> with phones masked and ID numbers removed.</summary>
    public string PublicText { get; private set; } = "";

    public CommentStatus Status { get; private set; }

    /// <summary>Only a published comment (and its replies) is on a public page; a held or declined one is not.</summary>
    public bool IsPublic => Status == CommentStatus.Published;

    public DateTime SubmittedAt { get; private set; }
    public DateTime? ModeratedAt { get; private set; }
    public string? ModeratedBy { get; private set; }
    public string? RejectionReason { get; private set; }
    public IReadOnlyList<CommentReply> Replies => _replies;

    public void Approve(string moderatedBy, DateTime nowUtc)
    {
        if (Status != CommentStatus.Pending) throw new DomainException($"该留言已审核（{Status.ToChinese()}），不能重复审核。");
        Status = CommentStatus.Published;
        ModeratedAt = nowUtc;
        ModeratedBy = moderatedBy;
    }

    public void Reject(string reason, string moderatedBy, DateTime nowUtc)
    {
        if (Status != CommentStatus.Pending) throw new DomainException($"该留言已审核（{Status.ToChinese()}），不能重复审核。");
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new DomainException("请填写不予发布的理由。");
        if (reason.Length > MaxReasonLength) throw new DomainException($"理由不能超过{MaxReasonLength}个字。");
        Status = CommentStatus.Rejected;
        ModeratedAt = nowUtc;
        ModeratedBy = moderatedBy;
        RejectionReason = reason;
    }

    public CommentReply Reply(CommentReplyAuthor author, string authorName, string text, string repliedBy, DateTime nowUtc)
    {
        if (Status != CommentStatus.Published) throw new DomainException("只能回复已发布的留言。");
        if (_replies.Any(r => r.Author == author))
            throw new DomainException(author == CommentReplyAuthor.Department ? "本部门已回复过该留言。" : "本单位已回复过该留言。");
        var reply = new CommentReply(author, authorName, text, repliedBy, nowUtc);
        _replies.Add(reply);
        return reply;
    }
}

/// <summary>A public reply to a comment by the project's department or its organisation (one each).</summary>
public class CommentReply
{
    public const int MaxTextLength = 1000;

    private CommentReply() { }

    internal CommentReply(CommentReplyAuthor author, string authorName, string text, string repliedBy, DateTime nowUtc)
    {
        text = (text ?? "").Trim();
        if (text.Length == 0) throw new DomainException("请填写回复内容。");
        if (text.Length > MaxTextLength) throw new DomainException($"回复不能超过{MaxTextLength}个字。");
        Author = author;
        AuthorName = authorName;
        Text = PersonalDataMask.Mask(text);
        RepliedBy = repliedBy;
        RepliedAt = nowUtc;
    }

    public int Id { get; private set; }
    public CommentReplyAuthor Author { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string RepliedBy { get; private set; } = "";
    public DateTime RepliedAt { get; private set; }
}

public static class CommentStatusText
{
    public static string ToChinese(this CommentStatus status) => status switch
    {
        CommentStatus.Pending => "待审核",
        CommentStatus.Published => "已发布",
        CommentStatus.Rejected => "不予发布",
        _ => status.ToString(),
    };
}
