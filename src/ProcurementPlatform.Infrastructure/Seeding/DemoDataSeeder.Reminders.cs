using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Domain.Notifications;

namespace ProcurementPlatform.Infrastructure.Seeding;

/// <summary>
/// 消息提醒: the real reminder rules run once over the demo data, as the hourly job would — 关上街道 and 心桥 hear that their
/// contract is still unsigned 35 days after the award, the evaluator that the mid-term evaluation is due within a week.
/// Their e-mails wait in the outbox; the outbox job writes them as .eml files to App_Data/mail within a minute of start.
/// </summary>
public sealed partial class DemoDataSeeder
{
    private async Task SeedRemindersAsync(CancellationToken ct)
    {
        var notifier = new Notifier(db, clock, Options.Create(new NotificationOptions()));
        var reminders = new SendRemindersCommandHandler(db, identity, notifier, clock, Options.Create(new ReminderOptions()), Options.Create(new PublicityOptions()));
        await reminders.Handle(new SendRemindersCommand(), ct);
        await db.SaveChangesAsync(ct);
    }
}
