using Microsoft.Extensions.Time.Testing;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Domain.Questions;

/// <summary>Questions close a configurable number of days before the deadline; the refusal says when.</summary>
public sealed class QuestionCutoffTests
{
    private const int CutoffDays = 3;
    private static readonly DateTime Cutoff = Calendar.ClosesAt.AddDays(-CutoffDays);

    [Fact]
    public void A_question_one_second_before_the_cut_off_is_taken()
    {
        var clock = new FakeTimeProvider(Cutoff.AddSeconds(-1));
        var call = Build.OpenSolicitation();

        var question = CallQuestion.Ask(call, Build.OrganizationId, "user-1", "人员经费比例有上限吗？", clock.GetUtcNow().UtcDateTime, CutoffDays);

        Assert.Equal(QuestionStatus.Pending, question.Status);
        Assert.True(CallQuestion.CanAsk(call, clock.GetUtcNow().UtcDateTime, CutoffDays));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3600)]
    public void At_or_after_the_cut_off_a_question_is_refused_and_the_message_says_when_it_was(int secondsLate)
    {
        var clock = new FakeTimeProvider(Cutoff.AddSeconds(secondsLate));
        var call = Build.OpenSolicitation();

        var refusal = Assert.Throws<DomainException>(() => CallQuestion.Ask(call, Build.OrganizationId, "user-1", "问题", clock.GetUtcNow().UtcDateTime, CutoffDays));

        Assert.Contains(ChinaTime.Format(Cutoff), refusal.Message);
        Assert.Contains("截止前3天", refusal.Message);
        Assert.False(CallQuestion.CanAsk(call, clock.GetUtcNow().UtcDateTime, CutoffDays));
    }

    [Fact]
    public void The_cut_off_follows_the_configured_number_of_days()
    {
        var call = Build.OpenSolicitation();
        Assert.Equal(Calendar.ClosesAt.AddDays(-5), CallQuestion.CutoffFor(call, 5));
        var clock = new FakeTimeProvider(Calendar.ClosesAt.AddDays(-4));
        Assert.True(CallQuestion.CanAsk(call, clock.GetUtcNow().UtcDateTime, 3));
        Assert.False(CallQuestion.CanAsk(call, clock.GetUtcNow().UtcDateTime, 5));
    }

    [Fact]
    public void No_questions_before_the_window_opens_or_on_a_call_that_is_not_open()
    {
        var draft = Build.DraftSolicitation();
        Assert.Throws<DomainException>(() => CallQuestion.Ask(draft, Build.OrganizationId, "u", "问题", Calendar.DuringWindow, CutoffDays));
        var open = Build.OpenSolicitation();
        Assert.Throws<DomainException>(() => CallQuestion.Ask(open, Build.OrganizationId, "u", "问题", Calendar.OpensAt.AddSeconds(-1), CutoffDays));
    }

    [Fact]
    public void An_answer_is_given_once_and_a_clarification_needs_no_question()
    {
        var call = Build.OpenSolicitation();
        var question = CallQuestion.Ask(call, Build.OrganizationId, "u", "问题", Calendar.DuringWindow, CutoffDays);
        question.AnswerWith("答复", "officer", Calendar.DuringWindow.AddHours(1));
        Assert.Equal(QuestionStatus.Answered, question.Status);
        Assert.Throws<DomainException>(() => question.AnswerWith("再答", "officer", Calendar.DuringWindow.AddHours(2)));

        var clarification = CallQuestion.Clarify(call, "澄清", "officer", Calendar.DuringWindow);
        Assert.Equal(QuestionKind.Clarification, clarification.Kind);
        Assert.Null(clarification.OrganizationId);
        Assert.Equal(QuestionStatus.Answered, clarification.Status);
    }
}
