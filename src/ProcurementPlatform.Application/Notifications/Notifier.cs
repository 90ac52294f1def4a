using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Notifications;

namespace ProcurementPlatform.Application.Notifications;

/// <summary>Settings for what notifications say (section "Notifications").</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>The platform's public address, for links in e-mails (e.g. https://sw.guandu.gov.cn).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5128";

    public string Link(string path) => PublicBaseUrl.TrimEnd('/') + path;
}

/// <summary>A notification to raise for one user; <see cref="Key"/> makes it once-only.</summary>
public sealed record NotificationDraft(string UserId, string? Email, NotificationKind Kind, string Title, string Body, string Link, string Key);

/// <summary>
/// Raises notifications: each key once (already-used keys are skipped; the unique index settles a race), into the inbox,
/// and by e-mail through the outbox unless the user chose inbox-only for that kind. Adds to the unit of work; the caller's
/// transaction commits both the notification and its mail, or neither.
/// </summary>
public sealed class Notifier(IApplicationDbContext db, TimeProvider clock, IOptions<NotificationOptions> options)
{
    public const string SubjectPrefix = "【官渡区社工服务平台】";

    public async Task<int> RaiseAsync(IReadOnlyCollection<NotificationDraft> drafts, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = drafts.Select(d => d.Key).Distinct().ToList();
        var used = (await db.Notifications.Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(cancellationToken)).ToHashSet();
        var users = drafts.Select(d => d.UserId).Distinct().ToList();
        var inboxOnly = (await db.NotificationPreferences.Where(p => users.Contains(p.UserId) && !p.ByEmail).Select(p => new { p.UserId, p.Kind }).ToListAsync(cancellationToken))
            .Select(p => (p.UserId, p.Kind)).ToHashSet();
        var raised = 0;
        foreach (var draft in drafts.Where(d => used.Add(d.Key)))
        {
            var notification = new Notification(draft.UserId, draft.Kind, draft.Title, draft.Body, draft.Link, draft.Key, now);
            db.Notifications.Add(notification);
            if (!string.IsNullOrWhiteSpace(draft.Email) && !inboxOnly.Contains((draft.UserId, draft.Kind)))
                db.OutboxMails.Add(new OutboxMail(draft.Email, SubjectPrefix + draft.Title, MailBody(draft), now, notification.Id));
            raised++;
        }
        return raised;
    }

    private string MailBody(NotificationDraft draft) =>
        $"{draft.Body}\n\n查看详情：{options.Value.Link(draft.Link)}\n\n" +
        $"本邮件由系统自动发送，请勿直接回复。登录平台后可在“消息提醒 → 提醒设置”中选择哪些提醒通过邮件接收。";
}
