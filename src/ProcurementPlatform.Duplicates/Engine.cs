namespace ProcurementPlatform.Duplicates;

/// <summary>An application as the engine reads it; everything but the id and title may be missing.</summary>
public sealed record ApplicationText(string Id, string Title, string? OrgName = null, string? OrgCreditCode = null, string? Purchaser = null,
    string? Summary = null, string? Objectives = null, string? Activities = null, string? TargetGroup = null, string? Location = null,
    decimal? BudgetYuan = null, DateOnly? Start = null, DateOnly? End = null);

public enum DuplicateKind
{
    Exact,
    LightEdit,
    Paraphrase,
    Resubmission,
    Split,
    Other,
}

/// <summary>A flagged pair (A &lt; B ordinally) with its score, kind and the reasons a person can check.</summary>
public sealed record DuplicatePair(string A, string B, double Score, DuplicateKind Kind, string Reason, double Similarity, double Containment, IReadOnlyList<string> Signals);

public static class DuplicateKindText
{
    public static string Code(this DuplicateKind kind) => kind switch
    {
        DuplicateKind.Exact => "exact",
        DuplicateKind.LightEdit => "light_edit",
        DuplicateKind.Paraphrase => "paraphrase",
        DuplicateKind.Resubmission => "resubmission",
        DuplicateKind.Split => "split",
        _ => "other",
    };

    public static string ToChinese(this DuplicateKind kind) => kind switch
    {
        DuplicateKind.Exact => "完全相同",
        DuplicateKind.LightEdit => "少量改动",
        DuplicateKind.Paraphrase => "改写",
        DuplicateKind.Resubmission => "跨年度重复申报",
        DuplicateKind.Split => "拆分申报",
        _ => "其他相似",
    };
}

/// <summary>
/// The near-duplicate engine: character bigram shingles of normalised text, weighted by rarity across the corpus (stock
/// phrases shared by many applications count for little and do not create candidates), MinHash signatures with LSH
/// banding for candidates (no all-pairs comparison), then weighted similarity and containment on candidates, combined
/// with structured signals (organisation, community, period, budget, target group).
/// </summary>
public sealed class DuplicateDetector
{
    private const int Hashes = 96;
    private const int Bands = 32;
    private const int Rows = Hashes / Bands;
    private const int MaxBucket = 300;

    /// <summary>Organisation and community-and-target groups larger than this are left to the text index (all-pairs inside them would not scale).</summary>
    private const int MaxGroup = 60;
    private static readonly ulong[] Seeds = Enumerable.Range(0, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL + 12345)).ToArray();

    private readonly List<Doc> _docs = [];
    private readonly Dictionary<ulong, int> _df = [];
    private Index? _index;

    /// <summary>Weights, signatures and band buckets of the corpus as indexed; rebuilt after additions, reused by every check.</summary>
    private sealed record Index(Weights Weights, ulong[]?[] Signatures, Dictionary<ulong, List<int>>[] Buckets, Dictionary<string, List<int>> Groups);

    private sealed record Doc(ApplicationText App, string Text, ulong[] Shingles);

    public int Count => _docs.Count;

    public void AddRange(IEnumerable<ApplicationText> applications)
    {
        foreach (var app in applications) Add(app);
    }

    public void Add(ApplicationText app)
    {
        var doc = Prepare(app);
        _docs.Add(doc);
        foreach (var s in doc.Shingles) _df[s] = _df.GetValueOrDefault(s) + 1;
        _index = null;
    }

    private Index Build()
    {
        var weights = new Weights(_df, _docs.Count);
        var signatures = new ulong[]?[_docs.Count];
        Parallel.For(0, _docs.Count, i => signatures[i] = Signature(_docs[i].Shingles, weights));
        var buckets = new Dictionary<ulong, List<int>>[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var map = buckets[band] = [];
            for (var i = 0; i < _docs.Count; i++)
            {
                if (signatures[i] is not { } sig) continue;
                var key = BandKey(sig, band);
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                list.Add(i);
            }
        }
        var groups = new Dictionary<string, List<int>>();
        for (var i = 0; i < _docs.Count; i++)
            foreach (var key in new[] { OrgKey(_docs[i].App) is { } o ? "o:" + o : null, PlaceKey(_docs[i].App) is { } p ? "p:" + p : null })
                if (key is not null)
                {
                    if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
                    list.Add(i);
                }
        return new Index(weights, signatures, buckets, groups);
    }

    /// <summary>Every flagged pair in the indexed corpus (the sweep).</summary>
    public IReadOnlyList<DuplicatePair> FindAll()
    {
        var index = _index ??= Build();
        var candidates = new HashSet<(int, int)>();
        void AddAll(List<int> list, int max)
        {
            if (list.Count < 2 || list.Count > max) return;
            for (var x = 0; x < list.Count; x++)
                for (var y = x + 1; y < list.Count; y++) candidates.Add((list[x], list[y]));
        }
        foreach (var map in index.Buckets) foreach (var list in map.Values) AddAll(list, MaxBucket);
        // Same organisation, or the same community and target group: always compared (small groups), so a heavy rewrite
        // — by the same applicant or a front organisation — is still seen even when the texts share few shingles.
        foreach (var list in index.Groups.Values) AddAll(list, MaxGroup);
        var pairs = new System.Collections.Concurrent.ConcurrentBag<DuplicatePair>();
        Parallel.ForEach(candidates, c =>
        {
            if (Judge(_docs[c.Item1], _docs[c.Item2], index.Weights) is { } pair) pairs.Add(pair);
        });
        return pairs.OrderBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal).ToList();
    }

    /// <summary>The on-submit check: one application against the index (not added to it); only its LSH and group neighbours are compared.</summary>
    public IReadOnlyList<DuplicatePair> Check(ApplicationText app)
    {
        var index = _index ??= Build();
        var doc = Prepare(app);
        var neighbours = new HashSet<int>();
        if (Signature(doc.Shingles, index.Weights) is { } mine)
            for (var band = 0; band < Bands; band++)
                if (index.Buckets[band].TryGetValue(BandKey(mine, band), out var list) && list.Count <= MaxBucket) neighbours.UnionWith(list);
        foreach (var key in new[] { OrgKey(app) is { } o ? "o:" + o : null, PlaceKey(app) is { } p ? "p:" + p : null })
            if (key is not null && index.Groups.TryGetValue(key, out var list) && list.Count <= MaxGroup) neighbours.UnionWith(list);
        var result = new List<DuplicatePair>();
        foreach (var i in neighbours)
        {
            if (_docs[i].App.Id == app.Id) continue;
            if (Judge(doc, _docs[i], index.Weights) is { } pair) result.Add(pair);
        }
        return result.OrderByDescending(p => p.Score).ToList();
    }

    /// <summary>How two indexed applications compare, flagged or not (for triage and diagnostics).</summary>
    public (double Similarity, double Containment, IReadOnlyList<string> Signals, bool Candidate) Explain(string idA, string idB)
    {
        var a = _docs.First(d => d.App.Id == idA);
        var b = _docs.First(d => d.App.Id == idB);
        var weights = new Weights(_df, _docs.Count);
        var (similarity, containment, _, signals) = Measure(a, b, weights);
        var sa = Signature(a.Shingles, weights);
        var sb = Signature(b.Shingles, weights);
        return (similarity, containment, signals, sa is not null && sb is not null && SharesBand(sa, sb));
    }

    private static Doc Prepare(ApplicationText app)
    {
        var fields = new[] { app.Title, app.Summary, app.Objectives, app.Activities }.Select(TextNormalizer.Normalize).ToArray();
        var set = new HashSet<ulong>();
        foreach (var f in fields)
            for (var i = 0; i + 1 < f.Length; i++) set.Add(Mix(((ulong)f[i] << 21) ^ f[i + 1]));
        var shingles = set.ToArray();
        Array.Sort(shingles);
        return new Doc(app, string.Concat(fields), shingles);
    }

    /// <summary>Rarity weights: idf; shingles in a large share of a large corpus (boilerplate) weigh nothing.</summary>
    private sealed class Weights(Dictionary<ulong, int> df, int n)
    {
        public double Of(ulong s)
        {
            var d = Math.Max(1, df.GetValueOrDefault(s));
            if (n >= 30 && d > n * 0.2) return 0;
            return Math.Log((n + 1.0) / d);
        }
    }

    private static ulong[]? Signature(ulong[] shingles, Weights weights)
    {
        var informative = shingles.Where(s => weights.Of(s) > 0).ToArray();
        if (informative.Length < 4) return null;
        var sig = new ulong[Hashes];
        for (var h = 0; h < Hashes; h++)
        {
            var min = ulong.MaxValue;
            foreach (var s in informative) min = Math.Min(min, Mix(s ^ Seeds[h]));
            sig[h] = min;
        }
        return sig;
    }

    private static ulong BandKey(ulong[] sig, int band)
    {
        var key = (ulong)band * 0x100000001B3UL;
        for (var r = 0; r < Rows; r++) key = Mix(key ^ sig[band * Rows + r]);
        return key;
    }

    private static bool SharesBand(ulong[] a, ulong[] b)
    {
        for (var band = 0; band < Bands; band++)
            if (BandKey(a, band) == BandKey(b, band)) return true;
        return false;
    }

    private static string? OrgKey(ApplicationText a) =>
        !string.IsNullOrWhiteSpace(a.OrgCreditCode) ? a.OrgCreditCode.Trim().ToUpperInvariant()
        : !string.IsNullOrWhiteSpace(a.OrgName) ? TextNormalizer.Normalize(a.OrgName) : null;

    private static string? PlaceKey(ApplicationText a) =>
        !string.IsNullOrWhiteSpace(a.Location) && !string.IsNullOrWhiteSpace(a.TargetGroup) ? TextNormalizer.Normalize(a.Location) + "|" + TextNormalizer.Normalize(a.TargetGroup) : null;

    private static DuplicatePair? Judge(Doc a, Doc b, Weights weights)
    {
        if (string.CompareOrdinal(a.App.Id, b.App.Id) > 0) (a, b) = (b, a);
        var (similarity, containment, sizeRatio, signals) = Measure(a, b, weights);
        if (double.IsNaN(similarity)) return null;
        var sameOrg = signals.Contains("同一申报单位");
        var sameLocation = signals.Contains("同一服务社区");
        var sameTarget = signals.Contains("相同服务对象");
        var yearsApart = a.App.Start is { } x && b.App.Start is { } y && Math.Abs(x.DayNumber - y.DayNumber) >= 300;

        DuplicateKind? kind = null;
        if (a.Text.Length > 0 && a.Text == b.Text) kind = DuplicateKind.Exact;
        else if (containment >= 0.75 && sizeRatio <= 0.75) kind = DuplicateKind.Split;
        else if (similarity >= 0.55) kind = yearsApart ? DuplicateKind.Resubmission : DuplicateKind.LightEdit;
        else if (similarity >= 0.3 && (sameOrg || (sameLocation && sameTarget))) kind = yearsApart ? DuplicateKind.Resubmission : DuplicateKind.Paraphrase;
        // A rewrite keeps the concrete project: same community and target group, overlapping period, similar budget or the
        // same applicant — several independent signals, with more shared wording than unrelated projects have.
        else if (similarity >= 0.11 && sameLocation && sameTarget && signals.Count >= 4) kind = yearsApart ? DuplicateKind.Resubmission : DuplicateKind.Paraphrase;
        // A split part: much of the smaller text inside the larger, by the same applicant for the same community and people.
        else if (containment >= 0.28 && sizeRatio <= 0.75 && sameOrg && sameLocation && sameTarget && signals.Contains("服务期重叠")) kind = DuplicateKind.Split;
        if (kind is null) return null;

        var score = Math.Min(1.0, Math.Max(similarity, containment * 0.9) + 0.03 * signals.Count);
        if (kind == DuplicateKind.Exact) score = 1.0;
        var reason = $"{kind.Value.ToChinese()}：文本相似度 {similarity * 100:0}%，包含度 {containment * 100:0}%" + (signals.Count > 0 ? "；" + string.Join("、", signals) : "");
        return new DuplicatePair(a.App.Id, b.App.Id, Math.Round(score, 3), kind.Value, reason, Math.Round(similarity, 3), Math.Round(containment, 3), signals);
    }

    private static (double Similarity, double Containment, double SizeRatio, List<string> Signals) Measure(Doc a, Doc b, Weights weights)
    {
        double inter = 0, wa = 0, wb = 0;
        int i = 0, j = 0;
        var sa = a.Shingles;
        var sb = b.Shingles;
        while (i < sa.Length || j < sb.Length)
        {
            if (j >= sb.Length || (i < sa.Length && sa[i] < sb[j])) { wa += weights.Of(sa[i++]); }
            else if (i >= sa.Length || sb[j] < sa[i]) { wb += weights.Of(sb[j++]); }
            else { var w = weights.Of(sa[i]); inter += w; wa += w; wb += w; i++; j++; }
        }
        var signals = new List<string>();
        if (OrgKey(a.App) is { } o && o == OrgKey(b.App)) signals.Add("同一申报单位");
        if (Same(a.App.Location, b.App.Location)) signals.Add("同一服务社区");
        if (Same(a.App.TargetGroup, b.App.TargetGroup)) signals.Add("相同服务对象");
        if (a.App.Start is { } s1 && a.App.End is { } e1 && b.App.Start is { } s2 && b.App.End is { } e2 && s1 <= e2 && s2 <= e1) signals.Add("服务期重叠");
        if (a.App.BudgetYuan is > 0 && b.App.BudgetYuan is > 0 && Math.Min(a.App.BudgetYuan.Value, b.App.BudgetYuan.Value) / Math.Max(a.App.BudgetYuan.Value, b.App.BudgetYuan.Value) >= 0.85m)
            signals.Add("预算相近");
        if (wa <= 0 || wb <= 0) return (double.NaN, double.NaN, double.NaN, signals);
        return (inter / (wa + wb - inter), inter / Math.Min(wa, wb), Math.Min(wa, wb) / Math.Max(wa, wb), signals);
    }

    private static bool Same(string? x, string? y) =>
        !string.IsNullOrWhiteSpace(x) && !string.IsNullOrWhiteSpace(y) && TextNormalizer.Normalize(x) is var nx && TextNormalizer.Normalize(y) is var ny
        && nx.Length > 0 && (nx == ny || nx.Contains(ny) || ny.Contains(nx));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
