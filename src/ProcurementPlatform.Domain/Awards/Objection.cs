using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Awards;

public enum ObjectionStatus
{
    Pending = 0,
    Upheld = 1,
    Rejected = 2,
}

/// <summary>
/// 异议: anyone's objection to a project on an award notice during its publicity period. The contact
/// is for the department only; the grounds and the answer are published.
/// </summary>
public class Objection : AggregateRoot
{
    public const int MaxGroundsLength = 2000;

    private Objection() { }

    public Objection(AwardNotice notice, Guid applicationId, string grounds, string contact, DateTime answerDueAt, DateTime nowUtc)
    {
        if (!notice.InPublicity(nowUtc))
            throw new DomainException($"公示期已于 {ChinaTime.Format(notice.PublicityEndsAt)} 结束，不能再提出异议。");
        if (notice.Entries.All(e => e.ApplicationId != applicationId)) throw new DomainException("请选择公示名单中的项目。");
        if (string.IsNullOrWhiteSpace(grounds)) throw new DomainException("请填写异议理由。");
        if (string.IsNullOrWhiteSpace(contact)) throw new DomainException("请留下联系电话或电子邮箱，以便答复（不会公开）。");
        NoticeId = notice.Id;
        ApplicationId = applicationId;
        Grounds = grounds.Trim();
        Contact = contact.Trim();
        FiledAt = nowUtc;
        AnswerDueAt = answerDueAt;
        Status = ObjectionStatus.Pending;
    }

    public Guid NoticeId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string Grounds { get; private set; } = "";

    /// <summary>Never published.</summary>
    public string Contact { get; private set; } = "";

    public DateTime FiledAt { get; private set; }
    public DateTime AnswerDueAt { get; private set; }
    public ObjectionStatus Status { get; private set; }
    public string? Answer { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }

    public Guid? AttachmentFileId { get; private set; }
    public string? AttachmentName { get; private set; }

    /// <summary>Supporting evidence; like the contact, for the department only (it may identify the objector).</summary>
    public void Attach(Guid fileId, string fileName)
    {
        AttachmentFileId = fileId;
        AttachmentName = fileName;
    }

    public void Decide(bool upheld, string answer, string answeredBy, DateTime nowUtc)
    {
        if (Status != ObjectionStatus.Pending) throw new DomainException("该异议已经答复。");
        if (string.IsNullOrWhiteSpace(answer)) throw new DomainException("请填写答复意见和理由。");
        Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Rejected;
        Answer = answer.Trim();
        AnsweredAt = nowUtc;
        AnsweredBy = answeredBy;
    }
}
