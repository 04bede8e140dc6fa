using System.Globalization;
using System.Text.Json;
using SecureKernel.Detection;

namespace SecureKernel.Corpus.Tests;

/// <summary>
/// <see cref="RuleInjectionDetector.RegexCacheSize"/> on real text: a small cache, which drops and rebuilds regexes
/// constantly, must give exactly the results of an unbounded one on every probe string and a share of the dataset rows
/// (equality only, nothing tuned); and the default must hold every rule that English text builds (the TRAIN rows), so an
/// English-only process never rebuilds. Writes artifacts/corpus/rule-regex-cache.json. Changes the process-wide size, so it
/// runs alone and restores it.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class RuleRegexCacheCorpusTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(900_000, CooperativeCancellation = true)]
    public void SmallCache_GivesTheUnboundedResults_AndTheDefaultHoldsWhatEnglishBuilds()
    {
        string? root = Corpus.FindRepoRoot();
        Assert.IsNotNull(root, "SecureKernel.sln not found above the test's base directory");
        List<string> probes = Corpus.ProbeStrings(root, "*_probe_v*.json");
        Assert.IsGreaterThan(800, probes.Count, "the probes were not read");
        string? datasets = Corpus.FindDatasets(root);
        List<CorpusRow> rows = datasets is null ? [] : Corpus.Load(datasets);
        var train = rows.Where(r => r.Slice == Corpus.Train).Select(r => r.Text).ToList();
        // every third probe string and every 25th row of every slice: texts only compared, under both sizes (the small size
        // rebuilds ~14 regexes per text, a few milliseconds each)
        var texts = probes.Where((_, i) => i % 3 == 0).Concat(rows.Where((_, i) => i % 25 == 0).Select(r => r.Text)).ToList();

        var detector = new RuleInjectionDetector();
        int saved = RuleInjectionDetector.RegexCacheSize;
        int savedTrim = RuleRegexCache.Shared.TrimInterval;
        try
        {
            RuleRegexCache.Shared.TrimInterval = 0;
            // what English text builds: drop every built regex, then count what the TRAIN rows build; then what the heap keeps
            // once the probes' eighteen languages have built nearly every rule, unbounded and at the default size
            RuleInjectionDetector.RegexCacheSize = 0;
            long emptyHeap = Corpus.HeapBytes();
            RuleInjectionDetector.RegexCacheSize = int.MaxValue;
            foreach (string t in train) detector.Scan(t);
            int englishBuilt = RuleRegexCache.Shared.Count;
            foreach (string t in probes) detector.Scan(t);
            int allBuilt = RuleRegexCache.Shared.Count;
            double allMb = (Corpus.HeapBytes() - emptyHeap) / 1048576.0;
            RuleRegexCache.Shared.Trim();
            double allTrimmedMb = (Corpus.HeapBytes() - emptyHeap) / 1048576.0;
            RuleInjectionDetector.RegexCacheSize = RuleInjectionDetector.DefaultRegexCacheSize;
            double defaultMb = (Corpus.HeapBytes() - emptyHeap) / 1048576.0;
            RuleInjectionDetector.RegexCacheSize = int.MaxValue;

            string[] expected = [.. texts.Select(t => Describe(detector.Scan(t)))];

            const int Small = 32;
            RuleInjectionDetector.RegexCacheSize = Small;
            // the most churn: only the current scan's regexes protected
            RuleRegexCache.Shared.RecentScans = 1;
            long builds = RuleRegexCache.Shared.Builds, evictions = RuleRegexCache.Shared.Evictions;
            var differences = new List<string>();
            for (int i = 0; i < texts.Count; i++)
            {
                string actual = Describe(detector.Scan(texts[i]));
                if (actual != expected[i] && differences.Count < 10) differences.Add($"text {i}: expected {expected[i]}, got {actual}");
            }
            long rebuilt = RuleRegexCache.Shared.Builds - builds, dropped = RuleRegexCache.Shared.Evictions - evictions;
            RuleRegexCache.Shared.RecentScans = RuleRegexCache.DefaultRecentScans;

            // the derivative memos emptied before every scan: every new DFA state is computed afresh, matches unchanged
            RuleInjectionDetector.RegexCacheSize = int.MaxValue;
            RuleRegexCache.Shared.TrimInterval = 1;
            long trimmedBefore = RuleRegexCache.Shared.TrimmedEntries;
            var trimDifferences = new List<string>();
            for (int i = 0; i < texts.Count; i++)
            {
                string actual = Describe(detector.Scan(texts[i]));
                if (actual != expected[i] && trimDifferences.Count < 10) trimDifferences.Add($"text {i}: expected {expected[i]}, got {actual}");
            }
            long trimmedEntries = RuleRegexCache.Shared.TrimmedEntries - trimmedBefore;
            RuleRegexCache.Shared.TrimInterval = 0;
            RuleInjectionDetector.RegexCacheSize = Small;

            // one text holding the anchors of nearly every rule, far more than the size: the first scan builds each rule
            // once, a repeat of it builds nothing (plain LRU would rebuild every rule on every scan)
            string crafted = string.Join("\n", probes);
            string first = Describe(detector.Scan(crafted));
            long craftedBuilds = RuleRegexCache.Shared.Builds;
            string again = Describe(detector.Scan(crafted));
            long repeatBuilds = RuleRegexCache.Shared.Builds - craftedBuilds;
            Assert.AreEqual(first, again);
            Assert.AreEqual(0, repeatBuilds, "a repeated scan of one text must not rebuild the regexes it needs");
            Assert.IsGreaterThan(Small, RuleRegexCache.Shared.Count, "the crafted text must need more rules than the size");

            // at the default size: a crafted text holding the anchors of more rules than the size, coming back between
            // texts that each build a rule it does not need; the second round of the same sequence shows the steady state.
            // Chosen by the rules' anchors (MayMatch: the rules a scan of the text builds), not by position, so added
            // probe strings cannot leave the other texts with nothing new to build
            HashSet<InjectionRule> craftedRules = [];
            var craftedParts = new List<string>();
            foreach (string p in probes)
            {
                if (craftedRules.Count >= RuleInjectionDetector.DefaultRegexCacheSize + 30) break;
                craftedParts.Add(p);
                craftedRules.UnionWith(InjectionRules.All.Where(r => r.MayMatch(p)));
            }
            string mostProbes = string.Join("\n", craftedParts);
            List<string> others = [.. probes.Skip(craftedParts.Count).Where(p => InjectionRules.All.Any(r => r.MayMatch(p) && !craftedRules.Contains(r))).Take(15)];
            Assert.IsGreaterThan(RuleInjectionDetector.DefaultRegexCacheSize, craftedRules.Count, "the crafted text must need more rules than the default size");
            Assert.IsNotEmpty(others, "no probe string builds a rule the crafted text does not");
            var alternation = new List<string>();
            foreach (string other in others) alternation.AddRange([mostProbes, other]);
            var alternationRebuilds = new Dictionary<int, long>();
            foreach (int window in (int[])[1, RuleRegexCache.DefaultRecentScans])
            {
                RuleInjectionDetector.RegexCacheSize = 0;
                RuleInjectionDetector.RegexCacheSize = RuleInjectionDetector.DefaultRegexCacheSize;
                RuleRegexCache.Shared.RecentScans = window;
                foreach (string t in alternation) detector.Scan(t);
                long before = RuleRegexCache.Shared.Builds;
                foreach (string t in alternation) detector.Scan(t);
                alternationRebuilds[window] = RuleRegexCache.Shared.Builds - before;
            }
            RuleRegexCache.Shared.RecentScans = RuleRegexCache.DefaultRecentScans;

            string report = string.Create(CultureInfo.InvariantCulture,
                $"TRAIN rows ({train.Count}) build {englishBuilt} of {InjectionRules.All.Length} rules; with the probes' strings ({probes.Count}) {allBuilt}, " +
                $"keeping {allMb:0.0} MB of heap ({allTrimmedMb:0.0} MB once trimmed), {defaultMb:0.0} MB at the default size {RuleInjectionDetector.DefaultRegexCacheSize}; " +
                $"size {Small} over {texts.Count} texts: {rebuilt} builds, {dropped} evictions, {differences.Count} differences; " +
                $"trimmed before every scan: {trimmedEntries} memo entries dropped, {trimDifferences.Count} differences; " +
                $"a crafted text alternating with {alternation.Count / 2} others at the default size, second round: {alternationRebuilds[1]} rebuilds with a window of 1 scan, " +
                $"{alternationRebuilds[RuleRegexCache.DefaultRecentScans]} with the default {RuleRegexCache.DefaultRecentScans}");
            TestContext.WriteLine(report);
            WriteArtifact(root, train.Count, englishBuilt, probes.Count, allBuilt, allMb, allTrimmedMb, defaultMb, Small, texts.Count, rebuilt, dropped,
                alternation.Count / 2, alternationRebuilds[1], alternationRebuilds[RuleRegexCache.DefaultRecentScans]);

            Assert.IsEmpty(differences, string.Join("\n", differences));
            Assert.IsEmpty(trimDifferences, string.Join("\n", trimDifferences));
            Assert.AreEqual(0L, alternationRebuilds[RuleRegexCache.DefaultRecentScans], "within the window the crafted text's regexes stay built");
            Assert.IsGreaterThan(0L, alternationRebuilds[1], "with a window of one scan the alternation must rebuild, or it tested nothing");
            if (RegexConstructionCacheReleaser.CanTrimMatchingCaches)
                Assert.IsGreaterThan(0L, trimmedEntries, "the trims must have dropped memo entries, or the trim comparison checked nothing");
            Assert.IsGreaterThan(0, dropped, "the small cache must have dropped regexes, or this test checked nothing");
            if (datasets is not null)
                Assert.IsGreaterThanOrEqualTo(englishBuilt, RuleInjectionDetector.DefaultRegexCacheSize,
                    "the default must hold every rule the TRAIN rows build, or English-only processes rebuild regexes");
        }
        finally
        {
            RuleInjectionDetector.RegexCacheSize = saved;
            RuleRegexCache.Shared.TrimInterval = savedTrim;
        }
        if (datasets is null) Assert.Inconclusive("../shared/datasets not found: checked the probes only.");
    }

    /// <summary>
    /// What each size costs an English-only process: the TRAIN rows in a fixed shuffled order, scanned twice from an empty
    /// cache; the second pass shows the steady state (rebuilds per text, time per text by stopwatch, printed and never
    /// asserted) and the heap the kept regexes hold. Writes artifacts/corpus/rule-regex-cache-english.json.
    /// </summary>
    [TestMethod]
    [TestCategory("Measurement")]
    [Timeout(900_000, CooperativeCancellation = true)]
    public void EnglishText_AtTheDefaultSize_RebuildsNothingOnceWarm()
    {
        string? root = Corpus.FindRepoRoot();
        Assert.IsNotNull(root, "SecureKernel.sln not found above the test's base directory");
        string? datasets = Corpus.FindDatasets(root);
        if (datasets is null)
        {
            Assert.Inconclusive("../shared/datasets not found.");
            return;
        }
        var random = new Random(5);
        List<CorpusRow> train = [.. Corpus.Load(datasets).Where(r => r.Slice == Corpus.Train).OrderBy(_ => random.Next())];
        var detector = new RuleInjectionDetector();
        int saved = RuleInjectionDetector.RegexCacheSize;
        int savedTrim = RuleRegexCache.Shared.TrimInterval;
        var lines = new List<string>();
        using var stream = File.Create(Path.Combine(ArtifactDirectory(root), "rule-regex-cache-english.json"));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("train_rows", train.Count);
        w.WriteStartArray("sizes");
        long defaultRebuilds = -1;
        try
        {
            foreach ((int size, int trimEvery) in new[] { (int.MaxValue, 0), (int.MaxValue, RuleRegexCache.DefaultTrimInterval),
                (RuleInjectionDetector.DefaultRegexCacheSize, RuleRegexCache.DefaultTrimInterval), (192, RuleRegexCache.DefaultTrimInterval),
                (128, RuleRegexCache.DefaultTrimInterval) })
            {
                RuleInjectionDetector.RegexCacheSize = 0;
                long emptyHeap = Corpus.HeapBytes();
                RuleInjectionDetector.RegexCacheSize = size;
                RuleRegexCache.Shared.TrimInterval = trimEvery;
                long trims = RuleRegexCache.Shared.Trims;
                foreach (CorpusRow row in train) detector.Scan(row.Text, Corpus.OriginOf(row));
                long builds = RuleRegexCache.Shared.Builds;
                var clock = System.Diagnostics.Stopwatch.StartNew();
                foreach (CorpusRow row in train) detector.Scan(row.Text, Corpus.OriginOf(row));
                double msPerText = clock.Elapsed.TotalMilliseconds / train.Count;
                long rebuilds = RuleRegexCache.Shared.Builds - builds;
                double heapMb = (Corpus.HeapBytes() - emptyHeap) / 1048576.0;
                if (size == RuleInjectionDetector.DefaultRegexCacheSize) defaultRebuilds = rebuilds;
                string label = size == int.MaxValue ? "unbounded" : size.ToString(CultureInfo.InvariantCulture);
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"size {label}, trim every {trimEvery} scans ({RuleRegexCache.Shared.Trims - trims} trims): {RuleRegexCache.Shared.Count} kept, second pass {rebuilds} builds ({(double)rebuilds / train.Count:0.000} per text), {msPerText:0.000} ms per text, heap {heapMb:0.0} MB"));
                w.WriteStartObject();
                w.WriteString("size", label);
                w.WriteNumber("trim_interval", trimEvery);
                w.WriteNumber("kept", RuleRegexCache.Shared.Count);
                w.WriteNumber("second_pass_builds", rebuilds);
                w.WriteNumber("second_pass_ms_per_text", Math.Round(msPerText, 3));
                w.WriteNumber("heap_mb", Math.Round(heapMb, 1));
                w.WriteEndObject();
            }
        }
        finally
        {
            RuleInjectionDetector.RegexCacheSize = saved;
            RuleRegexCache.Shared.TrimInterval = savedTrim;
        }
        w.WriteEndArray();
        w.WriteString("runtime", Environment.Version.ToString());
        w.WriteEndObject();
        foreach (string line in lines) TestContext.WriteLine(line);

        Assert.AreEqual(0, defaultRebuilds, string.Join("\n", lines));
    }

    private static string ArtifactDirectory(string root)
    {
        string dir = Path.Combine(root, "artifacts", "corpus");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string Describe(InjectionScanResult r) =>
        $"{r.Flagged} {r.Score:R} " + string.Join(",", r.Findings.Select(f => $"{f.Kind}:{f.Detail}:{f.Score:R}:{f.Start}:{f.Length}"));

    private static void WriteArtifact(string root, int trainRows, int englishBuilt, int probeStrings, int allBuilt, double allMb, double allTrimmedMb, double defaultMb, int small, int texts, long rebuilt, long dropped,
        int alternations, long rebuildsWindowOne, long rebuildsDefaultWindow)
    {
        using var stream = File.Create(Path.Combine(ArtifactDirectory(root), "rule-regex-cache.json"));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("rules", InjectionRules.All.Length);
        w.WriteNumber("default_size", RuleInjectionDetector.DefaultRegexCacheSize);
        w.WriteNumber("train_rows", trainRows);
        w.WriteNumber("rules_built_by_train_rows", englishBuilt);
        w.WriteNumber("probe_strings", probeStrings);
        w.WriteNumber("rules_built_with_probes", allBuilt);
        w.WriteNumber("heap_mb_all_built", Math.Round(allMb, 1));
        w.WriteNumber("heap_mb_all_built_trimmed", Math.Round(allTrimmedMb, 1));
        w.WriteNumber("heap_mb_at_default_size_trimmed", Math.Round(defaultMb, 1));
        w.WriteNumber("small_size", small);
        w.WriteNumber("texts_compared", texts);
        w.WriteNumber("builds_at_small_size", rebuilt);
        w.WriteNumber("evictions_at_small_size", dropped);
        w.WriteNumber("crafted_text_alternations", alternations);
        w.WriteNumber("alternation_second_round_rebuilds_window_1", rebuildsWindowOne);
        w.WriteNumber("alternation_second_round_rebuilds_default_window", rebuildsDefaultWindow);
        w.WriteNumber("default_recent_scans", RuleRegexCache.DefaultRecentScans);
        w.WriteEndObject();
    }
}
