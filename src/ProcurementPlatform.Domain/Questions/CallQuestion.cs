using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Questions;

public enum QuestionKind
{
    /// <summary>Asked by an organisation, answered by the department.</summary>
    Question = 0,

    /// <summary>Published by the department of its own accord.</summary>
    Clarification = 1,
}

public enum QuestionStatus
{
    Pending = 0,
    Answered = 1,
}

public sealed record QuestionAnswered(Guid QuestionId, Guid SolicitationId) : IDomainEvent;

/// <summary>
/// 答疑: a question about an open call and its answer. Who asked is kept for the department's
/// records only; what is published is the question, the answer and the dates.
/// </summary>
public class CallQuestion : AggregateRoot
{
    public const int MaxTextLength = 2000;

    private CallQuestion() { }

    private CallQuestion(Guid solicitationId, QuestionKind kind, string text, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException(kind == QuestionKind.Question ? "请填写问题内容。" : "请填写澄清内容。");
        if (text.Trim().Length > MaxTextLength) throw new DomainException($"内容不能超过{MaxTextLength}个字符。");
        SolicitationId = solicitationId;
        Kind = kind;
        Text = text.Trim();
        AskedAt = nowUtc;
    }

    /// <summary>When questions stop being accepted: <paramref name="cutoffDays"/> days before the deadline.</summary>
    public static DateTime CutoffFor(Solicitation solicitation, int cutoffDays) => solicitation.ClosesAt.AddDays(-cutoffDays);

    public static bool CanAsk(Solicitation solicitation, DateTime nowUtc, int cutoffDays) =>
        solicitation.IsAcceptingApplications(nowUtc) && nowUtc < CutoffFor(solicitation, cutoffDays);

    public static CallQuestion Ask(Solicitation solicitation, Guid organizationId, string askedByUserId, string text, DateTime nowUtc, int cutoffDays)
    {
        if (!solicitation.IsAcceptingApplications(nowUtc))
            throw new DomainException("该项目征集当前不在申报期内，不能提问。");
        var cutoff = CutoffFor(solicitation, cutoffDays);
        if (nowUtc >= cutoff)
            throw new DomainException($"提问已于 {ChinaTime.Format(cutoff)}（北京时间，申报截止前{cutoffDays}天）截止，不能再提交问题。");
        return new CallQuestion(solicitation.Id, QuestionKind.Question, text, nowUtc)
        {
            OrganizationId = organizationId,
            AskedByUserId = askedByUserId,
            Status = QuestionStatus.Pending,
        };
    }

    public static CallQuestion Clarify(Solicitation solicitation, string text, string publishedBy, DateTime nowUtc)
    {
        if (solicitation.Status != SolicitationStatus.Open)
            throw new DomainException($"项目征集当前状态为“{solicitation.Status.ToChinese()}”，只能在征集期间发布澄清。");
        return new CallQuestion(solicitation.Id, QuestionKind.Clarification, text, nowUtc)
        {
            Status = QuestionStatus.Answered,
            AnsweredAt = nowUtc,
            AnsweredBy = publishedBy,
        };
    }

    public Guid SolicitationId { get; private set; }
    public QuestionKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime AskedAt { get; private set; }

    /// <summary>Never published.</summary>
    public Guid? OrganizationId { get; private set; }

    /// <summary>Never published.</summary>
    public string? AskedByUserId { get; private set; }

    public Guid? AttachmentFileId { get; private set; }
    public string? AttachmentName { get; private set; }
    public QuestionStatus Status { get; private set; }
    public string? Answer { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }

    /// <summary>The amendment of the call this answer was made with, when it changed the terms.</summary>
    public int? AmendmentId { get; private set; }

    public void Attach(Guid fileId, string fileName)
    {
        AttachmentFileId = fileId;
        AttachmentName = fileName;
    }

    public void AnswerWith(string answer, string answeredBy, DateTime nowUtc, int? amendmentId = null)
    {
        if (Kind != QuestionKind.Question || Status != QuestionStatus.Pending)
            throw new DomainException("该问题已经答复，不能重复答复。");
        if (string.IsNullOrWhiteSpace(answer)) throw new DomainException("请填写答复内容。");
        if (answer.Trim().Length > MaxTextLength) throw new DomainException($"答复不能超过{MaxTextLength}个字符。");
        Status = QuestionStatus.Answered;
        Answer = answer.Trim();
        AnsweredAt = nowUtc;
        AnsweredBy = answeredBy;
        AmendmentId = amendmentId;
        Raise(new QuestionAnswered(Id, SolicitationId));
    }
}
