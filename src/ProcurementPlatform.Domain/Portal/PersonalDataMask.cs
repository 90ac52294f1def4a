using System.Text.RegularExpressions;

namespace ProcurementPlatform.Domain.Portal;

/// <summary>
/// Masks personal data in text the public will read: mainland mobile numbers keep their first three and last four
/// digits (138****1234), landlines keep the area code, 18-digit resident ID numbers (and 15-digit old ones) are removed,
/// e-mail addresses keep their first character and domain.
/// </summary>
public static partial class PersonalDataMask
{
    public const string RemovedId = "[身份证号已隐去]";

    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        // Full-width digits are folded first so that "１３８…" cannot slip past the patterns.
        var folded = FoldDigits(text);
        var withoutIds = IdNumber().Replace(folded, RemovedId);
        var phonesMasked = Mobile().Replace(withoutIds, m => m.Groups["a"].Value + "****" + m.Groups["d"].Value);
        var landlinesMasked = Landline().Replace(phonesMasked, m => m.Groups["area"].Value + m.Groups["sep"].Value + new string('*', m.Groups["num"].Value.Length));
        return Email().Replace(landlinesMasked, m => m.Groups["first"].Value + "***@" + m.Groups["domain"].Value);
    }

    private static string FoldDigits(string text)
    {
        if (!text.Any(c => c is >= '０' and <= '９')) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '０' and <= '９' ? (char)(source[i] - '０' + '0') : source[i];
        });
    }

    // 18 digits (last may be X) or 15 digits, not part of a longer number.
    [GeneratedRegex(@"(?<!\d)(\d{17}[\dXx]|\d{15})(?![\dXx])")]
    private static partial Regex IdNumber();

    // 1[3-9]x xxxx xxxx with optional spaces or hyphens between groups, optional +86 prefix.
    [GeneratedRegex(@"(?<!\d)(?:\+?86[\s-]?)?(?<a>1[3-9]\d)[\s-]?(?<b>\d{4})[\s-]?(?<d>\d{4})(?!\d)")]
    private static partial Regex Mobile();

    // 0xx(x)-xxxxxxx(x)
    [GeneratedRegex(@"(?<!\d)(?<area>0\d{2,3})(?<sep>[\s-]?)(?<num>\d{7,8})(?!\d)")]
    private static partial Regex Landline();

    [GeneratedRegex(@"(?<first>[A-Za-z0-9])[A-Za-z0-9._%+-]*@(?<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})")]
    private static partial Regex Email();
}
