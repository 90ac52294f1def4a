using System.Globalization;
using System.Text.Json.Nodes;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Portal.Ocds;

/// <summary>A buyer (department) or supplier (organisation) as a party: public names and codes only, never a contact.</summary>
public sealed record OcdsParty(string Id, string Name, string? CreditCode = null);

/// <summary>A published call and its department.</summary>
public sealed record OcdsCall(Solicitation Call, OcdsParty Buyer);

/// <summary>
/// Turns the platform's public records into OCDS 1.1 releases (System.Text.Json nodes). Pure: everything it needs is
/// passed in, so the same records always give the same release, id included.
/// </summary>
public sealed class OcdsReleaseBuilder(string ocidPrefix, Func<string, string> link)
{
    public const string Currency = "CNY";
    public const string Language = "zh";

    public string Ocid(Guid callId) => $"{ocidPrefix}-{callId:N}";

    /// <summary>The call of an ocid made with this prefix, or null.</summary>
    public Guid? CallIdOf(string ocid) =>
        ocid.StartsWith(ocidPrefix + "-", StringComparison.Ordinal) && ocid.Length == ocidPrefix.Length + 33
        && Guid.TryParseExact(ocid[(ocidPrefix.Length + 1)..], "N", out var id) && ocid[(ocidPrefix.Length + 1)..] == id.ToString("N")
            ? id : null;

    public string ReleaseId(OcdsReleaseRow row) => row.Kind switch
    {
        OcdsReleaseKind.Tender => $"{Ocid(row.CallId)}-tender-{Stamp(row.Date)}",
        OcdsReleaseKind.TenderAmendment => $"{Ocid(row.CallId)}-tenderAmendment-{row.AmendmentId}-{Stamp(row.Date)}",
        OcdsReleaseKind.TenderCancellation => $"{Ocid(row.CallId)}-tenderCancellation-{Stamp(row.Date)}",
        OcdsReleaseKind.Award => $"{Ocid(row.CallId)}-award-{row.RecordId:N}-{Stamp(row.Date)}",
        OcdsReleaseKind.Contract => $"{Ocid(row.CallId)}-contract-{row.RecordId:N}-{Stamp(row.Date)}",
        _ => throw new ArgumentOutOfRangeException(nameof(row)),
    };

    /// <summary>An ISO 8601 date-time in China time with its offset: 2026-11-23T10:00:00+08:00.</summary>
    public static string Iso(DateTime utc) =>
        ChinaTime.ToCst(utc).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00";

    /// <summary>A China calendar day as a date-time: its first second, or its last for the end of a period.</summary>
    public static string Day(DateOnly day, bool endOfDay = false) =>
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (endOfDay ? "T23:59:59+08:00" : "T00:00:00+08:00");

    /// <summary>Yuan as an exact JSON number from integer fen (no floating point on the way).</summary>
    public static JsonObject Value(Money money) => new() { ["amount"] = JsonValue.Create(money.Fen / 100m), ["currency"] = Currency };

    private static string Stamp(DateTime utc) => ChinaTime.ToCst(utc).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private static JsonObject Reference(OcdsParty party) => new() { ["id"] = party.Id, ["name"] = party.Name };

    private static JsonObject Party(OcdsParty party, params string[] roles)
    {
        var node = new JsonObject { ["id"] = party.Id, ["name"] = party.Name };
        // The unified social credit code (统一社会信用代码) is the organisation's public registration number.
        if (party.CreditCode is { Length: > 0 } code) node["identifier"] = new JsonObject { ["id"] = code, ["legalName"] = party.Name };
        node["roles"] = new JsonArray(roles.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray());
        return node;
    }

    private JsonObject Release(OcdsReleaseRow row, OcdsParty buyer, IEnumerable<JsonObject> parties, params string[] tags) => new()
    {
        ["ocid"] = Ocid(row.CallId),
        ["id"] = ReleaseId(row),
        ["date"] = Iso(row.Date),
        ["tag"] = new JsonArray(tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
        ["initiationType"] = "tender",
        ["language"] = Language,
        ["parties"] = new JsonArray(parties.Cast<JsonNode>().ToArray()),
        ["buyer"] = Reference(buyer),
    };

    /// <summary>
    /// A tender release (publication, an amendment or the cancellation). What the records keep of the terms over time is
    /// the deadline of each amendment; the other amendable terms (budget, eligibility, rubric) are the current ones and
    /// go only on the latest tender-stage release, so that no release states an outdated term as if it were current.
    /// </summary>
    public JsonObject Tender(OcdsReleaseRow row, OcdsCall found)
    {
        var call = found.Call;
        var amendments = call.Amendments.OrderBy(a => a.At).ThenBy(a => a.Id).ToList();
        var tenderRow = new OcdsReleaseRow { CallId = call.Id, Kind = OcdsReleaseKind.Tender, Date = call.PublishedAt!.Value };
        string AmendmentReleaseId(SolicitationAmendment a) =>
            ReleaseId(new OcdsReleaseRow { CallId = call.Id, Kind = OcdsReleaseKind.TenderAmendment, Date = a.At, AmendmentId = a.Id });

        var upTo = row.Kind switch
        {
            OcdsReleaseKind.Tender => 0,
            OcdsReleaseKind.TenderAmendment => amendments.FindIndex(a => a.Id == row.AmendmentId) + 1,
            _ => amendments.Count,
        };
        var closesAt = upTo == 0 ? amendments.FirstOrDefault()?.PreviousClosesAt ?? call.ClosesAt : amendments[upTo - 1].ClosesAt;
        var latestTermsHere = row.Kind == OcdsReleaseKind.TenderCancellation || upTo == amendments.Count;

        var tender = new JsonObject
        {
            ["id"] = call.Id.ToString("N"),
            ["title"] = call.Title,
            ["description"] = call.Summary,
            ["status"] = row.Kind == OcdsReleaseKind.TenderCancellation ? "cancelled" : "active",
            ["procuringEntity"] = Reference(found.Buyer),
            ["procurementMethod"] = "open",
            ["procurementMethodDetails"] = "项目征集（公开征集，路演评审）",
            ["mainProcurementCategory"] = "services",
            ["awardCriteria"] = "qualityOnly",
            ["submissionMethod"] = new JsonArray("electronicSubmission"),
            ["datePublished"] = Iso(call.PublishedAt!.Value),
            ["tenderPeriod"] = new JsonObject { ["startDate"] = Iso(call.OpensAt), ["endDate"] = Iso(closesAt) },
            ["documents"] = new JsonArray(new JsonObject
            {
                ["id"] = "call-notice",
                ["documentType"] = "tenderNotice",
                ["title"] = call.Title,
                ["url"] = link($"/calls/{call.Id}"),
                ["datePublished"] = Iso(call.PublishedAt!.Value),
                ["format"] = "text/html",
                ["language"] = Language,
            }),
        };
        if (latestTermsHere)
        {
            tender["value"] = Value(call.TotalBudget);
            tender["eligibilityCriteria"] = call.Eligibility;
            tender["awardCriteriaDetails"] = string.Join("；", call.Rubric.OrderBy(r => r.Order).Select(r => $"{r.Name} {r.Weight}分"))
                + $"。拟资助 {call.ProjectCount} 个项目，单个项目资金上限 {call.ProjectCeiling.ToInputString()} 元。";
        }
        if (upTo > 0)
            tender["amendments"] = new JsonArray(amendments.Take(upTo).Select((a, i) => (JsonNode)new JsonObject
            {
                ["id"] = a.Id.ToString(CultureInfo.InvariantCulture),
                ["date"] = Iso(a.At),
                ["rationale"] = a.Reason,
                ["description"] = a.Changes,
                ["amendsReleaseID"] = i == 0 ? ReleaseId(tenderRow) : AmendmentReleaseId(amendments[i - 1]),
                ["releaseID"] = AmendmentReleaseId(a),
            }).ToArray());
        if (row.Kind == OcdsReleaseKind.TenderCancellation)
        {
            tender["finalStatus"] = "cancelled";
            tender["finalStatusDate"] = Iso(call.CancelledAt!.Value);
            if (call.CancellationReason is { Length: > 0 } reason) tender["finalStatusDetails"] = reason;
        }

        var tag = row.Kind switch
        {
            OcdsReleaseKind.Tender => "tender",
            OcdsReleaseKind.TenderAmendment => "tenderAmendment",
            _ => "tenderCancellation",
        };
        var release = Release(row, found.Buyer, [Party(found.Buyer, "buyer", "procuringEntity")], tag);
        release["tender"] = tender;
        return release;
    }

    /// <summary>An award notice's projects as awards: pending while in publicity, then active, or unsuccessful after an upheld objection.</summary>
    public JsonObject Award(OcdsReleaseRow row, OcdsCall found, AwardNotice notice, IReadOnlyDictionary<Guid, OcdsParty> supplierOfApplication)
    {
        var entries = notice.Entries.OrderBy(e => e.Rank).ThenBy(e => e.Id).ToList();
        var suppliers = entries.Select(e => supplierOfApplication[e.ApplicationId]).DistinctBy(s => s.Id).ToList();
        var release = Release(row, found.Buyer,
            [Party(found.Buyer, "buyer", "procuringEntity"), .. suppliers.Select(s => Party(s, "supplier"))], "award");
        release["awards"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
        {
            ["id"] = e.ApplicationId.ToString("N"),
            ["title"] = e.ProjectTitle,
            ["status"] = e.Outcome switch
            {
                AwardOutcome.Awarded => "active",
                AwardOutcome.Disqualified => "unsuccessful",
                _ => "pending",
            },
            ["date"] = Iso(notice.PublishedAt),
            ["value"] = Value(e.Amount),
            ["suppliers"] = new JsonArray(Reference(supplierOfApplication[e.ApplicationId])),
            ["documents"] = new JsonArray(new JsonObject
            {
                ["id"] = "award-notice-" + notice.Id.ToString("N"),
                ["documentType"] = "awardNotice",
                ["title"] = notice.Title,
                ["url"] = link($"/notices/{notice.Id}"),
                ["datePublished"] = Iso(notice.PublishedAt),
                ["format"] = "text/html",
                ["language"] = Language,
            }),
        }).ToArray());
        return release;
    }

    /// <summary>The project's contract status: OCDS "pending" until signed, "active" in force, "terminated" once closed.</summary>
    public static string ContractStatus(ProjectStatus status) => status switch
    {
        ProjectStatus.ContractPending => "pending",
        ProjectStatus.Contracted or ProjectStatus.InProgress or ProjectStatus.Completed or ProjectStatus.Evaluated => "active",
        ProjectStatus.Closed => "terminated",
        _ => "cancelled",
    };

    /// <summary>A signed contract with its tranches as milestones and the payments made as transactions.</summary>
    public JsonObject Contract(OcdsReleaseRow row, OcdsCall found, Project project, OcdsParty supplier, IReadOnlyList<Disbursement> disbursements)
    {
        var paid = disbursements.Where(d => d.RecordedAt <= row.Date).ToDictionary(d => d.TrancheOrder);
        var status = ContractStatus(project.Status);
        var tags = new List<string> { "contract" };
        if (paid.Count > 0) tags.Add("implementation");
        if (status == "terminated") tags.Add("contractTermination");
        var buyerRoles = paid.Count > 0 ? new[] { "buyer", "procuringEntity", "payer" } : ["buyer", "procuringEntity"];
        var supplierRoles = paid.Count > 0 ? new[] { "supplier", "payee" } : ["supplier"];
        var release = Release(row, found.Buyer, [Party(found.Buyer, buyerRoles), Party(supplier, supplierRoles)], [.. tags]);

        var milestones = project.Tranches.OrderBy(t => t.Order).Select(t =>
        {
            var milestone = new JsonObject
            {
                ["id"] = $"tranche-{t.Order}",
                ["title"] = $"第{t.Order}批拨付",
                ["type"] = "financing",
                ["description"] = $"合同金额的 {t.Percent}%，{t.Describe()}",
            };
            if (t.DueOn is { } due) milestone["dueDate"] = Day(due);
            milestone["status"] = paid.ContainsKey(t.Order) ? "met" : "scheduled";
            if (paid.TryGetValue(t.Order, out var payment)) milestone["dateMet"] = Day(payment.PaidOn);
            milestone["value"] = Value(t.Amount);
            return (JsonNode)milestone;
        }).ToArray();
        var transactions = paid.Values.OrderBy(d => d.PaidOn).ThenBy(d => d.TrancheOrder).Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d.Id.ToString("N"),
            ["date"] = Day(d.PaidOn),
            ["value"] = Value(d.Amount),
            ["payer"] = Reference(found.Buyer),
            ["payee"] = Reference(supplier),
        }).ToArray();

        var contract = new JsonObject
        {
            ["id"] = project.Id.ToString("N"),
            ["awardID"] = project.ApplicationId.ToString("N"),
            ["title"] = project.Title,
            ["status"] = status,
            ["dateSigned"] = Iso(project.SignedAt!.Value),
            ["value"] = Value(project.ContractAmount),
        };
        if (project.StartsOn is { } start && project.EndsOn is { } end)
            contract["period"] = new JsonObject { ["startDate"] = Day(start), ["endDate"] = Day(end, endOfDay: true) };
        contract["documents"] = new JsonArray(new JsonObject
        {
            ["id"] = "project-record",
            ["documentType"] = "contractNotice",
            ["title"] = project.Title,
            ["url"] = link($"/projects/{project.Id}"),
            ["format"] = "text/html",
            ["language"] = Language,
        });
        contract["implementation"] = new JsonObject
        {
            ["milestones"] = new JsonArray(milestones),
            ["transactions"] = new JsonArray(transactions),
        };
        release["contracts"] = new JsonArray(contract);
        return release;
    }
}
