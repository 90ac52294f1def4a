using System.Globalization;

namespace ProcurementPlatform.Domain.Common;

/// <summary>An amount of renminbi held as integer fen (分). Never floating point.</summary>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    public static Money FromYuan(long yuan) => new(checked(yuan * 100));

    /// <summary>Parses user input in yuan ("12,345.6", "¥100", "100元"); at most two decimals.</summary>
    public static bool TryParseYuan(string? text, out Money money)
    {
        money = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var cleaned = text.Trim().Replace(",", "").Replace("，", "").Replace("¥", "").Replace("￥", "").Replace("元", "").Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var yuan))
            return false;
        // Far beyond any budget; also keeps the multiplication below from overflowing.
        if (Math.Abs(yuan) > 1_000_000_000_000m) return false;
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen) || fen > long.MaxValue / 2 || fen < long.MinValue / 2) return false;
        money = new Money((long)fen);
        return true;
    }

    public decimal Yuan => Fen / 100m;

    public bool IsNegative => Fen < 0;

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));
    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));
    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;
    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;
    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;
    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    public static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Zero, (a, b) => a + b);

    /// <summary>Plain yuan with two decimals and no grouping, for form fields: "12345.60".</summary>
    public string ToInputString() => (Fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>For display: "¥12,345.60".</summary>
    public override string ToString() => "¥" + (Fen / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>For display in 万元 when large: "12.35 万元"; below 1 万 yuan shows yuan.</summary>
    public string ToWanYuanString() => Fen >= 1_000_000
        ? (Fen / 1_000_000m).ToString("#,##0.##", CultureInfo.InvariantCulture) + " 万元"
        : (Fen / 100m).ToString("#,##0.##", CultureInfo.InvariantCulture) + " 元";
}
