using System.Globalization;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.UnitTests.Domain.Common;

public class MoneyTests
{
    [Theory]
    [InlineData("12,345.60", 1_234_560)]
    [InlineData("12,345.6", 1_234_560)]
    [InlineData("12345", 1_234_500)]
    [InlineData("¥100", 10_000)]
    [InlineData("￥100", 10_000)]        // full-width yen sign
    [InlineData("100元", 10_000)]
    [InlineData("¥1,000.50元", 100_050)]
    [InlineData("1，000", 100_000)]      // full-width comma
    [InlineData("  100  ", 10_000)]
    [InlineData("0.01", 1)]
    [InlineData("0.10", 10)]
    [InlineData("0.010", 1)]             // trailing zeros beyond two decimals change nothing
    [InlineData("0", 0)]
    [InlineData(".5", 50)]
    [InlineData("-5", -500)]
    [InlineData("-1,234.56", -123_456)]
    public void TryParseYuan_accepts(string text, long expectedFen)
    {
        Assert.True(Money.TryParseYuan(text, out var money));
        Assert.Equal(expectedFen, money.Fen);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("1.005")]
    [InlineData("abc")]
    [InlineData("12abc")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("¥")]
    [InlineData("元")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("100000000000000000")]   // 10^17 yuan: beyond the supported range of fen
    public void TryParseYuan_rejects(string? text)
    {
        Assert.False(Money.TryParseYuan(text, out var money));
        Assert.Equal(Money.Zero, money);
    }

    /// <summary>
    /// A Try-method must never throw on user input. Numbers that fit in a decimal but overflow when
    /// converted to fen (× 100) must be rejected, not crash the form validator.
    /// </summary>
    [Theory]
    [InlineData("10000000000000000000000000000")]       // 10^28
    [InlineData("79228162514264337593543950335")]       // decimal.MaxValue
    [InlineData("-79228162514264337593543950335")]
    public void TryParseYuan_rejects_huge_numbers_without_throwing(string text)
    {
        var parsed = true;
        var ex = Record.Exception(() => parsed = Money.TryParseYuan(text, out _));

        Assert.Null(ex);
        Assert.False(parsed);
    }

    [Fact]
    public void Negative_input_parses_as_negative_money()
    {
        Assert.True(Money.TryParseYuan("-0.01", out var money));
        Assert.True(money.IsNegative);
        Assert.False(Money.FromYuan(0).IsNegative);
        Assert.False(new Money(1).IsNegative);
    }

    [Fact]
    public void TryParseYuan_ignores_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // "," is the decimal separator there
            Assert.True(Money.TryParseYuan("1,234.50", out var money));
            Assert.Equal(123_450, money.Fen);
            Assert.Equal("¥1,234.50", money.ToString());
            Assert.Equal("1234.50", money.ToInputString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void FromYuan_and_Yuan()
    {
        Assert.Equal(12_300, Money.FromYuan(123).Fen);
        Assert.Equal(12345.60m, new Money(1_234_560).Yuan);
        Assert.Equal(0.01m, new Money(1).Yuan);
        Assert.Throws<OverflowException>(() => Money.FromYuan(long.MaxValue));
    }

    [Fact]
    public void Arithmetic_is_exact_in_fen()
    {
        var a = new Money(10); // ¥0.10
        var b = new Money(20); // ¥0.20

        Assert.Equal(new Money(30), a + b);
        Assert.Equal(new Money(-10), a - b);
        Assert.Equal(Money.Zero, a - a);
        Assert.True(b > a);
        Assert.True(a < b);
        Assert.True(a >= new Money(10));
        Assert.True(a <= new Money(10));
        var same = new Money(10);
        Assert.False(a > same);
        Assert.False(a < same);
        Assert.True(a.CompareTo(b) < 0);
        Assert.Equal(0, a.CompareTo(new Money(10)));
        Assert.Equal(new Money(10), a);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Arithmetic_overflow_throws_instead_of_wrapping()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
        Assert.Throws<OverflowException>(() => new Money(long.MinValue) - new Money(1));
    }

    [Fact]
    public void Sum_adds_all_amounts()
    {
        Assert.Equal(Money.Zero, Money.Sum([]));
        Assert.Equal(new Money(12_345), Money.Sum([new Money(12_345)]));
        Assert.Equal(Money.FromYuan(170_000), Money.Sum([Money.FromYuan(120_000), Money.FromYuan(50_000)]));
        Assert.Equal(new Money(1), Money.Sum([new Money(10), new Money(-9)]));
    }

    [Fact]
    public void Sorting_uses_the_amount()
    {
        Money[] amounts = [new(300), new(-5), new(100)];
        Assert.Equal([new Money(-5), new Money(100), new Money(300)], amounts.Order());
    }

    [Theory]
    [InlineData(123_450, "¥1,234.50")]
    [InlineData(0, "¥0.00")]
    [InlineData(1, "¥0.01")]
    [InlineData(100, "¥1.00")]
    [InlineData(99_999, "¥999.99")]
    [InlineData(1_234_567_890, "¥12,345,678.90")]
    public void ToString_shows_yuan_with_grouping_and_two_decimals(long fen, string expected)
    {
        Assert.Equal(expected, new Money(fen).ToString());
    }

    [Theory]
    [InlineData(1_234_560, "12345.60")]
    [InlineData(0, "0.00")]
    [InlineData(5, "0.05")]
    [InlineData(100_000_000_00, "100000000.00")]
    public void ToInputString_is_plain_yuan_for_form_fields(long fen, string expected)
    {
        Assert.Equal(expected, new Money(fen).ToInputString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_234_560)]
    [InlineData(999_999_999_99)]
    [InlineData(-123_45)]
    public void ToInputString_and_ToString_parse_back_to_the_same_amount(long fen)
    {
        var money = new Money(fen);

        Assert.True(Money.TryParseYuan(money.ToInputString(), out var fromInput));
        Assert.Equal(money, fromInput);
        if (!money.IsNegative)
        {
            Assert.True(Money.TryParseYuan(money.ToString(), out var fromDisplay));
            Assert.Equal(money, fromDisplay);
        }
    }

    [Theory]
    [InlineData(999_999, "9,999.99 元")]
    [InlineData(1_000_000, "1 万元")]
    [InlineData(12_345_600, "12.35 万元")]
    [InlineData(1_000_000_000, "1,000 万元")]
    [InlineData(50_000, "500 元")]
    public void ToWanYuanString(long fen, string expected)
    {
        Assert.Equal(expected, new Money(fen).ToWanYuanString());
    }
}
