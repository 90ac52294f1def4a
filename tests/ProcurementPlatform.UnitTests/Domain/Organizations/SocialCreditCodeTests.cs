using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Organizations;

namespace ProcurementPlatform.UnitTests.Domain.Organizations;

public class SocialCreditCodeTests
{
    /// <summary>
    /// An independent implementation of the GB 32100-2015 check character, written from the standard
    /// rather than from the production code.
    /// </summary>
    private static class Gb32100
    {
        public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static readonly int[] W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

        public static char Check(string body)
        {
            if (body.Length != 17) throw new ArgumentException("17 characters expected", nameof(body));
            long total = 0;
            for (var i = 0; i < 17; i++) total += Charset.IndexOf(body[i], StringComparison.Ordinal) * W[i];
            var c = 31 - (int)(total % 31);
            if (c == 31) c = 0;
            return Charset[c];
        }

        public static string Complete(string body) => body + Check(body);
    }

    private const string RealCode = "91350100M000100Y43";

    /// <summary>17-character bodies in the real-world layout: authority, type, 6-digit region, 9-character organisation code.</summary>
    public static TheoryData<string, char> Bodies() => new()
    {
        { "91110108MA01ABCD1", 'E' },   // enterprise, Beijing Haidian
        { "12100000400000000", 'W' },   // public institution, central
        { "51440300MJL123456", '8' },   // social organisation, Shenzhen
        { "52330102MJ0000000", 'T' },   // private non-enterprise unit, Hangzhou
        { "Y1420100MA4K00000", '3' },   // other authority
        { "91310115MA1H7XKQ2", 'G' },   // Shanghai Pudong
        { "91440300192203821", '6' },
        { "91440300715267263", '0' },   // the 31 → 0 case
        { "91350100M000100Y4", '3' },   // the well-known real code 91350100M000100Y43
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_independent_check_agrees_with_the_known_check_characters(string body, char expectedCheck)
    {
        Assert.Equal(expectedCheck, Gb32100.Check(body));
        Assert.Equal(expectedCheck, SocialCreditCode.CheckCharacter(body));
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Codes_with_the_correct_check_character_are_valid(string body, char expectedCheck)
    {
        var full = body + expectedCheck;

        Assert.Null(SocialCreditCode.Validate(full, out var normalized));
        Assert.Equal(full, normalized);
        Assert.Equal(full, SocialCreditCode.Parse(full).Value);
        Assert.True(SocialCreditCode.TryParse(full, out var code, out var error));
        Assert.Equal(full, code!.Value);
        Assert.Null(error);
        Assert.Equal(full, code.ToString());
    }

    [Fact]
    public void The_well_known_real_code_is_valid()
    {
        Assert.Equal(RealCode, Gb32100.Complete(RealCode[..17]));
        Assert.Equal(RealCode, SocialCreditCode.Parse(RealCode).Value);
    }

    [Fact]
    public void The_check_character_matches_the_independent_one_on_many_random_bodies()
    {
        var random = new Random(32100);
        for (var n = 0; n < 2_000; n++)
        {
            var chars = new char[17];
            for (var i = 0; i < 17; i++) chars[i] = Gb32100.Charset[random.Next(Gb32100.Charset.Length)];
            for (var i = 2; i < 8; i++) chars[i] = (char)('0' + random.Next(10)); // region code is numeric
            var body = new string(chars);

            Assert.Equal(Gb32100.Check(body), SocialCreditCode.CheckCharacter(body));
            Assert.Null(SocialCreditCode.Validate(Gb32100.Complete(body), out _));
        }
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Every_wrong_check_character_is_rejected(string body, char expectedCheck)
    {
        foreach (var wrong in Gb32100.Charset.Where(c => c != expectedCheck))
        {
            var error = SocialCreditCode.Validate(body + wrong, out var normalized);

            Assert.NotNull(error);
            Assert.Contains("校验位", error);
            Assert.Null(normalized);
        }
    }

    [Fact]
    public void A_wrong_check_character_fails_Parse_and_TryParse()
    {
        const string wrong = "91350100M000100Y44";

        var ex = Assert.Throws<DomainException>(() => SocialCreditCode.Parse(wrong));
        Assert.Contains("校验位", ex.Message);

        Assert.False(SocialCreditCode.TryParse(wrong, out var code, out var error));
        Assert.Null(code);
        Assert.Contains("校验位", error);
    }

    [Fact]
    public void A_single_transposition_is_caught()
    {
        // 91350100M000100Y43 with the 16th and 17th characters swapped.
        Assert.Contains("校验位", SocialCreditCode.Validate("91350100M0001004Y3", out _));
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    [InlineData("9135", 4)]
    [InlineData("91350100M000100Y43 0", 19)]
    public void Wrong_length_is_reported_with_18_digits(string input, int length)
    {
        var error = SocialCreditCode.Validate(input, out _);

        Assert.NotNull(error);
        Assert.Contains("18位", error);
        Assert.Contains($"当前为{length}位", error);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('i')]
    [InlineData('o')]
    [InlineData('*')]
    public void Letters_outside_the_alphabet_are_rejected(char illegal)
    {
        // Put the illegal character at position 9 (organisation code), keep the length 18.
        var input = RealCode[..8] + illegal + RealCode[9..];

        var error = SocialCreditCode.Validate(input, out var normalized);

        Assert.NotNull(error);
        Assert.Contains("第9位", error);
        Assert.Contains("不是有效字符", error);
        Assert.Contains(char.ToUpperInvariant(illegal).ToString(), error);
        Assert.Null(normalized);
    }

    [Fact]
    public void The_region_code_must_be_numeric()
    {
        var body = "91AB0100M000100Y4";
        var error = SocialCreditCode.Validate(Gb32100.Complete(body), out _);

        Assert.NotNull(error);
        Assert.Contains("行政区划码", error);
    }

    [Theory]
    [InlineData("91350100m000100y43")]                       // lower case
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")]         // full-width
    [InlineData("９１３５０１００ｍ０００１００ｙ４３")]         // full-width lower case
    [InlineData(" 91350100M000100Y43 ")]                     // surrounding spaces
    [InlineData("9135 0100 M000 100Y 43")]                   // grouped with spaces
    [InlineData("9135\t0100\nM000100Y43")]                    // tabs and new lines
    [InlineData("91350100M000100Y43\u3000")]                 // ideographic space
    [InlineData("913501-00M000-100Y43")]                     // hyphens
    public void Input_is_normalised(string input)
    {
        Assert.Null(SocialCreditCode.Validate(input, out var normalized));
        Assert.Equal(RealCode, normalized);
        Assert.Equal(RealCode, SocialCreditCode.Parse(input).Value);
    }

    [Fact]
    public void Normalised_codes_are_equal_values()
    {
        Assert.Equal(SocialCreditCode.Parse(RealCode), SocialCreditCode.Parse("９１３５０１００ｍ０００１００ｙ４３"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_input_asks_for_the_code(string? input)
    {
        Assert.Equal("请填写统一社会信用代码。", SocialCreditCode.Validate(input, out _));
        Assert.Throws<DomainException>(() => SocialCreditCode.Parse(input));
    }

    [Fact]
    public void CheckCharacter_refuses_bad_input()
    {
        Assert.Throws<ArgumentException>(() => SocialCreditCode.CheckCharacter("1234"));
        Assert.Throws<ArgumentException>(() => SocialCreditCode.CheckCharacter("91350100I000100Y4"));
    }

    [Fact]
    public void The_alphabet_has_31_characters_without_I_O_Z_S_V()
    {
        Assert.Equal(Gb32100.Charset, SocialCreditCode.Alphabet);
        Assert.Equal(31, SocialCreditCode.Alphabet.Length);
        foreach (var c in "IOZSV") Assert.DoesNotContain(c, SocialCreditCode.Alphabet);
    }
}
