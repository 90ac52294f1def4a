using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Notifications;

namespace ProcurementPlatform.Application.Notifications;

public sealed record InboxItem(Guid Id, NotificationKind Kind, string Title, string Body, string Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>站内消息: the signed-in user's own notifications, newest first; nobody reads another's.</summary>
[Authorize]
public sealed record ListMyNotificationsQuery(bool UnreadOnly = false, int Page = 1) : IQuery<PagedList<InboxItem>>
{
    public const int PageSize = 20;
}

public sealed class ListMyNotificationsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListMyNotificationsQuery, PagedList<InboxItem>>
{
    public async ValueTask<PagedList<InboxItem>> Handle(ListMyNotificationsQuery query, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == user.UserId);
        if (query.UnreadOnly) mine = mine.Where(n => n.ReadAt == null);
        var total = await mine.CountAsync(cancellationToken);
        var page = Math.Max(1, query.Page);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Skip((page - 1) * ListMyNotificationsQuery.PageSize).Take(ListMyNotificationsQuery.PageSize)
            .Select(n => new InboxItem(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken);
        return new PagedList<InboxItem>(items, page, ListMyNotificationsQuery.PageSize, total);
    }
}

/// <summary>The number shown next to 消息提醒 in the header.</summary>
[Authorize]
public sealed record UnreadNotificationCountQuery : IQuery<int>;

public sealed class UnreadNotificationCountQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<UnreadNotificationCountQuery, int>
{
    public async ValueTask<int> Handle(UnreadNotificationCountQuery query, CancellationToken cancellationToken) =>
        await db.Notifications.CountAsync(n => n.RecipientUserId == user.UserId && n.ReadAt == null, cancellationToken);
}

/// <summary>Marks one of the user's notifications read (another user's is not found).</summary>
[Authorize]
public sealed record MarkNotificationReadCommand(Guid NotificationId) : ICommand<Guid>;

public sealed class MarkNotificationReadCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkNotificationReadCommand, Guid>
{
    public async ValueTask<Guid> Handle(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var notification = await db.LoadOwnNotificationAsync(user, command.NotificationId, cancellationToken);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        return notification.Id;
    }
}

/// <summary>Opens a notification: marked read, and the path of the thing it is about (only ever a path inside the platform).</summary>
[Authorize]
public sealed record OpenNotificationCommand(Guid NotificationId) : ICommand<string>;

public sealed class OpenNotificationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<OpenNotificationCommand, string>
{
    public async ValueTask<string> Handle(OpenNotificationCommand command, CancellationToken cancellationToken)
    {
        var notification = await db.LoadOwnNotificationAsync(user, command.NotificationId, cancellationToken);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        var link = notification.Link;
        // A local path only: never "//host" or "/\host", which browsers treat as another site.
        return link.StartsWith('/') && !link.StartsWith("//") && !link.StartsWith("/\\") ? link : "/inbox";
    }
}

[Authorize]
public sealed record MarkAllNotificationsReadCommand : ICommand<int>;

public sealed class MarkAllNotificationsReadCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkAllNotificationsReadCommand, int>
{
    public async ValueTask<int> Handle(MarkAllNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Notifications.Where(n => n.RecipientUserId == user.UserId && n.ReadAt == null).ToListAsync(cancellationToken);
        foreach (var n in unread) n.MarkRead(now);
        return unread.Count;
    }
}

public sealed record NotificationPreferenceRow(NotificationKind Kind, string Name, string Audience, bool ByEmail);

/// <summary>Every kind with the user's choice (e-mail on unless turned off).</summary>
[Authorize]
public sealed record GetMyNotificationPreferencesQuery : IQuery<IReadOnlyList<NotificationPreferenceRow>>;

public sealed class GetMyNotificationPreferencesQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyNotificationPreferencesQuery, IReadOnlyList<NotificationPreferenceRow>>
{
    public async ValueTask<IReadOnlyList<NotificationPreferenceRow>> Handle(GetMyNotificationPreferencesQuery query, CancellationToken cancellationToken)
    {
        var off = (await db.NotificationPreferences.Where(p => p.UserId == user.UserId && !p.ByEmail).Select(p => p.Kind).ToListAsync(cancellationToken)).ToHashSet();
        return Enum.GetValues<NotificationKind>().Select(k => new NotificationPreferenceRow(k, k.ToChinese(), k.Audience(), !off.Contains(k))).ToList();
    }
}

/// <summary>Saves which kinds come by e-mail; the others come to the inbox only.</summary>
[Authorize]
public sealed class SaveMyNotificationPreferencesCommand : ICommand<int>
{
    public List<NotificationKind> ByEmail { get; set; } = [];
}

public sealed class SaveMyNotificationPreferencesCommandHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<SaveMyNotificationPreferencesCommand, int>
{
    public async ValueTask<int> Handle(SaveMyNotificationPreferencesCommand command, CancellationToken cancellationToken)
    {
        var userId = user.UserId!;
        var rows = await db.NotificationPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var byEmail = command.ByEmail.Contains(kind);
            if (rows.TryGetValue(kind, out var row)) row.ByEmail = byEmail;
            else db.NotificationPreferences.Add(new NotificationPreference(userId, kind, byEmail));
        }
        return command.ByEmail.Distinct().Count(k => Enum.IsDefined(k));
    }
}

internal static class InboxAccess
{
    public static async Task<Notification> LoadOwnNotificationAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientUserId == user.UserId, ct)
        ?? throw new NotFoundException("未找到该消息。");
}
