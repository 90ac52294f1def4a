using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.UnitTests.Domain.Notifications;

/// <summary>新征集提醒订阅: what a subscription matches, double opt-in, one-click unsubscribe.</summary>
public sealed class AlertSubscriptionTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Mzj = Guid.NewGuid();
    private static readonly Guid Tqw = Guid.NewGuid();

    [Fact]
    public void Fields_only_match_those_fields_from_any_department()
    {
        var s = new AlertSubscription("a@example.cn", [ServiceField.ChildCare, ServiceField.ElderlyCare], [], Now);

        Assert.True(s.Matches(ServiceField.ChildCare, Mzj));
        Assert.True(s.Matches(ServiceField.ElderlyCare, Tqw));
        Assert.False(s.Matches(ServiceField.CommunityGovernance, Mzj));
    }

    [Fact]
    public void Departments_only_match_any_field_from_those_departments()
    {
        var s = new AlertSubscription("a@example.cn", [], [Mzj], Now);

        Assert.True(s.Matches(ServiceField.PartyBuilding, Mzj));
        Assert.False(s.Matches(ServiceField.ChildCare, Tqw));
    }

    [Fact]
    public void Fields_and_departments_together_must_both_match()
    {
        var s = new AlertSubscription("a@example.cn", [ServiceField.ChildCare], [Mzj, Tqw], Now);

        Assert.True(s.Matches(ServiceField.ChildCare, Tqw));
        Assert.False(s.Matches(ServiceField.ElderlyCare, Mzj));
        Assert.False(s.Matches(ServiceField.ChildCare, Guid.NewGuid()));
    }

    [Fact]
    public void Nothing_chosen_is_refused_and_choices_are_stored_in_one_order()
    {
        var ex = Assert.Throws<DomainException>(() => new AlertSubscription("a@example.cn", [], [], Now));
        Assert.Contains("至少选择", ex.Message);

        var a = new AlertSubscription(" A@Example.CN ", [ServiceField.ElderlyCare, ServiceField.ChildCare, ServiceField.ChildCare], [Tqw, Mzj], Now);
        var b = new AlertSubscription("a@example.cn", [ServiceField.ChildCare, ServiceField.ElderlyCare], [Mzj, Tqw], Now);
        Assert.Equal("a@example.cn", a.Email);
        Assert.Equal(b.ServiceFields, a.ServiceFields);
        Assert.Equal(b.DepartmentIds, a.DepartmentIds);
        Assert.Equal([ServiceField.ElderlyCare, ServiceField.ChildCare], a.Fields);
        Assert.NotEqual(a.ConfirmToken, b.ConfirmToken);
        Assert.NotEqual(a.ConfirmToken, a.UnsubscribeToken);
        Assert.True(a.ConfirmToken.Length >= 32);
    }

    [Fact]
    public void A_subscription_is_active_only_once_confirmed_and_confirming_again_keeps_the_first_time()
    {
        var s = new AlertSubscription("a@example.cn", [ServiceField.ChildCare], [], Now);
        Assert.False(s.Active);

        s.Confirm(Now.AddMinutes(5));
        s.Confirm(Now.AddMinutes(9));

        Assert.True(s.Active);
        Assert.Equal(Now.AddMinutes(5), s.ConfirmedAt);
    }

    [Fact]
    public void Unsubscribing_is_idempotent_and_a_later_confirmation_does_not_resubscribe()
    {
        var s = new AlertSubscription("a@example.cn", [ServiceField.ChildCare], [], Now);
        s.Confirm(Now.AddMinutes(1));

        s.Unsubscribe(Now.AddDays(1));
        s.Unsubscribe(Now.AddDays(2));

        Assert.False(s.Active);
        Assert.Equal(Now.AddDays(1), s.UnsubscribedAt);
        var ex = Assert.Throws<DomainException>(() => s.Confirm(Now.AddDays(3)));
        Assert.Contains("已退订", ex.Message);
        Assert.False(s.Active);
    }

    [Fact]
    public void An_unconfirmed_subscription_can_be_unsubscribed_and_never_becomes_active()
    {
        var s = new AlertSubscription("a@example.cn", [], [Mzj], Now);

        s.Unsubscribe(Now.AddMinutes(1));

        Assert.False(s.Active);
        Assert.Throws<DomainException>(() => s.Confirm(Now.AddMinutes(2)));
    }
}
