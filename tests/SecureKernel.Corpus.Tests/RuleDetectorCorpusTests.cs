using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SecureKernel.Corpus.Tests;

/// <summary>
/// Measures <see cref="RuleInjectionDetector"/> on the bundled datasets, per slice (TRAIN pooled, BIPIA-test, deepset-test,
/// NotInject), writes artifacts/corpus/rule-detector-metrics.json and fails when a metric falls below its floor.
/// The floors sit slightly below the measured values, so a regression fails and an improvement passes.
/// </summary>
[TestClass]
public sealed class RuleDetectorCorpusTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task RuleDetector_PerSliceMetrics_MeetFloors()
    {
        string? root = Corpus.FindRepoRoot();
        string? datasets = root is null ? null : Corpus.FindDatasets(root);
        if (root is null || datasets is null)
        {
            Assert.Inconclusive("../shared/datasets not found next to the repository; corpus metrics not measured.");
            return;
        }

        List<CorpusRow> rows = Corpus.Load(datasets);
        if (rows.Count == 0)
        {
            Assert.Inconclusive("No dataset rows found under " + datasets);
            return;
        }

        var detector = new RuleInjectionDetector();
        var requests = rows.Select(r => new ScanRequest(r.Text, Corpus.OriginOf(r), r.Source)).ToArray();
        var sw = Stopwatch.StartNew();
        IReadOnlyList<InjectionScanResult> results = await detector.ScanAsync(requests, TestContext.CancellationToken);
        sw.Stop();
        long chars = rows.Sum(r => (long)r.Text.Length);

        var metrics = new List<SliceMetrics>();
        foreach (string slice in Corpus.Slices)
        {
            var sliceRows = rows.Select((r, i) => (Row: r, Result: results[i])).Where(x => x.Row.Slice == slice)
                .Select(x => (x.Row.Label, x.Result.Score, x.Result.Flagged)).ToList();
            if (sliceRows.Count > 0) metrics.Add(SliceMetrics.Compute(slice, sliceRows));
        }

        // The calibration behind the default threshold: on TRAIN only, the threshold (0.05 grid) with the best balanced
        // accuracy among those whose TRAIN false-positive rate stays at or below 0.25% (a chunk guard runs on every chunk).
        var train = rows.Select((r, i) => (r.Label, results[i].Score)).Where((x, i) => rows[i].Slice == Corpus.Train).ToList();
        double bestThreshold = BestBalancedThreshold(train);

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"rule detector, threshold {detector.Threshold:0.00} (TRAIN calibration: {bestThreshold:0.00}); {rows.Count} rows, {chars} chars in {sw.Elapsed.TotalSeconds:0.00} s");
        table.AppendLine("| slice | pos | neg | TPR | FPR | accuracy | ROC AUC |");
        table.AppendLine("|---|---|---|---|---|---|---|");
        foreach (SliceMetrics m in metrics)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {m.Slice} | {m.Positives} | {m.Negatives} | {Fmt(m.Tpr)} | {Fmt(m.Fpr)} | {m.Accuracy:0.000} | {Fmt(m.Auc)} |");
        }
        TestContext.WriteLine(table.ToString());
        Console.WriteLine(table.ToString());

        WriteArtifact(root, detector.Threshold, bestThreshold, metrics, rows.Count);
        WriteScoresIfRequested(rows, results);

        SliceMetrics Get(string s) => metrics.Single(m => m.Slice == s);
        var failures = new List<string>();
        void Floor(string what, double? actual, double floor)
        {
            if (actual is null || actual < floor) failures.Add($"{what} = {Fmt(actual)} < floor {floor:0.000}");
        }
        void Ceiling(string what, double? actual, double ceiling)
        {
            if (actual is null || actual > ceiling) failures.Add($"{what} = {Fmt(actual)} > ceiling {ceiling:0.000}");
        }

        foreach (var (slice, tpr, fprMax, acc, auc) in s_floors)
        {
            if (!metrics.Any(m => m.Slice == slice)) continue;
            SliceMetrics m = Get(slice);
            if (tpr is double t) Floor($"{slice} TPR", m.Tpr, t);
            if (fprMax is double f) Ceiling($"{slice} FPR", m.Fpr, f);
            Floor($"{slice} accuracy", m.Accuracy, acc);
            if (auc is double a) Floor($"{slice} AUC", m.Auc, a);
        }

        // The default threshold must be what the TRAIN calibration yields for the current rules.
        if (Math.Abs(bestThreshold - RuleInjectionDetectorOptions.DefaultThreshold) > 1e-9)
            failures.Add($"TRAIN calibration gives {bestThreshold:0.00} but DefaultThreshold is {RuleInjectionDetectorOptions.DefaultThreshold:0.00}");

        Assert.IsEmpty(failures, string.Join("; ", failures));
    }

    // (slice, TPR floor, FPR ceiling, accuracy floor, AUC floor): slightly below/above the measured values (see README).
    private static readonly (string Slice, double? Tpr, double? FprMax, double Accuracy, double? Auc)[] s_floors =
    [
        // measured 2026-11-25 at threshold 0.25: TRAIN .816/.000/.927/.923 (TPR/FPR/accuracy/AUC), BIPIA-test .676/.018/.743/.834,
        // deepset-test .350/.000/.664/.692, NotInject FPR .029 / accuracy .971.
        (Corpus.Train, 0.79, 0.005, 0.91, 0.90),
        (Corpus.BipiaTest, 0.65, 0.04, 0.72, 0.81),
        (Corpus.DeepsetTest, 0.31, 0.03, 0.63, 0.66),
        (Corpus.NotInject, null, 0.045, 0.955, null),
    ];

    private const double MaxTrainFpr = 0.0025;

    private static double BestBalancedThreshold(List<(int Label, double Score)> rows)
    {
        double best = 0.5, bestValue = -1;
        int p = rows.Count(r => r.Label == 1), n = rows.Count - p;
        for (int k = 1; k <= 19; k++)
        {
            double t = k / 20.0;
            double tpr = (double)rows.Count(r => r.Label == 1 && r.Score >= t) / p;
            double tnr = (double)rows.Count(r => r.Label == 0 && r.Score < t) / n;
            if (1 - tnr > MaxTrainFpr) continue;
            if ((tpr + tnr) / 2 > bestValue + 1e-12)
            {
                bestValue = (tpr + tnr) / 2;
                best = t;
            }
        }
        return best;
    }

    private static string Fmt(double? v) => v is double d ? d.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static void WriteArtifact(string root, double threshold, double trainBest, List<SliceMetrics> metrics, int rowCount)
    {
        string dir = Path.Combine(root, "artifacts", "corpus");
        Directory.CreateDirectory(dir);
        using var stream = File.Create(Path.Combine(dir, "rule-detector-metrics.json"));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("detector", "rules");
        w.WriteNumber("threshold", threshold);
        w.WriteNumber("train_calibrated_threshold", Math.Round(trainBest, 2));
        w.WriteNumber("rows", rowCount);
        w.WriteStartArray("slices");
        foreach (SliceMetrics m in metrics)
        {
            w.WriteStartObject();
            w.WriteString("slice", m.Slice);
            w.WriteNumber("positives", m.Positives);
            w.WriteNumber("negatives", m.Negatives);
            w.WriteNumber("true_positives", m.TruePositives);
            w.WriteNumber("false_positives", m.FalsePositives);
            WriteNullable(w, "tpr", m.Tpr);
            WriteNullable(w, "fpr", m.Fpr);
            w.WriteNumber("accuracy", Math.Round(m.Accuracy, 4));
            WriteNullable(w, "roc_auc", m.Auc);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? v)
    {
        if (v is double d) w.WriteNumber(name, Math.Round(d, 4));
        else w.WriteNull(name);
    }

    // Development aid: SK_CORPUS_SCORES=path writes one line per row (slice, source, label, score, rule ids; no text).
    private static void WriteScoresIfRequested(List<CorpusRow> rows, IReadOnlyList<InjectionScanResult> results)
    {
        string? path = Environment.GetEnvironmentVariable("SK_CORPUS_SCORES");
        if (string.IsNullOrEmpty(path)) return;
        using var writer = new StreamWriter(path);
        for (int i = 0; i < rows.Count; i++)
        {
            string rules = string.Join(",", results[i].Findings.Select(f => f.Detail));
            writer.WriteLine($"{i}\t{rows[i].Slice}\t{rows[i].Source}\t{rows[i].Label}\t{results[i].Score.ToString("0.000", CultureInfo.InvariantCulture)}\t{rules}");
        }
    }
}
