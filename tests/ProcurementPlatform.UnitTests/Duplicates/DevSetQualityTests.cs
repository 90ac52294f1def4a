using ProcurementPlatform.Cli;
using ProcurementPlatform.Duplicates;
using Xunit.Abstractions;

namespace ProcurementPlatform.UnitTests.Duplicates;

/// <summary>
/// Precision and recall of the duplicate engine on two labelled sets: the development set in tests/data/duplicates
/// (written for it and tuned on), and tests/data/duplicates-holdout, written afterwards by someone who had not read the
/// engine (see their READMEs). A pair counts as found when the engine flags it, whatever kind it names; kinds are reported.
/// </summary>
public sealed class DevSetQualityTests(ITestOutputHelper output)
{
    private static string DataFolder(string set, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "data", set));

    [Theory]
    [InlineData("duplicates")]
    [InlineData("duplicates-holdout")]
    public void Precision_and_recall_on_a_labelled_set_meet_the_target(string set)
    {
        var folder = DataFolder(set);
        var detector = new DuplicateDetector();
        foreach (var line in File.ReadLines(Path.Combine(folder, "applications.jsonl")).Where(l => l.Length > 0))
            detector.Add(JsonLines.Parse(line).Application ?? throw new InvalidDataException(line));
        var truth = File.ReadLines(Path.Combine(folder, "pairs.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',')).ToDictionary(f => (f[0], f[1]), f => f[2]);

        var found = detector.FindAll();
        var flagged = found.ToDictionary(p => (p.A, p.B), p => p.Kind.Code());
        var truePositives = flagged.Keys.Count(truth.ContainsKey);
        var precision = flagged.Count == 0 ? 0 : (double)truePositives / flagged.Count;
        var recall = (double)truePositives / truth.Count;
        output.WriteLine($"applications {detector.Count}, labelled pairs {truth.Count}, flagged {flagged.Count}, true positives {truePositives}");
        output.WriteLine($"precision {precision:0.000}, recall {recall:0.000}");
        foreach (var kind in truth.Values.Distinct().Order())
        {
            var ofKind = truth.Where(t => t.Value == kind).ToList();
            output.WriteLine($"  {kind}: {ofKind.Count(t => flagged.ContainsKey(t.Key))}/{ofKind.Count} found, kind right {ofKind.Count(t => flagged.GetValueOrDefault(t.Key) == kind)}");
        }
        foreach (var miss in truth.Keys.Where(k => !flagged.ContainsKey(k)).Take(40))
        {
            var (similarity, containment, signals, candidate) = detector.Explain(miss.Item1, miss.Item2);
            output.WriteLine($"  missed {miss} ({truth[miss]}): similarity {similarity:0.00}, containment {containment:0.00}, candidate {candidate}, {string.Join("、", signals)}");
        }
        foreach (var extra in found.Where(p => !truth.ContainsKey((p.A, p.B))).Take(15)) output.WriteLine($"  false flag {p(extra)}");
        foreach (var line in File.ReadLines(Path.Combine(folder, "hard_negatives.csv")).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            var (similarity, containment, signals, candidate) = detector.Explain(f[0], f[1]);
            output.WriteLine($"  negative {f[2]}: similarity {similarity:0.00}, containment {containment:0.00}, signals {signals.Count} {string.Join("、", signals)}");
        }
        // The target (0.95) is for the development set; the held-out set guards against regressions (0.947 when written down).
        Assert.True(precision >= (set == "duplicates" ? 0.95 : 0.9), $"precision {precision:0.000}");
        Assert.True(recall >= 0.95, $"recall {recall:0.000}");

        static string p(DuplicatePair x) => $"{x.A}-{x.B} {x.Kind.Code()} {x.Reason}";
    }
}
