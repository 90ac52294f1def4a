using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Awards;

namespace ProcurementPlatform.Application.Portal.Ocds;

/// <summary>What a release is about.</summary>
public enum OcdsReleaseKind
{
    Tender = 0,
    TenderAmendment = 1,
    TenderCancellation = 2,
    Award = 3,
    Contract = 4,
}

/// <summary>
/// One row per OCDS release, as the database sees it: which call (contracting process), what kind, when, and which
/// record (award notice or project; amendment). Paging and the date filter run over these rows in SQL; only the
/// releases of the page are then loaded and built.
/// </summary>
public sealed class OcdsReleaseRow
{
    public Guid CallId { get; init; }
    public OcdsReleaseKind Kind { get; init; }

    /// <summary>The release date (UTC): when what the release says became so.</summary>
    public DateTime Date { get; init; }

    /// <summary>The award notice (Award) or the project (Contract).</summary>
    public Guid? RecordId { get; init; }

    /// <summary>The amendment (TenderAmendment).</summary>
    public int? AmendmentId { get; init; }
}

/// <summary>
/// The releases the public is entitled to, as one query (UNION ALL of the five kinds): published calls only (a draft,
/// or a draft cancelled before publication, never appears); awards once the award notice is published (evaluation
/// notices are not awards); contracts once signed.
/// </summary>
public static class OcdsReleaseIndex
{
    public static IQueryable<OcdsReleaseRow> Rows(IApplicationDbContext db, DateTime nowUtc)
    {
        var calls = db.Solicitations.Where(s => s.PublishedAt != null && s.PublishedAt <= nowUtc);

        var tenders = calls.Select(s => new OcdsReleaseRow
        {
            CallId = s.Id, Kind = OcdsReleaseKind.Tender, Date = s.PublishedAt!.Value, RecordId = null, AmendmentId = null,
        });
        var amendments = calls.SelectMany(s => s.Amendments, (s, a) => new OcdsReleaseRow
        {
            CallId = s.Id, Kind = OcdsReleaseKind.TenderAmendment, Date = a.At, RecordId = null, AmendmentId = a.Id,
        });
        var cancellations = calls.Where(s => s.CancelledAt != null).Select(s => new OcdsReleaseRow
        {
            CallId = s.Id, Kind = OcdsReleaseKind.TenderCancellation, Date = s.CancelledAt!.Value, RecordId = null, AmendmentId = null,
        });
        // An award release says how each award stands now: dated when the notice was finalised, or published while in publicity.
        var awards = from n in db.AwardNotices
                     join s in calls on n.SolicitationId equals s.Id
                     where n.Kind == NoticeKind.Award && n.PublishedAt <= nowUtc
                     select new OcdsReleaseRow
                     {
                         CallId = s.Id, Kind = OcdsReleaseKind.Award, Date = n.FinalisedAt ?? n.PublishedAt, RecordId = n.Id, AmendmentId = null,
                     };
        // A contract release says how the contract stands now (status, tranches met, payments made): dated at its
        // latest change — signing, a payment recorded, completion or closure.
        var contracts = from p in db.Projects
                        join s in calls on p.SolicitationId equals s.Id
                        where p.SignedAt != null && p.SignedAt <= nowUtc
                        let paid = db.Disbursements.Where(d => d.ProjectId == p.Id && d.RecordedAt <= nowUtc).Max(d => (DateTime?)d.RecordedAt)
                        let changed = p.ClosedAt ?? p.CompletedAt ?? p.SignedAt!.Value
                        select new OcdsReleaseRow
                        {
                            CallId = s.Id, Kind = OcdsReleaseKind.Contract, Date = paid != null && paid > changed ? paid.Value : changed, RecordId = p.Id, AmendmentId = null,
                        };
        return tenders.Concat(amendments).Concat(cancellations).Concat(awards).Concat(contracts);
    }

    /// <summary>Rows whose release date falls in [fromUtc, toUtc), in release order.</summary>
    public static IQueryable<OcdsReleaseRow> Between(IQueryable<OcdsReleaseRow> rows, DateTime? fromUtc, DateTime? toUtcExclusive)
    {
        if (fromUtc is { } from) rows = rows.Where(r => r.Date >= from);
        if (toUtcExclusive is { } to) rows = rows.Where(r => r.Date < to);
        return rows;
    }

    public static IQueryable<OcdsReleaseRow> Ordered(IQueryable<OcdsReleaseRow> rows) =>
        rows.OrderBy(r => r.Date).ThenBy(r => r.Kind).ThenBy(r => r.CallId).ThenBy(r => r.RecordId).ThenBy(r => r.AmendmentId);
}
