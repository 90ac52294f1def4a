using System.Globalization;
using System.Text;

namespace ProcurementPlatform.Duplicates;

/// <summary>
/// Puts Chinese application text in one canonical form before comparison: full-width to half-width (NFKC), lower case,
/// every run of Chinese numerals to digits (二十 → 20, 一百二十 → 120, 两万 → 20000; consistently, so 五社联动 reads 5社联动
/// on both sides of a comparison), and only letters and digits kept (punctuation and
/// whitespace dropped — Chinese has no spaces to rely on anyway).
/// </summary>
public static class TextNormalizer
{
    private const string Digits = "零一二三四五六七八九";

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var kept = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            if (ch == '〇') kept.Append('零');
            else if (ch == '两') kept.Append('二');
            else if (char.IsLetterOrDigit(ch)) kept.Append(ch);
        }
        return ConvertNumerals(kept.ToString());
    }

    private static bool IsNumeral(char c) => Digits.Contains(c) || c is '十' or '百' or '千' or '万';

    private static string ConvertNumerals(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (!IsNumeral(s[i])) { sb.Append(s[i++]); continue; }
            var start = i;
            while (i < s.Length && IsNumeral(s[i])) i++;
            sb.Append(Parse(s.AsSpan(start, i - start)).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>A run of Chinese numerals as a number; a run of bare digits (一二〇) reads digit by digit.</summary>
    internal static long Parse(ReadOnlySpan<char> run)
    {
        var hasUnit = false;
        foreach (var c in run) if (c is '十' or '百' or '千' or '万') hasUnit = true;
        if (!hasUnit)
        {
            long v = 0;
            foreach (var c in run) v = v * 10 + Digits.IndexOf(c);
            return v;
        }
        long total = 0, section = 0, digit = 0;
        var sawDigit = false;
        foreach (var c in run)
        {
            var d = Digits.IndexOf(c);
            if (d >= 0) { digit = d; sawDigit = true; continue; }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 10000 };
            if (unit == 10000)
            {
                total += (section + digit) * 10000;
                section = 0;
            }
            else
            {
                section += (sawDigit ? digit : 1) * unit;
            }
            digit = 0;
            sawDigit = false;
        }
        return total + section + digit;
    }
}
