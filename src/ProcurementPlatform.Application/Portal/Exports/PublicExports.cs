using ProcurementPlatform.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Portal.Exports;

/// <summary>The public data sets that can be downloaded (anonymous; the same rules as the public pages decide what is in them).</summary>
public enum ExportDataset
{
    Calls,
    Awards,
    Contracts,
    Evaluations,
    Credit,
}

public static class ExportDatasets
{
    public static string FileTitle(this ExportDataset dataset) => dataset switch
    {
        ExportDataset.Calls => "项目征集公告",
        ExportDataset.Awards => "立项公示结果",
        ExportDataset.Contracts => "服务项目合同",
        ExportDataset.Evaluations => "评估结果公示",
        _ => "社会组织红黑榜",
    };

    public static bool TryParse(string? name, out ExportDataset dataset)
    {
        dataset = default;
        return name is not null && name.All(char.IsAsciiLetterLower) && Enum.TryParse(name, ignoreCase: true, out dataset);
    }

    /// <summary>The query that builds a data set's table.</summary>
    public static IQuery<ExportTable> Query(this ExportDataset dataset, int? year) => dataset switch
    {
        ExportDataset.Calls => new ExportCallsQuery(year),
        ExportDataset.Awards => new ExportAwardsQuery(year),
        ExportDataset.Contracts => new ExportContractsQuery(year),
        ExportDataset.Evaluations => new ExportEvaluationsQuery(year),
        _ => new ExportCreditListsQuery(year),
    };
}

/// <summary>Every published call (the rule of <c>/calls</c>: <see cref="Solicitation.IsPublic"/>), newest first; <c>Year</c> is the year of publication in China time.</summary>
public sealed record ExportCallsQuery(int? Year = null) : IQuery<ExportTable>;

public sealed class ExportCallsQueryHandler(IApplicationDbContext db) : IQueryHandler<ExportCallsQuery, ExportTable>
{
    public async ValueTask<ExportTable> Handle(ExportCallsQuery query, CancellationToken cancellationToken)
    {
        var items = await Rows(db, query.Year).ToListAsync(cancellationToken);
        return new ExportTable("项目征集公告",
            ["征集标题", "购买主体", "服务领域", "资金来源", "单个项目预算上限（元）", "总预算（元）", "拟资助项目数", "发布时间", "申报截止时间", "状态"],
            items.Select(c => (IReadOnlyList<object?>)[c.Title, c.DepartmentName, c.ServiceField.ToChinese(), c.FundSource.ToChinese(), ExportCells.Yuan(c.ProjectCeiling),
                ExportCells.Yuan(c.TotalBudget), c.ProjectCount, ExportCells.Time(c.PublishedAt), ExportCells.Time(c.ClosesAt), c.Status.ToChinese()]).ToList());
    }

    /// <summary>The export's one query (public for the SQL Server translation test).</summary>
    public static IQueryable<SolicitationListItem> Rows(IApplicationDbContext db, int? year)
    {
        var calls = ListPublicSolicitationsQueryHandler.Filter(db, new ListPublicSolicitationsQuery());
        if (year is { } y)
        {
            var (from, to) = ChinaTime.YearUtc(y);
            calls = calls.Where(s => s.PublishedAt >= from && s.PublishedAt < to);
        }
        return ListPublicSolicitationsQueryHandler.WithDepartment(db, calls)
            .OrderByDescending(x => x.Call.PublishedAt).ThenBy(x => x.Call.Id)
            .Select(ListPublicSolicitationsQueryHandler.ToListItem);
    }
}

/// <summary>A published notice with its call and department, for the award and evaluation exports.</summary>
public sealed class NoticeExportRow
{
    public required AwardNotice Notice { get; init; }
    public required string CallTitle { get; init; }
    public required string DepartmentName { get; init; }
}

public static class NoticeExport
{
    /// <summary>
    /// Notices of one kind, newest first. A notice exists only once published (立项公示 and 评估结果公示 are created
    /// at publication), so every notice is public — the rule of <c>/notices</c>.
    /// </summary>
    public static IQueryable<NoticeExportRow> Rows(IApplicationDbContext db, NoticeKind kind, int? year)
    {
        var notices = db.AwardNotices.AsNoTracking().Where(n => n.Kind == kind);
        if (year is { } y)
        {
            var (from, to) = ChinaTime.YearUtc(y);
            notices = notices.Where(n => n.PublishedAt >= from && n.PublishedAt < to);
        }
        return from n in notices
               join s in db.Solicitations on n.SolicitationId equals s.Id
               join d in db.Departments on s.DepartmentId equals d.Id
               orderby n.PublishedAt descending, n.Id
               select new NoticeExportRow { Notice = n, CallTitle = s.Title, DepartmentName = d.Name };
    }
}

/// <summary>Every project published in an award notice (立项公示) with its outcome; <c>Year</c> is the notice's year of publication.</summary>
public sealed record ExportAwardsQuery(int? Year = null) : IQuery<ExportTable>;

public sealed class ExportAwardsQueryHandler(IApplicationDbContext db) : IQueryHandler<ExportAwardsQuery, ExportTable>
{
    public async ValueTask<ExportTable> Handle(ExportAwardsQuery query, CancellationToken cancellationToken)
    {
        var notices = await NoticeExport.Rows(db, NoticeKind.Award, query.Year).ToListAsync(cancellationToken);
        var rows = notices.SelectMany(x => x.Notice.Entries.OrderBy(e => e.Rank).Select(e => (IReadOnlyList<object?>)
        [
            x.CallTitle, x.DepartmentName, e.ProjectTitle, e.OrganizationName, ExportCells.Yuan(e.Amount), e.Score, e.Rank, x.Notice.Title,
            ExportCells.Time(x.Notice.PublishedAt), ExportCells.Time(x.Notice.PublicityEndsAt),
            e.Outcome switch { AwardOutcome.Awarded => "已立项", AwardOutcome.Disqualified => "取消立项资格", _ => "公示中" },
        ])).ToList();
        return new ExportTable("立项公示结果",
            ["征集项目", "购买主体", "项目名称", "承接单位", "立项金额（元）", "评审得分", "排名", "公示标题", "公示发布时间", "公示期至", "状态"], rows);
    }
}

/// <summary>
/// Every published evaluation result (评估结果公示). The evaluation agency is not part of the public notice, so it is not
/// exported either; <c>Year</c> is the notice's year of publication.
/// </summary>
public sealed record ExportEvaluationsQuery(int? Year = null) : IQuery<ExportTable>;

public sealed class ExportEvaluationsQueryHandler(IApplicationDbContext db) : IQueryHandler<ExportEvaluationsQuery, ExportTable>
{
    public async ValueTask<ExportTable> Handle(ExportEvaluationsQuery query, CancellationToken cancellationToken)
    {
        var notices = await NoticeExport.Rows(db, NoticeKind.Evaluation, query.Year).ToListAsync(cancellationToken);
        var rows = notices.SelectMany(x => x.Notice.Entries.OrderBy(e => e.Rank).Select(e => (IReadOnlyList<object?>)
        [
            e.ProjectTitle, e.OrganizationName, x.DepartmentName, e.EvaluationKind?.ToChinese() ?? "", e.Score, e.Grade?.ToChinese() ?? "",
            ExportCells.Time(x.Notice.PublishedAt), ExportCells.Time(x.Notice.PublicityEndsAt),
            e.Outcome switch { AwardOutcome.Awarded => "结果确认", AwardOutcome.Disqualified => "异议成立，重新评估", _ => "公示中" },
        ])).ToList();
        return new ExportTable("评估结果公示",
            ["项目名称", "承接单位", "购买主体", "评估类型", "评估得分", "评估等级", "公示发布时间", "公示期至", "结果"], rows);
    }
}

public sealed class ContractExportRow
{
    public required string Title { get; init; }
    public required string DepartmentName { get; init; }
    public required string OrganizationName { get; init; }
    public required string CommunityName { get; init; }
    public required Domain.Common.Money Amount { get; init; }
    public required DateTime SignedAt { get; init; }
    public required DateOnly? StartsOn { get; init; }
    public required DateOnly? EndsOn { get; init; }
    public required ProjectStatus Status { get; init; }
}

/// <summary>Every signed contract (the rule of <c>/projects</c>: a project is public once its contract is signed); <c>Year</c> is the year of signing.</summary>
public sealed record ExportContractsQuery(int? Year = null) : IQuery<ExportTable>;

public sealed class ExportContractsQueryHandler(IApplicationDbContext db) : IQueryHandler<ExportContractsQuery, ExportTable>
{
    public async ValueTask<ExportTable> Handle(ExportContractsQuery query, CancellationToken cancellationToken)
    {
        var items = await Rows(db, query.Year).ToListAsync(cancellationToken);
        return new ExportTable("服务项目合同",
            ["项目名称", "购买主体", "承接单位", "服务社区", "合同金额（元）", "签订时间", "服务期开始", "服务期结束", "状态"],
            items.Select(p => (IReadOnlyList<object?>)[p.Title, p.DepartmentName, p.OrganizationName, p.CommunityName, ExportCells.Yuan(p.Amount),
                ExportCells.Time(p.SignedAt), ExportCells.Date(p.StartsOn), ExportCells.Date(p.EndsOn), p.Status.ToChinese()]).ToList());
    }

    /// <summary>The export's one query (public for the SQL Server translation test).</summary>
    public static IQueryable<ContractExportRow> Rows(IApplicationDbContext db, int? year)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.SignedAt != null);
        if (year is { } y)
        {
            var (from, to) = ChinaTime.YearUtc(y);
            projects = projects.Where(p => p.SignedAt >= from && p.SignedAt < to);
        }
        return from p in projects
               join o in db.Organizations on p.OrganizationId equals o.Id
               join d in db.Departments on p.DepartmentId equals d.Id
               orderby p.SignedAt descending, p.Id
               select new ContractExportRow
               {
                   Title = p.Title, DepartmentName = d.Name, OrganizationName = o.Name, CommunityName = p.CommunityName ?? "", Amount = p.ContractAmount,
                   SignedAt = p.SignedAt!.Value, StartsOn = p.StartsOn, EndsOn = p.EndsOn, Status = p.Status,
               };
    }
}

/// <summary>
/// The red and black lists as published now (the rule of <c>/credit</c>: listed entries only — proposals awaiting
/// confirmation are never exported); <c>Year</c> is the year of listing.
/// </summary>
public sealed record ExportCreditListsQuery(int? Year = null) : IQuery<ExportTable>;

public sealed class ExportCreditListsQueryHandler(IApplicationDbContext db) : IQueryHandler<ExportCreditListsQuery, ExportTable>
{
    public async ValueTask<ExportTable> Handle(ExportCreditListsQuery query, CancellationToken cancellationToken)
    {
        var items = await Rows(db, query.Year).ToListAsync(cancellationToken);
        return new ExportTable("社会组织红黑榜",
            ["单位名称", "统一社会信用代码", "名单", "列入事由", "认定部门", "列入日期", "有效期至"],
            items.Select(x => (IReadOnlyList<object?>)[x.Name, x.Code, x.Entry.List.ToChinese(), x.Entry.GroundsText(), x.Department ?? "",
                ExportCells.Date(x.Entry.ListedOn), ExportCells.Date(x.Entry.ExpiresOn)]).ToList());
    }

    /// <summary>The export's one query (public for the SQL Server translation test).</summary>
    public static IQueryable<ListCreditEntriesQueryHandler.Row> Rows(IApplicationDbContext db, int? year)
    {
        var rows = ListCreditEntriesQueryHandler.Filter(db, new ListCreditEntriesQuery());
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y + 1, 1, 1);
            rows = rows.Where(r => r.Entry.ListedOn >= from && r.Entry.ListedOn < to);
        }
        return rows.OrderBy(r => r.Entry.List).ThenByDescending(r => r.Entry.ListedOn).ThenBy(r => r.Name).ThenBy(r => r.Entry.Id);
    }
}
