using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Plans;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.UnitTests.Domain.Plans;

public sealed class ReleasePlanTests
{
    private static readonly DateTime Now = new(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc);

    private static PlanEntryItem Item(string title, long yuan = 300_000, int quarter = 2, Guid? id = null) =>
        new(id, title, ServiceField.ElderlyCare, "独居老人", FundSource.FiscalBudget, Money.FromYuan(yuan), quarter, "老龄化应对");

    [Fact]
    public void A_draft_changes_freely_and_publishes_with_at_least_one_entry()
    {
        var plan = new ReleasePlan(Guid.NewGuid(), 2026, [Item("居家养老")], Now);
        plan.Revise([Item("居家养老"), Item("助餐服务")], null, "officer", Now);
        Assert.Equal(2, plan.Entries.Count);
        Assert.Empty(plan.Amendments);
        plan.Publish(Now);
        Assert.Equal(ReleasePlanStatus.Published, plan.Status);
        Assert.Throws<DomainException>(() => plan.Publish(Now));
        Assert.Throws<DomainException>(() => new ReleasePlan(Guid.NewGuid(), 2026, [], Now).Publish(Now));
    }

    [Fact]
    public void A_published_plan_changes_only_with_a_reason_and_the_change_is_recorded()
    {
        var plan = new ReleasePlan(Guid.NewGuid(), 2026, [Item("居家养老"), Item("助餐服务")], Now);
        plan.Publish(Now);
        var keep = plan.Entries.Single(e => e.Title == "居家养老");
        var revised = new[] { Item("居家养老", yuan: 400_000, quarter: 3, id: keep.Id), Item("社区营造") };

        Assert.Throws<DomainException>(() => plan.Revise(revised, null, "officer", Now));
        plan.Revise(revised, "预算批复调整", "officer", Now.AddDays(1));

        var amendment = Assert.Single(plan.Amendments);
        Assert.Equal("预算批复调整", amendment.Reason);
        Assert.Contains("新增“社区营造”", amendment.Changes);
        Assert.Contains("删除“助餐服务”", amendment.Changes);
        Assert.Contains("预计预算30 万元改为40 万元", amendment.Changes);
        Assert.Contains("第2季度改为第3季度", amendment.Changes);
        Assert.Equal(keep.Id, plan.Entries.Single(e => e.Title == "居家养老").Id); // identity kept, so links to calls survive
    }

    [Fact]
    public void An_amendment_without_any_change_is_refused()
    {
        var plan = new ReleasePlan(Guid.NewGuid(), 2026, [Item("居家养老")], Now);
        plan.Publish(Now);
        var same = plan.Entries.Select(e => Item(e.Title, id: e.Id)).ToList();
        Assert.Throws<DomainException>(() => plan.Revise(same, "无", "officer", Now));
        Assert.Empty(plan.Amendments);
    }

    [Theory]
    [InlineData("", 300_000, 2, "名称")]
    [InlineData("养老", 0, 2, "预算")]
    [InlineData("养老", 300_000, 5, "季度")]
    public void Entries_are_checked(string title, long yuan, int quarter, string expected)
    {
        var refusal = Assert.Throws<DomainException>(() => new ReleasePlan(Guid.NewGuid(), 2026, [Item(title, yuan, quarter)], Now));
        Assert.Contains(expected, refusal.Message);
    }

    [Fact]
    public void Entries_of_another_plan_cannot_be_slipped_in()
    {
        var plan = new ReleasePlan(Guid.NewGuid(), 2026, [Item("居家养老")], Now);
        Assert.Throws<DomainException>(() => plan.Revise([Item("别的", id: Guid.NewGuid())], null, "officer", Now));
    }
}
