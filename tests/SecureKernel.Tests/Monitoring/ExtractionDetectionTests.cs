using System.Text.Json;
using Microsoft.SemanticKernel;
using SecureKernel.Monitoring;
using SecureKernel.Tests.Audit;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Monitoring;

[TestClass]
public sealed class ExtractionDetectionTests
{
    private static readonly string[] s_words = ["apple", "banana", "cherry", "walnut", "melon", "grape", "lemon", "peach", "plum", "mango", "olive", "onion"];

    private static string Variant(int i) => $"Translate the word '{s_words[i % s_words.Length]}' into French and give one example sentence.";

    private static (SecureKernelGuard Guard, TestSink Sink, List<MonitoringEvent> Events, List<SecurityVerdict> Verdicts) CreateGuard(
        ManualTimeProvider time, ExtractionAction action, int threshold = 5, Action<SecureKernelOptions>? configure = null)
    {
        var events = new List<MonitoringEvent>();
        var verdicts = new List<SecurityVerdict>();
        var sink = new TestSink("mem");
        var options = new SecureKernelOptions
        {
            Audit = { Sinks = [sink] },
            Monitoring =
            {
                Extraction = { Enabled = true, Action = action, Threshold = threshold, Window = TimeSpan.FromMinutes(10), BlockDuration = TimeSpan.FromMinutes(30) },
                OnEvent = e => { lock (events) events.Add(e); },
            },
            OnDecision = v => { lock (verdicts) verdicts.Add(v); },
        };
        configure?.Invoke(options);
        return (new SecureKernelGuard(options, timeProvider: time), sink, events, verdicts);
    }

    [TestMethod]
    public async Task TemplatedSweep_RaisesOneEvent_AndAFindingInTheAudit_WithoutText()
    {
        var time = new ManualTimeProvider();
        var (guard, sink, events, verdicts) = CreateGuard(time, ExtractionAction.Audit);
        var (kernel, _, _) = GuardedKernel.Create(guard, "alice");

        for (int i = 0; i < 10; i++)
        {
            await kernel.InvokePromptAsync(Variant(i));
            time.Advance(TimeSpan.FromSeconds(5));
        }

        var e = events.Single();
        Assert.AreEqual(MonitoringEventKind.ModelExtraction, e.Kind);
        Assert.AreEqual("alice", e.UserId);
        Assert.AreEqual("default", e.Endpoint);
        Assert.AreEqual(5d, e.Current, "the first input has nothing to resemble; inputs 2-6 are the five variants");
        Assert.AreEqual("audit", e.Action);
        var finding = verdicts.Single(v => v.Findings.Any(f => f.Kind == FindingKind.ModelExtraction));
        Assert.AreEqual(SecurityAction.Tag, finding.Action, "audit only: the request continues");
        StringAssert.Contains(finding.Reason, "5 near-duplicate variant inputs");

        await guard.DisposeAsync();
        var record = sink.Records.Single(r => r.FindingKinds.Contains("model_extraction"));
        Assert.AreEqual("alice", record.UserId);
        Assert.IsNull(record.Content);
        string json = JsonSerializer.Serialize(sink.Records);
        foreach (var w in s_words) Assert.IsFalse(json.Contains(w, StringComparison.OrdinalIgnoreCase), "no input text in the audit trail");
    }

    [TestMethod]
    public async Task Retries_AndUnrelatedQuestions_AreNotASweep()
    {
        var time = new ManualTimeProvider();
        var (guard, _, events, _) = CreateGuard(time, ExtractionAction.Block, threshold: 3);
        var (kernel, _, _) = GuardedKernel.Create(guard, "bob");
        string[] unrelated =
        [
            "What is the travel policy for flights?", "How many vacation days do new employees get?", "Where do I submit expense reports?",
            "Who approves hardware purchases above 500 EUR?", "When is the next all-hands meeting?", "Can contractors use the VPN?",
        ];

        for (int i = 0; i < 12; i++) await kernel.InvokePromptAsync("  What is the TRAVEL policy   for flights? "); // the same question again, spacing and case aside
        foreach (var q in unrelated) await kernel.InvokePromptAsync(q);

        Assert.AreEqual(0, events.Count);
        await guard.DisposeAsync();
    }

    [TestMethod]
    public async Task Throttle_RefusesFurtherVariants_WithAReason_OtherInputsPass_AndTheWindowReleases()
    {
        var time = new ManualTimeProvider();
        var (guard, _, events, _) = CreateGuard(time, ExtractionAction.Throttle, threshold: 4);
        var (kernel, _, _) = GuardedKernel.Create(guard, "carol");
        var (other, _, _) = GuardedKernel.Create(guard, "dave");

        for (int i = 0; i < 4; i++) await kernel.InvokePromptAsync(Variant(i)); // 3 variants: under the threshold
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => kernel.InvokePromptAsync(Variant(4)));
        Assert.AreEqual(SecurityStage.Input, ex.Verdict.Stage);
        StringAssert.StartsWith(ex.Verdict.Reason, "throttled:");
        Assert.IsTrue(ex.Verdict.Findings.Any(f => f.Kind == FindingKind.ModelExtraction));
        await Assert.ThrowsAsync<SecurityBlockedException>(() => kernel.InvokePromptAsync(Variant(5)));
        Assert.AreEqual(1, events.Count, "one event per episode");

        await kernel.InvokePromptAsync("How many vacation days do new employees get?"); // not a variant: passes
        for (int i = 0; i < 4; i++) await other.InvokePromptAsync(Variant(i + 20)); // another user has their own history
        await Assert.ThrowsAsync<SecurityBlockedException>(() => other.InvokePromptAsync(Variant(24)));
        Assert.AreEqual(2, events.Count, "dave reached the threshold on his own");
        Assert.AreEqual("dave", events[1].UserId);

        time.Advance(TimeSpan.FromMinutes(11));
        await kernel.InvokePromptAsync(Variant(6)); // the window has passed
    }

    [TestMethod]
    public async Task Block_BlocksEveryInputOfTheUser_ForTheBlockDuration()
    {
        var time = new ManualTimeProvider();
        var (guard, _, _, _) = CreateGuard(time, ExtractionAction.Block, threshold: 3);
        var (kernel, _, _) = GuardedKernel.Create(guard, "erin");

        for (int i = 0; i < 3; i++) await kernel.InvokePromptAsync(Variant(i));
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => kernel.InvokePromptAsync(Variant(3)));
        StringAssert.Contains(ex.Verdict.Reason, "user blocked until 2026-03-02T09:30:00Z");
        var other = await Assert.ThrowsAsync<SecurityBlockedException>(() => kernel.InvokePromptAsync("When is the next all-hands meeting?"));
        StringAssert.Contains(other.Verdict.Reason, "user blocked until");

        time.Advance(TimeSpan.FromMinutes(31));
        await kernel.InvokePromptAsync("When is the next all-hands meeting?");
    }

    [TestMethod]
    public async Task ObserveMode_RecordsWhatItWouldDo_AndBlocksNothing()
    {
        var time = new ManualTimeProvider();
        var (guard, _, events, verdicts) = CreateGuard(time, ExtractionAction.Throttle, threshold: 3, o => o.Mode = GuardMode.Observe);
        var (kernel, _, _) = GuardedKernel.Create(guard, "frank");
        for (int i = 0; i < 8; i++) await kernel.InvokePromptAsync(Variant(i));
        Assert.AreEqual(1, events.Count);
        Assert.IsTrue(verdicts.Any(v => v.Observed && v.Reason.Contains("would block", StringComparison.Ordinal) && v.Findings.Any(f => f.Kind == FindingKind.ModelExtraction)));
    }

    [TestMethod]
    public async Task AnonymousCallers_AreNotTracked_UnlessEnabled()
    {
        foreach (bool track in new[] { false, true })
        {
            var time = new ManualTimeProvider();
            var (guard, _, events, _) = CreateGuard(time, ExtractionAction.Audit, threshold: 3, o => o.Monitoring.Extraction.TrackAnonymous = track);
            var (kernel, _, _) = GuardedKernel.Create(guard, "anonymous");
            for (int i = 0; i < 6; i++) await kernel.InvokePromptAsync(Variant(i));
            Assert.AreEqual(track ? 1 : 0, events.Count, $"TrackAnonymous={track}");
        }
    }

    [TestMethod]
    public void Memory_IsBounded_ByTrackedUsersAndHistory()
    {
        var time = new ManualTimeProvider();
        var detector = new ExtractionDetector(new ExtractionDetectionOptions { Enabled = true, MaxTrackedUsers = 50, HistoryPerUser = 8, Threshold = 4 });
        for (int u = 0; u < 500; u++)
        {
            for (int i = 0; i < 20; i++) detector.Observe("user" + u, Variant(i), time.GetUtcNow());
            time.Advance(TimeSpan.FromSeconds(1));
            Assert.IsTrue(detector.TrackedUsers <= 50, $"{detector.TrackedUsers} users tracked");
        }

        // The ring keeps only HistoryPerUser fingerprints, so variants in the window never exceed it.
        var last = detector.Observe("user499", Variant(3), time.GetUtcNow());
        Assert.IsTrue(last.VariantsInWindow <= 8);
    }

    [TestMethod]
    public void Fingerprint_NearDuplicatesAreSimilar_UnrelatedTextIsNot()
    {
        var fp = new InputFingerprint(4);
        var a = new ushort[InputFingerprint.Permutations];
        var b = new ushort[InputFingerprint.Permutations];
        var c = new ushort[InputFingerprint.Permutations];
        var d = new ushort[InputFingerprint.Permutations];
        ulong ea = fp.Compute(Variant(0), a);
        ulong eb = fp.Compute(Variant(1), b);
        fp.Compute("How many vacation days do new employees get in their first year?", c);
        ulong ed = fp.Compute("  TRANSLATE the word 'apple' into French   and give one example sentence. ", d);

        Assert.IsTrue(InputFingerprint.Similarity(a, b) >= 0.5, $"variant similarity {InputFingerprint.Similarity(a, b)}");
        Assert.IsTrue(InputFingerprint.Similarity(a, c) < 0.3, $"unrelated similarity {InputFingerprint.Similarity(a, c)}");
        Assert.AreNotEqual(ea, eb);
        Assert.AreEqual(ea, ed, "case and whitespace do not make a new input");
        Assert.AreEqual(1d, InputFingerprint.Similarity(a, d));
    }

    [TestMethod]
    public void InvalidOptions_AreAllListed()
    {
        var options = new SecureKernelOptions
        {
            Monitoring =
            {
                Extraction = { Threshold = 50, HistoryPerUser = 10, Window = TimeSpan.Zero, BlockDuration = TimeSpan.FromDays(30), MinSimilarity = 1.5, Action = (ExtractionAction)9 },
                Baseline = { Factor = 0.5, MinBaselineWindows = 20, BaselineWindows = 4, Window = TimeSpan.FromMilliseconds(10) },
            },
        };
        var errors = options.Validate();
        foreach (var expected in new[]
        {
            "Monitoring.Extraction.Threshold", "Monitoring.Extraction.Window", "Monitoring.Extraction.BlockDuration", "Monitoring.Extraction.MinSimilarity",
            "Monitoring.Extraction.Action", "Monitoring.Baseline.Factor", "Monitoring.Baseline.MinBaselineWindows", "Monitoring.Baseline.Window",
        })
        {
            Assert.IsTrue(errors.Any(e => e.StartsWith(expected, StringComparison.Ordinal)), $"missing {expected} in: {string.Join(" | ", errors)}");
        }

        Assert.ThrowsExactly<Microsoft.Extensions.Options.OptionsValidationException>(() => new SecureKernelGuard(options));
        Assert.IsTrue(new SecureKernelOptions { Monitoring = null! }.Validate().Contains("Monitoring: must not be null."));
    }
}
