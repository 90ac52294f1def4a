using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Domain.Applications;

public sealed record ApplicationSubmitted(Guid ApplicationId, Guid SolicitationId, Guid OrganizationId) : IDomainEvent;
public sealed record ApplicationWithdrawn(Guid ApplicationId, Guid SolicitationId) : IDomainEvent;

/// <summary>项目申报: an organisation's application to a call, in the 1+1+1+N joint model.</summary>
public class ProjectApplication : AggregateRoot
{
    public static readonly TransitionTable<ApplicationStatus, ApplicationTrigger> Lifecycle = new TransitionTable<ApplicationStatus, ApplicationTrigger>()
        .Allow(ApplicationStatus.Draft, ApplicationTrigger.Submit, ApplicationStatus.Submitted)
        .Allow(ApplicationStatus.Submitted, ApplicationTrigger.Withdraw, ApplicationStatus.Withdrawn)
        .Allow(ApplicationStatus.Submitted, ApplicationTrigger.MarkEligible, ApplicationStatus.Eligible)
        .Allow(ApplicationStatus.Submitted, ApplicationTrigger.MarkIneligible, ApplicationStatus.Ineligible)
        .Allow(ApplicationStatus.Eligible, ApplicationTrigger.Withdraw, ApplicationStatus.Withdrawn)
        .Allow(ApplicationStatus.Eligible, ApplicationTrigger.Recommend, ApplicationStatus.Recommended)
        .Allow(ApplicationStatus.Eligible, ApplicationTrigger.NotRecommend, ApplicationStatus.NotRecommended)
        .Allow(ApplicationStatus.Recommended, ApplicationTrigger.Award, ApplicationStatus.Awarded)
        .Allow(ApplicationStatus.Recommended, ApplicationTrigger.Disqualify, ApplicationStatus.Disqualified)
        .Allow(ApplicationStatus.NotRecommended, ApplicationTrigger.Promote, ApplicationStatus.Recommended)
        // A confirmed duplicate leaves the competition before the award notice; later, the objection procedure applies.
        .Allow(ApplicationStatus.Submitted, ApplicationTrigger.ConfirmDuplicate, ApplicationStatus.Ineligible)
        .Allow(ApplicationStatus.Eligible, ApplicationTrigger.ConfirmDuplicate, ApplicationStatus.Ineligible)
        .Allow(ApplicationStatus.NotRecommended, ApplicationTrigger.ConfirmDuplicate, ApplicationStatus.Ineligible);

    private readonly List<ApplicationPartner> _partners = [];
    private readonly List<ApplicationActivity> _activities = [];
    private readonly List<BudgetLine> _budgetLines = [];

    private ProjectApplication() { }

    public ProjectApplication(Solicitation solicitation, Guid organizationId, ApplicationContent content, Guid clientRequestId, string createdBy, DateTime nowUtc)
    {
        if (!solicitation.IsAcceptingApplications(nowUtc))
            throw new DomainException(NotAcceptingReason(solicitation, nowUtc));
        SolicitationId = solicitation.Id;
        OrganizationId = organizationId;
        ClientRequestId = clientRequestId;
        CreatedBy = createdBy;
        CreatedAt = nowUtc;
        Status = ApplicationStatus.Draft;
        Apply(content, solicitation.ProjectCeiling, nowUtc);
    }

    public Guid SolicitationId { get; private set; }
    public Guid OrganizationId { get; private set; }

    /// <summary>The form's one-time token: a retried or double-clicked "create" finds this row instead of making another.</summary>
    public Guid ClientRequestId { get; private set; }

    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string Objectives { get; private set; } = "";
    public string Community { get; private set; } = "";
    public string SocialWorkerName { get; private set; } = "";
    public bool SocialWorkerCertified { get; private set; }
    public string? SocialWorkerCertificateNo { get; private set; }
    public string Location { get; private set; } = "";
    public DateOnly? PeriodStart { get; private set; }
    public DateOnly? PeriodEnd { get; private set; }
    public Money RequestedAmount { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public string? EligibilityNote { get; private set; }

    public IReadOnlyList<ApplicationPartner> Partners => _partners;
    public IReadOnlyList<ApplicationActivity> Activities => _activities;
    public IReadOnlyList<BudgetLine> BudgetLines => _budgetLines;

    public bool CanFire(ApplicationTrigger trigger) => Lifecycle.CanFire(Status, trigger);

    public void Edit(ApplicationContent content, Solicitation solicitation, DateTime nowUtc)
    {
        if (Status != ApplicationStatus.Draft)
            throw new DomainException($"申报当前状态为“{Status.ToChinese()}”，只有草稿可以修改。");
        if (!solicitation.IsAcceptingApplications(nowUtc))
            throw new DomainException(NotAcceptingReason(solicitation, nowUtc));
        Apply(content, solicitation.ProjectCeiling, nowUtc);
    }

    public void Submit(Solicitation solicitation, DateTime nowUtc)
    {
        var to = Fire(ApplicationTrigger.Submit);
        if (solicitation.Id != SolicitationId) throw new ArgumentException("wrong solicitation", nameof(solicitation));
        if (!solicitation.IsAcceptingApplications(nowUtc))
            throw new DomainException(NotAcceptingReason(solicitation, nowUtc));
        var content = CurrentContent();
        var problems = content.Problems(solicitation.ProjectCeiling).Concat(content.Incompleteness()).Select(p => p.Message).ToList();
        if (problems.Count > 0)
            throw new DomainException("申报材料不完整，无法提交：" + string.Join(" ", problems));
        Status = to;
        SubmittedAt = nowUtc;
        UpdatedAt = nowUtc;
        Raise(new ApplicationSubmitted(Id, SolicitationId, OrganizationId));
    }

    public void Withdraw(Solicitation solicitation, string? reason, DateTime nowUtc)
    {
        var to = Fire(ApplicationTrigger.Withdraw);
        if (nowUtc > solicitation.ClosesAt)
            throw new DomainException($"申报已于 {ChinaTime.FormatWithSeconds(solicitation.ClosesAt)}（北京时间）截止，截止后不能撤回。");
        Status = to;
        WithdrawnAt = nowUtc;
        WithdrawalReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        UpdatedAt = nowUtc;
        Raise(new ApplicationWithdrawn(Id, SolicitationId));
    }

    public void MarkEligible(DateTime nowUtc)
    {
        Status = Fire(ApplicationTrigger.MarkEligible);
        EligibilityNote = null;
        UpdatedAt = nowUtc;
    }

    public void MarkIneligible(string reason, DateTime nowUtc)
    {
        var to = Fire(ApplicationTrigger.MarkIneligible);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("资格审查不通过必须填写理由。");
        Status = to;
        EligibilityNote = reason.Trim();
        UpdatedAt = nowUtc;
    }

    /// <summary>Confirmed as a duplicate application (重复申报): out of the competition, with the reason kept as the eligibility note.</summary>
    public void MarkDuplicate(string reason, DateTime nowUtc)
    {
        if (!CanFire(ApplicationTrigger.ConfirmDuplicate))
            throw new DomainException($"申报《{Title}》当前状态为“{Status.ToChinese()}”，不能执行“{ApplicationTrigger.ConfirmDuplicate.ToChinese()}”操作" + Status switch
            {
                ApplicationStatus.Recommended => "：已列入拟立项公示，请在公示期内通过异议程序取消其立项资格。",
                ApplicationStatus.Awarded => "：已立项，请通过合同管理程序处理，并登记信用信息。",
                _ => "。",
            });
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("认定重复申报必须填写理由。");
        Status = Fire(ApplicationTrigger.ConfirmDuplicate);
        EligibilityNote = "经核实为重复申报：" + reason.Trim();
        UpdatedAt = nowUtc;
    }

    public void Recommend(DateTime nowUtc)
    {
        Status = Fire(ApplicationTrigger.Recommend);
        UpdatedAt = nowUtc;
    }

    public void MarkAwarded(DateTime nowUtc)
    {
        Status = Fire(ApplicationTrigger.Award);
        UpdatedAt = nowUtc;
    }

    public void Disqualify(DateTime nowUtc)
    {
        Status = Fire(ApplicationTrigger.Disqualify);
        UpdatedAt = nowUtc;
    }

    /// <summary>递补: a not-recommended application moves up after a recommended one was disqualified.</summary>
    public void Promote(DateTime nowUtc)
    {
        Status = Fire(ApplicationTrigger.Promote);
        UpdatedAt = nowUtc;
    }

    public void NotRecommend(DateTime nowUtc)
    {
        Status = Fire(ApplicationTrigger.NotRecommend);
        UpdatedAt = nowUtc;
    }

    public ApplicationContent CurrentContent() => new(
        Title, Summary, Objectives, Community, SocialWorkerName, SocialWorkerCertified, SocialWorkerCertificateNo,
        Location, PeriodStart, PeriodEnd,
        _partners.OrderBy(p => p.Order).Select(p => new PartnerItem(p.Kind, p.Name, p.Role)).ToList(),
        _activities.OrderBy(a => a.Order).Select(a => new ActivityItem(a.Name, a.OutputType, a.Quantity, a.Beneficiaries, a.Description)).ToList(),
        _budgetLines.OrderBy(l => l.Order).Select(l => new BudgetLineItem(l.Category, l.Description, l.Amount)).ToList());

    /// <summary>Why a call does not take applications now, in words an applicant understands.</summary>
    public static string NotAcceptingReason(Solicitation solicitation, DateTime nowUtc)
    {
        if (solicitation.Status != SolicitationStatus.Open)
            return $"该项目征集当前状态为“{solicitation.Status.ToChinese()}”，不接受申报。";
        if (nowUtc < solicitation.OpensAt)
            return $"该项目征集将于 {ChinaTime.FormatWithSeconds(solicitation.OpensAt)}（北京时间）开始接受申报。";
        if (nowUtc > solicitation.ClosesAt)
            return $"申报已于 {ChinaTime.FormatWithSeconds(solicitation.ClosesAt)}（北京时间）截止，服务器收到您请求的时间为 {ChinaTime.FormatWithSeconds(nowUtc)}，已超过截止时间。";
        return "该项目征集当前不接受申报。";
    }

    private ApplicationStatus Fire(ApplicationTrigger trigger) =>
        Lifecycle.Fire(Status, trigger, (from, t) => $"申报当前状态为“{from.ToChinese()}”，不能执行“{t.ToChinese()}”操作。");

    private void Apply(ApplicationContent content, Money ceiling, DateTime nowUtc)
    {
        var problems = content.Problems(ceiling).Select(p => p.Message).ToList();
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));
        Title = content.Title.Trim();
        Summary = content.Summary.Trim();
        Objectives = content.Objectives.Trim();
        Community = content.Community.Trim();
        SocialWorkerName = content.SocialWorkerName.Trim();
        SocialWorkerCertified = content.SocialWorkerCertified;
        SocialWorkerCertificateNo = string.IsNullOrWhiteSpace(content.SocialWorkerCertificateNo) ? null : content.SocialWorkerCertificateNo.Trim();
        Location = content.Location.Trim();
        PeriodStart = content.PeriodStart;
        PeriodEnd = content.PeriodEnd;
        _partners.Clear();
        _partners.AddRange(content.Partners.Select((p, i) => new ApplicationPartner(i + 1, p)));
        _activities.Clear();
        _activities.AddRange(content.Activities.Select((a, i) => new ApplicationActivity(i + 1, a)));
        _budgetLines.Clear();
        _budgetLines.AddRange(content.BudgetLines.Select((l, i) => new BudgetLine(i + 1, l)));
        RequestedAmount = content.RequestedAmount;
        UpdatedAt = nowUtc;
    }
}
