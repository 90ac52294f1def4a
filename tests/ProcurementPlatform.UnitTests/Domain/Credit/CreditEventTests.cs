using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using static ProcurementPlatform.UnitTests.Domain.Credit.CreditTestData;

namespace ProcurementPlatform.UnitTests.Domain.Credit;

/// <summary>信用信息: a described fact, dated no later than today in China.</summary>
public class CreditEventTests
{
    [Fact]
    public void An_event_records_the_fact_as_given()
    {
        var e = new CreditEvent(TheOrganisation, CreditGround.DuplicateApplication, Today, CivilAffairs, "  同一服务内容重复申报。 ", "supervisor", NowUtc, "application:42");

        Assert.Equal(TheOrganisation, e.OrganizationId);
        Assert.Equal(CreditGround.DuplicateApplication, e.Ground);
        Assert.Equal(Today, e.OccurredOn);
        Assert.Equal(CivilAffairs, e.DepartmentId);
        Assert.Equal("同一服务内容重复申报。", e.Description);
        Assert.Equal("supervisor", e.RecordedBy);
        Assert.Equal(NowUtc, e.RecordedAt);
        Assert.Equal("application:42", e.SourceKey);
        Assert.Equal(CreditEventStatus.Active, e.Status);
        Assert.Empty(e.Evidence);
    }

    [Fact]
    public void An_event_may_have_no_department()
    {
        var e = new CreditEvent(TheOrganisation, CreditGround.ExcellentEvaluation, Today, null, "末期评估优秀。", "system", NowUtc);

        Assert.Null(e.DepartmentId);
        Assert.Null(e.SourceKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_description_is_required(string description)
    {
        var ex = Assert.Throws<DomainException>(() =>
            new CreditEvent(TheOrganisation, CreditGround.FundMisuse, Today, CivilAffairs, description, "supervisor", NowUtc));

        Assert.Equal("请填写事实描述。", ex.Message);
    }

    [Fact]
    public void An_event_dated_in_the_future_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() =>
            new CreditEvent(TheOrganisation, CreditGround.FundMisuse, Today.AddDays(1), CivilAffairs, "挪用资金。", "supervisor", NowUtc));

        Assert.Equal("发生日期不能晚于今天。", ex.Message);
    }

    [Fact]
    public void Today_is_the_china_date()
    {
        var tomorrow = new DateOnly(2026, 11, 24);

        Assert.Throws<DomainException>(() =>
            new CreditEvent(TheOrganisation, CreditGround.FundMisuse, tomorrow, CivilAffairs, "挪用资金。", "supervisor", Utc(2026, 11, 23, 15, 59, 59)));
        var e = new CreditEvent(TheOrganisation, CreditGround.FundMisuse, tomorrow, CivilAffairs, "挪用资金。", "supervisor", Utc(2026, 11, 23, 16));
        Assert.Equal(tomorrow, e.OccurredOn);
        Assert.Equal(tomorrow, ChinaDate(LateEveningUtc));
    }

    [Fact]
    public void An_event_of_long_ago_is_accepted() =>
        Assert.Equal(new DateOnly(2019, 5, 1),
            new CreditEvent(TheOrganisation, CreditGround.FailedEvaluation, new DateOnly(2019, 5, 1), CivilAffairs, "末期评估不合格。", "system", NowUtc).OccurredOn);

    [Fact]
    public void Evidence_is_attached_in_order()
    {
        var e = Event(CreditGround.FalseMaterials, new DateOnly(2026, 3, 1));
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        e.Attach(first, "核查报告.pdf");
        e.Attach(second, "询问笔录.pdf");

        Assert.Equal([first, second], e.Evidence.Select(x => x.FileId));
        Assert.Equal(["核查报告.pdf", "询问笔录.pdf"], e.Evidence.Select(x => x.FileName));
    }

    [Fact]
    public void Every_ground_and_list_has_a_chinese_name()
    {
        Assert.Equal(["末期评估优秀", "末期评估不合格", "重复申报", "提供虚假材料", "违规使用资金", "活动异常", "行政处罚"],
            Enum.GetValues<CreditGround>().Select(g => g.ToChinese()));
        Assert.Equal("红名单", CreditList.Red.ToChinese());
        Assert.Equal("黑名单", CreditList.Black.ToChinese());
    }
}
