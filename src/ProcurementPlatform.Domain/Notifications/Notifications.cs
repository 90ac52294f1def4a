using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Notifications;

/// <summary>What a notification is about; users choose per kind whether it also comes by e-mail.</summary>
public enum NotificationKind
{
    CallClosing = 1,
    PublicityEnding = 2,
    ObjectionWaiting = 3,
    ContractUnsigned = 4,
    ReportDue = 5,
    ReportOverdue = 6,
    EvaluationDue = 7,
    EvaluationOverdue = 8,
    CommentWaiting = 9,
    CommentPublished = 10,
}

public static class NotificationText
{
    public static string ToChinese(this NotificationKind kind) => kind switch
    {
        NotificationKind.CallClosing => "申报截止提醒",
        NotificationKind.PublicityEnding => "公示期即将结束",
        NotificationKind.ObjectionWaiting => "异议待答复",
        NotificationKind.ContractUnsigned => "合同未签订",
        NotificationKind.ReportDue => "进度报告即将到期",
        NotificationKind.ReportOverdue => "进度报告逾期",
        NotificationKind.EvaluationDue => "评估即将到期",
        NotificationKind.EvaluationOverdue => "评估逾期",
        NotificationKind.CommentWaiting => "项目留言待审核",
        NotificationKind.CommentPublished => "项目有新留言",
        _ => kind.ToString(),
    };

    /// <summary>Who a kind of notification goes to, for the preferences page.</summary>
    public static string Audience(this NotificationKind kind) => kind switch
    {
        NotificationKind.CallClosing => "社会组织：有未提交草稿的征集截止前 3 天、1 天",
        NotificationKind.PublicityEnding => "部门：公示期结束前 1 个工作日",
        NotificationKind.ObjectionWaiting => "部门：异议提交满 5 个工作日仍未答复",
        NotificationKind.ContractUnsigned => "部门和社会组织：立项满 20 天仍未签订合同",
        NotificationKind.ReportDue => "社会组织：报告截止前 7 天、1 天",
        NotificationKind.ReportOverdue => "社会组织：逾期后每天一次（最多 7 天），之后告知部门",
        NotificationKind.EvaluationDue => "评估机构：评估截止前 7 天",
        NotificationKind.EvaluationOverdue => "部门：评估逾期未完成",
        NotificationKind.CommentWaiting => "部门：公众对本部门项目提交留言，待审核后公开",
        NotificationKind.CommentPublished => "社会组织：本单位项目的留言审核公开后，可公开回复",
        _ => "",
    };
}

/// <summary>
/// 站内通知: one message to one user. <see cref="Key"/> names the recipient, the rule, the subject and the occurrence
/// (e.g. "report-due:7d:{reportPeriod}:{user}") and is unique in the database: that is what makes a reminder go out at
/// most once, however often, concurrently or after a crash the job that raises it runs.
/// </summary>
public class Notification : Entity
{
    public const int MaxKeyLength = 200;

    private Notification() { }

    public Notification(string recipientUserId, NotificationKind kind, string title, string body, string link, string key, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(recipientUserId)) throw new ArgumentException("recipient", nameof(recipientUserId));
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength) throw new ArgumentException("key", nameof(key));
        RecipientUserId = recipientUserId;
        Kind = kind;
        Title = title;
        Body = body;
        Link = link;
        Key = key;
        CreatedAt = nowUtc;
    }

    public string RecipientUserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";

    /// <summary>A path inside the platform (e.g. /reports/…), where the thing the notification is about is.</summary>
    public string Link { get; private set; } = "";
    public string Key { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAt ??= nowUtc;
}

public enum OutboxMailStatus
{
    Pending = 0,
    Sent = 1,
}

/// <summary>
/// An e-mail waiting to be sent: written in the same transaction as what it announces and sent afterwards by the outbox
/// job, so a rolled-back change sends nothing and a failed send is retried (with a growing delay) instead of lost.
/// A <see cref="Key"/>, when given, is unique: public alert mails use it to go out once per subscriber and call.
/// </summary>
public class OutboxMail : Entity
{
    public const int MaxErrorLength = 1000;

    private OutboxMail() { }

    public OutboxMail(string to, string subject, string body, DateTime nowUtc, Guid? notificationId = null, string? key = null)
    {
        if (string.IsNullOrWhiteSpace(to)) throw new ArgumentException("recipient address", nameof(to));
        To = to.Trim();
        Subject = subject;
        Body = body;
        CreatedAt = nowUtc;
        NextAttemptAt = nowUtc;
        NotificationId = notificationId;
        Key = key;
        Status = OutboxMailStatus.Pending;
    }

    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public Guid? NotificationId { get; private set; }
    public string? Key { get; private set; }
    public OutboxMailStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }

    /// <summary>Set while one sender works on the mail, so two outbox runs at once do not both send it.</summary>
    public DateTime? ClaimedUntil { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTime nowUtc)
    {
        Attempts++;
        Status = OutboxMailStatus.Sent;
        SentAt = nowUtc;
        ClaimedUntil = null;
        LastError = null;
    }

    /// <summary>A failed attempt: kept and retried after 1, 2, 4 … minutes, at most six hours apart.</summary>
    public void RecordFailure(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        NextAttemptAt = nowUtc + RetryDelay(Attempts);
        ClaimedUntil = null;
    }

    public static TimeSpan RetryDelay(int attempts) => TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, Math.Max(0, attempts - 1))));
}

/// <summary>A user's choice for one kind: inbox only, or inbox and e-mail (the default when no choice is stored).</summary>
public class NotificationPreference
{
    private NotificationPreference() { }

    public NotificationPreference(string userId, NotificationKind kind, bool byEmail)
    {
        UserId = userId;
        Kind = kind;
        ByEmail = byEmail;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public bool ByEmail { get; set; }
}
