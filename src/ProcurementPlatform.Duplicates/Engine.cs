using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;

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
/// <remarks>
/// Built for a sweep of 100,000 applications in seconds and little memory: shingles are dense ids, weights are looked
/// up by array index, each document's total weight is computed once, and the sweep generates candidates per document
/// (its buckets and groups, deduplicated with a per-thread marker array) instead of holding a set of every candidate pair.
/// </remarks>
public sealed class DuplicateDetector
{
    private const int Hashes = 96;
    private const int Bands = 32;
    private const int Rows = Hashes / Bands;

    /// <summary>LSH buckets larger than this are skipped: a band that hundreds of applications share is stock wording, and all-pairs inside it would not scale.</summary>
    private const int MaxBucket = 300;

    /// <summary>Organisation and community-and-target groups larger than this are left to the text index (all-pairs inside them would not scale).</summary>
    private const int MaxGroup = 60;

    /// <summary>The text similarity above which a pair is flagged although the two name different communities.</summary>
    private const double DifferentPlaceSimilarity = 0.9;
    private static readonly Vector256<ulong>[] SeedLanes = Enumerable.Range(0, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL + 12345)).Chunk(4).Select(seeds => Vector256.Create(seeds)).ToArray();

    private readonly List<Doc> _docs = [];

    /// <summary>Each document's shingles as vocabulary ids, in ascending shingle order.</summary>
    private readonly List<int[]> _shingles = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> _vocabulary = [];
    private readonly List<ulong> _values = [];
    private readonly List<int> _df = [];

    /// <summary>One instance of each organisation, community and target key, so that the judge compares strings it has just read.</summary>
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private Index? _index;

    /// <summary>
    /// The corpus as indexed, rebuilt after additions and reused by every check. Vocabulary ids are renumbered to ranks
    /// in shingle order, so a document's informative shingles (weight above zero, all documents' in one array from
    /// <see cref="TermStart"/>) sort the same way as its shingles and every weighted sum adds the same terms in the same
    /// order as a merge of the raw shingles would. Total weights and text keys sit in arrays of their own so that most
    /// candidates are dismissed without reading the applications.
    /// </summary>
    private sealed record Index(int Documents, int[] RankOf, double[] Weight, int[] TermStart, int[] Terms, double[] Total, ulong[] TextKeys,
        ulong[]?[] BandKeys, Band[] Bands, Dictionary<string, List<int>> ByOrg, Dictionary<string, List<int>> ByPlace)
    {
        public ReadOnlySpan<int> TermsOf(int i) => Terms.AsSpan(TermStart[i], TermStart[i + 1] - TermStart[i]);
    }

    /// <summary>
    /// What the judge reads of an application: the normalised text only as a 64-bit hash of it (<see cref="TextKey"/>, 0
    /// for none; enough to tell an exact copy, the text itself is not kept), and the keys of the structured signals,
    /// normalised once.
    /// </summary>
    private sealed record Doc(ApplicationText App, ulong TextKey, string? Org, string? Location, string? Target, string? Place, int Length);

    [Flags]
    private enum Signal { SameOrg = 1, SameLocation = 2, SameTarget = 4, PeriodOverlap = 8, SimilarBudget = 16 }

    private static readonly string[] SignalNames = ["同一申报单位", "同一服务社区", "相同服务对象", "服务期重叠", "预算相近"];

    public int Count => _docs.Count;

    /// <summary>Whether an application with this id is indexed.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>Adds applications in order; text is normalised and shingled in parallel, a chunk at a time to bound the memory in flight.</summary>
    public void AddRange(IEnumerable<ApplicationText> applications)
    {
        foreach (var chunk in applications.Chunk(4096))
        {
            var prepared = new (Doc Doc, ulong[] Shingles)[chunk.Length];
            Parallel.For(0, chunk.Length, k => prepared[k] = Prepare(chunk[k]));
            foreach (var (doc, shingles) in prepared) Register(doc, shingles);
        }
    }

    public void Add(ApplicationText app)
    {
        var (doc, shingles) = Prepare(app);
        Register(doc, shingles);
    }

    private void Register(Doc doc, ulong[] shingles)
    {
        var ids = new int[shingles.Length];
        for (var k = 0; k < shingles.Length; k++)
        {
            if (!_vocabulary.TryGetValue(shingles[k], out var id))
            {
                _vocabulary.Add(shingles[k], id = _values.Count);
                _values.Add(shingles[k]);
                _df.Add(0);
            }
            _df[id]++;
            ids[k] = id;
        }
        _byId.TryAdd(doc.App.Id, _docs.Count);
        _docs.Add(doc with { Org = Shared(doc.Org), Location = Shared(doc.Location), Target = Shared(doc.Target), Place = Shared(doc.Place) });
        _shingles.Add(ids);
    }

    /// <summary>
    /// The index for checks: documents added since it was built (the tail) are compared one by one with its weights, so
    /// an on-submit check does not rebuild a large corpus for every new application; the index is rebuilt once the tail
    /// passes 64 documents or 5 % of the corpus.
    /// </summary>
    private Index IndexForChecks()
    {
        if (_index is null || _docs.Count - _index.Documents > Math.Max(64, _index.Documents / 20)) _index = Build();
        return _index;
    }

    /// <summary>The index of every document (the sweep and explanations see the whole corpus with one set of weights).</summary>
    private Index FullIndex()
    {
        if (_index is null || _index.Documents != _docs.Count) _index = Build();
        return _index;
    }

    private string? Shared(string? key) => key is null ? null : _keys.TryGetValue(key, out var one) ? one : _keys[key] = key;

    private Index Build()
    {
        var n = _docs.Count;
        var values = _values.ToArray();
        var idOfRank = Enumerable.Range(0, values.Length).ToArray();
        Array.Sort(values, idOfRank);
        var rankOf = new int[values.Length];
        var weight = new double[values.Length];
        for (var rank = 0; rank < values.Length; rank++)
        {
            rankOf[idOfRank[rank]] = rank;
            weight[rank] = Weight(_df[idOfRank[rank]], n);
        }

        var termStart = new int[n + 1];
        Parallel.For(0, n, i => termStart[i + 1] = _shingles[i].Count(id => weight[rankOf[id]] > 0));
        for (var i = 0; i < n; i++) termStart[i + 1] += termStart[i];
        var terms = new int[termStart[n]];
        var total = new double[n];
        var bandKeys = new ulong[]?[n];
        Parallel.For(0, n, i =>
        {
            var next = termStart[i];
            var sum = 0.0;
            foreach (var id in _shingles[i])
                if (weight[rankOf[id]] > 0)
                {
                    terms[next++] = rankOf[id];
                    sum += weight[rankOf[id]];
                }
            total[i] = sum;
            var mine = terms.AsSpan(termStart[i], next - termStart[i]);
            Span<ulong> informative = mine.Length <= 1024 ? stackalloc ulong[mine.Length] : new ulong[mine.Length];
            for (var k = 0; k < mine.Length; k++) informative[k] = values[mine[k]];
            bandKeys[i] = BandKeys(informative);
        });

        var bands = new Band[Bands];
        Parallel.For(0, Bands, band => bands[band] = Band.Of(bandKeys, band));

        var byOrg = new Dictionary<string, List<int>>();
        var byPlace = new Dictionary<string, List<int>>();
        for (var i = 0; i < n; i++)
        {
            if (_docs[i].Org is { } org) Member(byOrg, org, i);
            if (_docs[i].Place is { } place) Member(byPlace, place, i);
        }
        return new Index(n, rankOf, weight, termStart, terms, total, [.. _docs.Select(d => d.TextKey)], bandKeys, bands, byOrg, byPlace);

        static void Member(Dictionary<string, List<int>> groups, string key, int i)
        {
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(i);
        }
    }

    /// <summary>Every flagged pair in the indexed corpus (the sweep).</summary>
    public IReadOnlyList<DuplicatePair> FindAll()
    {
        var index = FullIndex();
        var found = new List<DuplicatePair>();
        // Each pair is judged once, from its lower-numbered document, as soon as it turns up among that document's neighbours.
        Parallel.For(0, index.Documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, () => new List<DuplicatePair>(), (i, _, local) =>
        {
            if (index.Total[i] > 0) Probe(index, _docs[i], index.TermsOf(i), index.Total[i], index.BandKeys[i], after: i, local);
            return local;
        }, local =>
        {
            lock (found) found.AddRange(local);
        });
        return found.OrderBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal).ToList();
    }

    /// <summary>The on-submit check: one application against the index (not added to it); only its LSH and group neighbours are compared.</summary>
    public IReadOnlyList<DuplicatePair> Check(ApplicationText app)
    {
        var index = IndexForChecks();
        var (doc, shingles) = Prepare(app);
        // Shingles the corpus has never seen still count towards the application's own weight and signature.
        var terms = new List<int>(shingles.Length);
        var informative = new List<ulong>(shingles.Length);
        var total = 0.0;
        foreach (var s in shingles)
        {
            var known = _vocabulary.TryGetValue(s, out var id) && id < index.RankOf.Length;
            var w = known ? index.Weight[index.RankOf[id]] : Weight(0, index.Documents);
            total += w;
            if (w <= 0) continue;
            informative.Add(s);
            if (known) terms.Add(index.RankOf[id]);
        }
        var result = new List<DuplicatePair>();
        Probe(index, doc, [.. terms], total, BandKeys([.. informative]), after: -1, result, skipSameId: true);
        for (var j = index.Documents; j < _docs.Count; j++)
        {
            if (_docs[j].App.Id == doc.App.Id) continue;
            var other = _shingles[j].Select(id => _values[id]).Order().ToArray();
            var (otherTotal, shared) = WeighPair(index, shingles, other);
            var exact = doc.TextKey != 0 && doc.TextKey == _docs[j].TextKey;
            if (Judge(doc, total, _docs[j], otherTotal, shared, exact) is { } pair) result.Add(pair);
        }
        return result.OrderByDescending(p => p.Score).ToList();
    }

    /// <summary>The total weight of <paramref name="other"/> and the weight it shares with <paramref name="mine"/> (both sorted raw shingles), by the index's weights.</summary>
    private (double Total, double Shared) WeighPair(Index index, ulong[] mine, ulong[] other)
    {
        double WeightOf(ulong s) => _vocabulary.TryGetValue(s, out var id) && id < index.RankOf.Length ? index.Weight[index.RankOf[id]] : Weight(0, index.Documents);
        double total = 0, shared = 0;
        var i = 0;
        foreach (var s in other)
        {
            var w = WeightOf(s);
            total += w;
            while (i < mine.Length && mine[i] < s) i++;
            if (i < mine.Length && mine[i] == s) shared += w;
        }
        return (total, shared);
    }

    /// <summary>How two indexed applications compare, flagged or not (for triage and diagnostics).</summary>
    public (double Similarity, double Containment, IReadOnlyList<string> Signals, bool Candidate) Explain(string idA, string idB)
    {
        var index = FullIndex();
        var (a, b) = (IndexOf(idA), IndexOf(idB));
        var scratch = Scratch.For(index);
        double shared;
        scratch.Mark(index.TermsOf(a), index.Weight);
        try
        {
            shared = scratch.Shared(index.TermsOf(b));
        }
        finally
        {
            scratch.Unmark(index.TermsOf(a));
        }
        var signals = Names(Signals(_docs[a], _docs[b]));
        var candidate = index.BandKeys[a] is { } ka && index.BandKeys[b] is { } kb && Enumerable.Range(0, Bands).Any(band => ka[band] == kb[band]);
        if (index.Total[a] <= 0 || index.Total[b] <= 0) return (double.NaN, double.NaN, signals, candidate);
        var (similarity, containment, _) = Ratios(index.Total[a], index.Total[b], shared);
        return (similarity, containment, signals, candidate);
    }

    private int IndexOf(string id) => _byId.TryGetValue(id, out var i) ? i : throw new InvalidOperationException($"No application {id} is indexed.");

    /// <summary>
    /// Judges a probe against its neighbours: every document sharing an LSH bucket (of at most <see cref="MaxBucket"/>) or
    /// an organisation or community-and-target group (of at most <see cref="MaxGroup"/>) with it, numbered above
    /// <paramref name="after"/>, once each and in first-seen order (skipping documents with the probe's own id if asked).
    /// </summary>
    private void Probe(Index index, Doc doc, ReadOnlySpan<int> terms, double total, ulong[]? bandKeys, int after, List<DuplicatePair> found, bool skipSameId = false)
    {
        var scratch = Scratch.For(index);
        var neighbours = scratch.Neighbours;
        neighbours.Clear();
        var stamp = scratch.NextStamp();
        void Visit(ReadOnlySpan<int> members, int max)
        {
            if (members.Length > max) return;
            foreach (var j in members)
                if (j > after && scratch.Seen[j] != stamp)
                {
                    scratch.Seen[j] = stamp;
                    neighbours.Add(j);
                }
        }
        if (bandKeys is not null)
            for (var band = 0; band < Bands; band++) Visit(index.Bands[band].Bucket(bandKeys[band]), MaxBucket);
        // Same organisation, or the same community and target group: always compared (small groups), so a heavy rewrite
        // — by the same applicant or a front organisation — is still seen even when the texts share few shingles.
        if (doc.Org is { } org && index.ByOrg.TryGetValue(org, out var sameOrg)) Visit(CollectionsMarshal.AsSpan(sameOrg), MaxGroup);
        if (doc.Place is { } place && index.ByPlace.TryGetValue(place, out var samePlace)) Visit(CollectionsMarshal.AsSpan(samePlace), MaxGroup);

        // The sweep's pairs are sorted at the end, so it can read the index's arrays in address order; a check keeps first-seen order for ties.
        if (after >= 0) neighbours.Sort();
        scratch.Mark(terms, index.Weight);
        try
        {
            foreach (var j in neighbours)
            {
                var shared = scratch.Shared(index.TermsOf(j));
                var exact = doc.TextKey != 0 && doc.TextKey == index.TextKeys[j];
                // Most candidates fall below every rule's threshold: that is told from the index's arrays alone.
                if (!exact && !Promising(total, index.Total[j], shared)) continue;
                if (skipSameId && _docs[j].App.Id == doc.App.Id) continue;
                if (Judge(doc, total, _docs[j], index.Total[j], shared, exact) is { } pair) found.Add(pair);
            }
        }
        finally
        {
            scratch.Unmark(terms);
        }
    }

    /// <summary>
    /// Per-thread working arrays, reused across probes: the probe's shingle weights by rank (zero elsewhere, so the weight
    /// two documents share is one pass over the other's shingles) and a stamp per document to list each neighbour once.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? _current;
        private double[] _marks = [];
        private int _stamp;
        public int[] Seen { get; private set; } = [];
        public List<int> Neighbours { get; } = [];

        public static Scratch For(Index index)
        {
            var scratch = _current ??= new Scratch();
            if (scratch._marks.Length < index.Weight.Length) scratch._marks = new double[index.Weight.Length];
            if (scratch.Seen.Length < index.Documents) (scratch.Seen, scratch._stamp) = (new int[index.Documents], 0);
            return scratch;
        }

        public int NextStamp()
        {
            if (_stamp == int.MaxValue) (Seen, _stamp) = (new int[Seen.Length], 0);
            return ++_stamp;
        }

        public void Mark(ReadOnlySpan<int> terms, double[] weight)
        {
            foreach (var t in terms) _marks[t] = weight[t];
        }

        public void Unmark(ReadOnlySpan<int> terms)
        {
            foreach (var t in terms) _marks[t] = 0;
        }

        /// <summary>The marked weight among these shingles, added in shingle order (absent ones add exactly zero).</summary>
        public double Shared(ReadOnlySpan<int> terms)
        {
            var marks = _marks;
            var sum = 0.0;
            foreach (var t in terms) sum += marks[t];
            return sum;
        }
    }

    /// <summary>One LSH band: the band keys of all documents with a signature, sorted, with the documents alongside (ascending within a bucket).</summary>
    private sealed class Band(ulong[] keys, int[] docs)
    {
        public static Band Of(ulong[]?[] bandKeys, int band)
        {
            var docs = Enumerable.Range(0, bandKeys.Length).Where(i => bandKeys[i] is not null).ToArray();
            var keys = docs.Select(i => bandKeys[i]![band]).ToArray();
            Array.Sort(keys, docs);
            for (int start = 0, end; start < keys.Length; start = end)
            {
                for (end = start + 1; end < keys.Length && keys[end] == keys[start]; end++) { }
                Array.Sort(docs, start, end - start);
            }
            return new Band(keys, docs);
        }

        public ReadOnlySpan<int> Bucket(ulong key)
        {
            var start = Below(key, orEqual: false);
            return docs.AsSpan(start, Below(key, orEqual: true) - start);
        }

        /// <summary>How many keys are below <paramref name="key"/> (or equal to it): binary search, as a bucket may be thousands long.</summary>
        private int Below(ulong key, bool orEqual)
        {
            int lo = 0, hi = keys.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (keys[mid] < key || (orEqual && keys[mid] == key)) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    private static (Doc Doc, ulong[] Shingles) Prepare(ApplicationText app)
    {
        string[] fields = [TextNormalizer.Normalize(app.Title), TextNormalizer.Normalize(app.Summary), TextNormalizer.Normalize(app.Objectives), TextNormalizer.Normalize(app.Activities)];
        var shingles = new ulong[fields.Sum(f => Math.Max(0, f.Length - 1))];
        var count = 0;
        ulong textKey = 0;
        foreach (var f in fields)
        {
            for (var i = 0; i + 1 < f.Length; i++) shingles[count++] = Mix(((ulong)f[i] << 21) ^ f[i + 1]);
            foreach (var ch in f) textKey = Mix(textKey ^ ch);
        }
        var length = fields.Sum(f => f.Length);
        textKey = length == 0 ? 0 : Mix(textKey ^ (ulong)length) | 1;
        Array.Sort(shingles);
        var distinct = 0;
        for (var i = 0; i < shingles.Length; i++)
            if (distinct == 0 || shingles[i] != shingles[distinct - 1]) shingles[distinct++] = shingles[i];
        var location = NormalizedOrNull(app.Location);
        var target = NormalizedOrNull(app.TargetGroup);
        var place = location is not null && target is not null ? location + "|" + target : null;
        return (new Doc(app, textKey, OrgKey(app), location, target, place, length), shingles[..distinct]);
    }

    /// <summary>Rarity weights: idf; shingles in a large share of a large corpus (boilerplate) weigh nothing.</summary>
    private static double Weight(int df, int n)
    {
        var d = Math.Max(1, df);
        if (n >= 30 && d > n * 0.2) return 0;
        return Math.Log((n + 1.0) / d);
    }

    /// <summary>The MinHash signature of the informative shingles folded straight into its band keys (the signature itself is not needed afterwards).</summary>
    private static ulong[]? BandKeys(ReadOnlySpan<ulong> informative)
    {
        if (informative.Length < 4) return null;
        Span<Vector256<ulong>> lanes = stackalloc Vector256<ulong>[Hashes / 4];
        lanes.Fill(Vector256<ulong>.AllBitsSet);
        foreach (var s in informative)
        {
            var shingle = Vector256.Create(s);
            for (var h = 0; h < lanes.Length; h++) lanes[h] = Vector256.Min(lanes[h], Mix(shingle ^ SeedLanes[h]));
        }
        var sig = MemoryMarshal.Cast<Vector256<ulong>, ulong>(lanes);
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var key = (ulong)band * 0x100000001B3UL;
            for (var r = 0; r < Rows; r++) key = Mix(key ^ sig[band * Rows + r]);
            keys[band] = key;
        }
        return keys;
    }

    private static string? OrgKey(ApplicationText a) =>
        !string.IsNullOrWhiteSpace(a.OrgCreditCode) ? a.OrgCreditCode.Trim().ToUpperInvariant()
        : !string.IsNullOrWhiteSpace(a.OrgName) ? TextNormalizer.Normalize(a.OrgName) : null;

    private static string? NormalizedOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : TextNormalizer.Normalize(text);

    /// <summary>Whether a pair with these weights reaches the lowest similarity or containment any rule but the exact copy asks for.</summary>
    private static bool Promising(double wa, double wb, double shared) =>
        wa > 0 && wb > 0 && Ratios(wa, wb, shared) is var (similarity, containment, _) && (similarity >= 0.11 || containment >= 0.28);

    /// <param name="wa">Total weight of <paramref name="a"/>.</param>
    /// <param name="wb">Total weight of <paramref name="b"/>.</param>
    /// <param name="shared">Weight of the shingles the two have in common.</param>
    /// <param name="exact">Whether the two normalised texts are the same.</param>
    private static DuplicatePair? Judge(Doc a, double wa, Doc b, double wb, double shared, bool exact)
    {
        if (string.CompareOrdinal(a.App.Id, b.App.Id) > 0) (a, wa, b, wb) = (b, wb, a, wa);
        if (wa <= 0 || wb <= 0) return null;
        var (similarity, containment, sizeRatio) = Ratios(wa, wb, shared);
        // Short of an exact copy, a split by size or a light edit, every rule asks for the same community and target group or
        // the same applicant; most candidates fail that, so it is read before the other signals.
        var plain = !exact && !(containment >= 0.75 && sizeRatio <= 0.75) && similarity < 0.55;
        if (plain && !(Same(a.Location, b.Location) && Same(a.Target, b.Target)) && !(similarity >= 0.3 && a.Org is { } o && o == b.Org)) return null;
        var signals = Signals(a, b);
        var signalCount = BitOperations.PopCount((uint)signals);
        var sameOrg = signals.HasFlag(Signal.SameOrg);
        var sameLocation = signals.HasFlag(Signal.SameLocation);
        var sameTarget = signals.HasFlag(Signal.SameTarget);
        var yearsApart = a.App.Start is { } x && b.App.Start is { } y && Math.Abs(x.DayNumber - y.DayNumber) >= 300;

        // Two communities named and different: the strongest sign of two projects (an organisation running its model in
        // another community writes much the same text). Only a copy all but verbatim is still a duplicate then.
        var otherPlace = a.Location is not null && b.Location is not null && !sameLocation;
        DuplicateKind? kind = null;
        if (exact) kind = DuplicateKind.Exact;
        else if (otherPlace && similarity < DifferentPlaceSimilarity) return null;
        else if (containment >= 0.75 && sizeRatio <= 0.75) kind = DuplicateKind.Split;
        // Much alike: a light edit, unless one is clearly the longer and holds nearly all of the other (a split part).
        else if (similarity >= 0.55)
            kind = yearsApart ? DuplicateKind.Resubmission
                : containment >= 0.75 && sizeRatio <= 0.85 && Math.Min(a.Length, b.Length) <= 0.8 * Math.Max(a.Length, b.Length) ? DuplicateKind.Split
                : DuplicateKind.LightEdit;
        else if (similarity >= 0.3 && (sameOrg || (sameLocation && sameTarget))) kind = yearsApart ? DuplicateKind.Resubmission : DuplicateKind.Paraphrase;
        // A rewrite keeps the concrete project: same community and target group, overlapping period, similar budget or the
        // same applicant — several independent signals, with more shared wording than unrelated projects have.
        else if (similarity >= 0.11 && sameLocation && sameTarget && signalCount >= 4) kind = yearsApart ? DuplicateKind.Resubmission : DuplicateKind.Paraphrase;
        // A split part: much of the smaller text inside the larger, by the same applicant for the same community and people.
        else if (containment >= 0.28 && sizeRatio <= 0.75 && sameOrg && sameLocation && sameTarget && signals.HasFlag(Signal.PeriodOverlap)) kind = DuplicateKind.Split;
        if (kind is null) return null;

        var names = Names(signals);
        var score = Math.Min(1.0, Math.Max(similarity, containment * 0.9) + 0.03 * signalCount);
        if (kind == DuplicateKind.Exact) score = 1.0;
        var reason = $"{kind.Value.ToChinese()}：文本相似度 {similarity * 100:0}%，包含度 {containment * 100:0}%" + (names.Count > 0 ? "；" + string.Join("、", names) : "");
        return new DuplicatePair(a.App.Id, b.App.Id, Math.Round(score, 3), kind.Value, reason, Math.Round(similarity, 3), Math.Round(containment, 3), names);
    }

    private static (double Similarity, double Containment, double SizeRatio) Ratios(double wa, double wb, double shared) =>
        (shared / (wa + wb - shared), shared / Math.Min(wa, wb), Math.Min(wa, wb) / Math.Max(wa, wb));

    private static Signal Signals(Doc a, Doc b)
    {
        var signals = default(Signal);
        if (a.Org is { } o && o == b.Org) signals |= Signal.SameOrg;
        if (Same(a.Location, b.Location)) signals |= Signal.SameLocation;
        if (Same(a.Target, b.Target)) signals |= Signal.SameTarget;
        var (x, y) = (a.App, b.App);
        if (x.Start is { } s1 && x.End is { } e1 && y.Start is { } s2 && y.End is { } e2 && s1 <= e2 && s2 <= e1) signals |= Signal.PeriodOverlap;
        if (x.BudgetYuan is > 0 && y.BudgetYuan is > 0 && Math.Min(x.BudgetYuan.Value, y.BudgetYuan.Value) / Math.Max(x.BudgetYuan.Value, y.BudgetYuan.Value) >= 0.85m)
            signals |= Signal.SimilarBudget;
        return signals;
    }

    private static List<string> Names(Signal signals) => [.. SignalNames.Where((_, k) => ((int)signals & (1 << k)) != 0)];

    /// <summary>Normalised values (null when blank) that are equal or one inside the other.</summary>
    private static bool Same(string? nx, string? ny) => nx is not null && ny is not null && nx.Length > 0 && (nx == ny || nx.Contains(ny) || ny.Contains(nx));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary><see cref="Mix(ulong)"/> on four values at once (the MinHash signature is most of the indexing time).</summary>
    private static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ Vector256.ShiftRightLogical(z, 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ Vector256.ShiftRightLogical(z, 27)) * Vector256.Create(0x94D049BB133111EBUL);
        return z ^ Vector256.ShiftRightLogical(z, 31);
    }
}
