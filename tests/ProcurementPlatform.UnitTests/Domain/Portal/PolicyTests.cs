using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.UnitTests.Domain.Portal;

/// <summary>政策法规: a draft is published once, a published entry is withdrawn with a reason, a withdrawn one is frozen.</summary>
public sealed class PolicyTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);

    private static Policy Draft(string body = "## 主要内容\n- 一") =>
        Policy.Draft(" 政府购买服务管理办法 ", "财政部", "财政部令第102号", new DateOnly(2020, 1, 3), PolicyLevel.Central, body, null, "sysadmin", Now);

    [Fact]
    public void A_draft_is_trimmed_and_not_yet_published()
    {
        var policy = Draft();
        Assert.Equal(PolicyStatus.Draft, policy.Status);
        Assert.Equal("政府购买服务管理办法", policy.Title);
        Assert.Null(policy.PublishedAt);
        Assert.False(policy.IsPublic);
    }

    [Fact]
    public void Publishing_a_draft_stamps_the_time_makes_it_public_and_cannot_be_repeated()
    {
        var policy = Draft();
        policy.Publish(Now.AddHours(1));
        Assert.Equal(PolicyStatus.Published, policy.Status);
        Assert.Equal(Now.AddHours(1), policy.PublishedAt);
        Assert.True(policy.IsPublic);
        var again = Assert.Throws<DomainException>(() => policy.Publish(Now.AddHours(2)));
        Assert.Contains("只能发布草稿", again.Message);
    }

    [Fact]
    public void Only_a_published_entry_is_withdrawn_and_only_with_a_reason()
    {
        var policy = Draft();
        Assert.Throws<DomainException>(() => policy.Withdraw("已废止", Now));
        policy.Publish(Now);
        Assert.Contains("理由", Assert.Throws<DomainException>(() => policy.Withdraw("  ", Now)).Message);
        Assert.Throws<DomainException>(() => policy.Withdraw(new string('废', Policy.MaxReasonLength + 1), Now));
        policy.Withdraw(" 已被新办法替代 ", Now.AddDays(1));
        Assert.Equal(PolicyStatus.Withdrawn, policy.Status);
        Assert.Equal("已被新办法替代", policy.WithdrawalReason);
        Assert.Equal(Now.AddDays(1), policy.WithdrawnAt);
        Assert.Throws<DomainException>(() => policy.Withdraw("再次", Now.AddDays(2)));
    }

    [Fact]
    public void A_withdrawn_entry_can_be_neither_edited_nor_given_attachments_nor_republished()
    {
        var policy = Draft();
        policy.Attach(Guid.NewGuid(), "原文.pdf", "application/pdf", 10);
        policy.Publish(Now);
        policy.Withdraw("已废止", Now);
        Assert.Throws<DomainException>(() => policy.Edit("新标题", "财政部", null, new DateOnly(2020, 1, 3), PolicyLevel.Central, "正文", Now));
        Assert.Throws<DomainException>(() => policy.Attach(Guid.NewGuid(), "解读.pdf", "application/pdf", 10));
        Assert.Throws<DomainException>(() => policy.RemoveAttachment(policy.Attachments[0].Id));
        Assert.Throws<DomainException>(() => policy.Publish(Now));
    }

    [Fact]
    public void A_published_entry_can_be_corrected()
    {
        var policy = Draft();
        policy.Publish(Now);
        policy.Edit("政府购买服务管理办法（修订）", "财政部", " ", new DateOnly(2020, 1, 3), PolicyLevel.Central, "更正后的正文", Now.AddDays(3));
        Assert.Equal(PolicyStatus.Published, policy.Status);
        Assert.Null(policy.DocumentNumber);
        Assert.Equal(Now.AddDays(3), policy.UpdatedAt);
    }

    [Theory]
    [InlineData("", "财政部", "正文", "标题")]
    [InlineData("标题", "", "正文", "发文机关")]
    [InlineData("标题", "财政部", " ", "正文")]
    public void Required_fields_are_enforced(string title, string issuer, string body, string expected)
    {
        var ex = Assert.Throws<DomainException>(() =>
            Policy.Draft(title, issuer, null, new DateOnly(2020, 1, 3), PolicyLevel.Central, body, null, "x", Now));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void The_date_of_issue_cannot_be_in_the_future_in_China_time()
    {
        // 2026-11-23 02:00 UTC is 10:00 on the 23rd in Beijing: the 23rd is allowed, the 24th is not.
        Policy.Draft("标题", "财政部", null, new DateOnly(2026, 11, 23), PolicyLevel.Central, "正文", null, "x", Now);
        Assert.Throws<DomainException>(() => Policy.Draft("标题", "财政部", null, new DateOnly(2026, 11, 24), PolicyLevel.Central, "正文", null, "x", Now));
    }

    [Fact]
    public void Attachments_are_capped_and_removed_by_id()
    {
        var policy = Draft();
        for (var i = 0; i < 20; i++) policy.Attach(Guid.NewGuid(), $"附件{i}.pdf", "application/pdf", 1);
        Assert.Throws<DomainException>(() => policy.Attach(Guid.NewGuid(), "多余.pdf", "application/pdf", 1));
        Assert.Throws<DomainException>(() => policy.RemoveAttachment(12345));
    }
}
