using Hangfire;
using Mediator;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Infrastructure.Identity;

namespace ProcurementPlatform.Infrastructure.Jobs;

/// <summary>Closes one call at its deadline. Takes an id only; the command is idempotent.</summary>
public sealed class CloseSolicitationJob(IMediator mediator)
{
    public async Task ExecuteAsync(Guid solicitationId, CancellationToken cancellationToken)
    {
        using var _ = SystemActor.Enter();
        await mediator.Send(new CloseSolicitationCommand(solicitationId), cancellationToken);
    }
}

/// <summary>Closes every call whose deadline has passed but is still open (after a restart, a lost job …).</summary>
public sealed class CloseOverdueSolicitationsJob(IMediator mediator)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var _ = SystemActor.Enter();
        var closed = 0;
        foreach (var id in await mediator.Send(new ListOverdueSolicitationsQuery(), cancellationToken))
        {
            if (await mediator.Send(new CloseSolicitationCommand(id), cancellationToken)) closed++;
        }
        return closed;
    }
}

/// <summary>Finalises award notices whose publicity period has ended (and those held back until objections are answered).</summary>
public sealed class FinaliseAwardNoticesJob(IMediator mediator)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var _ = SystemActor.Enter();
        var decided = 0;
        foreach (var id in await mediator.Send(new ProcurementPlatform.Application.Awards.ListDueAwardNoticesQuery(), cancellationToken))
            decided += await mediator.Send(new ProcurementPlatform.Application.Awards.FinaliseAwardNoticeCommand(id), cancellationToken);
        return decided;
    }
}

/// <summary>The daily fund-monitoring sweep: every signed project's alerts recomputed (idempotent; alerts are also refreshed on every change).</summary>
public sealed class FundAlertsJob(IMediator mediator)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var _ = SystemActor.Enter();
        return await mediator.Send(new ProcurementPlatform.Application.Projects.Funds.RefreshFundAlertsCommand(), cancellationToken);
    }
}

/// <summary>The daily credit-list recompute (red/black lists): idempotent; also run on every credit event by the command that records it.</summary>
public sealed class CreditListsJob(IMediator mediator)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var _ = SystemActor.Enter();
        return await mediator.Send(new ProcurementPlatform.Application.Credit.RecomputeCreditListsCommand(), cancellationToken);
    }
}

/// <summary>The nightly duplicate-application sweep over every submitted application; idempotent (a pair already flagged is refreshed, not flagged again).</summary>
public sealed class DuplicateSweepJob(IMediator mediator)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var _ = SystemActor.Enter();
        return (await mediator.Send(new ProcurementPlatform.Application.Duplicates.SweepDuplicatesCommand(), cancellationToken)).NewFlags;
    }
}

/// <summary>The hourly reminder sweep (every rule, each reminder once by its unique key), then the outbox sends what it raised.</summary>
public sealed class RemindersJob(IMediator mediator, ProcurementPlatform.Application.Notifications.MailOutbox outbox)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var _ = SystemActor.Enter();
        var raised = await mediator.Send(new ProcurementPlatform.Application.Notifications.SendRemindersCommand(), cancellationToken);
        await mediator.Send(new ProcurementPlatform.Application.Notifications.NotifyAlertSubscribersCommand(), cancellationToken);
        await outbox.DrainAsync(cancellationToken: cancellationToken);
        return raised;
    }
}

/// <summary>Sends pending e-mails every minute, retrying failed ones when their delay has passed.</summary>
public sealed class MailOutboxJob(ProcurementPlatform.Application.Notifications.MailOutbox outbox)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var _ = SystemActor.Enter();
        return (await outbox.DrainAsync(cancellationToken: cancellationToken)).Sent;
    }
}

/// <summary>The one place recurring jobs are registered, under stable ids.</summary>
public static class RecurringJobs
{
    public const string CloseOverdueSolicitations = "close-overdue-solicitations";
    public const string FinaliseAwardNotices = "finalise-award-notices";
    public const string FundAlerts = "fund-alerts";
    public const string CreditLists = "credit-lists";
    public const string DuplicateSweep = "duplicate-sweep";
    public const string Reminders = "reminders";
    public const string MailOutbox = "mail-outbox";

    private static TimeZoneInfo ChinaTimeZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time"); }
    }

    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<CloseOverdueSolicitationsJob>(CloseOverdueSolicitations, j => j.ExecuteAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<FinaliseAwardNoticesJob>(FinaliseAwardNotices, j => j.ExecuteAsync(CancellationToken.None), "*/5 * * * *");
        // 01:30 China time every day.
        jobs.AddOrUpdate<FundAlertsJob>(FundAlerts, j => j.ExecuteAsync(CancellationToken.None), "30 1 * * *", new RecurringJobOptions { TimeZone = ChinaTimeZone() });
        // 00:10 China time: entries that expire today leave the lists at the start of the day.
        jobs.AddOrUpdate<CreditListsJob>(CreditLists, j => j.ExecuteAsync(CancellationToken.None), "10 0 * * *", new RecurringJobOptions { TimeZone = ChinaTimeZone() });
        // 02:30 China time, after the day's submissions and away from office hours.
        // Reminders every hour at :05; the keys make repeated runs harmless, so a missed hour is caught up by the next.
        jobs.AddOrUpdate<RemindersJob>(Reminders, j => j.ExecuteAsync(CancellationToken.None), "5 * * * *");
        jobs.AddOrUpdate<MailOutboxJob>(MailOutbox, j => j.ExecuteAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<DuplicateSweepJob>(DuplicateSweep, j => j.ExecuteAsync(CancellationToken.None), "30 2 * * *", new RecurringJobOptions { TimeZone = ChinaTimeZone() });
    }
}

public sealed class HangfireJobScheduler(IBackgroundJobClient jobs) : IJobScheduler
{
    /// <summary>Scheduled one second after the deadline: a call closes only once its last second has passed.</summary>
    public void ScheduleSolicitationClose(Guid solicitationId, DateTime closesAtUtc) =>
        jobs.Schedule<CloseSolicitationJob>(j => j.ExecuteAsync(solicitationId, CancellationToken.None),
            new DateTimeOffset(DateTime.SpecifyKind(closesAtUtc, DateTimeKind.Utc)).AddSeconds(1));
}
