using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Questions.Queries;

/// <summary>A published question or clarification. By construction it carries nothing about who asked.</summary>
public sealed record PublicQuestion(QuestionKind Kind, string Text, DateTime AskedAt, string? Answer, DateTime? AnsweredAt, string? AmendmentChanges);

public sealed record PublicAmendment(DateTime At, string Reason, string Changes);

public sealed record CallQandA(Guid SolicitationId, DateTime CutoffAt, int CutoffDays, bool QuestionsOpen, IReadOnlyList<PublicQuestion> Items, IReadOnlyList<PublicAmendment> Amendments);

/// <summary>The public 答疑 of a published call: answered questions, clarifications and amendment notices.</summary>
public sealed record GetCallQandAQuery(Guid SolicitationId) : IQuery<CallQandA>;

public sealed class GetCallQandAQueryHandler(IApplicationDbContext db, TimeProvider clock, IOptions<QuestionOptions> options) : IQueryHandler<GetCallQandAQuery, CallQandA>
{
    public async ValueTask<CallQandA> Handle(GetCallQandAQuery query, CancellationToken cancellationToken)
    {
        var solicitation = await db.Solicitations.AsNoTracking().Where(Solicitation.IsPublic).FirstOrDefaultAsync(s => s.Id == query.SolicitationId, cancellationToken)
            ?? throw new NotFoundException("未找到该项目征集。");
        var amendments = solicitation.Amendments.ToDictionary(a => a.Id);
        var items = (await db.CallQuestions.AsNoTracking()
                .Where(q => q.SolicitationId == query.SolicitationId && q.Status == QuestionStatus.Answered)
                .Select(q => new { q.Kind, q.Text, q.AskedAt, q.Answer, q.AnsweredAt, q.AmendmentId })
                .ToListAsync(cancellationToken))
            .OrderByDescending(q => q.AnsweredAt)
            .Select(q => new PublicQuestion(q.Kind, q.Text, q.AskedAt, q.Answer, q.AnsweredAt,
                q.AmendmentId is { } id && amendments.TryGetValue(id, out var a) ? a.Changes : null))
            .ToList();
        var days = options.Value.CutoffDays;
        return new CallQandA(solicitation.Id, CallQuestion.CutoffFor(solicitation, days), days,
            CallQuestion.CanAsk(solicitation, clock.GetUtcNow().UtcDateTime, days), items,
            solicitation.Amendments.OrderByDescending(a => a.At).Select(a => new PublicAmendment(a.At, a.Reason, a.Changes)).ToList());
    }
}

public sealed record OwnQuestion(Guid Id, string Text, DateTime AskedAt, QuestionStatus Status, string? Answer, DateTime? AnsweredAt, string? AttachmentName);

/// <summary>The questions the user's organisation asked about a call, answered or not.</summary>
[Authorize(Roles.OrganizationUser)]
public sealed record ListMyQuestionsQuery(Guid SolicitationId) : IQuery<IReadOnlyList<OwnQuestion>>;

public sealed class ListMyQuestionsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListMyQuestionsQuery, IReadOnlyList<OwnQuestion>>
{
    public async ValueTask<IReadOnlyList<OwnQuestion>> Handle(ListMyQuestionsQuery query, CancellationToken cancellationToken) =>
        (await db.CallQuestions.AsNoTracking()
            .Where(q => q.SolicitationId == query.SolicitationId && q.OrganizationId != null && q.OrganizationId == user.OrganizationId)
            .Select(q => new OwnQuestion(q.Id, q.Text, q.AskedAt, q.Status, q.Answer, q.AnsweredAt, q.AttachmentName))
            .ToListAsync(cancellationToken))
        .OrderByDescending(q => q.AskedAt).ToList();
}

public sealed record DepartmentQuestion(
    Guid Id, Guid SolicitationId, string SolicitationTitle, QuestionKind Kind, string Text, DateTime AskedAt, string? OrganizationName,
    QuestionStatus Status, string? Answer, DateTime? AnsweredAt, string? AttachmentName, DateTime ClosesAt);

/// <summary>
/// Questions on the officer's department's calls: all of one call, or — without a call — the to-do
/// list of every unanswered one. The department sees who asked; the public never does.
/// </summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed record ListDepartmentQuestionsQuery(Guid? SolicitationId = null) : IQuery<IReadOnlyList<DepartmentQuestion>>;

public sealed class ListDepartmentQuestionsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListDepartmentQuestionsQuery, IReadOnlyList<DepartmentQuestion>>
{
    public async ValueTask<IReadOnlyList<DepartmentQuestion>> Handle(ListDepartmentQuestionsQuery query, CancellationToken cancellationToken)
    {
        return (await Query(db, user.DepartmentId!.Value, query.SolicitationId).ToListAsync(cancellationToken))
            .OrderBy(q => q.Status).ThenBy(q => q.AskedAt)
            .ToList();
    }

    /// <summary>The query, exposed so tests can check its SQL Server translation.</summary>
    public static IQueryable<DepartmentQuestion> Query(IApplicationDbContext db, Guid departmentId, Guid? solicitationId)
    {
        var rows = from q in db.CallQuestions.AsNoTracking()
                   join s in db.Solicitations on q.SolicitationId equals s.Id
                   join o in db.Organizations on q.OrganizationId equals o.Id into asked
                   from o in asked.DefaultIfEmpty()
                   where s.DepartmentId == departmentId
                   select new { q, s.Title, s.ClosesAt, OrganizationName = o == null ? null : o.Name };
        rows = solicitationId is { } id
            ? rows.Where(r => r.q.SolicitationId == id)
            : rows.Where(r => r.q.Status == QuestionStatus.Pending);
        return rows.Select(r => new DepartmentQuestion(r.q.Id, r.q.SolicitationId, r.Title, r.q.Kind, r.q.Text, r.q.AskedAt, r.OrganizationName,
            r.q.Status, r.q.Answer, r.q.AnsweredAt, r.q.AttachmentName, r.ClosesAt));
    }
}

/// <summary>A question's attachment: for the organisation that asked and the call's department only (it may identify the asker).</summary>
[Authorize(Roles.OrganizationUser, Roles.DepartmentOfficer)]
public sealed record GetQuestionAttachmentQuery(Guid QuestionId) : IQuery<FileDownload>;

public sealed class GetQuestionAttachmentQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetQuestionAttachmentQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetQuestionAttachmentQuery query, CancellationToken cancellationToken)
    {
        var found = await (from q in db.CallQuestions.AsNoTracking()
                           join s in db.Solicitations on q.SolicitationId equals s.Id
                           join f in db.StoredFiles on q.AttachmentFileId equals f.Id
                           where q.Id == query.QuestionId
                           select new { q.OrganizationId, s.DepartmentId, f.FileName, f.ContentType, f.Content }).FirstOrDefaultAsync(cancellationToken);
        var visible = found is not null
            && ((user.IsInRole(Roles.OrganizationUser) && found.OrganizationId == user.OrganizationId)
                || (user.IsInRole(Roles.DepartmentOfficer) && found.DepartmentId == user.DepartmentId));
        if (!visible) throw new NotFoundException("未找到该附件。");
        return new FileDownload(found!.FileName, found.ContentType, found.Content);
    }
}
