namespace ProcurementPlatform.Duplicates;

/// <summary>A run of text, marked when it also appears in the other application.</summary>
public sealed record TextSegment(string Text, bool Shared);

/// <summary>
/// The passages two applications share, for a person to check a flag: runs of at least <see cref="MinimumLength"/>
/// characters that appear in the other text once both are folded the way the engine folds them (full/half width,
/// letter case, punctuation and whitespace ignored). Positions map back to the original text, so the page highlights
/// exactly what the applicant wrote.
/// </summary>
public static class Passages
{
    public const int MinimumLength = 8;

    /// <summary>Splits <paramref name="text"/> into shared and unshared segments against <paramref name="other"/> (which may be every field of the other application joined).</summary>
    public static IReadOnlyList<TextSegment> Mark(string? text, string? other, int minimumLength = MinimumLength)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var (folded, positions) = Fold(text);
        var (otherFolded, _) = Fold(other ?? "");
        var shared = new bool[text.Length];
        if (folded.Length >= minimumLength && otherFolded.Length >= minimumLength)
        {
            var windows = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + minimumLength <= otherFolded.Length; i++) windows.Add(otherFolded.Substring(i, minimumLength));
            for (var i = 0; i + minimumLength <= folded.Length; i++)
            {
                if (!windows.Contains(folded.Substring(i, minimumLength))) continue;
                // Mark the original characters from the first to the last folded one, punctuation between them included.
                for (var k = positions[i]; k <= positions[i + minimumLength - 1]; k++) shared[k] = true;
            }
        }

        var segments = new List<TextSegment>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && shared[i] == shared[start]) continue;
            segments.Add(new TextSegment(text[start..i], shared[start]));
            start = i;
        }
        return segments;
    }

    /// <summary>The share (0..1) of a text's characters inside shared passages.</summary>
    public static double SharedShare(IReadOnlyList<TextSegment> segments)
    {
        var total = segments.Sum(s => s.Text.Length);
        return total == 0 ? 0 : (double)segments.Where(s => s.Shared).Sum(s => s.Text.Length) / total;
    }

    /// <summary>Letters and digits folded to one width and case, with the index of each in the original.</summary>
    private static (string Folded, int[] Positions) Fold(string text)
    {
        var chars = new char[text.Length];
        var positions = new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
            if (!char.IsLetterOrDigit(c)) continue;
            chars[n] = char.ToLowerInvariant(c);
            positions[n++] = i;
        }
        return (new string(chars, 0, n), positions[..n]);
    }
}
