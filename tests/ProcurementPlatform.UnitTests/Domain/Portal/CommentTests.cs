using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.UnitTests.Domain.Portal;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("电话13812341234", "电话138****1234")]
    [InlineData("电话 138-1234-1234 谢谢", "电话 138****1234 谢谢")]
    [InlineData("+86 13812341234", "138****1234")]
    [InlineData("全角１３８１２３４１２３４", "全角138****1234")]
    [InlineData("座机0871-63123456", "座机0871-********")]
    [InlineData("身份证530111199001011234", "身份证" + PersonalDataMask.RemovedId)]
    [InlineData("身份证53011119900101123X。", "身份证" + PersonalDataMask.RemovedId + "。")]
    [InlineData("邮箱 zhang.san@example.cn", "邮箱 z***@example.cn")]
    public void Personal_data_is_masked(string input, string expected) => Assert.Equal(expected, PersonalDataMask.Mask(input));

    [Theory]
    [InlineData("预算 120000 元，服务 300 人次")]
    [InlineData("2026年11月23日开展活动")]
    [InlineData("合同编号 GK2025-0117")]
    public void Ordinary_numbers_are_left_alone(string input) => Assert.Equal(input, PersonalDataMask.Mask(input));

    [Fact]
    public void A_long_number_that_is_no_phone_is_not_half_masked() =>
        Assert.Equal("订单号 1381234123456789012", PersonalDataMask.Mask("订单号 1381234123456789012"));
}

public sealed class ProjectCommentTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_comment_is_held_with_masked_public_text_and_the_original_kept()
    {
        var c = ProjectComment.Submit(Guid.NewGuid(), " 居民 ", "13800001111", "请拨13912345678", Now);
        Assert.Equal(CommentStatus.Pending, c.Status);
        Assert.Equal("居民", c.Nickname);
        Assert.Equal("请拨13912345678", c.Text);
        Assert.Equal("请拨139****5678", c.PublicText);
        Assert.False(c.IsPublic);
    }

    [Fact]
    public void Approve_publishes_once_and_reject_needs_a_reason()
    {
        var c = ProjectComment.Submit(Guid.NewGuid(), "甲", "a@b.cn", "好", Now);
        Assert.Throws<DomainException>(() => c.Reject(" ", "officer", Now));
        c.Approve("officer", Now);
        Assert.Equal(CommentStatus.Published, c.Status);
        Assert.True(c.IsPublic);
        var again = Assert.Throws<DomainException>(() => c.Approve("officer", Now));
        Assert.Contains("已审核", again.Message);
        Assert.Throws<DomainException>(() => c.Reject("理由", "officer", Now));
    }

    [Fact]
    public void Replies_only_on_published_comments_once_per_party_and_masked()
    {
        var c = ProjectComment.Submit(Guid.NewGuid(), "甲", "a@b.cn", "好", Now);
        Assert.Throws<DomainException>(() => c.Reply(CommentReplyAuthor.Organization, "机构", "谢谢", "org", Now));
        c.Approve("officer", Now);
        var reply = c.Reply(CommentReplyAuthor.Organization, "机构", "请致电13812341234", "org", Now);
        Assert.Equal("请致电138****1234", reply.Text);
        Assert.Throws<DomainException>(() => c.Reply(CommentReplyAuthor.Organization, "机构", "再说一句", "org", Now));
        c.Reply(CommentReplyAuthor.Department, "民政局", "已督办", "officer", Now);
        Assert.Equal(2, c.Replies.Count);
    }

    [Theory]
    [InlineData("", "13800001111", "内容", "昵称")]
    [InlineData("甲", "", "内容", "手机号")]
    [InlineData("甲", "13800001111", " ", "留言内容")]
    public void Missing_fields_are_refused_in_chinese(string nickname, string contact, string text, string expected)
    {
        var ex = Assert.Throws<DomainException>(() => ProjectComment.Submit(Guid.NewGuid(), nickname, contact, text, Now));
        Assert.Contains(expected, ex.Message);
    }
}
