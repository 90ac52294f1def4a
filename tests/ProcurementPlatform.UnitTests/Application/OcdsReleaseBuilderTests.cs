using ProcurementPlatform.Application.Portal.Ocds;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;

namespace ProcurementPlatform.UnitTests.Application;

public sealed class OcdsReleaseBuilderTests
{
    private static readonly OcdsReleaseBuilder Builder = new("ocds-abc123", path => "https://example.gov.cn" + path);

    [Fact]
    public void An_ocid_is_the_configured_prefix_and_the_call_id_and_reads_back()
    {
        var id = Guid.NewGuid();
        var ocid = Builder.Ocid(id);
        Assert.Equal("ocds-abc123-" + id.ToString("N"), ocid);
        Assert.Equal(id, Builder.CallIdOf(ocid));
        Assert.Null(Builder.CallIdOf("ocds-gdsw-" + id.ToString("N")));
        Assert.Null(Builder.CallIdOf("ocds-abc123-" + id.ToString("N").ToUpperInvariant()));
        Assert.Null(Builder.CallIdOf("ocds-abc123-" + id));
        Assert.Null(Builder.CallIdOf("ocds-abc123-"));
    }

    [Theory]
    [InlineData(1L, "0.01")]
    [InlineData(123_456_789L, "1234567.89")]
    [InlineData(100_000_000L, "1000000")]
    [InlineData(900_719_925_474_099_301L, "9007199254740993.01")]
    public void Amounts_are_yuan_exactly_from_fen(long fen, string json)
    {
        var value = OcdsReleaseBuilder.Value(new Money(fen));
        Assert.Equal($"{{\"amount\":{json},\"currency\":\"CNY\"}}", value.ToJsonString());
    }

    [Fact]
    public void Dates_are_china_time_with_the_offset()
    {
        Assert.Equal("2026-11-23T10:00:00+08:00", OcdsReleaseBuilder.Iso(new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("2026-11-24T07:59:59+08:00", OcdsReleaseBuilder.Iso(new DateTime(2026, 11, 23, 23, 59, 59, DateTimeKind.Utc)));
        Assert.Equal("2027-05-16T23:59:59+08:00", OcdsReleaseBuilder.Day(new DateOnly(2027, 5, 16), endOfDay: true));
    }

    [Theory]
    [InlineData(ProjectStatus.ContractPending, "pending")]
    [InlineData(ProjectStatus.Contracted, "active")]
    [InlineData(ProjectStatus.InProgress, "active")]
    [InlineData(ProjectStatus.Completed, "active")]
    [InlineData(ProjectStatus.Evaluated, "active")]
    [InlineData(ProjectStatus.Closed, "terminated")]
    public void The_contract_status_follows_the_project(ProjectStatus status, string expected) =>
        Assert.Equal(expected, OcdsReleaseBuilder.ContractStatus(status));

    [Fact]
    public void Release_ids_are_stable_and_distinct_by_kind_record_and_date()
    {
        var call = Guid.NewGuid();
        var at = new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
        var tender = new OcdsReleaseRow { CallId = call, Kind = OcdsReleaseKind.Tender, Date = at };
        Assert.Equal($"ocds-abc123-{call:N}-tender-20261123100000", Builder.ReleaseId(tender));
        Assert.Equal(Builder.ReleaseId(tender), Builder.ReleaseId(new OcdsReleaseRow { CallId = call, Kind = OcdsReleaseKind.Tender, Date = at }));
        var ids = new[]
        {
            tender,
            new OcdsReleaseRow { CallId = call, Kind = OcdsReleaseKind.TenderAmendment, Date = at, AmendmentId = 1 },
            new OcdsReleaseRow { CallId = call, Kind = OcdsReleaseKind.TenderAmendment, Date = at, AmendmentId = 2 },
            new OcdsReleaseRow { CallId = call, Kind = OcdsReleaseKind.TenderCancellation, Date = at },
            new OcdsReleaseRow { CallId = call, Kind = OcdsReleaseKind.Award, Date = at, RecordId = Guid.NewGuid() },
            new OcdsReleaseRow { CallId = call, Kind = OcdsReleaseKind.Award, Date = at, RecordId = Guid.NewGuid() },
            new OcdsReleaseRow { CallId = call, Kind = OcdsReleaseKind.Contract, Date = at, RecordId = Guid.NewGuid() },
            new OcdsReleaseRow { CallId = call, Kind = OcdsReleaseKind.Contract, Date = at.AddSeconds(1), RecordId = Guid.NewGuid() },
        }.Select(Builder.ReleaseId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
