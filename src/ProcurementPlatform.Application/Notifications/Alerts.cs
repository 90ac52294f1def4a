using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Events;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Notifications;

/// <summary>What a subscription asks for, in words (empty lists mean "any"). The id is for the audit trail; pages never show it.</summary>
public sealed record AlertSubscriptionView(Guid Id, string MaskedEmail, IReadOnlyList<string> Fields, IReadOnlyList<string> Departments, bool Confirmed, bool Unsubscribed)
{
    public string FieldsText => Fields.Count == 0 ? "不限" : string.Join("、", Fields);
    public string DepartmentsText => Departments.Count == 0 ? "不限" : string.Join("、", Departments);
}

public sealed record AlertDepartmentOption(Guid Id, string Name);

public sealed record AlertFormView(IReadOnlyList<ServiceField> Fields, IReadOnlyList<AlertDepartmentOption> Departments);

/// <summary>The choices offered on the public subscription form.</summary>
public sealed record GetAlertFormQuery : IQuery<AlertFormView>;

public sealed class GetAlertFormQueryHandler(IApplicationDbContext db) : IQueryHandler<GetAlertFormQuery, AlertFormView>
{
    public async ValueTask<AlertFormView> Handle(GetAlertFormQuery query, CancellationToken cancellationToken) => new(
        Enum.GetValues<ServiceField>(),
        await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new AlertDepartmentOption(d.Id, d.Name)).ToListAsync(cancellationToken));
}

/// <summary>
/// Anyone subscribes by e-mail to new calls in chosen fields or from chosen departments. Nothing but the confirmation
/// mail is sent until its link is followed (double opt-in). The same address asking again for the same choices gets the
/// confirmation again rather than a second subscription; the answer is the same either way, so the form does not tell
/// anyone whether an address is already subscribed.
/// </summary>
public sealed class SubscribeToAlertsCommand : ICommand<Guid>
{
    public string? Email { get; set; }
    public List<ServiceField> ServiceFields { get; set; } = [];
    public List<Guid> DepartmentIds { get; set; } = [];
}

public sealed class SubscribeToAlertsCommandValidator : AbstractValidator<SubscribeToAlertsCommand>
{
    public SubscribeToAlertsCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("请填写接收提醒的电子邮箱。")
            .EmailAddress().WithMessage("电子邮箱格式不正确，请检查后重新填写。")
            .MaximumLength(AlertSubscription.MaxEmailLength).WithMessage($"电子邮箱不能超过{AlertSubscription.MaxEmailLength}个字符。");
        RuleFor(x => x.ServiceFields).Must((x, _) => x.ServiceFields.Count > 0 || x.DepartmentIds.Count > 0)
            .WithMessage("请至少选择一个服务领域或一个部门。");
        RuleForEach(x => x.ServiceFields).IsInEnum().WithMessage("所选服务领域无效，请刷新页面后重新选择。");
        RuleFor(x => x.DepartmentIds).MustAsync(async (ids, ct) =>
        {
            var distinct = ids.Distinct().ToList();
            return distinct.Count == 0 || await db.Departments.CountAsync(d => distinct.Contains(d.Id), ct) == distinct.Count;
        }).WithMessage("所选部门不存在，请刷新页面后重新选择。");
    }
}

public sealed class SubscribeToAlertsCommandHandler(IApplicationDbContext db, TimeProvider clock, IOptions<NotificationOptions> options)
    : ICommandHandler<SubscribeToAlertsCommand, Guid>
{
    public async ValueTask<Guid> Handle(SubscribeToAlertsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var requested = new AlertSubscription(command.Email!, command.ServiceFields, command.DepartmentIds, now);
        var subscription = await db.AlertSubscriptions.FirstOrDefaultAsync(s => s.Email == requested.Email && s.UnsubscribedAt == null
            && s.ServiceFields == requested.ServiceFields && s.DepartmentIds == requested.DepartmentIds, cancellationToken);
        if (subscription is null)
        {
            subscription = requested;
            db.AlertSubscriptions.Add(subscription);
        }
        var view = await AlertText.ViewAsync(db, subscription, cancellationToken);
        var link = options.Value;
        db.OutboxMails.Add(new OutboxMail(subscription.Email, Notifier.SubjectPrefix + "请确认订阅新征集提醒",
            $"您好！\n\n我们收到了用本邮箱订阅官渡区社会工作服务项目管理平台“新项目征集提醒”的申请。您选择的是：\n\n" +
            AlertText.Choices(view) + "\n\n" +
            $"请点击以下链接确认订阅（确认之前，我们不会向您发送任何提醒）：\n{link.Link($"/alerts/confirm/{subscription.ConfirmToken}")}\n\n" +
            "如果这不是您本人的操作，请忽略本邮件，订阅不会生效。\n\n" +
            $"一键退订（点击即退订，无需登录）：{link.Link($"/alerts/unsubscribe/{subscription.UnsubscribeToken}")}\n" +
            "本邮件由系统自动发送，请勿直接回复。",
            now));
        return subscription.Id;
    }
}

/// <summary>Following the link in the confirmation mail (by a button, not the GET itself: mail scanners prefetch links). Idempotent.</summary>
public sealed record ConfirmAlertSubscriptionCommand(string Token) : ICommand<AlertSubscriptionView>;

public sealed class ConfirmAlertSubscriptionCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ConfirmAlertSubscriptionCommand, AlertSubscriptionView>
{
    public async ValueTask<AlertSubscriptionView> Handle(ConfirmAlertSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await AlertText.ByConfirmTokenAsync(db, command.Token, cancellationToken);
        subscription.Confirm(clock.GetUtcNow().UtcDateTime);
        return await AlertText.ViewAsync(db, subscription, cancellationToken);
    }
}

/// <summary>The one-click unsubscribe link in every alert mail. Idempotent.</summary>
public sealed record UnsubscribeAlertsCommand(string Token) : ICommand<AlertSubscriptionView>;

public sealed class UnsubscribeAlertsCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UnsubscribeAlertsCommand, AlertSubscriptionView>
{
    public async ValueTask<AlertSubscriptionView> Handle(UnsubscribeAlertsCommand command, CancellationToken cancellationToken)
    {
        var token = command.Token?.Trim() ?? "";
        var subscription = await db.AlertSubscriptions.FirstOrDefaultAsync(s => token.Length > 0 && s.UnsubscribeToken == token, cancellationToken)
            ?? throw new NotFoundException("该退订链接无效。请确认链接完整（可从邮件中复制完整地址到浏览器打开）。");
        subscription.Unsubscribe(clock.GetUtcNow().UtcDateTime);
        return await AlertText.ViewAsync(db, subscription, cancellationToken);
    }
}

/// <summary>The confirmation page before the button is pressed: what is about to be confirmed.</summary>
public sealed record GetAlertSubscriptionQuery(string ConfirmToken) : IQuery<AlertSubscriptionView>;

public sealed class GetAlertSubscriptionQueryHandler(IApplicationDbContext db) : IQueryHandler<GetAlertSubscriptionQuery, AlertSubscriptionView>
{
    public async ValueTask<AlertSubscriptionView> Handle(GetAlertSubscriptionQuery query, CancellationToken cancellationToken) =>
        await AlertText.ViewAsync(db, await AlertText.ByConfirmTokenAsync(db, query.ConfirmToken, cancellationToken), cancellationToken);
}

/// <summary>A new call, once committed: one mail to each active subscription it matches. A failure is logged; the hourly catch-up sends what was missed.</summary>
public sealed class NotifyAlertSubscribersWhenSolicitationPublished(IApplicationDbContext db, TimeProvider clock, IOptions<NotificationOptions> options,
    IDatabaseErrors errors, ILogger<NotifyAlertSubscribersWhenSolicitationPublished> logger) : IDomainEventHandler<SolicitationPublished>
{
    public async Task HandleAsync(SolicitationPublished domainEvent, CancellationToken cancellationToken)
    {
        var queued = await NewCallAlerts.QueueAsync(db, options.Value, [domainEvent.SolicitationId], clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (queued.Count == 0) return;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Call {Call}: {Count} alert mails queued", domainEvent.SolicitationId, queued.Count);
        }
        catch (DbUpdateException ex) when (errors.IsUniqueViolation(ex))
        {
            // The catch-up got there first: those mails are queued already.
            foreach (var entry in db.ChangeTracker.Entries<OutboxMail>().Where(e => queued.Contains(e.Entity)).ToList()) entry.State = EntityState.Detached;
        }
    }
}

/// <summary>
/// The catch-up for the after-commit handler (which may fail or be cut short): calls published in the last 7 days and
/// still open, to each matching subscription not yet mailed about them. Idempotent by each mail's unique key.
/// </summary>
[Authorize(SystemOnly = true)]
public sealed record NotifyAlertSubscribersCommand : ICommand<int>;

public sealed class NotifyAlertSubscribersCommandHandler(IApplicationDbContext db, TimeProvider clock, IOptions<NotificationOptions> options)
    : ICommandHandler<NotifyAlertSubscribersCommand, int>
{
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(7);

    public async ValueTask<int> Handle(NotifyAlertSubscribersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - LookBack;
        var calls = await db.Solicitations.Where(s => s.Status == SolicitationStatus.Open && s.PublishedAt != null && s.PublishedAt >= since)
            .Select(s => s.Id).ToListAsync(cancellationToken);
        return (await NewCallAlerts.QueueAsync(db, options.Value, calls, now, cancellationToken)).Count;
    }
}

/// <summary>
/// The one place that decides who hears of a new call and what the mail says. A subscription hears of a call published
/// while it was active (confirmed by then), never of calls from before it was confirmed; the key
/// "new-call:{call}:{subscription}" is unique, so each pair is mailed at most once whichever path gets there first.
/// </summary>
internal static class NewCallAlerts
{
    public static string Key(Guid callId, Guid subscriptionId) => $"new-call:{callId:N}:{subscriptionId:N}";

    /// <summary>Adds the mails still owed for these calls to the unit of work (the caller saves) and returns them.</summary>
    public static async Task<IReadOnlyList<OutboxMail>> QueueAsync(IApplicationDbContext db, NotificationOptions options, IReadOnlyCollection<Guid> callIds, DateTime nowUtc, CancellationToken ct)
    {
        if (callIds.Count == 0) return [];
        var calls = await (from s in db.Solicitations
                           join d in db.Departments on s.DepartmentId equals d.Id
                           where callIds.Contains(s.Id) && s.Status == SolicitationStatus.Open && s.PublishedAt != null && s.ClosesAt > nowUtc
                           select new { s.Id, s.Title, s.DepartmentId, Department = d.Name, s.ServiceField, s.ClosesAt, s.ProjectCeiling, PublishedAt = s.PublishedAt!.Value })
            .AsNoTracking().ToListAsync(ct);
        if (calls.Count == 0) return [];
        var subscriptions = await db.AlertSubscriptions.AsNoTracking().Where(a => a.ConfirmedAt != null && a.UnsubscribedAt == null).ToListAsync(ct);
        var queued = new List<OutboxMail>();
        foreach (var call in calls)
        {
            var prefix = $"new-call:{call.Id:N}:";
            var sent = (await db.OutboxMails.Where(m => m.Key != null && m.Key.StartsWith(prefix)).Select(m => m.Key!).ToListAsync(ct)).ToHashSet();
            foreach (var subscription in subscriptions.Where(a => a.ConfirmedAt <= call.PublishedAt && a.Matches(call.ServiceField, call.DepartmentId)))
            {
                var key = Key(call.Id, subscription.Id);
                if (!sent.Add(key)) continue;
                var mail = new OutboxMail(subscription.Email, Notifier.SubjectPrefix + "新项目征集：" + call.Title,
                    $"官渡区社会工作服务项目管理平台发布了新的项目征集：\n\n《{call.Title}》\n\n" +
                    $"发布部门：{call.Department}\n" +
                    $"服务领域：{call.ServiceField.ToChinese()}\n" +
                    $"单个项目资金上限：{call.ProjectCeiling.ToWanYuanString()}\n" +
                    $"申报截止：{ChinaTime.FormatDeadline(call.ClosesAt)}\n\n" +
                    $"查看征集公告并在线申报：{options.Link($"/calls/{call.Id}")}\n\n" +
                    "您收到本邮件，是因为您订阅了本平台的新项目征集提醒。\n" +
                    $"一键退订（点击即退订，无需登录）：{options.Link($"/alerts/unsubscribe/{subscription.UnsubscribeToken}")}\n" +
                    "本邮件由系统自动发送，请勿直接回复。",
                    nowUtc, key: key);
                db.OutboxMails.Add(mail);
                queued.Add(mail);
            }
        }
        return queued;
    }
}

internal static class AlertText
{
    public static async Task<AlertSubscription> ByConfirmTokenAsync(IApplicationDbContext db, string? token, CancellationToken ct)
    {
        var value = token?.Trim() ?? "";
        return await db.AlertSubscriptions.FirstOrDefaultAsync(s => value.Length > 0 && s.ConfirmToken == value, ct)
            ?? throw new NotFoundException("该确认链接无效。请确认链接完整（可从邮件中复制完整地址到浏览器打开），或重新订阅。");
    }

    public static async Task<AlertSubscriptionView> ViewAsync(IApplicationDbContext db, AlertSubscription subscription, CancellationToken ct)
    {
        var ids = subscription.Departments.ToList();
        var names = ids.Count == 0 ? [] : await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Code).Select(d => d.Name).ToListAsync(ct);
        return new AlertSubscriptionView(subscription.Id, Mask(subscription.Email), subscription.Fields.Select(f => f.ToChinese()).ToList(), names,
            subscription.ConfirmedAt is not null, subscription.UnsubscribedAt is not null);
    }

    public static string Choices(AlertSubscriptionView view) =>
        $"服务领域：{view.FieldsText}\n发布部门：{view.DepartmentsText}" +
        (view.Fields.Count > 0 && view.Departments.Count > 0 ? "\n（提醒同时符合所选领域和所选部门的新征集）" : "");

    /// <summary>"ci****@example.cn": enough for its owner to recognise, not enough to harvest from a leaked link.</summary>
    public static string Mask(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0) return "****";
        return email[..Math.Min(2, at)] + "****" + email[at..];
    }
}
