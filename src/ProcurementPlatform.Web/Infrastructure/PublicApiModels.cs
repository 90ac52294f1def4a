using System.Globalization;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Application.Portal.Exports;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Web.Infrastructure;

// The public API's documents: camelCase JSON, amounts as integer fen plus a yuan string, times with the +08:00 offset.

public sealed record ApiError(string Error);

public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int TotalPages);

public sealed record ApiCall(Guid Id, string Title, string Department, ServiceField ServiceField, string ServiceFieldName, FundSource FundSource, string FundSourceName,
    long ProjectCeilingFen, string ProjectCeilingYuan, long TotalBudgetFen, string TotalBudgetYuan, int ProjectCount,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset? PublishedAt, SolicitationStatus Status, string StatusName, string Url);

public sealed record ApiRubricCriterion(string Name, int Weight, string? Description);

public sealed record ApiAttachment(string FileName, long Length, string Url);

public sealed record ApiCallDetails(Guid Id, string Title, string Department, string Summary, ServiceField ServiceField, string ServiceFieldName, string TargetGroups,
    FundSource FundSource, string FundSourceName, long ProjectCeilingFen, string ProjectCeilingYuan, long TotalBudgetFen, string TotalBudgetYuan, int ProjectCount,
    string Eligibility, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset RoadshowAt, string Contact, SolicitationStatus Status, string StatusName,
    bool AcceptingApplications, DateTimeOffset? PublishedAt, DateTimeOffset? ClosedAt, DateTimeOffset? CancelledAt, string? CancellationReason,
    IReadOnlyList<ApiRubricCriterion> Rubric, IReadOnlyList<ApiAttachment> Attachments, string Url);

public sealed record ApiNotice(Guid Id, string Title, NoticeKind Kind, string KindName, string Department, DateTimeOffset PublishedAt, DateTimeOffset PublicityEndsAt,
    AwardNoticeStatus Status, int Projects, string Url);

public sealed record ApiNoticeEntry(int Rank, string ProjectTitle, string Organization, long AmountFen, string AmountYuan, decimal Score, AwardOutcome Outcome,
    EvaluationKind? EvaluationKind, EvaluationGrade? Grade, string? GradeName);

/// <summary>An objection as published: grounds, outcome and answer; never who filed it or how to reach them.</summary>
public sealed record ApiObjection(string ProjectTitle, string Grounds, DateTimeOffset FiledAt, ObjectionStatus Status, string? Answer, DateTimeOffset? AnsweredAt);

public sealed record ApiNoticeDetails(Guid Id, string Title, NoticeKind Kind, string KindName, Guid CallId, string Department, DateTimeOffset PublishedAt,
    DateTimeOffset PublicityEndsAt, int WorkingDays, bool InPublicity, AwardNoticeStatus Status, Guid? SupplementsNoticeId,
    IReadOnlyList<ApiNoticeEntry> Entries, IReadOnlyList<ApiObjection> Objections, string Url);

public sealed record ApiCreditEntry(Guid Id, string Organization, string CreditCode, CreditList List, string ListName, string Grounds, string? Department,
    DateOnly? ListedOn, DateOnly? ExpiresOn, CreditEntryStatus Status, string Url);

public static class ApiMapping
{
    public static DateTimeOffset Cst(DateTime utc) => new(ChinaTime.ToCst(utc), ChinaTime.Offset);

    public static DateTimeOffset? Cst(DateTime? utc) => utc is { } t ? Cst(t) : null;

    public static string Yuan(Money amount) => ExportCells.Yuan(amount).ToString(CultureInfo.InvariantCulture);

    public static ApiCall ToApi(this SolicitationListItem c) => new(c.Id, c.Title, c.DepartmentName, c.ServiceField, c.ServiceField.ToChinese(), c.FundSource,
        c.FundSource.ToChinese(), c.ProjectCeiling.Fen, Yuan(c.ProjectCeiling), c.TotalBudget.Fen, Yuan(c.TotalBudget), c.ProjectCount,
        Cst(c.OpensAt), Cst(c.ClosesAt), Cst(c.PublishedAt), c.Status, c.Status.ToChinese(), $"/calls/{c.Id}");

    public static ApiCallDetails ToApi(this SolicitationDetails c) => new(c.Id, c.Title, c.DepartmentName, c.Summary, c.ServiceField, c.ServiceField.ToChinese(),
        c.TargetGroups, c.FundSource, c.FundSource.ToChinese(), c.ProjectCeiling.Fen, Yuan(c.ProjectCeiling), c.TotalBudget.Fen, Yuan(c.TotalBudget), c.ProjectCount,
        c.Eligibility, Cst(c.OpensAt), Cst(c.ClosesAt), Cst(c.RoadshowAt), c.ContactInfo, c.Status, c.Status.ToChinese(), c.AcceptingApplications,
        Cst(c.PublishedAt), Cst(c.ClosedAt), Cst(c.CancelledAt), c.CancellationReason,
        c.Rubric.Select(r => new ApiRubricCriterion(r.Name, r.Weight, r.Description)).ToList(),
        c.Attachments.Select(a => new ApiAttachment(a.FileName, a.Length, $"/calls/{c.Id}/attachments/{a.Id}")).ToList(), $"/calls/{c.Id}");

    public static string KindName(NoticeKind kind) => kind == NoticeKind.Evaluation ? "评估结果公示" : "立项公示";

    public static ApiNotice ToApi(this NoticeListItem n) => new(n.Id, n.Title, n.Kind, KindName(n.Kind), n.DepartmentName, Cst(n.PublishedAt), Cst(n.PublicityEndsAt),
        n.Status, n.Projects, $"/notices/{n.Id}");

    public static ApiNoticeDetails ToApi(this NoticeView n) => new(n.Id, n.Title, n.Kind, KindName(n.Kind), n.SolicitationId, n.DepartmentName, Cst(n.PublishedAt),
        Cst(n.PublicityEndsAt), n.WorkingDays, n.InPublicity, n.Status, n.SupplementsNoticeId,
        n.Entries.Select(e => new ApiNoticeEntry(e.Rank, e.ProjectTitle, e.OrganizationName, e.Amount.Fen, Yuan(e.Amount), e.Score, e.Outcome,
            e.EvaluationKind, e.Grade, e.Grade?.ToChinese())).ToList(),
        n.Objections.Select(o => new ApiObjection(o.ProjectTitle, o.Grounds, Cst(o.FiledAt), o.Status, o.Answer, Cst(o.AnsweredAt))).ToList(),
        $"/notices/{n.Id}");

    public static ApiCreditEntry ToApi(this CreditListItem e) => new(e.Id, e.OrganizationName, e.CreditCode, e.List, e.List.ToChinese(), e.Grounds, e.DepartmentName,
        e.ListedOn, e.ExpiresOn, e.Status, $"/credit/{e.Id}");
}
