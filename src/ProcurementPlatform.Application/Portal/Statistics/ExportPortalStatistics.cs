using System.Globalization;
using Mediator;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Portal.Exports;

namespace ProcurementPlatform.Application.Portal.Statistics;

public enum StatisticsTable
{
    ByYear,
    ByDepartment,
    ByField,
    ByFundSource,
    AwardsByYear,
    AwardsByDepartment,
    Grades,
}

/// <summary>One table of the statistics page as CSV (UTF-8 with BOM): the same rows as on the page, amounts in exact yuan.</summary>
public sealed record ExportPortalStatisticsQuery(StatisticsTable Table, int? Year = null) : IQuery<byte[]>;

public sealed class ExportPortalStatisticsQueryHandler(ISender sender) : IQueryHandler<ExportPortalStatisticsQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportPortalStatisticsQuery query, CancellationToken cancellationToken)
    {
        var stats = await sender.Send(new GetPortalStatisticsQuery(query.Year), cancellationToken);
        var (header, rows) = StatisticsExport.Rows(stats, query.Table);
        // The same CSV writer as the open-data downloads: RFC 4180 line ends and quoting, formula cells neutralised.
        return ExportCsv.Write(new ExportTable(StatisticsExport.FileName(query.Table), header, rows.Select(r => (IReadOnlyList<object?>)r.ToList<object?>()).ToList()));
    }
}

public static class StatisticsExport
{
    public static string FileName(StatisticsTable table) => table switch
    {
        StatisticsTable.ByYear => "按年度",
        StatisticsTable.ByDepartment => "按购买主体",
        StatisticsTable.ByField => "按服务领域",
        StatisticsTable.ByFundSource => "按资金来源",
        StatisticsTable.AwardsByYear => "立项数按年度",
        StatisticsTable.AwardsByDepartment => "立项数按购买主体",
        StatisticsTable.Grades => "评估等级分布",
        _ => table.ToString(),
    };

    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Rows(PortalStatistics stats, StatisticsTable table)
    {
        static string Yuan(Domain.Common.Money m) => m.Yuan.ToString("0.00", CultureInfo.InvariantCulture);
        IReadOnlyList<IReadOnlyList<string>> Amounts(IReadOnlyList<AmountRow> rows) =>
            rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Projects.ToString(CultureInfo.InvariantCulture), Yuan(r.Amount)]).ToList();
        IReadOnlyList<IReadOnlyList<string>> Counts(IReadOnlyList<CountRow> rows) =>
            rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Count.ToString(CultureInfo.InvariantCulture)]).ToList();
        return table switch
        {
            StatisticsTable.ByYear => (["签订年度", "项目数（个）", "合同金额（元）"], Amounts(stats.ByYear)),
            StatisticsTable.ByDepartment => (["购买主体", "项目数（个）", "合同金额（元）"], Amounts(stats.ByDepartment)),
            StatisticsTable.ByField => (["服务领域", "项目数（个）", "合同金额（元）"], Amounts(stats.ByField)),
            StatisticsTable.ByFundSource => (["资金来源", "项目数（个）", "合同金额（元）"], Amounts(stats.ByFundSource)),
            StatisticsTable.AwardsByYear => (["立项年度", "立项数（个）"], Counts(stats.AwardsByYear)),
            StatisticsTable.AwardsByDepartment => (["购买主体", "立项数（个）"], Counts(stats.AwardsByDepartment)),
            _ => (["评估等级", "中期评估（个）", "末期评估（个）", "合计（个）"],
                stats.Grades.Select(g => (IReadOnlyList<string>)[g.Label, g.MidTerm.ToString(CultureInfo.InvariantCulture),
                    g.Final.ToString(CultureInfo.InvariantCulture), g.Total.ToString(CultureInfo.InvariantCulture)]).ToList()),
        };
    }
}
