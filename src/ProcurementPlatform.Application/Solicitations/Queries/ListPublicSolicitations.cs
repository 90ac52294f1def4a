using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.Queries;

/// <summary>The public list of calls (never drafts), filtered and paged; open calls first.</summary>
public sealed record ListPublicSolicitationsQuery(
    ServiceField? ServiceField = null, Guid? DepartmentId = null, SolicitationStatus? Status = null,
    string? Keyword = null, int Page = 1, int PageSize = 10) : IQuery<PagedList<SolicitationListItem>>;

public sealed class ListPublicSolicitationsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<ListPublicSolicitationsQuery, PagedList<SolicitationListItem>>
{
    public const int MaxPageSize = 50;

    public async ValueTask<PagedList<SolicitationListItem>> Handle(ListPublicSolicitationsQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var filtered = Filter(db, query);
        var total = await filtered.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await WithDepartment(db, filtered)
            .OrderBy(x => x.Call.Status == SolicitationStatus.Open ? 0 : 1)
            .ThenByDescending(x => x.Call.PublishedAt)
            .ThenBy(x => x.Call.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(ToListItem)
            .ToListAsync(cancellationToken);
        return new PagedList<SolicitationListItem>(items, page, pageSize, total);
    }

    /// <summary>The filter, exposed so tests can check its SQL Server translation.</summary>
    public static IQueryable<Solicitation> Filter(IApplicationDbContext db, ListPublicSolicitationsQuery query)
    {
        var calls = db.Solicitations.AsNoTracking().Where(Solicitation.IsPublic);
        if (query.ServiceField is { } field) calls = calls.Where(s => s.ServiceField == field);
        if (query.DepartmentId is { } department) calls = calls.Where(s => s.DepartmentId == department);
        if (query.Status is { } status) calls = calls.Where(s => s.Status == status);
        if (!string.IsNullOrWhiteSpace(query.Keyword))
        {
            var keyword = query.Keyword.Trim();
            calls = calls.Where(s => s.Title.Contains(keyword) || s.TargetGroups.Contains(keyword));
        }
        return calls;
    }

    public sealed class CallWithDepartment
    {
        public Solicitation Call { get; init; } = null!;
        public string DepartmentName { get; init; } = "";
    }

    /// <summary>Calls joined with their department's name; order on this, then project with <see cref="ToListItem"/>.</summary>
    public static IQueryable<CallWithDepartment> WithDepartment(IApplicationDbContext db, IQueryable<Solicitation> calls) =>
        from s in calls
        join d in db.Departments on s.DepartmentId equals d.Id
        select new CallWithDepartment { Call = s, DepartmentName = d.Name };

    public static readonly System.Linq.Expressions.Expression<Func<CallWithDepartment, SolicitationListItem>> ToListItem = x =>
        new SolicitationListItem(x.Call.Id, x.Call.Title, x.DepartmentName, x.Call.ServiceField, x.Call.FundSource, x.Call.ProjectCeiling,
            x.Call.TotalBudget, x.Call.ProjectCount, x.Call.OpensAt, x.Call.ClosesAt, x.Call.Status, x.Call.PublishedAt);
}
