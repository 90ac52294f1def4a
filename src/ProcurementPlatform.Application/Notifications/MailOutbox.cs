using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Notifications;

namespace ProcurementPlatform.Application.Notifications;

/// <summary>
/// Sends what the outbox holds, after the transactions that wrote it have committed. Each mail is claimed first (an
/// atomic update that only one run can win), so two runs at once do not both send it; a failure is recorded and retried
/// later with a growing delay — the mail and its notification are never dropped.
/// </summary>
public sealed class MailOutbox(IApplicationDbContext db, IMailSender sender, TimeProvider clock, ILogger<MailOutbox> logger)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    public async Task<(int Sent, int Failed)> DrainAsync(int max = 200, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMails.AsNoTracking()
            .Where(m => m.Status == OutboxMailStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(max).ToListAsync(cancellationToken);
        int sent = 0, failed = 0;
        foreach (var id in due)
        {
            var until = now + ClaimFor;
            var claimed = await db.OutboxMails
                .Where(m => m.Id == id && m.Status == OutboxMailStatus.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), cancellationToken);
            if (claimed == 0) continue;
            var mail = await db.OutboxMails.FirstAsync(m => m.Id == id, cancellationToken);
            try
            {
                await sender.SendAsync(new MailMessageData(mail.To, mail.Subject, mail.Body), cancellationToken);
                mail.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Mail {Mail} to {To} failed (attempt {Attempt})", mail.Id, mail.To, mail.Attempts + 1);
                mail.RecordFailure(ex.Message, clock.GetUtcNow().UtcDateTime);
                failed++;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return (sent, failed);
    }
}
