using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>新征集提醒 (issue 8): public sign-up with double opt-in, one mail per subscriber and call, one-click unsubscribe.</summary>
public sealed class AlertSubscriptionTests : IClassFixture<PlatformFactory>
{
    private const string Prefix = "【官渡区社工服务平台】";
    private readonly PlatformFactory _app;

    public AlertSubscriptionTests(PlatformFactory app) => _app = app;

    private static string Address(string who) => $"{who}-{Guid.NewGuid():N}"[..20] + "@example.cn";

    private Task<int> DrainOutboxAsync() => _app.RunAsSystemAsync(sp => sp.GetRequiredService<MailOutboxJob>().ExecuteAsync(default));

    private Task<int> RunRemindersJobAsync() => _app.RunAsSystemAsync(sp => sp.GetRequiredService<RemindersJob>().ExecuteAsync(default));

    /// <summary>The .eml files in the pickup folder addressed to <paramref name="to"/>, as a mail program reads them.</summary>
    private List<MimeMessage> MailsTo(string to) => !Directory.Exists(_app.MailFolder) ? [] : Directory.GetFiles(_app.MailFolder, "*.eml")
        .Select(path => MimeMessage.Load(path))
        .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
        .ToList();

    private static bool IsCallAlert(MimeMessage mail) => mail.Subject?.StartsWith(Prefix + "新项目征集：", StringComparison.Ordinal) == true;

    private Task<List<OutboxMail>> OutboxToAsync(string to) => _app.DbAsync(db => db.OutboxMails.AsNoTracking().Where(m => m.To == to).ToListAsync());

    private Task<AlertSubscription> SubscriptionAsync(string email) => _app.DbAsync(db => db.AlertSubscriptions.AsNoTracking().SingleAsync(s => s.Email == email));

    private async Task<(Guid Id, string Title)> PublishCallAsync(ServiceField field, string title)
    {
        var command = TestData.Call(_app.Clock.GetUtcNow().UtcDateTime, title: title);
        command.ServiceField = field;
        var id = await _app.SendAsAsync(TestData.Officer, m => m.Send(command));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(id)));
        return (id, command.Title!);
    }

    [Fact]
    public async Task Bad_input_is_refused_next_to_the_fields_and_nothing_is_saved_or_sent()
    {
        var client = _app.Browser();
        var mailsBefore = await _app.DbAsync(db => db.OutboxMails.CountAsync());
        var subscriptionsBefore = await _app.DbAsync(db => db.AlertSubscriptions.CountAsync());

        var response = await client.PostFormAsync("/alerts", new() { ["Subscription.Email"] = "not-an-address" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("电子邮箱格式不正确", html);
        Assert.Contains("请至少选择一个服务领域或一个部门", html);
        Assert.Contains("id=\"Subscription_Email-errors\"", html);

        response = await client.PostFormAsync("/alerts", new() { ["Subscription.Email"] = "", ["Subscription.DepartmentIds"] = Guid.NewGuid().ToString() });
        html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写接收提醒的电子邮箱", html);
        Assert.Contains("所选部门不存在", html);

        Assert.Equal(mailsBefore, await _app.DbAsync(db => db.OutboxMails.CountAsync()));
        Assert.Equal(subscriptionsBefore, await _app.DbAsync(db => db.AlertSubscriptions.CountAsync()));
    }

    [Fact]
    public async Task Confirmed_subscribers_hear_once_of_each_matching_call_and_never_after_unsubscribing()
    {
        var client = _app.Browser();
        var reader = Address("reader");
        var elderlyOnly = Address("elderly");
        var unconfirmed = Address("pending");

        // Sign-up through the form: a confirmation mail, no alert yet; asking again sends the confirmation again, not a second subscription.
        var form = new Dictionary<string, string> { ["Subscription.Email"] = reader.ToUpperInvariant(), ["Subscription.ServiceFields"] = nameof(ServiceField.ChildCare) };
        var response = await client.PostFormAsync("/alerts", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("确认邮件已发送至", await client.GetStringAsync(response.Headers.Location!.OriginalString));
        response = await client.PostFormAsync("/alerts", new(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var subscription = await SubscriptionAsync(reader);
        Assert.False(subscription.Active);
        Assert.Equal([ServiceField.ChildCare], subscription.Fields);

        await _app.SendAsAsync(null, m => m.Send(new SubscribeToAlertsCommand { Email = elderlyOnly, ServiceFields = [ServiceField.ElderlyCare] }));
        var elderlyToken = (await SubscriptionAsync(elderlyOnly)).ConfirmToken;
        await _app.SendAsAsync(null, m => m.Send(new ConfirmAlertSubscriptionCommand(elderlyToken)));
        await _app.SendAsAsync(null, m => m.Send(new SubscribeToAlertsCommand { Email = unconfirmed, ServiceFields = [ServiceField.ChildCare] }));

        await DrainOutboxAsync();
        var confirmations = MailsTo(reader);
        Assert.Equal(2, confirmations.Count);
        foreach (var mail in confirmations)
        {
            Assert.Equal(Prefix + "请确认订阅新征集提醒", mail.Subject);
            Assert.Contains($"/alerts/confirm/{subscription.ConfirmToken}", mail.TextBody!);
            Assert.Contains($"/alerts/unsubscribe/{subscription.UnsubscribeToken}", mail.TextBody!);
            Assert.Contains("服务领域：儿童关爱", mail.TextBody!);
        }
        // The subject travels RFC 2047-encoded, not as raw bytes a mail server may mangle.
        var raw = File.ReadAllText(Directory.GetFiles(_app.MailFolder, "*.eml").First(f => MimeMessage.Load(f).To.Mailboxes.Any(a => a.Address == reader)));
        Assert.Matches(@"(?im)^Subject: =\?utf-8\?", raw);

        // Opening the link (as a mail scanner would) confirms nothing; the button does.
        var page = await client.GetStringAsync($"/alerts/confirm/{subscription.ConfirmToken}");
        Assert.Contains("确认订阅", page);
        Assert.Contains("儿童关爱", page);
        Assert.DoesNotContain(reader, page);
        Assert.False((await SubscriptionAsync(reader)).Active);
        response = await client.PostFormAsync($"/alerts/confirm/{subscription.ConfirmToken}", new());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await SubscriptionAsync(reader)).Active);
        Assert.Contains("订阅成功", await client.GetStringAsync($"/alerts/confirm/{subscription.ConfirmToken}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/alerts/confirm/no-such-token")).StatusCode);

        // A call for children: one mail to the confirmed reader, none to the elderly-only or the unconfirmed subscriber.
        var (callId, title) = await PublishCallAsync(ServiceField.ChildCare, "困境儿童关爱社会工作服务项目（提醒测试）");
        var key = $"new-call:{callId:N}:{subscription.Id:N}";
        Assert.Single(await OutboxToAsync(reader), m => m.Key == key);
        Assert.DoesNotContain(await OutboxToAsync(elderlyOnly), m => m.Key != null);
        Assert.DoesNotContain(await OutboxToAsync(unconfirmed), m => m.Key != null);

        await DrainOutboxAsync();
        var alert = Assert.Single(MailsTo(reader), IsCallAlert);
        Assert.Equal(Prefix + "新项目征集：" + title, alert.Subject);
        var body = alert.TextBody!;
        Assert.Contains($"/calls/{callId}", body);
        Assert.Contains($"/alerts/unsubscribe/{subscription.UnsubscribeToken}", body);
        Assert.Contains("发布部门：官渡区民政局", body);
        Assert.Contains("服务领域：儿童关爱", body);
        Assert.Contains("（北京时间）", body);
        Assert.DoesNotContain(MailsTo(elderlyOnly), IsCallAlert);
        Assert.DoesNotContain(MailsTo(unconfirmed), IsCallAlert);

        // The hourly catch-up adds nothing already queued, however often it runs …
        await RunRemindersJobAsync();
        await RunRemindersJobAsync();
        Assert.Single(await OutboxToAsync(reader), m => m.Key == key);
        Assert.Single(MailsTo(reader), IsCallAlert);
        // … and sends what an after-commit handler that failed did not queue.
        var (missedId, _) = await PublishCallAsync(ServiceField.ChildCare, "儿童友好社区营造项目（提醒补发测试）");
        var missedKey = $"new-call:{missedId:N}:{subscription.Id:N}";
        await _app.DbAsync(db => db.OutboxMails.Where(m => m.Key == missedKey).ExecuteDeleteAsync());
        await RunRemindersJobAsync();
        await RunRemindersJobAsync();
        Assert.Single(await OutboxToAsync(reader), m => m.Key == missedKey);
        Assert.Equal(2, MailsTo(reader).Count(IsCallAlert));

        // One click: the link in the mail unsubscribes at once, and again harmlessly.
        response = await client.GetAsync($"/alerts/unsubscribe/{subscription.UnsubscribeToken}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unsubscribed = await response.Content.ReadAsStringAsync();
        Assert.Contains("已退订", unsubscribed);
        Assert.Contains("href=\"/alerts\"", unsubscribed);
        Assert.Contains("已退订", await client.GetStringAsync($"/alerts/unsubscribe/{subscription.UnsubscribeToken}"));
        Assert.False((await SubscriptionAsync(reader)).Active);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/alerts/unsubscribe/no-such-token")).StatusCode);

        var (laterId, _) = await PublishCallAsync(ServiceField.ChildCare, "留守儿童陪伴成长项目（退订后）");
        await RunRemindersJobAsync();
        Assert.DoesNotContain(await OutboxToAsync(reader), m => m.Key != null && m.Key.Contains($"{laterId:N}"));
        Assert.Equal(2, MailsTo(reader).Count(IsCallAlert));

        // The old confirmation link does not resubscribe (the page no longer offers the button; a replayed post is refused).
        Assert.DoesNotContain("<button", await client.GetStringAsync($"/alerts/confirm/{subscription.ConfirmToken}"));
        response = await client.PostFormAsync($"/alerts/confirm/{subscription.ConfirmToken}", new(), "/alerts");
        Assert.Contains("已退订", await response.Content.ReadAsStringAsync());
        Assert.False((await SubscriptionAsync(reader)).Active);
    }
}
