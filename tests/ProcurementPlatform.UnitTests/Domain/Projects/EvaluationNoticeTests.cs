using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Publicity;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>评估结果公示: the award notice's publicity and objections, reused for evaluation results.</summary>
public class EvaluationNoticeTests
{
    private static readonly DateTime MondayMorning = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc); // 10:00 China time

    private static AwardNotice Notice(NoticeKind kind, params Guid[] applications) => new(Guid.NewGuid(), "公示",
        applications.Select((id, i) => new AwardNoticeItem(id, $"项目{i}", "机构", Money.FromYuan(100_000), 85m, i + 1,
            kind == NoticeKind.Evaluation ? Guid.NewGuid() : null,
            kind == NoticeKind.Evaluation ? EvaluationKind.Final : null,
            kind == NoticeKind.Evaluation ? EvaluationGrade.Good : null)).ToList(),
        WorkingDayCalendar.WeekdaysOnly, 5, MondayMorning, kind: kind);

    [Fact]
    public void Finalising_an_evaluation_notice_does_not_award_the_applications_again()
    {
        var clear = Guid.NewGuid();
        var upheld = Guid.NewGuid();
        var notice = Notice(NoticeKind.Evaluation, clear, upheld);

        var decided = notice.Finalise(id => (id == upheld, false), notice.PublicityEndsAt);

        Assert.Equal(NoticeKind.Evaluation, notice.Kind);
        Assert.Equal(2, decided.Count);
        Assert.Equal([AwardOutcome.Awarded, AwardOutcome.Disqualified], notice.Entries.Select(e => e.Outcome));
        Assert.Equal(AwardNoticeStatus.Final, notice.Status);
        Assert.Empty(notice.DomainEvents.OfType<ApplicationAwarded>());
        Assert.Empty(notice.DomainEvents);
    }

    [Fact]
    public void Finalising_an_award_notice_awards_each_clear_application()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var upheld = Guid.NewGuid();
        var notice = Notice(NoticeKind.Award, first, second, upheld);

        notice.Finalise(id => (id == upheld, false), notice.PublicityEndsAt);

        Assert.Equal(NoticeKind.Award, notice.Kind);
        Assert.Equal([first, second], notice.DomainEvents.OfType<ApplicationAwarded>().Select(e => e.ApplicationId));
        Assert.All(notice.DomainEvents.OfType<ApplicationAwarded>(), e => Assert.Equal(notice.Id, e.NoticeId));
    }

    [Fact]
    public void An_evaluation_notice_keeps_the_evaluation_it_publishes()
    {
        var application = Guid.NewGuid();
        var evaluationId = Guid.NewGuid();
        var notice = new AwardNotice(Guid.NewGuid(), "评估结果公示",
            [new AwardNoticeItem(application, "幸福食堂", "机构", Money.FromYuan(200_000), 87m, 1, evaluationId, EvaluationKind.MidTerm, EvaluationGrade.Good)],
            WorkingDayCalendar.WeekdaysOnly, 5, MondayMorning, kind: NoticeKind.Evaluation);

        var entry = Assert.Single(notice.Entries);

        Assert.Equal((evaluationId, EvaluationKind.MidTerm, EvaluationGrade.Good), (entry.EvaluationId, entry.EvaluationKind, entry.Grade));
        Assert.Equal(new DateTime(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc), notice.PublicityEndsAt);
    }

    [Fact]
    public void An_evaluation_notice_cannot_be_finalised_during_publicity()
    {
        var notice = Notice(NoticeKind.Evaluation, Guid.NewGuid());

        Assert.Throws<DomainException>(() => notice.Finalise(_ => (false, false), notice.PublicityEndsAt.AddSeconds(-1)));
        Assert.Equal(AwardNoticeStatus.InPublicity, notice.Status);
    }
}
