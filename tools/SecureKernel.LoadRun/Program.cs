using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using SecureKernel;
using SecureKernel.LoadRun;
using SecureKernel.Testing;

// Load run: N concurrent kernels share ONE SecureKernelGuard (detector, approvals, rate limits, audit, monitoring) and run
// turns through the real Semantic Kernel pipeline against the offline gullible model. The same turns run once without the
// guard, so the added latency is guarded minus unguarded at the same percentile.
//
//   dotnet run --project tools/SecureKernel.LoadRun -c Release -- [--kernels 64] [--turns 60] [--stream-every 4]
//       [--model DIR [--also-model DIR] [--device auto|cpu|cuda] [--coalesce on|off] [--max-runs N]]
//
// Without --model the guard's detector is the rule detector alone; --model adds an ONNX classifier (Retrieval:Model, e.g.
// models/injection-cnn, the default of the example apps) and --also-model a second one (Retrieval:AdditionalModels), on
// --device (default auto); the model's execution provider is printed, and --device cuda fails rather than falling back.
// --coalesce and --max-runs set OnnxInjectionDetectorOptions.CoalesceConcurrentScans and MaxConcurrentRuns (default: the
// library's); with either, the tool builds the detectors itself and puts them in the guard (ReplaceDetector).
//
// Odd users retrieve from a corpus with a poisoned document (the gullible model tries to email it out: must be blocked);
// even users alternate a clean retrieval turn and a direct send_email call (must run: no taint from other users' turns).
// Exit code 0 only when there were no exceptions, no cross-talk and no audit loss.

int kernels = Arg("--kernels", 64), turns = Arg("--turns", 60), streamEvery = Arg("--stream-every", 4);
string? model = TextArg("--model"), alsoModel = TextArg("--also-model");
string deviceName = TextArg("--device") ?? "auto";
string? coalesce = TextArg("--coalesce");
int maxRuns = Arg("--max-runs", 0);
bool ownDetectors = coalesce is not null || maxRuns > 0;
if (coalesce is not (null or "on" or "off") || (ownDetectors && model is null))
{
    Console.Error.WriteLine("--coalesce must be on or off; --coalesce and --max-runs need --model");
    return 2;
}

if (!Enum.TryParse(deviceName, ignoreCase: true, out OnnxDevice device) || !Enum.IsDefined(device) || (alsoModel is not null && model is null))
{
    Console.Error.WriteLine("--device must be auto, cpu or cuda; --also-model needs --model");
    return 2;
}

Console.WriteLine($"SecureKernel load run: {kernels} kernels x {turns} turns, every {streamEvery}th prompt turn streamed; {Environment.ProcessorCount} logical CPUs; .NET {Environment.Version}; server GC {System.Runtime.GCSettings.IsServerGC}");

var unguarded = await RunPhaseAsync(guard: null);
Report("unguarded", unguarded);

var sink = new CountingAuditSink();
var options = new SecureKernelOptions
{
    Tools = { Policies = { ["docs"] = new ToolPolicy { Consequence = ToolConsequence.Read }, ["mail"] = new ToolPolicy { Consequence = ToolConsequence.External } } },
    Audit = { Sinks = [sink], Endpoint = "loadrun" },
    Monitoring = { Extraction = { Enabled = true, Action = ExtractionAction.Audit } },
};
if (model is not null && !ownDetectors)
{
    options.Retrieval.Model = new InjectionModelOptions { Directory = Path.GetFullPath(model), Device = device };
    if (alsoModel is not null) options.Retrieval.AdditionalModels.Add(new InjectionModelOptions { Directory = Path.GetFullPath(alsoModel), Device = device });
}

SecureKernelGuard guard;
var own = new List<OnnxInjectionDetector>();
try
{
    guard = new SecureKernelGuard(options);
    foreach (string dir in ownDetectors ? new[] { model!, alsoModel }.OfType<string>() : [])
    {
        own.Add(new OnnxInjectionDetector(new OnnxInjectionDetectorOptions
        {
            ModelDirectory = Path.GetFullPath(dir),
            Device = device,
            CoalesceConcurrentScans = coalesce != "off",
            MaxConcurrentRuns = maxRuns,
        }));
    }
}
catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException or OnnxModelIntegrityException or Microsoft.Extensions.Options.OptionsValidationException)
{
    Console.Error.WriteLine($"the guard did not start: {ex.GetType().Name}: {ex.Message}");
    own.ForEach(o => o.Dispose());
    return 1;
}

if (ownDetectors)
{
    guard.ReplaceDetector(EnsembleInjectionDetector.WithRules([.. own]));
    Console.WriteLine($"detectors built here: coalesce {coalesce ?? "on"}, max concurrent runs {own[0].MaxConcurrentRuns}, batch size {own[0].BatchSize}");
}

Console.WriteLine($"guard detector: {guard.Detector.Name}{string.Concat(OnnxDetectors(guard.Detector).Select(o => $"; {o.ModelId} on {o.ExecutionProvider}{(o.DeviceFallbackReason is null ? "" : $" ({o.DeviceFallbackReason})")}"))}");
var guarded = await RunPhaseAsync(guard);
Report("guarded", guarded);
await guard.DisposeAsync();
own.ForEach(o => o.Dispose());

// Cross-talk and audit checks.
var problems = new List<string>();
if (unguarded.Exceptions + guarded.Exceptions > 0) problems.Add($"{unguarded.Exceptions + guarded.Exceptions} exception(s)");
if (unguarded.PoisonedEmails == 0) problems.Add("the unguarded gullible model never exfiltrated: the attack is not exercised");
if (guarded.PoisonedEmails != 0) problems.Add($"{guarded.PoisonedEmails} poisoned turn(s) exfiltrated");
if (guarded.CleanEmails != guarded.CleanEmailTurns) problems.Add($"clean users sent {guarded.CleanEmails} of {guarded.CleanEmailTurns} emails (another user's taint or limit leaked)");
for (int k = 0; k < kernels; k++)
{
    string user = "user" + k;
    long requests = sink.RequestsPerUser.GetValueOrDefault(user);
    if (requests != guarded.TurnsPerUser[k] + 1) problems.Add($"{user}: {requests} request records for {guarded.TurnsPerUser[k]} turns plus the warm-up turn");
    if (k % 2 == 0 && sink.BlockedRequestsPerUser.GetValueOrDefault(user) > 0) problems.Add($"{user} (clean) had blocked requests");
}

var unexpectedUsers = sink.RequestsPerUser.Keys.Where(u => !(u.StartsWith("user", StringComparison.Ordinal) && int.TryParse(u.AsSpan(4), out int n) && n < kernels)).ToList();
if (unexpectedUsers.Count > 0) problems.Add("request records of another or no user: " + string.Join(",", unexpectedUsers));
long requestRecords = sink.Kinds.GetValueOrDefault(AuditRecord.RequestKind);
if (requestRecords != guarded.Turns + kernels) problems.Add($"{requestRecords} request records for {guarded.Turns + kernels} turns (warm-up included): one turn must be one request");
if (guard.Audit!.Dropped != 0) problems.Add($"{guard.Audit.Dropped} audit records dropped");
if (sink.Total != guard.Audit.Enqueued) problems.Add($"audit: {sink.Total} written of {guard.Audit.Enqueued} enqueued");

Console.WriteLine(FormattableString.Invariant($"added latency per turn (guarded - unguarded): p50 {guarded.P50 - unguarded.P50:F2} ms, p95 {guarded.P95 - unguarded.P95:F2} ms"));
Console.WriteLine($"audit records: {sink.Total} ({string.Join(", ", sink.Kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}), dropped {guard.Audit.Dropped}");
Console.WriteLine(problems.Count == 0 ? "checks: OK (0 exceptions, no cross-talk, no audit loss)" : "checks: FAILED\n  " + string.Join("\n  ", problems));
return problems.Count == 0 ? 0 : 1;

async Task<PhaseResult> RunPhaseAsync(SecureKernelGuard? guard)
{
    var setups = Enumerable.Range(0, kernels).Select(k => Build(k, guard)).ToArray();

    // Warm-up: one turn per kernel (JIT, caches), then the memory baseline.
    await Parallel.ForEachAsync(setups, new ParallelOptions { MaxDegreeOfParallelism = kernels }, async (s, ct) => await TurnAsync(s, 0, ct));
    foreach (var s in setups) s.Reset();
    var (heap0, ws0) = Memory();

    var latencies = new double[kernels * turns];
    long exceptions = 0;
    var turnsPerUser = new int[kernels];
    var heapSamples = new List<long>();
    var total = Stopwatch.StartNew();
    await Parallel.ForEachAsync(setups, new ParallelOptions { MaxDegreeOfParallelism = kernels }, async (s, ct) =>
    {
        for (int t = 0; t < turns; t++)
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                await TurnAsync(s, t, ct);
            }
            catch (Exception ex)
            {
                if (Interlocked.Increment(ref exceptions) <= 3) Console.Error.WriteLine($"user{s.Index} turn {t}: {ex.GetType().Name}: {ex.Message}");
            }

            latencies[s.Index * turns + t] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            turnsPerUser[s.Index]++;
            if (s.Index == 0 && t % Math.Max(1, turns / 4) == 0) lock (heapSamples) heapSamples.Add(GC.GetTotalMemory(false));
        }
    });
    total.Stop();
    var (heap1, ws1) = Memory();
    Array.Sort(latencies);
    return new PhaseResult
    {
        Turns = latencies.Length,
        Seconds = total.Elapsed.TotalSeconds,
        P50 = latencies[(int)(latencies.Length * 0.50)],
        P95 = latencies[(int)(latencies.Length * 0.95)],
        P99 = latencies[(int)(latencies.Length * 0.99)],
        Exceptions = exceptions,
        HeapStart = heap0,
        HeapEnd = heap1,
        WorkingSetStart = ws0,
        WorkingSetEnd = ws1,
        HeapSamples = heapSamples,
        PoisonedEmails = setups.Where(s => s.Poisoned).Sum(s => s.Mail.Outbox.Count),
        CleanEmails = setups.Where(s => !s.Poisoned).Sum(s => s.Mail.Outbox.Count),
        CleanEmailTurns = setups.Where(s => !s.Poisoned).Sum(s => s.DirectEmails),
        TurnsPerUser = turnsPerUser,
    };
}

async Task TurnAsync(Setup s, int t, CancellationToken ct)
{
    if (!s.Poisoned && t % 2 == 1)
    {
        s.DirectEmails++;
        await s.Kernel.InvokeAsync("mail", "send_email", new KernelArguments { ["to"] = "colleague@corp.example", ["subject"] = "notes", ["body"] = $"meeting notes {t}" }, ct);
        return;
    }

    string question = s.Poisoned ? DemoDocuments.TravelQuestion : $"How many days of paid leave do employees get? (ref {t % 7})";
    var args = new KernelArguments(new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() });
    if (streamEvery > 0 && t % streamEvery == 0)
    {
        int chars = 0;
        await foreach (var chunk in s.Kernel.InvokePromptStreamingAsync(question, args, cancellationToken: ct)) chars += chunk.ToString().Length;
        if (chars == 0) throw new InvalidOperationException("empty streamed answer");
    }
    else
    {
        var result = await s.Kernel.InvokePromptAsync(question, args, cancellationToken: ct);
        if (string.IsNullOrEmpty(result.ToString())) throw new InvalidOperationException("empty answer");
    }
}

Setup Build(int k, SecureKernelGuard? guard)
{
    bool poisoned = k % 2 == 1;
    var mail = new MailPlugin();
    var builder = Kernel.CreateBuilder();
    var chat = builder.Services.AddChatClient(new GullibleChatClient());
    if (guard is not null) chat.UseSecureKernel(guard);
    chat.UseKernelFunctionInvocation();
    if (guard is not null)
    {
        chat.UseToolResultGuard(guard);
        builder.AddSecurityFilters(guard);
    }

    builder.Plugins.AddFromObject(new DocsPlugin(new InMemoryTextSearch(poisoned ? DemoDocuments.All : DemoDocuments.Benign), top: 3), "docs");
    builder.Plugins.AddFromObject(mail, "mail");
    var kernel = builder.Build();
    kernel.Data[SecurityPrincipal.ArgumentName] = new SecurityPrincipal("user" + k, [], []);
    return new Setup { Index = k, Poisoned = poisoned, Kernel = kernel, Mail = mail };
}

static IEnumerable<OnnxInjectionDetector> OnnxDetectors(IInjectionDetector detector) => detector switch
{
    OnnxInjectionDetector onnx => [onnx],
    EnsembleInjectionDetector ensemble => ensemble.Detectors.SelectMany(OnnxDetectors),
    _ => [],
};

static (long Heap, long WorkingSet) Memory()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    return (GC.GetTotalMemory(true), Environment.WorkingSet);
}

void Report(string name, PhaseResult r)
{
    Console.WriteLine(FormattableString.Invariant($"{name,-9}: {r.Turns} turns in {r.Seconds:F2} s = {r.Turns / r.Seconds:F0} turns/s; latency p50 {r.P50:F2} ms, p95 {r.P95:F2} ms, p99 {r.P99:F2} ms; exceptions {r.Exceptions}"));
    Console.WriteLine($"           GC heap after full GC {Mb(r.HeapStart)} -> {Mb(r.HeapEnd)} MB (heap during the run: {string.Join(", ", r.HeapSamples.Select(Mb))} MB); working set {Mb(r.WorkingSetStart)} -> {Mb(r.WorkingSetEnd)} MB");
}

static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);

string? TextArg(string name)
{
    int i = Array.IndexOf(args, name);
    if (i < 0) return null;
    if (i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"{name} needs a value");
        Environment.Exit(2);
    }

    return args[i + 1];
}

int Arg(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    if (i < 0) return fallback;
    int v = 0;
    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out v) || v < (name is "--stream-every" or "--max-runs" ? 0 : 1))
    {
        Console.Error.WriteLine($"{name} needs a number (at least {(name is "--stream-every" or "--max-runs" ? 0 : 1)})");
        Environment.Exit(2);
    }

    return v;
}

internal sealed class Setup
{
    public required int Index { get; init; }

    public required bool Poisoned { get; init; }

    public required Kernel Kernel { get; init; }

    public required MailPlugin Mail { get; init; }

    public int DirectEmails { get; set; }

    public void Reset()
    {
        Mail.Clear();
        DirectEmails = 0;
    }
}

internal sealed class PhaseResult
{
    public int Turns { get; init; }
    public double Seconds { get; init; }
    public double P50 { get; init; }
    public double P95 { get; init; }
    public double P99 { get; init; }
    public long Exceptions { get; init; }
    public long HeapStart { get; init; }
    public long HeapEnd { get; init; }
    public long WorkingSetStart { get; init; }
    public long WorkingSetEnd { get; init; }
    public required List<long> HeapSamples { get; init; }
    public int PoisonedEmails { get; init; }
    public int CleanEmails { get; init; }
    public int CleanEmailTurns { get; init; }
    public required int[] TurnsPerUser { get; init; }
}
