using System.Globalization;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Notifications;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Application.Portal.Ocds;

/// <summary>OCDS settings (section "Ocds").</summary>
public static class OcdsSettings
{
    public const string OcidPrefixKey = "Ocds:OcidPrefix";

    /// <summary>The ocid prefix; a registered publisher replaces it with the one the Open Contracting Partnership assigns.</summary>
    public const string DefaultOcidPrefix = "ocds-gdsw";

    public const string PublisherName = "官渡区社会工作服务项目管理平台";
    public const string Version = "1.1";
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;
}

/// <summary>
/// The OCDS 1.1 release package of every public release whose date falls between <paramref name="From"/> and
/// <paramref name="To"/> (China calendar days, both included), in release order, one page at a time.
/// </summary>
public sealed record GetOcdsReleasesQuery(string OcidPrefix, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = OcdsSettings.DefaultPageSize)
    : IQuery<JsonObject>;

/// <summary>The release package of all releases of one contracting process (404 when the ocid is unknown or not public).</summary>
public sealed record GetOcdsProcessQuery(string OcidPrefix, string Ocid) : IQuery<JsonObject>;

public sealed class GetOcdsReleasesQueryHandler(IApplicationDbContext db, TimeProvider clock, IOptions<NotificationOptions> site)
    : IQueryHandler<GetOcdsReleasesQuery, JsonObject>
{
    public async ValueTask<JsonObject> Handle(GetOcdsReleasesQuery query, CancellationToken cancellationToken)
    {
        if (query.Page < 1) throw new RequestValidationException("page", "page 须为正整数。");
        if (query.PageSize is < 1 or > OcdsSettings.MaxPageSize) throw new RequestValidationException("pageSize", $"pageSize 须在 1 到 {OcdsSettings.MaxPageSize} 之间。");
        if (query.From > query.To) throw new RequestValidationException("from", "from 不能晚于 to。");
        var now = clock.GetUtcNow().UtcDateTime;
        var builder = new OcdsReleaseBuilder(query.OcidPrefix, site.Value.Link);

        var rows = OcdsReleaseIndex.Between(OcdsReleaseIndex.Rows(db, now),
            query.From is { } from ? ChinaTime.FromCst(from.ToDateTime(TimeOnly.MinValue)) : null,
            query.To is { } to ? ChinaTime.FromCst(to.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null);
        var page = await OcdsReleaseIndex.Ordered(rows).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        var more = page.Count > query.PageSize;
        if (more) page.RemoveAt(page.Count - 1);

        string PageUrl(int number)
        {
            var parts = new List<string>();
            if (query.From is { } f) parts.Add("from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (query.To is { } t) parts.Add("to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            parts.Add("page=" + number.ToString(CultureInfo.InvariantCulture));
            parts.Add("pageSize=" + query.PageSize.ToString(CultureInfo.InvariantCulture));
            return site.Value.Link(OcdsPackages.Path + "?" + string.Join("&", parts));
        }

        var package = OcdsPackages.Package(PageUrl(query.Page), await OcdsPackages.BuildAsync(db, builder, page, cancellationToken), now);
        if (more || query.Page > 1)
        {
            var links = new JsonObject();
            if (more) links["next"] = PageUrl(query.Page + 1);
            if (query.Page > 1) links["prev"] = PageUrl(query.Page - 1);
            package["links"] = links;
        }
        return package;
    }
}

public sealed class GetOcdsProcessQueryHandler(IApplicationDbContext db, TimeProvider clock, IOptions<NotificationOptions> site)
    : IQueryHandler<GetOcdsProcessQuery, JsonObject>
{
    public async ValueTask<JsonObject> Handle(GetOcdsProcessQuery query, CancellationToken cancellationToken)
    {
        var builder = new OcdsReleaseBuilder(query.OcidPrefix, site.Value.Link);
        var callId = builder.CallIdOf(query.Ocid) ?? throw new NotFoundException("未找到该开放合同编号（ocid）。");
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await OcdsReleaseIndex.Ordered(OcdsReleaseIndex.Rows(db, now).Where(r => r.CallId == callId)).ToListAsync(cancellationToken);
        if (rows.Count == 0) throw new NotFoundException("未找到该开放合同编号（ocid）。");
        return OcdsPackages.Package(site.Value.Link($"{OcdsPackages.Path}/{builder.Ocid(callId)}"), await OcdsPackages.BuildAsync(db, builder, rows, cancellationToken), now);
    }
}

/// <summary>The package around the releases, and the loading of what a page of releases needs.</summary>
internal static class OcdsPackages
{
    public const string Path = "/api/ocds/releases";

    public static JsonObject Package(string uri, IReadOnlyList<(DateTime Date, JsonObject Release)> releases, DateTime nowUtc) => new()
    {
        ["uri"] = uri,
        ["version"] = OcdsSettings.Version,
        // Generated on demand: the date of the latest change to what the package contains.
        ["publishedDate"] = OcdsReleaseBuilder.Iso(releases.Count > 0 ? releases.Max(r => r.Date) : nowUtc),
        ["publisher"] = new JsonObject { ["name"] = OcdsSettings.PublisherName },
        ["releases"] = new JsonArray(releases.Select(r => (JsonNode)r.Release).ToArray()),
    };

    /// <summary>Loads what the rows' releases need, in a few set-based queries, and builds them in row order.</summary>
    public static async Task<IReadOnlyList<(DateTime Date, JsonObject Release)>> BuildAsync(IApplicationDbContext db, OcdsReleaseBuilder builder, IReadOnlyList<OcdsReleaseRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var callIds = rows.Select(r => r.CallId).Distinct().ToList();
        var calls = (await (from s in db.Solicitations.AsNoTracking()
                            join d in db.Departments on s.DepartmentId equals d.Id
                            where callIds.Contains(s.Id)
                            select new { s, d.Code, d.Name }).ToListAsync(ct))
            .ToDictionary(x => x.s.Id, x => new OcdsCall(x.s, new OcdsParty("dept-" + x.Code, x.Name)));

        var noticeIds = rows.Where(r => r.Kind == OcdsReleaseKind.Award).Select(r => r.RecordId!.Value).Distinct().ToList();
        var notices = noticeIds.Count == 0 ? [] : await db.AwardNotices.AsNoTracking().Where(n => noticeIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct);
        var projectIds = rows.Where(r => r.Kind == OcdsReleaseKind.Contract).Select(r => r.RecordId!.Value).Distinct().ToList();
        var projects = projectIds.Count == 0 ? [] : await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var disbursements = projectIds.Count == 0 ? [] : (await db.Disbursements.AsNoTracking().Where(d => projectIds.Contains(d.ProjectId)).ToListAsync(ct))
            .GroupBy(d => d.ProjectId).ToDictionary(g => g.Key, g => (IReadOnlyList<Domain.Projects.Disbursement>)g.ToList());

        // Suppliers: the organisation behind each awarded application (names and credit codes only).
        var applicationIds = notices.Values.SelectMany(n => n.Entries.Select(e => e.ApplicationId)).Concat(projects.Values.Select(p => p.ApplicationId)).Distinct().ToList();
        var organizationOf = applicationIds.Count == 0 ? [] : await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id))
            .Select(a => new { a.Id, a.OrganizationId }).ToDictionaryAsync(a => a.Id, a => a.OrganizationId, ct);
        var organizationIds = organizationOf.Values.Concat(projects.Values.Select(p => p.OrganizationId)).Distinct().ToList();
        var organizations = organizationIds.Count == 0 ? [] : await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.CreditCode }).ToDictionaryAsync(o => o.Id, o => new OcdsParty("org-" + o.CreditCode.Trim(), o.Name, o.CreditCode.Trim()), ct);
        var supplierOfApplication = organizationOf.ToDictionary(x => x.Key, x => organizations[x.Value]);

        return rows.Select(row =>
        {
            var call = calls[row.CallId];
            var release = row.Kind switch
            {
                OcdsReleaseKind.Award => builder.Award(row, call, notices[row.RecordId!.Value], supplierOfApplication),
                OcdsReleaseKind.Contract => builder.Contract(row, call, projects[row.RecordId!.Value], organizations[projects[row.RecordId!.Value].OrganizationId],
                    disbursements.GetValueOrDefault(row.RecordId!.Value) ?? []),
                _ => builder.Tender(row, call),
            };
            return (row.Date, release);
        }).ToList();
    }
}
