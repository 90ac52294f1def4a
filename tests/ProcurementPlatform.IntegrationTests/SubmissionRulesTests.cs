using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Deadline edge, idempotency and concurrency of submissions, through the real pipeline on SQLite.</summary>
public sealed class SubmissionRulesTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public SubmissionRulesTests(PlatformFactory app) => _app = app;

    private async Task<(Guid CallId, DateTime ClosesAt)> OpenCallAsync(TimeSpan closesIn)
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var command = TestData.Call(now, closesIn);
        var id = await _app.SendAsAsync(TestData.Officer, m => m.Send(command));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(id)));
        var closes = await _app.DbAsync(db => db.Solicitations.Where(s => s.Id == id).Select(s => s.ClosesAt).SingleAsync());
        return (id, closes);
    }

    private Task<Guid> DraftAsync(string ngo, Guid callId, Guid? requestId = null) =>
        _app.SendAsAsync(ngo, m => m.Send(TestData.Application(callId, requestId: requestId)));

    [Fact]
    public async Task One_second_before_the_deadline_is_accepted_one_second_after_is_refused_with_the_reason()
    {
        var (callId, closesAt) = await OpenCallAsync(TimeSpan.FromHours(2));
        var early = await DraftAsync(TestData.Ngo, callId);
        var late = await DraftAsync(TestData.OtherNgo, callId);

        _app.Clock.SetUtcNow(closesAt.AddSeconds(-1));
        await _app.SendAsAsync(TestData.Ngo, m => m.Send(new SubmitApplicationCommand(early)));
        Assert.Equal(ApplicationStatus.Submitted, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == early))).Status);

        _app.Clock.SetUtcNow(closesAt.AddSeconds(1));
        var refusal = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.OtherNgo, m => m.Send(new SubmitApplicationCommand(late))));
        Assert.Contains("截止", refusal.Message);
        Assert.Contains(ChinaTime.FormatWithSeconds(closesAt), refusal.Message);
        var unchanged = await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == late));
        Assert.Equal(ApplicationStatus.Draft, unchanged.Status);
        Assert.Null(unchanged.SubmittedAt);
    }

    [Fact]
    public async Task Concurrent_double_submit_makes_exactly_one_submission()
    {
        var (callId, _) = await OpenCallAsync(TimeSpan.FromDays(30));
        var id = await DraftAsync(TestData.ThirdNgo, callId);

        var attempts = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            try
            {
                await _app.SendAsAsync(TestData.ThirdNgo, m => m.Send(new SubmitApplicationCommand(id)));
                return "ok";
            }
            catch (ConcurrencyConflictException)
            {
                return "conflict";
            }
        })).ToList();
        var results = await Task.WhenAll(attempts);

        Assert.Contains("ok", results);
        var application = await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        var submissions = await _app.DbAsync(db => db.AuditEntries.CountAsync(e => e.Action == nameof(SubmitApplicationCommand) && e.EntityId == id.ToString()));
        Assert.Equal(4, submissions); // every attempt is audited …
        Assert.Single(await _app.DbAsync(db => db.Applications.Where(a => a.Id == id && a.SubmittedAt != null).ToListAsync())); // … but there is one submission
    }

    [Fact]
    public async Task A_retried_or_concurrent_create_with_the_same_form_token_makes_one_application()
    {
        var (callId, _) = await OpenCallAsync(TimeSpan.FromDays(30));
        var token = Guid.NewGuid();
        var ids = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => DraftAsync(TestData.OtherNgo, callId, token))));
        var again = await DraftAsync(TestData.OtherNgo, callId, token);

        Assert.All(ids, id => Assert.Equal(again, id));
        Assert.Equal(1, await _app.DbAsync(db => db.Applications.CountAsync(a => a.ClientRequestId == token)));
    }

    [Fact]
    public async Task Requested_amount_over_the_ceiling_is_refused_and_nothing_is_saved()
    {
        var (callId, _) = await OpenCallAsync(TimeSpan.FromDays(30));
        var before = await _app.DbAsync(db => db.Applications.CountAsync());
        var command = TestData.Application(callId, amountYuan: "100000.01");
        var refusal = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(command)));
        Assert.Contains("超过", refusal.Message);
        Assert.Equal(before, await _app.DbAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task An_organisation_awaiting_approval_cannot_apply()
    {
        var (callId, _) = await OpenCallAsync(TimeSpan.FromDays(30));
        var refusal = await Assert.ThrowsAsync<ForbiddenAccessException>(() => DraftAsync(TestData.PendingNgo, callId));
        Assert.Contains("审核", refusal.Message);
    }

    [Fact]
    public async Task Withdrawal_before_the_deadline_works_and_a_withdrawn_application_cannot_be_resubmitted()
    {
        var (callId, _) = await OpenCallAsync(TimeSpan.FromDays(30));
        var id = await DraftAsync(TestData.Ngo, callId);
        await _app.SendAsAsync(TestData.Ngo, m => m.Send(new SubmitApplicationCommand(id)));
        await _app.SendAsAsync(TestData.Ngo, m => m.Send(new WithdrawApplicationCommand { ApplicationId = id, Reason = "方案调整" }));
        Assert.Equal(ApplicationStatus.Withdrawn, (await _app.DbAsync(db => db.Applications.SingleAsync(a => a.Id == id))).Status);
        var refusal = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(new SubmitApplicationCommand(id))));
        Assert.Contains("已撤回", refusal.Message);
    }
}
