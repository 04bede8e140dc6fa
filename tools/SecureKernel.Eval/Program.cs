// Evaluates an ONNX injection classifier folder on the held-out slices of ../shared/datasets.
// usage: dotnet run -c Release --project tools/SecureKernel.Eval -- [--model models/use-lite-injection] [--datasets ../shared/datasets] [--out file.json] [--latency | --latency-only] [--iterations 200] [--warmup N] [--concurrency 1] [--threads 2] [--ensemble [--also-model DIR] | --rules-only] [--origin rows|retrieved|user] [--train-benign] [--rows file.jsonl] [--scores-out scores.jsonl] [--stride N] [--raw-text]
// --rows adds one slice from a JSONL file of {"text","label","source"} rows (e.g. a TRAIN-only proxy split written by
// tools/classifier/proxy_rows.py) and scans only that slice; --scores-out writes every scanned row's score as JSONL (slice, source, label, score,
// flagged; never the text), for combining or inspecting models without re-running them.
// --ensemble scores what apps run: the rule detector plus the model under EnsemblePolicy.Calibrated with the default
// thresholds, built exactly as SecureKernelGuard builds it for UseInjectionModel (no tuning on the slices).
// --also-model DIR (with --ensemble) adds a second classifier to that ensemble: rules + both models, each model's threshold at 0.5.
// --user-also-model DIR (with --ensemble) adds it for user input only (InjectionModelScope.UserInput, as the guard builds
// UseUserInputModel): rows scanned as User go through rules + both models, the others through rules + --model; with
// --latency it also times user prompts of 60 and 300 words through that ensemble, and reports resident memory after both.
// --rules-only scores the rule detector alone (to study how rules and a model combine, on TRAIN-only rows).
// --origin rows (default) scans each row as it reaches a detector in an app, as the corpus tests do: BIPIA rows and
// */passage rows as Retrieved, the rest (deepset, NotInject: user prompts) as User; --origin retrieved scans every row as
// Retrieved (the stricter rule weights); --origin user scans every row as User (text pasted into the user's message). The rule detector weighs the origin; an ONNX model does only if it is origin-aware
// (an `origin` input, OnnxInjectionDetector.UsesOrigin).
// --stride N: tokens between window starts (default: the manifest's), for studying the window overlap on TRAIN-only rows.
// --raw-text: the model sees the text as it came (OnnxInjectionDetectorOptions.NormalizeText = false), not TextNormalizer's output.
// --prescan-train (with --latency/--latency-only): before timing, scans every TRAIN row once as retrieved chunks in
// retrievals of 10, so the timing and the resident figure are those of a process that has seen varied text (the rule
// regexes it needs built, their DFAs grown) rather than only the synthetic chunks.
using System.Diagnostics;
using System.Text.Json;
using SecureKernel;

// Every option this tool reads; anything else (a typo, --help) is reported instead of silently running a full evaluation.
string[] valueOptions = ["--model", "--datasets", "--out", "--threads", "--batch", "--stride", "--also-model", "--user-also-model", "--origin", "--rows", "--scores-out", "--iterations", "--warmup", "--concurrency"];
string[] flagOptions = ["--latency", "--latency-only", "--ensemble", "--rules-only", "--train-benign", "--raw-text", "--prescan-train"];
if (args.Any(a => a is "--help" or "-h" or "-?"))
{
    Console.WriteLine("usage: SecureKernel.Eval [" + string.Join("] [", valueOptions.Select(o => o + " VALUE").Concat(flagOptions)) + "]");
    Console.WriteLine("see the comment at the top of tools/SecureKernel.Eval/Program.cs for what each option does");
    return 0;
}

var argumentErrors = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (Array.IndexOf(valueOptions, args[i]) >= 0)
    {
        if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            argumentErrors.Add($"{args[i]} needs a value");
        }
        else
        {
            i++;
        }
    }
    else if (Array.IndexOf(flagOptions, args[i]) < 0)
    {
        argumentErrors.Add($"unknown argument '{args[i]}'");
    }
}

if (argumentErrors.Count > 0)
{
    foreach (string error in argumentErrors)
    {
        Console.Error.WriteLine("SecureKernel.Eval: " + error);
    }

    Console.Error.WriteLine("SecureKernel.Eval: --help lists the options");
    return 2;
}

string root = FindRoot();
string model = Arg("--model") ?? Path.Combine(root, "models", "use-lite-injection");
string datasets = Arg("--datasets") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "datasets"));
string? outFile = Arg("--out");
int threads = int.Parse(Arg("--threads") ?? "2", System.Globalization.CultureInfo.InvariantCulture);
// --batch N: windows per ONNX Runtime run (default 0: the library default, the manifest's cpuBatchSize or 16 on the CPU)
int batch = int.Parse(Arg("--batch") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
int? stride = Arg("--stride") is { } strideArg ? int.Parse(strideArg, System.Globalization.CultureInfo.InvariantCulture) : null;

// resident memory of the process before any model is loaded (runtime, ORT native library not yet touched)
double baselineMb = Math.Round(Process.GetCurrentProcess().WorkingSet64 / 1048576.0, 1);
OnnxInjectionDetector Open(string directory, int? windowStride) =>
    new(new OnnxInjectionDetectorOptions { ModelDirectory = directory, Device = OnnxDevice.Auto, IntraOpThreads = threads, BatchSize = batch, Stride = windowStride, NormalizeText = Array.IndexOf(args, "--raw-text") < 0 });
using var detector = Open(model, stride);
Console.WriteLine($"model {detector.Manifest.Name} {detector.Manifest.Version}, threshold {detector.Threshold:0.####}, provider {detector.ExecutionProvider}{(detector.DeviceFallbackReason is null ? "" : " (" + detector.DeviceFallbackReason + ")")}");
using var second = Arg("--also-model") is { } secondModel
    ? Open(secondModel, null) // --stride studies the first model; the second keeps its manifest's
    : null;
if (second is not null)
{
    Console.WriteLine($"also model {second.Manifest.Name} {second.Manifest.Version}, threshold {second.Threshold:0.####}");
}
using var userModel = Arg("--user-also-model") is { } userModelDir ? Open(userModelDir, null) : null;
if (userModel is not null)
{
    Console.WriteLine($"user-input model {userModel.Manifest.Name} {userModel.Manifest.Version}, threshold {userModel.Threshold:0.####}");
    if (second is not null || Array.IndexOf(args, "--ensemble") < 0)
    {
        Console.Error.WriteLine("--user-also-model needs --ensemble and no --also-model");
        return 2;
    }
}

string originMode = Arg("--origin") ?? "rows";
if (originMode is not ("rows" or "retrieved" or "user"))
{
    Console.Error.WriteLine($"--origin must be rows, retrieved or user, not '{originMode}'");
    return 2;
}

IInjectionDetector scanner = detector;
if (Array.IndexOf(args, "--rules-only") >= 0)
{
    // The rule detector alone (the model is loaded but not used): its per-row scores, to study how rules and model combine.
    scanner = new RuleInjectionDetector();
    Console.WriteLine($"detector {scanner.Name} (rules alone, threshold {RuleInjectionDetectorOptions.DefaultThreshold})");
}
else if (Array.IndexOf(args, "--ensemble") >= 0)
{
    // The guard's detector for Retrieval:Model (+ Retrieval:AdditionalModels for --also-model): the rules and the model(s),
    // two models averaged first (EnsemblePolicy.CalibratedMean)
    scanner = second is null ? EnsembleInjectionDetector.WithRules(detector) : EnsembleInjectionDetector.WithRules(detector, second);
    if (userModel is not null)
    {
        scanner = new OriginRoutedInjectionDetector(EnsembleInjectionDetector.WithRules(detector, userModel), scanner);
        Console.WriteLine($"user input: {((OriginRoutedInjectionDetector)scanner).UserInput.Name} (the models' CalibratedMean); other rows: {scanner.Name}");
    }
    Console.WriteLine($"detector {scanner.Name} (EnsemblePolicy.Calibrated of the rules and {(second is null ? "the model" : "the models' CalibratedMean")}, combined threshold 0.5)");
}


bool latencyOnly = Array.IndexOf(args, "--latency-only") >= 0;
string? extraRows = Arg("--rows");
var rows = new List<(string Text, int Label, string Source)>();
// --rows scans only its own file, so the dataset rows are not even read then
if (!latencyOnly && extraRows is null) rows.AddRange(ReadDatasetRows(datasets));

var slices = new (string Name, Func<string, bool> Match)[]
{
    ("bipia-test", s => s.StartsWith("bipia/", StringComparison.Ordinal) && s.Contains("/test/", StringComparison.Ordinal)),
    ("deepset-test", s => s.StartsWith("deepset/", StringComparison.Ordinal) && s.EndsWith("/test", StringComparison.Ordinal)),
    ("notinject", s => s.StartsWith("notinject/", StringComparison.Ordinal)),
};
if (Array.IndexOf(args, "--train-benign") >= 0)
{
    // The benign rows of the TRAIN pool (never an evaluation slice): where false positives can be studied and fixed
    // without looking at the held-out slices, so only this slice is scanned (a gate run must not print slice figures).
    slices = [("train-benign", IsTrainSource)];
}

if (extraRows is not null)
{
    string extraName = Path.GetFileNameWithoutExtension(extraRows);
    foreach (var line in File.ReadLines(extraRows))
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        rows.Add((r.GetProperty("text").GetString()!, r.GetProperty("label").GetInt32(), "rows:" + extraName + "/" + r.GetProperty("source").GetString()!));
    }

    // only this slice: a TRAIN-only study should not print evaluation-slice figures it could be steered by
    slices = [(extraName, s => s.StartsWith("rows:" + extraName + "/", StringComparison.Ordinal))];
}

string? scoresOut = Arg("--scores-out");
using var scoreWriter = scoresOut is null ? null : new StreamWriter(scoresOut);
var report = new List<Dictionary<string, object?>>();
foreach (var (name, match) in latencyOnly ? [] : slices)
{
    var slice = rows.Where(r => match(r.Source) && (name != "train-benign" || r.Label == 0)).ToList();
    var sw = Stopwatch.StartNew();
    var results = new List<InjectionScanResult>();
    foreach (var chunk in slice.Chunk(64))
    {
        results.AddRange(await scanner.ScanAsync(chunk.Select(r => new ScanRequest(r.Text, OriginOf(r.Source))).ToList()));
    }

    sw.Stop();
    double[] scores = results.Select(r => r.Score).ToArray();
    int[] labels = slice.Select(r => r.Label).ToArray();
    int pos = labels.Count(l => l == 1), neg = labels.Length - pos;
    int tp = Enumerable.Range(0, labels.Length).Count(i => labels[i] == 1 && results[i].Flagged);
    int fp = Enumerable.Range(0, labels.Length).Count(i => labels[i] == 0 && results[i].Flagged);
    var entry = new Dictionary<string, object?>
    {
        ["slice"] = name,
        ["detector"] = scanner.Name,
        ["origin"] = originMode,
        ["n"] = labels.Length,
        ["attacks"] = pos,
        ["benign"] = neg,
        ["auc"] = pos > 0 && neg > 0 ? Auc(scores, labels) : null,
        ["recall_at_1pct_fpr"] = pos > 0 && neg > 0 ? RecallAtFpr(scores, labels, 0.01) : null,
        ["tpr_at_threshold"] = pos > 0 ? (double)tp / pos : null,
        ["fpr_at_threshold"] = neg > 0 ? (double)fp / neg : null,
        ["accuracy_at_threshold"] = (double)(tp + (neg - fp)) / labels.Length,
        ["windows"] = results.Sum(r => r.Windows),
        ["unscanned_chars"] = results.Sum(r => r.UnscannedChars),
        ["seconds"] = Math.Round(sw.Elapsed.TotalSeconds, 2),
        // which detector findings fire on the benign rows the scanner flags (finding details are rule ids, never text)
        ["benign_flagged_by"] = Enumerable.Range(0, labels.Length).Where(i => labels[i] == 0 && results[i].Flagged)
            .SelectMany(i => results[i].Findings.Select(f => f.Detector + ":" + f.Detail).Distinct())
            .GroupBy(k => k).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
    };
    report.Add(entry);
    Console.WriteLine(string.Join("  ", entry.Select(kv => $"{kv.Key}={Fmt(kv.Value)}")));
    for (int i = 0; scoreWriter is not null && i < slice.Count; i++)
    {
        scoreWriter.WriteLine(JsonSerializer.Serialize(new { slice = name, source = slice[i].Source, label = slice[i].Label, score = scores[i], flagged = results[i].Flagged }));
    }
}

if (latencyOnly || Array.IndexOf(args, "--latency") >= 0)
{
    // 10 chunks of ~300 words, as one retrieval; p50/p95 over --iterations scans after warm-ups, resident memory after.
    var rnd = new Random(1);
    string[] vocab = "the report shows that revenue grew in the third quarter while costs for logistics and staff remained stable across all regions of the company and its partners".Split(' ');
    var chunks = Enumerable.Range(0, 10).Select(_ => new ScanRequest(string.Join(' ', Enumerable.Range(0, 300).Select(_ => vocab[rnd.Next(vocab.Length)])), ContentOrigin.Retrieved)).ToList();
    int iterations = int.Parse(Arg("--iterations") ?? "200", System.Globalization.CultureInfo.InvariantCulture);
    // --concurrency N: N retrievals scanned at once on the one shared detector (as N kernels would); times are per batch of N
    int concurrency = int.Parse(Arg("--concurrency") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
    Task ScanAll() => Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () => await scanner.ScanAsync(chunks))));
    // --warmup N scans before timing (default a tenth of --iterations, at least 3). The runtime's tiered JIT recompiles the
    // hot paths during roughly the first hundred scans, so a short warm-up times some of that too (the p95 shows it).
    int warmup = int.Parse(Arg("--warmup") ?? Math.Max(3, iterations / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    // warm-up scans, then the sorted times of --iterations timed ones
    async Task<List<double>> TimeAsync(Func<Task> scan)
    {
        for (int i = 0; i < warmup; i++) await scan();
        var sorted = new List<double>(iterations);
        for (int i = 0; i < iterations; i++)
        {
            var t = Stopwatch.StartNew();
            await scan();
            sorted.Add(t.Elapsed.TotalMilliseconds);
        }
        sorted.Sort();
        return sorted;
    }

    int prescanned = 0;
    if (Array.IndexOf(args, "--prescan-train") >= 0)
    {
        List<string> train = [.. ReadDatasetRows(datasets).Where(r => IsTrainSource(r.Source)).Select(r => r.Text)];
        for (int i = 0; i < train.Count; i += 10)
        {
            await scanner.ScanAsync([.. train.Skip(i).Take(10).Select(t => new ScanRequest(t, ContentOrigin.Retrieved))]);
        }
        prescanned = train.Count;
        Console.WriteLine($"prescanned {prescanned} TRAIN rows");
    }

    List<double> times = await TimeAsync(ScanAll);
    if (userModel is not null)
    {
        // one user prompt per turn, through rules + both models (after the retrieval timing, so the resident figure below
        // holds both models' sessions and arenas)
        foreach (int words in new[] { 60, 300 })
        {
            var prompt = new[] { new ScanRequest(string.Join(' ', Enumerable.Range(0, words).Select(_ => vocab[rnd.Next(vocab.Length)])), ContentOrigin.User) };
            List<double> userTimes = await TimeAsync(async () => await scanner.ScanAsync(prompt));
            var row = new Dictionary<string, object?>
            {
                ["slice"] = $"latency-user-input-{words}-words",
                ["windows_per_scan"] = (await scanner.ScanAsync(prompt)).Sum(r => r.Windows),
                ["p50_ms"] = Math.Round(userTimes[userTimes.Count / 2], 2),
                ["p95_ms"] = Math.Round(userTimes[(int)(userTimes.Count * 0.95)], 2),
            };
            report.Add(row);
            Console.WriteLine(string.Join("  ", row.Select(kv => $"{kv.Key}={Fmt(kv.Value)}")));
        }
    }

    // resident after a full collection: what the loaded detector keeps, not the garbage the timing loop left for the next GC
    // (without it the figure swung by ~100 MB between identical runs)
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var p = Process.GetCurrentProcess();
    p.Refresh();
    var lat = new Dictionary<string, object?>
    {
        ["slice"] = "latency-10x300-words",
        ["windows_per_scan"] = (await scanner.ScanAsync(chunks)).Sum(r => r.Windows),
        ["p50_ms"] = Math.Round(times[times.Count / 2], 2),
        ["p95_ms"] = Math.Round(times[(int)(times.Count * 0.95)], 2),
        ["resident_mb"] = Math.Round(p.WorkingSet64 / 1048576.0, 1),
        ["peak_resident_mb"] = Math.Round(p.PeakWorkingSet64 / 1048576.0, 1),
        ["resident_before_model_mb"] = baselineMb,
        ["concurrency"] = concurrency,
        ["warmup"] = warmup,
        ["prescanned_train_rows"] = prescanned,
        // what the .NET GC keeps committed (managed heap incl. free space it has not returned), to tell it from native (ORT) memory
        ["gc_committed_mb"] = Math.Round(GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0, 1),
    };
    report.Add(lat);
    Console.WriteLine(string.Join("  ", lat.Select(kv => $"{kv.Key}={Fmt(kv.Value)}")));
}

if (outFile is not null)
{
    File.WriteAllText(outFile, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
}

return 0;

static string Fmt(object? v) => v switch
{
    null => "-",
    double d => d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
    // benign_flagged_by: detector or rule id -> count
    IDictionary<string, int> counts => counts.Count == 0 ? "-" : string.Join(",", counts.Select(kv => $"{kv.Key}:{kv.Value}")),
    _ => v.ToString() ?? "",
};

static double Auc(double[] s, int[] y)
{
    var idx = Enumerable.Range(0, s.Length).OrderBy(i => s[i]).ToArray();
    double rankSum = 0;
    int i0 = 0;
    while (i0 < idx.Length)
    {
        int j = i0;
        while (j < idx.Length && s[idx[j]] == s[idx[i0]]) j++;
        double avg = (i0 + j + 1) / 2.0;
        for (int k = i0; k < j; k++) if (y[idx[k]] == 1) rankSum += avg;
        i0 = j;
    }

    double p = y.Count(v => v == 1), n = y.Length - p;
    return (rankSum - (p * (p + 1) / 2)) / (p * n);
}

static double RecallAtFpr(double[] s, int[] y, double fpr)
{
    // the threshold is the lowest score that keeps this slice's FPR <= fpr (an oracle threshold, for comparison only)
    var negs = Enumerable.Range(0, s.Length).Where(i => y[i] == 0).Select(i => s[i]).OrderByDescending(v => v).ToArray();
    int allowed = (int)Math.Floor(fpr * negs.Length);
    double thr = allowed < negs.Length ? negs[allowed] : double.NegativeInfinity;
    int p = y.Count(v => v == 1);
    return (double)Enumerable.Range(0, s.Length).Count(i => y[i] == 1 && s[i] > thr) / p;
}

ContentOrigin OriginOf(string source)
{
    if (source.StartsWith("rows:", StringComparison.Ordinal))
    {
        source = source[(source.IndexOf('/', StringComparison.Ordinal) + 1)..]; // a --rows row: "rows:<file>/<its own source>"
    }

    if (originMode == "user") return ContentOrigin.User;
    return originMode == "retrieved" || source.StartsWith("bipia/", StringComparison.Ordinal) || source.EndsWith("/passage", StringComparison.Ordinal)
        ? ContentOrigin.Retrieved
        : ContentOrigin.User;
}

string? Arg(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
    {
        if (File.Exists(Path.Combine(d.FullName, "SecureKernel.sln"))) return d.FullName;
    }

    return Directory.GetCurrentDirectory();
}

// Every row of the datasets folder's data.jsonl files, folders in ordinal order.
static IEnumerable<(string Text, int Label, string Source)> ReadDatasetRows(string datasets)
{
    foreach (var dir in Directory.GetDirectories(datasets).Order(StringComparer.Ordinal))
    {
        string file = Path.Combine(dir, "data.jsonl");
        if (!File.Exists(file)) continue;
        foreach (var line in File.ReadLines(file))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            yield return (r.GetProperty("text").GetString()!, r.GetProperty("label").GetInt32(), r.GetProperty("source").GetString()!);
        }
    }
}

// A row of the TRAIN pool: not a /test row and not NotInject (never an evaluation slice).
static bool IsTrainSource(string source) =>
    !source.Contains("/test", StringComparison.Ordinal) && !source.StartsWith("notinject/", StringComparison.Ordinal);
