using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using static ProcurementPlatform.Domain.Projects.TrancheTrigger;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

public sealed class PaymentDatesAndPeriodAnchorTests
{
    [Fact]
    public void A_payment_cannot_be_dated_before_the_contract_was_signed()
    {
        var project = Signed(); // signed 2026-11-23 China time
        var ex = Assert.Throws<DomainException>(() =>
            Disbursement.Pay(project, 1, new DateOnly(2026, 11, 22), "PZ-1", [], [], [], "finance", InFirstPeriod));
        Assert.Contains("不能早于合同签订日 2026-11-23", ex.Message);
        Assert.Equal(1, Disbursement.Pay(project, 1, new DateOnly(2026, 11, 23), "PZ-1", [], [], [], "finance", InFirstPeriod).TrancheOrder);
    }

    [Fact]
    public void A_date_tranche_cannot_be_recorded_as_paid_before_its_agreed_date()
    {
        var project = Signed(Terms() with { Tranches = [new(50, Signing, null), new(50, Date, new DateOnly(2026, 12, 10))] });
        var ex = Assert.Throws<DomainException>(() =>
            Disbursement.Pay(project, 2, new DateOnly(2026, 12, 9), "PZ-2", [], [], [], "finance", InFirstPeriod));
        Assert.Contains("约定 2026-12-10 起拨付", ex.Message);
        Assert.Equal(2, Disbursement.Pay(project, 2, new DateOnly(2026, 12, 10), "PZ-2", [], [], [], "finance", InFirstPeriod).TrancheOrder);
    }

    [Fact]
    public void Periods_keep_to_the_contract_start_day_and_never_drift()
    {
        var periods = ContractRules.Periods(new DateOnly(2027, 1, 31), new DateOnly(2027, 6, 30), ReportingFrequency.Monthly);
        Assert.Equal(
            [new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31), new DateOnly(2027, 4, 30), new DateOnly(2027, 5, 31), new DateOnly(2027, 6, 30)],
            periods.Select(p => p.From));
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.To.AddDays(1), pair.Second.From)); // no gap, no overlap
        Assert.Equal(new DateOnly(2027, 6, 30), periods[^1].To);
    }
}
