using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using Moq;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Reminders (issue 8): each at most once however the job runs, e-mail through the outbox with retries, .eml files in the pickup folder.</summary>
public sealed class ReminderJobTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public ReminderJobTests(PlatformFactory app) => _app = app;

    private Task<int> RunRemindersAsync() => _app.RunAsSystemAsync(sp => sp.GetRequiredService<RemindersJob>().ExecuteAsync(default));

    /// <summary>The reminder sweep alone (what the job runs before it drains the outbox), so a test can fail the first send.</summary>
    private Task<int> RaiseRemindersAsync() => _app.RunAsSystemAsync(async sp =>
    {
        using var _ = Infrastructure.Identity.SystemActor.Enter();
        return await sp.GetRequiredService<Mediator.IMediator>().Send(new SendRemindersCommand());
    });

    private Task<string> UserIdAsync(string userName) => _app.DbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task A_call_closing_reminder_goes_once_to_the_organisation_with_a_draft_however_often_and_concurrently_the_job_runs_and_its_mail_survives_a_failure()
    {
        // 心桥 has a draft for the children's call (demo data). Three days before the deadline:
        var call = await _app.DbAsync(db => (from a in db.Applications
                                              join s in db.Solicitations on a.SolicitationId equals s.Id
                                              where a.Status == ApplicationStatus.Draft && a.Title.Contains("护苗成长")
                                              select new { s.Id, s.Title, s.ClosesAt, ApplicationId = a.Id }).SingleAsync());
        _app.Clock.SetUtcNow(call.ClosesAt.AddDays(-3).AddMinutes(5));
        var xinqiao = await UserIdAsync(TestData.Ngo);
        var key = $"call-closing:3d:{call.Id:N}:{xinqiao}";

        // Two runs at once: whichever commits first raises it; the other raises nothing (or fails and would be retried).
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try { return (int?)await RaiseRemindersAsync(); }
            catch (Exception ex) when (ex is Application.Common.Exceptions.ConcurrencyConflictException or DbUpdateException) { return null; }
        }));
        Assert.Contains(outcomes, o => o > 0);
        Assert.Equal(0, await RaiseRemindersAsync());
        var notification = await _app.DbAsync(db => db.Notifications.SingleAsync(n => n.Key == key));
        Assert.Equal((NotificationKind.CallClosing, xinqiao, $"/applications/{call.ApplicationId}"), (notification.Kind, notification.RecipientUserId, notification.Link));
        Assert.Contains(call.Title, notification.Title);
        Assert.Equal(1, await _app.DbAsync(db => db.OutboxMails.CountAsync(m => m.NotificationId == notification.Id)));
        // Organisations without a draft for that call hear nothing of it.
        var others = await Task.WhenAll(new[] { TestData.OtherNgo, TestData.ThirdNgo }.Select(UserIdAsync));
        Assert.False(await _app.DbAsync(db => db.Notifications.AnyAsync(n => n.Key.StartsWith($"call-closing:3d:{call.Id:N}") && others.Contains(n.RecipientUserId))));

        // The mail server is down: the mail is kept with the error and retried after a delay; the inbox has the notification anyway.
        var failing = new Mock<IMailSender>();
        failing.Setup(s => s.SendAsync(It.IsAny<MailMessageData>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("SMTP 服务器无法连接"));
        await DrainWithAsync(failing.Object);
        var mail = await _app.DbAsync(db => db.OutboxMails.SingleAsync(m => m.NotificationId == notification.Id));
        Assert.Equal((OutboxMailStatus.Pending, 1, "SMTP 服务器无法连接"), (mail.Status, mail.Attempts, mail.LastError));
        Assert.True(mail.NextAttemptAt > _app.Clock.GetUtcNow().UtcDateTime);
        await DrainWithAsync(failing.Object); // not due again yet: not attempted
        Assert.Equal(1, await _app.DbAsync(db => db.OutboxMails.Where(m => m.Id == mail.Id).Select(m => m.Attempts).SingleAsync()));
        Assert.True(await _app.DbAsync(db => db.Notifications.AnyAsync(n => n.Key == key)));

        // Back up: the next run of the job raises nothing new and its outbox run sends the retry, as an .eml file with the Chinese subject intact.
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        var before = Directory.Exists(_app.MailFolder) ? Directory.GetFiles(_app.MailFolder, "*.eml").ToHashSet() : [];
        Assert.Equal(0, await RunRemindersAsync());
        var sent = await _app.DbAsync(db => db.OutboxMails.SingleAsync(m => m.Id == mail.Id));
        Assert.Equal((OutboxMailStatus.Sent, 2), (sent.Status, sent.Attempts));
        var messages = Directory.GetFiles(_app.MailFolder, "*.eml").Where(f => !before.Contains(f)).Select(f => MimeMessage.Load(f)).ToList();
        var message = Assert.Single(messages, m => (m.Subject ?? "").Contains(call.Title));
        Assert.Equal($"{Notifier.SubjectPrefix}申报即将截止：{call.Title}", message.Subject);
        Assert.Equal(TestData.Ngo, message.To.Mailboxes.Single().Address);
        Assert.Contains($"/applications/{call.ApplicationId}", message.TextBody ?? "");
        Assert.Contains("尚未提交", message.TextBody ?? "");
        // Sent once: a further run sends nothing more.
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<MailOutboxJob>().ExecuteAsync(default));
        Assert.Single(Directory.GetFiles(_app.MailFolder, "*.eml").Where(f => !before.Contains(f)).Select(f => MimeMessage.Load(f)), m => (m.Subject ?? "").Contains(call.Title));

        // One day before, the second reminder; then nothing more for this call.
        _app.Clock.SetUtcNow(call.ClosesAt.AddHours(-2));
        await RunRemindersAsync();
        Assert.True(await _app.DbAsync(db => db.Notifications.AnyAsync(n => n.Key == $"call-closing:1d:{call.Id:N}:{xinqiao}")));
        _app.Clock.SetUtcNow(call.ClosesAt.AddHours(1));
        await RunRemindersAsync();
        Assert.Equal(2, await _app.DbAsync(db => db.Notifications.CountAsync(n => n.Key.StartsWith("call-closing:") && n.Key.Contains(call.Id.ToString("N")))));
    }

    [Fact]
    public async Task An_unsigned_contract_twenty_days_after_the_award_is_reported_to_both_parties_once()
    {
        // 关上街道's demo award was 35 days ago and its contract is unsigned.
        var project = await _app.DbAsync(db => db.Projects.SingleAsync(p => p.Title.Contains("邻里花园")));
        await RunRemindersAsync();
        await RunRemindersAsync();
        var recipients = await _app.DbAsync(db => db.Notifications.Where(n => n.Key.StartsWith($"contract-unsigned:{project.Id:N}:")).Select(n => n.RecipientUserId).ToListAsync());
        Assert.Equal((await Task.WhenAll(UserIdAsync("gsjd@demo.gov.cn"), UserIdAsync(TestData.Ngo))).Order(), recipients.Order());
    }

    private Task<(int Sent, int Failed)> DrainWithAsync(IMailSender sender) => _app.RunAsSystemAsync(sp =>
        new MailOutbox(sp.GetRequiredService<IApplicationDbContext>(), sender, _app.Clock, NullLogger<MailOutbox>.Instance).DrainAsync());
}
