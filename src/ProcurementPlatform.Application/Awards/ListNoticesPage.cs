using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Domain.Awards;

namespace ProcurementPlatform.Application.Awards;

/// <summary>
/// One page of the public notice list at /notices, newest first; <paramref name="Kind"/> narrows to award or evaluation
/// notices. Sorted and paged in the database: with ten years of notices (thousands) the whole list took seconds to load
/// and render, and made a page of megabytes.
/// </summary>
public sealed record ListNoticesPageQuery(NoticeKind? Kind = null, int Page = 1, int PageSize = 20) : IQuery<PagedList<NoticeListItem>>
{
    public const int MaxPageSize = 100;
}

public sealed class ListNoticesPageQueryHandler(IApplicationDbContext db) : IQueryHandler<ListNoticesPageQuery, PagedList<NoticeListItem>>
{
    public async ValueTask<PagedList<NoticeListItem>> Handle(ListNoticesPageQuery query, CancellationToken cancellationToken)
    {
        var notices = Filter(db, query.Kind);
        var total = await notices.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, ListNoticesPageQuery.MaxPageSize);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await (from n in notices.OrderByDescending(n => n.PublishedAt).ThenBy(n => n.Id).Skip((page - 1) * pageSize).Take(pageSize)
                          join s in db.Solicitations on n.SolicitationId equals s.Id
                          join d in db.Departments on s.DepartmentId equals d.Id
                          select new { n, d.Name }).ToListAsync(cancellationToken);
        var items = rows.OrderByDescending(x => x.n.PublishedAt).ThenBy(x => x.n.Id)
            .Select(x => new NoticeListItem(x.n.Id, x.n.Title, x.Name, x.n.PublishedAt, x.n.PublicityEndsAt, x.n.Status, x.n.Entries.Count, x.n.Kind)).ToList();
        return new PagedList<NoticeListItem>(items, page, pageSize, total);
    }

    public static IQueryable<AwardNotice> Filter(IApplicationDbContext db, NoticeKind? kind) =>
        db.AwardNotices.AsNoTracking().Where(n => kind == null || n.Kind == kind);
}
