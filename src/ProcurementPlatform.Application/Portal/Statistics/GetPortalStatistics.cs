using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Portal.Statistics;

/// <summary>A group of signed contracts: how many and their contracted amount.</summary>
public sealed record AmountRow(string Label, int Projects, Money Amount);

/// <summary>A group of awards (立项): how many.</summary>
public sealed record CountRow(string Label, int Count);

/// <summary>How many published evaluations gave a grade, by kind.</summary>
public sealed record GradeRow(EvaluationGrade Grade, string Label, int MidTerm, int Final)
{
    public int Total => MidTerm + Final;
}

/// <summary>Every series of the public statistics page, for one year or all years.</summary>
public sealed record PortalStatistics(int? Year, IReadOnlyList<int> Years, int Projects, Money Amount, int Awards, int Evaluations,
    IReadOnlyList<AmountRow> ByYear, IReadOnlyList<AmountRow> ByDepartment, IReadOnlyList<AmountRow> ByField, IReadOnlyList<AmountRow> ByFundSource,
    IReadOnlyList<CountRow> AwardsByYear, IReadOnlyList<CountRow> AwardsByDepartment, IReadOnlyList<GradeRow> Grades);

/// <summary>
/// 数据统计: projects and contracted amounts by year (of signing, China time), department, service field and fund
/// source; awards by year and department; grades of evaluations whose publicity has ended. Computed in SQL from the
/// records on every request — no stored totals that could drift. Only public records count: signed contracts (as on
/// /projects), awards (published by their notices) and final evaluation results (as on a project's public page).
/// </summary>
public sealed record GetPortalStatisticsQuery(int? Year = null) : IQuery<PortalStatistics>;

public sealed class GetPortalStatisticsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPortalStatisticsQuery, PortalStatistics>
{
    /// <summary>China has one offset and no daylight saving, so the China-time year of a UTC instant is the year of instant + 8 h, in SQL too.</summary>
    private const int CstHours = 8;

    public async ValueTask<PortalStatistics> Handle(GetPortalStatisticsQuery query, CancellationToken cancellationToken)
    {
        var years = (await db.Projects.AsNoTracking().Select(p => p.AwardedAt.AddHours(CstHours).Year).Distinct().ToListAsync(cancellationToken))
            .Concat(await db.Projects.AsNoTracking().Where(p => p.SignedAt != null).Select(p => p.SignedAt!.Value.AddHours(CstHours).Year).Distinct().ToListAsync(cancellationToken))
            .Concat(await PublishedEvaluations(db, null).Select(e => e.FinalisedAt!.Value.AddHours(CstHours).Year).Distinct().ToListAsync(cancellationToken))
            .Distinct().OrderByDescending(y => y).ToList();
        // A year outside any plausible range (a hand-edited address) means all years.
        var year = query.Year is >= 2000 and <= 2100 ? query.Year : null;

        var byYear = (await ByYear(db, year).ToListAsync(cancellationToken))
            .OrderBy(r => r.Key).Select(r => new AmountRow($"{r.Key}年", r.Projects, Fen(r.Fen))).ToList();
        var byDepartment = (await ByDepartment(db, year).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.Fen).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new AmountRow(r.Key, r.Projects, Fen(r.Fen))).ToList();
        var byField = (await ByField(db, year).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.Fen).ThenBy(r => r.Key).Select(r => new AmountRow(r.Key.ToChinese(), r.Projects, Fen(r.Fen))).ToList();
        var byFund = (await ByFundSource(db, year).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.Fen).ThenBy(r => r.Key).Select(r => new AmountRow(r.Key.ToChinese(), r.Projects, Fen(r.Fen))).ToList();
        var awardsByYear = (await AwardsByYear(db, year).ToListAsync(cancellationToken))
            .OrderBy(r => r.Key).Select(r => new CountRow($"{r.Key}年", r.Count)).ToList();
        var awardsByDepartment = (await AwardsByDepartment(db, year).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new CountRow(r.Key, r.Count)).ToList();
        var grades = await GradeCounts(db, year).ToListAsync(cancellationToken);
        var gradeRows = new[] { EvaluationGrade.Excellent, EvaluationGrade.Good, EvaluationGrade.Pass, EvaluationGrade.Failed }
            .Select(g => new GradeRow(g, g.ToChinese(),
                grades.Where(x => x.Grade == g && x.Kind == EvaluationKind.MidTerm).Sum(x => x.Count),
                grades.Where(x => x.Grade == g && x.Kind == EvaluationKind.Final).Sum(x => x.Count))).ToList();

        return new PortalStatistics(year, years, byYear.Sum(r => r.Projects), Money.Sum(byYear.Select(r => r.Amount)), awardsByYear.Sum(r => r.Count),
            gradeRows.Sum(r => r.Total), byYear, byDepartment, byField, byFund, awardsByYear, awardsByDepartment, gradeRows);
    }

    private static Money Fen(decimal fen) => new(checked((long)fen));

    public sealed record Group<TKey>(TKey Key, int Projects, decimal Fen);

    public sealed record CountGroup<TKey>(TKey Key, int Count);

    public sealed record GradeCount(EvaluationKind Kind, EvaluationGrade Grade, int Count);

    /// <summary>Signed contracts (public on /projects), signed in the year if one is given.</summary>
    public static IQueryable<Project> Signed(IApplicationDbContext db, int? year)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.SignedAt != null);
        if (year is not { } y) return projects;
        var (from, to) = ChinaTime.YearUtc(y);
        return projects.Where(p => p.SignedAt >= from && p.SignedAt < to);
    }

    /// <summary>Awards (立项): every project exists because its award notice's publicity ended.</summary>
    public static IQueryable<Project> Awarded(IApplicationDbContext db, int? year)
    {
        var projects = db.Projects.AsNoTracking();
        if (year is not { } y) return projects;
        var (from, to) = ChinaTime.YearUtc(y);
        return projects.Where(p => p.AwardedAt >= from && p.AwardedAt < to);
    }

    /// <summary>Evaluations whose results' publicity has ended (as shown on a project's public page), finalised in the year if one is given.</summary>
    public static IQueryable<Evaluation> PublishedEvaluations(IApplicationDbContext db, int? year)
    {
        var evaluations = db.Evaluations.AsNoTracking().Where(e => e.Status == EvaluationStatus.Final && e.Grade != null && e.FinalisedAt != null);
        if (year is not { } y) return evaluations;
        var (from, to) = ChinaTime.YearUtc(y);
        return evaluations.Where(e => e.FinalisedAt >= from && e.FinalisedAt < to);
    }

    // Money is stored as its fen (a bigint column through a value converter). SQL adds the column itself, read as
    // EF.Property<long> and cast to decimal: a plain long sum would carry the Money converter onto the SUM (and onto its
    // COALESCE with 0), which EF cannot read or write; decimal keeps the sum exact (no floating point).
    public static IQueryable<Group<int>> ByYear(IApplicationDbContext db, int? year) =>
        Signed(db, year).GroupBy(p => p.SignedAt!.Value.AddHours(CstHours).Year)
            .Select(g => new Group<int>(g.Key, g.Count(), g.Sum(p => (decimal)EF.Property<long>(p, nameof(Project.ContractAmount)))));

    public static IQueryable<Group<string>> ByDepartment(IApplicationDbContext db, int? year) =>
        from p in Signed(db, year)
        join d in db.Departments on p.DepartmentId equals d.Id
        group p by new { d.Id, d.Name } into g
        select new Group<string>(g.Key.Name, g.Count(), g.Sum(p => (decimal)EF.Property<long>(p, nameof(Project.ContractAmount))));

    public static IQueryable<Group<ServiceField>> ByField(IApplicationDbContext db, int? year) =>
        from p in Signed(db, year)
        join s in db.Solicitations on p.SolicitationId equals s.Id
        group p by s.ServiceField into g
        select new Group<ServiceField>(g.Key, g.Count(), g.Sum(p => (decimal)EF.Property<long>(p, nameof(Project.ContractAmount))));

    /// <summary>By the contract's budget lines: a project funded from two sources counts under both, each with its own share.</summary>
    public static IQueryable<Group<FundSource>> ByFundSource(IApplicationDbContext db, int? year) =>
        from l in Signed(db, year).SelectMany(p => p.Lines)
        group l by l.FundSource into g
        select new Group<FundSource>(g.Key, g.Select(l => EF.Property<Guid>(l, "ProjectId")).Distinct().Count(),
            g.Sum(l => (decimal)EF.Property<long>(l, nameof(ContractLine.Amount))));

    public static IQueryable<CountGroup<int>> AwardsByYear(IApplicationDbContext db, int? year) =>
        Awarded(db, year).GroupBy(p => p.AwardedAt.AddHours(CstHours).Year).Select(g => new CountGroup<int>(g.Key, g.Count()));

    public static IQueryable<CountGroup<string>> AwardsByDepartment(IApplicationDbContext db, int? year) =>
        from p in Awarded(db, year)
        join d in db.Departments on p.DepartmentId equals d.Id
        group p by new { d.Id, d.Name } into g
        select new CountGroup<string>(g.Key.Name, g.Count());

    public static IQueryable<GradeCount> GradeCounts(IApplicationDbContext db, int? year) =>
        PublishedEvaluations(db, year).GroupBy(e => new { e.Kind, Grade = e.Grade!.Value })
            .Select(g => new GradeCount(g.Key.Kind, g.Key.Grade, g.Count()));
}
