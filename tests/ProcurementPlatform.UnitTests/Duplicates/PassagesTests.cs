using ProcurementPlatform.Duplicates;

namespace ProcurementPlatform.UnitTests.Duplicates;

public class PassagesTests
{
    private static string Shared(IReadOnlyList<TextSegment> segments) => string.Concat(segments.Where(s => s.Shared).Select(s => s.Text));

    [Fact]
    public void A_passage_both_texts_contain_is_marked_and_the_rest_is_not()
    {
        var segments = Passages.Mark("本项目为金马社区独居老人提供每周两次入户探访服务，并开展健康讲座。", "我们计划为金马社区独居老人提供每周两次入户探访服务。");
        Assert.Equal("为金马社区独居老人提供每周两次入户探访服务", Shared(segments));
        Assert.Equal("本项目为金马社区独居老人提供每周两次入户探访服务，并开展健康讲座。", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Punctuation_width_and_case_do_not_hide_a_copied_passage_and_the_original_text_is_kept()
    {
        var segments = Passages.Mark("开展ＡＢＣ亲子阅读活动，每月两次", "开展abc亲子阅读活动每月两次");
        Assert.Equal("开展ＡＢＣ亲子阅读活动，每月两次", Shared(segments));
    }

    [Fact]
    public void Short_common_phrases_are_not_marked()
    {
        // "留守儿童" and "个案服务" are in both, but no run of eight characters is.
        var segments = Passages.Mark("为留守儿童提供个案服务", "开展个案服务，关爱留守儿童");
        Assert.DoesNotContain(segments, s => s.Shared);
        Assert.Equal(0, Passages.SharedShare(segments));
    }

    [Fact]
    public void Empty_text_has_no_segments()
    {
        Assert.Empty(Passages.Mark(null, "任何内容"));
        Assert.Empty(Passages.Mark("", "任何内容"));
        Assert.Single(Passages.Mark("一段没有对照的文字内容", null));
    }

    [Fact]
    public void The_shared_share_is_the_marked_part_of_the_text()
    {
        var segments = Passages.Mark("甲乙丙丁戊己庚辛壬癸ABCDEFGHIJ", "甲乙丙丁戊己庚辛壬癸");
        Assert.Equal(0.5, Passages.SharedShare(segments), 3);
    }
}
