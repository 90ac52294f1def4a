namespace ProcurementPlatform.Domain.Organizations;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet
/// (digits and capitals without I, O, Z, S, V); the last is a check character over the first 17.
/// </summary>
public sealed record SocialCreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public string Value { get; }

    private SocialCreditCode(string value) => Value = value;

    public static SocialCreditCode Parse(string? input)
    {
        var error = Validate(input, out var normalized);
        if (error is not null) throw new Common.DomainException(error);
        return new SocialCreditCode(normalized!);
    }

    public static bool TryParse(string? input, out SocialCreditCode? code, out string? error)
    {
        error = Validate(input, out var normalized);
        code = error is null ? new SocialCreditCode(normalized!) : null;
        return error is null;
    }

    /// <summary>Returns null when valid, otherwise a message a person understands.</summary>
    public static string? Validate(string? input, out string? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(input)) return "请填写统一社会信用代码。";
        if (input.Length > 64) return "统一社会信用代码应为18位，输入内容过长。";
        var code = Normalize(input);
        if (code.Length != 18) return $"统一社会信用代码应为18位，当前为{code.Length}位。";
        for (var i = 0; i < code.Length; i++)
        {
            if (Alphabet.IndexOf(code[i]) < 0)
                return $"统一社会信用代码第{i + 1}位“{code[i]}”不是有效字符（不使用 I、O、Z、S、V）。";
        }
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i])) return "统一社会信用代码第3至8位应为行政区划码（数字）。";
        }
        if (code[17] != CheckCharacter(code[..17]))
            return "统一社会信用代码校验位不正确，请核对后重新输入。";
        normalized = code;
        return null;
    }

    /// <summary>The check character for the first 17 characters.</summary>
    public static char CheckCharacter(string first17)
    {
        if (first17.Length != 17) throw new ArgumentException("需要前17位。", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0) throw new ArgumentException($"非法字符 {first17[i]}", nameof(first17));
            sum += value * Weights[i];
        }
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }

    private static string Normalize(string input)
    {
        Span<char> buffer = stackalloc char[input.Length];
        var n = 0;
        foreach (var raw in input)
        {
            var c = raw;
            if (c >= '０' && c <= '９') c = (char)(c - '０' + '0');
            else if (c >= 'Ａ' && c <= 'Ｚ') c = (char)(c - 'Ａ' + 'A');
            else if (c >= 'ａ' && c <= 'ｚ') c = (char)(c - 'ａ' + 'a');
            if (char.IsWhiteSpace(c) || c == '-') continue;
            buffer[n++] = char.ToUpperInvariant(c);
        }
        return new string(buffer[..n]);
    }

    public override string ToString() => Value;
}
