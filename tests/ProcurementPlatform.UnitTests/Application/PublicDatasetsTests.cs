using ProcurementPlatform.Application.Common.Caching;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.UnitTests.Application;

public sealed class PublicDatasetsTests
{
    [Fact]
    public void A_call_feeds_the_call_pages_and_a_credit_entry_the_credit_lists()
    {
        Assert.Contains(PublicDatasets.Calls, PublicDatasets.FedBy(typeof(Solicitation)));
        Assert.Equal([PublicDatasets.Credit], PublicDatasets.FedBy(typeof(CreditEntry)));
    }

    [Fact]
    public void Records_the_public_never_sees_invalidate_nothing()
    {
        // An audit record is written by every command: it must not empty the cache on every click.
        Assert.Empty(PublicDatasets.FedBy(typeof(AuditEntry)));
        Assert.Empty(PublicDatasets.FedBy(typeof(Notification)));
    }

    [Fact]
    public void An_unlisted_record_type_invalidates_everything()
    {
        Assert.Equal(PublicDatasets.All, PublicDatasets.FedBy(typeof(PublicDatasetsTests)));
    }
}
