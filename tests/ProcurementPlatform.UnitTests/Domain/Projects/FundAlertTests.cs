using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.UnitTests.Support;
using static ProcurementPlatform.UnitTests.Domain.Projects.ProjectsTestData;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>预警: raised once per kind and subject, refreshed while it holds, resolved when it no longer does, closed by the department with a reason.</summary>
public class FundAlertTests
{
    private static readonly DateTime RaisedAt = InFirstPeriod;

    private static readonly FundFinding Finding = new(FundAlertKind.OverBudgetLine, "line-3",
        "预算科目“办公及交通”已支出 ¥20,000.01，超出预算 ¥20,000.00（超出 ¥0.01）。", "第1期 第1笔 2026-12-05 办公用品 ¥20,000.01");

    private static FundAlert NewAlert() => new(Guid.NewGuid(), Finding, RaisedAt);

    [Fact]
    public void A_new_alert_is_open_and_holds_the_finding()
    {
        var projectId = Guid.NewGuid();

        var alert = new FundAlert(projectId, Finding, RaisedAt);

        Assert.Equal(FundAlertStatus.Open, alert.Status);
        Assert.Equal((projectId, FundAlertKind.OverBudgetLine, "line-3"), (alert.ProjectId, alert.Kind, alert.Subject));
        Assert.Equal((Finding.Message, Finding.Records), (alert.Message, alert.Records));
        Assert.Equal((RaisedAt, RaisedAt), (alert.RaisedAt, alert.UpdatedAt));
        Assert.Null(alert.ClosedAt);
    }

    [Fact]
    public void Refreshing_an_open_alert_with_an_unchanged_finding_changes_nothing()
    {
        var alert = NewAlert();

        Assert.False(alert.Refresh(Finding with { }, RaisedAt.AddDays(1)));

        Assert.Equal(RaisedAt, alert.UpdatedAt);
        Assert.Equal(FundAlertStatus.Open, alert.Status);
    }

    [Fact]
    public void Refreshing_with_a_changed_finding_updates_what_it_says()
    {
        var alert = NewAlert();
        var worse = Finding with { Message = "预算科目“办公及交通”已支出 ¥25,000.00，超出预算 ¥20,000.00（超出 ¥5,000.00）。", Records = "…" };
        var at = RaisedAt.AddDays(1);

        Assert.True(alert.Refresh(worse, at));

        Assert.Equal(worse.Message, alert.Message);
        Assert.Equal("…", alert.Records);
        Assert.Equal(at, alert.UpdatedAt);
        Assert.Equal(RaisedAt, alert.RaisedAt);
        Assert.Equal(FundAlertStatus.Open, alert.Status);
    }

    [Fact]
    public void Records_alone_changing_is_a_change()
    {
        var alert = NewAlert();

        Assert.True(alert.Refresh(Finding with { Records = Finding.Records + "；第2期 第1笔" }, RaisedAt.AddDays(1)));
    }

    [Fact]
    public void A_resolved_alert_whose_finding_recurs_opens_again()
    {
        var alert = NewAlert();
        Assert.True(alert.Resolve(RaisedAt.AddDays(1)));
        Assert.Equal(FundAlertStatus.Resolved, alert.Status);

        var at = RaisedAt.AddDays(2);
        Assert.True(alert.Refresh(Finding, at)); // even with the very same finding

        Assert.Equal(FundAlertStatus.Open, alert.Status);
        Assert.Equal(at, alert.UpdatedAt);
    }

    [Fact]
    public void Only_an_open_alert_is_resolved()
    {
        var alert = NewAlert();
        Assert.True(alert.Resolve(RaisedAt.AddDays(1)));

        Assert.False(alert.Resolve(RaisedAt.AddDays(2)));
        Assert.Equal(RaisedAt.AddDays(1), alert.UpdatedAt);

        var closed = NewAlert();
        closed.Close("已核实为录入错误", "officer", RaisedAt);
        Assert.False(closed.Resolve(RaisedAt.AddDays(1)));
        Assert.Equal(FundAlertStatus.Closed, closed.Status);
    }

    [Fact]
    public void Closing_records_the_reason_and_who()
    {
        var alert = NewAlert();
        var at = RaisedAt.AddDays(3);

        alert.Close("  已核实为录入错误，机构已更正。 ", "officer", at);

        Assert.Equal(FundAlertStatus.Closed, alert.Status);
        Assert.Equal("已核实为录入错误，机构已更正。", alert.CloseReason);
        Assert.Equal("officer", alert.ClosedBy);
        Assert.Equal(at, alert.ClosedAt);
        Assert.Equal(at, alert.UpdatedAt);
    }

    [Fact]
    public void A_closed_alert_stays_closed_when_its_finding_recurs()
    {
        var alert = NewAlert();
        alert.Close("经研究同意调剂", "officer", RaisedAt.AddDays(1));

        Assert.False(alert.Refresh(Finding with { Message = "已支出 ¥30,000.00" }, RaisedAt.AddDays(2)));

        Assert.Equal(FundAlertStatus.Closed, alert.Status);
        Assert.Equal(Finding.Message, alert.Message);
        Assert.Equal(RaisedAt.AddDays(1), alert.UpdatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Closing_needs_a_reason(string reason)
    {
        var alert = NewAlert();

        var ex = Assert.Throws<DomainException>(() => alert.Close(reason, "officer", RaisedAt));

        Assert.Contains("关闭预警须填写理由", ex.Message);
        Assert.Equal(FundAlertStatus.Open, alert.Status);
        Assert.Null(alert.ClosedBy);
    }

    [Fact]
    public void An_alert_cannot_be_closed_twice()
    {
        var alert = NewAlert();
        alert.Close("经研究同意调剂", "officer", RaisedAt.AddDays(1));

        var ex = Assert.Throws<DomainException>(() => alert.Close("再次关闭", "other-officer", RaisedAt.AddDays(2)));

        ChineseText.AssertChinese(ex.Message);
        Assert.Equal("经研究同意调剂", alert.CloseReason);
        Assert.Equal("officer", alert.ClosedBy);
        Assert.Equal(RaisedAt.AddDays(1), alert.ClosedAt);
    }

    [Fact]
    public void A_resolved_alert_cannot_be_closed()
    {
        var alert = NewAlert();
        alert.Resolve(RaisedAt.AddDays(1));

        Assert.Throws<DomainException>(() => alert.Close("理由", "officer", RaisedAt.AddDays(2)));
        Assert.Equal(FundAlertStatus.Resolved, alert.Status);
    }

    [Fact]
    public void Every_kind_and_status_has_a_chinese_name()
    {
        foreach (var kind in Enum.GetValues<FundAlertKind>()) Assert.NotEqual(kind.ToString(), kind.ToChinese());
        foreach (var status in Enum.GetValues<FundAlertStatus>()) Assert.NotEqual(status.ToString(), status.ToChinese());
    }
}
