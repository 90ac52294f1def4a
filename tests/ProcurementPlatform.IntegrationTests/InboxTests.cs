using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>消息提醒 (issue 8): everyone's own inbox with an unread count, opening goes to the thing, and e-mail only for the kinds a user wants.</summary>
public sealed class InboxTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public InboxTests(PlatformFactory app) => _app = app;

    private Task<string> UserIdAsync(string userName) => _app.DbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task A_user_reads_their_own_reminders_opens_one_to_the_thing_it_is_about_and_cannot_touch_another_users()
    {
        // Demo data: 心桥's award of 35 days ago has no contract; the seeded reminder run told 心桥 and 关上街道.
        var xinqiao = await UserIdAsync(TestData.Ngo);
        var reminder = await _app.DbAsync(db => db.Notifications.SingleAsync(n => n.RecipientUserId == xinqiao && n.Kind == NotificationKind.ContractUnsigned));
        var client = await _app.SignedInAsync(TestData.Ngo);
        var inbox = await client.GetStringAsync("/inbox");
        Assert.Contains(reminder.Title, inbox);
        Assert.Contains("inbox-count", inbox);                         // the unread count in the header
        Assert.Contains("条未读", inbox);

        var other = await _app.SignedInAsync(TestData.ThirdNgo);
        Assert.DoesNotContain(reminder.Title, await other.GetStringAsync("/inbox"));
        var stolen = await other.PostFormAsync($"/inbox?handler=Open&id={reminder.Id}", new(), "/inbox");
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Null(await _app.DbAsync(db => db.Notifications.Where(n => n.Id == reminder.Id).Select(n => n.ReadAt).SingleAsync()));

        var opened = await client.PostFormAsync($"/inbox?handler=Open&id={reminder.Id}", new(), "/inbox");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(reminder.Link, opened.Headers.Location?.OriginalString);
        Assert.StartsWith("/manage/projects/", reminder.Link);
        Assert.NotNull(await _app.DbAsync(db => db.Notifications.Where(n => n.Id == reminder.Id).Select(n => n.ReadAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(reminder.Link)).StatusCode);

        await client.PostFormAsync("/inbox?handler=ReadAll", new(), "/inbox");
        Assert.Equal(0, await _app.DbAsync(db => db.Notifications.CountAsync(n => n.RecipientUserId == xinqiao && n.ReadAt == null)));
        Assert.DoesNotContain("inbox-count", await client.GetStringAsync("/inbox"));
        Assert.Equal(HttpStatusCode.Redirect, (await _app.Browser().GetAsync("/inbox")).StatusCode); // sign-in required
    }

    [Fact]
    public async Task A_kind_turned_off_for_email_still_reaches_the_inbox_but_sends_no_mail_while_a_kind_left_on_does()
    {
        // 心桥 wants call-closing reminders in the inbox only; 阳光 keeps the default (e-mail too).
        var client = await _app.SignedInAsync(TestData.Ngo);
        var fields = Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.CallClosing)
            .Select((k, i) => (Key: $"Data.ByEmail[{i}]", Value: k.ToString())).ToDictionary(f => f.Key, f => f.Value);
        var saved = await client.PostFormAsync("/inbox/settings", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await client.GetStringAsync("/inbox/settings");
        Assert.Contains("value=\"CallClosing\" aria-describedby", settings);
        Assert.DoesNotContain("value=\"CallClosing\" checked", settings);
        Assert.Contains("value=\"ContractUnsigned\" checked", settings);

        // Both start a draft for 团区委's open call; three days before its deadline the job runs.
        var call = await _app.DbAsync(db => db.Solicitations.Where(s => s.Title == "青少年成长护航社会工作服务项目").Select(s => new { s.Id, s.ClosesAt }).SingleAsync());
        await _app.SendAsAsync(TestData.Ngo, m => m.Send(TestData.Application(call.Id)));
        await _app.SendAsAsync(TestData.OtherNgo, m => m.Send(TestData.Application(call.Id)));
        _app.Clock.SetUtcNow(call.ClosesAt.AddDays(-3).AddMinutes(1));
        await _app.RunAsSystemAsync(sp => sp.GetRequiredService<RemindersJob>().ExecuteAsync(default));

        var xinqiao = await UserIdAsync(TestData.Ngo);
        var yangguang = await UserIdAsync(TestData.OtherNgo);
        var mine = await _app.DbAsync(db => db.Notifications.SingleAsync(n => n.RecipientUserId == xinqiao && n.Key.StartsWith($"call-closing:3d:{call.Id:N}")));
        var theirs = await _app.DbAsync(db => db.Notifications.SingleAsync(n => n.RecipientUserId == yangguang && n.Key.StartsWith($"call-closing:3d:{call.Id:N}")));
        Assert.False(await _app.DbAsync(db => db.OutboxMails.AnyAsync(m => m.NotificationId == mine.Id)));
        Assert.True(await _app.DbAsync(db => db.OutboxMails.AnyAsync(m => m.NotificationId == theirs.Id && m.To == TestData.OtherNgo)));
        // (The clock moved past the sign-in's idle timeout: sign in again.)
        Assert.Contains(mine.Title, await (await _app.SignedInAsync(TestData.Ngo)).GetStringAsync("/inbox?unread=true"));
    }
}
