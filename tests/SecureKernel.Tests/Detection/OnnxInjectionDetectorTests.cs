namespace SecureKernel.Tests.Detection;

[TestClass]
public sealed class OnnxInjectionDetectorTests
{
    private static string Words(int n, string word = "word") => string.Join(' ', Enumerable.Repeat(word, n));

    [TestMethod]
    public async Task Scan_ShortTexts_ScoresKeywordWindow()
    {
        using var d = OnnxTestModels.Tiny();
        var r = await d.ScanAsync([new("hello world", ContentOrigin.Retrieved), new("the attack text", ContentOrigin.Retrieved)]);
        Assert.AreEqual(2, r.Count);
        Assert.IsFalse(r[0].Flagged);
        Assert.IsLessThan(0.01, r[0].Score);
        Assert.AreEqual(1, r[0].Windows);
        Assert.IsTrue(r[1].Flagged);
        Assert.IsGreaterThan(0.99, r[1].Score);
        var f = r[1].Findings.Single(x => x.Kind == FindingKind.ClassifierScore);
        Assert.AreEqual("onnx:tiny-bert-keyword", f.Detector);
        Assert.DoesNotContain("attack", f.Detail);
    }

    [TestMethod]
    public async Task Scan_LongText_SplitsIntoOverlappingWindowsAndTakesTheMax()
    {
        using var d = OnnxTestModels.Tiny();
        // window 8 tokens = [CLS] + 6 content + [SEP], stride 4: 40 tokens -> windows at 0,4,...,36 -> 1 + ceil((40-6)/4) = 10
        string text = Words(39) + " attack";
        var r = (await d.ScanAsync([new(text, ContentOrigin.Retrieved)]))[0];
        Assert.AreEqual(10, r.Windows);
        Assert.AreEqual(0, r.UnscannedChars);
        Assert.IsTrue(r.Flagged, "the keyword is only in the last window; the max over windows must flag");
        var f = r.Findings.Single(x => x.Kind == FindingKind.ClassifierScore);
        Assert.IsGreaterThanOrEqualTo(0, f.Start);
        Assert.AreEqual("attack", text.Substring(f.Start, f.Length).Split(' ').Last());
    }

    [TestMethod]
    public async Task Scan_WindowLimit_ReportsUnscannedCharactersHonestly()
    {
        using var d = OnnxTestModels.Tiny(maxWindows: 2);
        string text = Words(39) + " attack";
        var r = (await d.ScanAsync([new(text, ContentOrigin.Retrieved)]))[0];
        Assert.AreEqual(2, r.Windows);
        Assert.IsFalse(r.Flagged);
        // two windows cover tokens 0..9 (10 words of 5 chars incl. space, minus the last space)
        Assert.AreEqual(text.Length - ((10 * 5) - 1), r.UnscannedChars);
        var u = r.Findings.Single(x => x.Kind == FindingKind.Unscanned);
        Assert.AreEqual(text.Length - r.UnscannedChars, u.Start);
    }

    [TestMethod]
    public async Task Scan_AllWindowsOfAllChunks_RunInCeilWindowsOverBatchRuns()
    {
        using var d = OnnxTestModels.Tiny(batchSize: 4);
        // 14 tokens -> 1 + ceil((14-6)/4) = 3 windows each; 10 chunks -> 30 windows -> ceil(30/4) = 8 runs
        var requests = Enumerable.Range(0, 10).Select(i => new ScanRequest(Words(13) + (i % 3 == 0 ? " attack" : " word"), ContentOrigin.Retrieved)).ToList();
        long before = d.SessionRuns;
        var r = await d.ScanAsync(requests);
        Assert.AreEqual(8, d.SessionRuns - before);
        Assert.AreEqual(30, r.Sum(x => x.Windows));
        for (int i = 0; i < 10; i++)
        {
            Assert.AreEqual(i % 3 == 0, r[i].Flagged, $"chunk {i}");
        }
    }

    [TestMethod]
    public async Task BatchSize_Default_PicksByDevice_16OnTheCpu()
    {
        using var d = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cpu, IntraOpThreads = 1 });
        Assert.IsNull(d.Manifest.CpuBatchSize);
        Assert.AreEqual(16, d.BatchSize);
        // 130 one-window texts -> ceil(130 / 16) = 9 runs
        Assert.AreEqual(9, await RunsFor130Texts(d));
        using var explicitSize = OnnxTestModels.Tiny(batchSize: 5);
        Assert.AreEqual(5, explicitSize.BatchSize);
    }

    [TestMethod]
    public async Task CpuOnlyManifest_AutoRunsOnTheCpuWithAReason_CudaIsRefused()
    {
        string dir = OnnxTestModels.TinyBertWithManifestFields("\"devices\": [\"cpu\"]");
        using var auto = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Auto, IntraOpThreads = 1 });
        Assert.IsFalse(auto.Manifest.RunsOnCuda);
        Assert.AreEqual("CPUExecutionProvider", auto.ExecutionProvider);
        StringAssert.Contains(auto.DeviceFallbackReason, "lists only the CPU");
        Assert.AreEqual(1, (await auto.ScanAsync([new ScanRequest("benign text attack", ContentOrigin.Retrieved)]))[0].Windows);

        // refused before any CUDA session is tried, so this holds on machines with and without a GPU
        var ex = Assert.ThrowsExactly<InvalidOperationException>(() => new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cuda, IntraOpThreads = 1 }));
        StringAssert.Contains(ex.Message, "lists only the CPU");
        Assert.IsTrue(OnnxModelManifest.Load(OnnxTestModels.TinyBert).RunsOnCuda, "no 'devices': every device");
    }

    [TestMethod]
    public async Task CountTokens_PredictsTheWindowCountOfAScan_WithoutRunningTheModel()
    {
        using var d = OnnxTestModels.Tiny();
        string[] words = Words(20).Split(' ');
        for (int n = 1; n <= words.Length; n++)
        {
            string text = string.Join(' ', words[..n]);
            long runs = d.SessionRuns;
            int tokens = d.CountTokens(text);
            Assert.AreEqual(runs, d.SessionRuns, "counting tokens runs no inference");
            var r = (await d.ScanAsync([new ScanRequest(text, ContentOrigin.Retrieved)]))[0];
            Assert.AreEqual(tokens <= d.ContentTokensPerWindow, r.Windows == 1, $"{n} words, {tokens} tokens, {r.Windows} windows");
        }

        Assert.AreEqual(0, d.CountTokens("   "));
    }

    [TestMethod]
    public async Task BatchSize_Default_OnTheCpu_IsTheManifestsCpuBatchSize_UnlessTheOptionsGiveOne()
    {
        string dir = OnnxTestModels.TinyBertWithManifestFields("\"cpuBatchSize\": 40");
        using var d = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cpu, IntraOpThreads = 1 });
        Assert.AreEqual(40, d.Manifest.CpuBatchSize);
        Assert.AreEqual(40, d.BatchSize);
        Assert.AreEqual(4, await RunsFor130Texts(d));
        using var explicitSize = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cpu, IntraOpThreads = 1, BatchSize = 65 });
        Assert.AreEqual(65, explicitSize.BatchSize);
        Assert.AreEqual(2, await RunsFor130Texts(explicitSize));
    }

    private static async Task<long> RunsFor130Texts(OnnxInjectionDetector d)
    {
        var requests = Enumerable.Range(0, 130).Select(i => new ScanRequest(Words(3), ContentOrigin.Retrieved)).ToList();
        long before = d.SessionRuns;
        var r = await d.ScanAsync(requests);
        Assert.AreEqual(130, r.Sum(x => x.Windows));
        return d.SessionRuns - before;
    }

    [TestMethod]
    public async Task NormalizeText_HiddenSplitOrEncodedKeyword_IsSeenByTheModel_UnlessTurnedOff()
    {
        string tags = string.Concat("attack".Select(c => char.ConvertFromUtf32(0xE0000 + c)));
        string[] disguised = ["word at\u200Bt\u200Cack word", "word " + tags + " word", "word аttасk word", "word &#97;&#x74;tack word", "word &amp;#97;ttack word"];
        using var normalized = OnnxTestModels.Tiny();
        using var raw = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cpu, IntraOpThreads = 1, NormalizeText = false });
        var requests = disguised.Select(t => new ScanRequest(t, ContentOrigin.Retrieved)).ToList();
        var seen = await normalized.ScanAsync(requests);
        var missed = await raw.ScanAsync(requests);
        for (int i = 0; i < disguised.Length; i++)
        {
            Assert.IsTrue(seen[i].Flagged, $"normalized, case {i}");
            Assert.IsFalse(missed[i].Flagged, $"raw, case {i}: the tokenizer alone does not undo the disguise");
            Assert.AreEqual(0, seen[i].UnscannedChars, $"case {i}: removed characters are not reported as unscanned");
        }
    }

    [TestMethod]
    public async Task Scan_EmptyAndWhitespace_GiveZeroWindows()
    {
        using var d = OnnxTestModels.Tiny();
        var r = await d.ScanAsync([new("", ContentOrigin.Retrieved), new(" \t\r\n ", ContentOrigin.Retrieved), new("attack", ContentOrigin.Retrieved)]);
        Assert.AreEqual(0, r[0].Windows);
        Assert.AreEqual(0, r[1].Windows);
        Assert.AreEqual(0.0, r[0].Score);
        Assert.IsFalse(r[1].Flagged);
        Assert.IsTrue(r[2].Flagged);
    }

    [TestMethod]
    public async Task Scan_InvisibleAndInvalidUtf16_DoNotCrash()
    {
        using var d = OnnxTestModels.Tiny();
        var r = await d.ScanAsync([new("\u200B\u200D\u2060", ContentOrigin.Retrieved), new("hello \uD800 world \uDC00 attack", ContentOrigin.Retrieved)]);
        Assert.AreEqual(2, r.Count);
        Assert.IsTrue(r[1].Flagged);
    }

    [TestMethod]
    public async Task Scan_FiveMegabyteChunk_IsBoundedAndReportsUnscanned()
    {
        using var d = OnnxTestModels.Tiny(batchSize: 256);
        string text = Words(1_000_000) + "!"; // 5,000,000 chars
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = (await d.ScanAsync([new(text, ContentOrigin.Retrieved)]))[0];
        Assert.AreEqual(512, r.Windows);
        Assert.IsGreaterThan(4_000_000, r.UnscannedChars);
        Assert.IsTrue(r.Findings.Any(f => f.Kind == FindingKind.Unscanned));
        Assert.IsLessThan(60_000, sw.ElapsedMilliseconds);
    }

    [TestMethod]
    public async Task Scan_Cancelled_Throws()
    {
        using var d = OnnxTestModels.Tiny();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        await Assert.ThrowsAsync<OperationCanceledException>(async () => await d.ScanAsync([new("hello", ContentOrigin.Retrieved)], cts.Token));
    }

    [TestMethod]
    public async Task Scan_NullText_ThrowsClearError()
    {
        using var d = OnnxTestModels.Tiny();
        await Assert.ThrowsAsync<ArgumentException>(async () => await d.ScanAsync([new(null!, ContentOrigin.Retrieved)]));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await d.ScanAsync(null!));
    }

    [TestMethod]
    public async Task Scan_ConcurrentCallers_GetTheSameResultsAsSequential()
    {
        using var d = OnnxTestModels.Tiny(batchSize: 3);
        var requests = Enumerable.Range(0, 12).Select(i => new ScanRequest(Words(i + 3) + (i % 2 == 0 ? " attack " : " ") + Words(i), ContentOrigin.Retrieved)).ToList();
        var expected = await d.ScanAsync(requests);
        var tasks = Enumerable.Range(0, 16).Select(_ => Task.Run(async () => await d.ScanAsync(requests))).ToArray();
        foreach (var result in await Task.WhenAll(tasks))
        {
            CollectionAssert.AreEqual(expected.Select(x => (x.Score, x.Windows)).ToList(), result.Select(x => (x.Score, x.Windows)).ToList());
        }
    }

    [TestMethod]
    public async Task Scan_ParallelTokenization_GivesTheSameResultsInTheSameOrder()
    {
        // well over the 8,000 characters below which a scan tokenizes on one thread; mixed lengths, blanks and invisible text
        var requests = Enumerable.Range(0, 40).Select(i => new ScanRequest(
            i % 9 == 4 ? "   " : i % 9 == 7 ? "\u200B\u200B" : Words(20 + (i * 37 % 400)) + (i % 3 == 0 ? " attack " + Words(i) : string.Empty),
            i % 2 == 0 ? ContentOrigin.Retrieved : ContentOrigin.User)).ToList();
        Assert.IsGreaterThan(8_192, requests.Sum(r => r.Text.Length));
        using var sequential = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cpu, IntraOpThreads = 1, BatchSize = 7, TokenizationThreads = 1 });
        using var parallel = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cpu, IntraOpThreads = 1, BatchSize = 7, TokenizationThreads = 4 });
        var expected = await sequential.ScanAsync(requests);
        var actual = await parallel.ScanAsync(requests);
        CollectionAssert.AreEqual(
            expected.Select(x => (x.Score, x.Flagged, x.Windows, x.UnscannedChars)).ToList(),
            actual.Select(x => (x.Score, x.Flagged, x.Windows, x.UnscannedChars)).ToList());
        Assert.IsTrue(actual.Where((_, i) => i % 3 == 0 && i % 9 != 4 && i % 9 != 7).All(x => x.Flagged));
        Assert.AreEqual(0, actual[4].Windows);
    }

    [TestMethod]
    public void Scan_CancelledWithParallelTokenization_ThrowsOperationCanceled()
    {
        using var d = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cpu, IntraOpThreads = 1, TokenizationThreads = 2 });
        var requests = Enumerable.Range(0, 20).Select(i => new ScanRequest(Words(2_000), ContentOrigin.Retrieved)).ToList();
        // the synchronous core, past ScanAsync's own check: the parallel tokenizer sees the cancelled token and the caller
        // gets OperationCanceledException itself, not an AggregateException around it
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsExactly<OperationCanceledException>(() => d.Scan(requests, cts.Token));
    }

    [TestMethod]
    public void Detectors_OnTheSameModel_ShareOneSession()
    {
        using var a = OnnxTestModels.Tiny();
        using var b = OnnxTestModels.Tiny(batchSize: 8);
        Assert.AreSame(a.SessionIdentity, b.SessionIdentity);
    }

    [TestMethod]
    public void Options_ShapePaddingAndCudaProviderOptions_AreValidated()
    {
        var o = new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, ShapePadding = (OnnxShapePadding)7 };
        o.CudaProviderOptions[" "] = "HEURISTIC";
        var errors = o.Validate();
        Assert.HasCount(2, errors);
        Assert.IsTrue(errors.Any(e => e.StartsWith("ShapePadding:", StringComparison.Ordinal)));
        Assert.IsTrue(errors.Any(e => e.StartsWith("CudaProviderOptions:", StringComparison.Ordinal)));
        Assert.HasCount(1, new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, CudaProviderOptions = null! }.Validate());
    }

    [TestMethod]
    public void ShapePadding_Auto_PadsOnlyOnCuda_AndCudaProviderOptionsSeparateSessions()
    {
        using var cpu = OnnxTestModels.Tiny();
        Assert.IsFalse(cpu.PadsShapes, "Auto on the CPU: least padding");
        var options = new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cpu, IntraOpThreads = 1 };
        options.CudaProviderOptions["cudnn_conv_algo_search"] = "EXHAUSTIVE";
        using var other = new OnnxInjectionDetector(options);
        Assert.AreNotSame(cpu.SessionIdentity, other.SessionIdentity, "provider options are part of the session key");
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    public void MaxConcurrentRuns_BoundsRunsInFlight_AcrossDetectorsOnTheSession_AndScoresAsSequential(int limit)
    {
        // 12 threads scanning at once through two detectors on one session (as kernels sharing a model): at most
        // MaxConcurrentRuns inference runs in flight, so ONNX Runtime's arena holds that many runs' buffers, not one per scan
        var requests = Enumerable.Range(0, 6).Select(i => new ScanRequest(Words(300 + (i * 50)) + (i % 2 == 0 ? " attack" : string.Empty), ContentOrigin.Retrieved)).ToList();
        using var sequential = OnnxTestModels.Tiny(batchSize: 4);
        var expected = sequential.Scan(requests, CancellationToken.None).Select(x => (x.Score, x.Flagged, x.Windows)).ToList();
        var options = new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cpu, IntraOpThreads = 1, BatchSize = 4, MaxConcurrentRuns = limit };
        using var a = new OnnxInjectionDetector(options);
        using var b = new OnnxInjectionDetector(options);
        Assert.AreSame(a.SessionIdentity, b.SessionIdentity);
        Assert.AreEqual(limit, a.MaxConcurrentRuns);
        var results = new IReadOnlyList<InjectionScanResult>[12];
        using var start = new Barrier(results.Length);
        var threads = Enumerable.Range(0, results.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = (i % 2 == 0 ? a : b).Scan(requests, CancellationToken.None);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.IsLessThanOrEqualTo(limit, a.PeakRunsInFlight);
        Assert.IsGreaterThanOrEqualTo(1, a.PeakRunsInFlight);
        foreach (var r in results)
        {
            CollectionAssert.AreEqual(expected, r.Select(x => (x.Score, x.Flagged, x.Windows)).ToList());
        }
    }

    [TestMethod]
    public void MaxConcurrentRuns_ByDevice_OnTheCpu_IsTheCoresShare()
    {
        using var everyCore = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cpu });
        Assert.AreEqual(1, everyCore.MaxConcurrentRuns, "ONNX Runtime's default uses every core: one run at a time");
        using var oneThread = OnnxTestModels.Tiny();
        Assert.AreEqual(Environment.ProcessorCount, oneThread.MaxConcurrentRuns);
        Assert.IsTrue(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, MaxConcurrentRuns = -1 }.Validate().Single().StartsWith("MaxConcurrentRuns:", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Options_Invalid_ListsEveryProblem()
    {
        var o = new OnnxInjectionDetectorOptions { ModelDirectory = "", BatchSize = -1, Threshold = 1.5, MaxWindowsPerText = 0, Stride = 0, TokenizationThreads = -1 };
        var errors = o.Validate();
        Assert.HasCount(6, errors);
        Assert.IsTrue(errors.Any(e => e.StartsWith("TokenizationThreads:", StringComparison.Ordinal)));
        var ex = Assert.ThrowsExactly<ArgumentException>(() => new OnnxInjectionDetector(o));
        Assert.Contains("BatchSize", ex.Message);
    }

    [TestMethod]
    public void Device_CudaWithoutCudaProvider_FailsClearly_AutoFallsBack()
    {
        using var auto = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Auto });
        if (auto.ExecutionProvider == "CUDAExecutionProvider")
        {
            Assert.Inconclusive("A CUDA device is available here; the no-GPU path is not testable.");
        }

        Assert.AreEqual("CPUExecutionProvider", auto.ExecutionProvider);
        Assert.IsNotNull(auto.DeviceFallbackReason);
        var ex = Assert.ThrowsExactly<InvalidOperationException>(() => new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cuda }));
        Assert.Contains("CUDA", ex.Message);
    }

    [TestMethod]
    public async Task Device_Cuda_RunsOnTheGpu_WhenOneIsAvailable()
    {
        OnnxInjectionDetector d;
        try
        {
            d = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = OnnxTestModels.TinyBert, Device = OnnxDevice.Cuda });
        }
        catch (InvalidOperationException)
        {
            Assert.Inconclusive("No CUDA execution provider or GPU on this machine.");
            return;
        }

        using (d)
        {
            Assert.AreEqual("CUDAExecutionProvider", d.ExecutionProvider);
            Assert.AreEqual(256, d.BatchSize);
            var r = await d.ScanAsync([new("attack", ContentOrigin.Retrieved)]);
            Assert.IsTrue(r[0].Flagged);
        }
    }

    [TestMethod]
    public async Task Dispose_ThenScan_Throws()
    {
        var d = OnnxTestModels.Tiny();
        d.Dispose();
        d.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await d.ScanAsync([new("hello", ContentOrigin.Retrieved)]));
    }

    [TestMethod]
    public async Task Scan_OriginAwareModel_GetsEachTextsOriginInOneBatch()
    {
        // tiny-bert-origin flags "attack" only when its float 'origin' input is 1 (third-party content)
        using var d = OnnxTestModels.Tiny(batchSize: 64, dir: OnnxTestModels.TinyBertOrigin);
        Assert.IsTrue(d.UsesOrigin);
        using (var plain = OnnxTestModels.Tiny())
        {
            Assert.IsFalse(plain.UsesOrigin);
        }

        var origins = new[] { ContentOrigin.User, ContentOrigin.Retrieved, ContentOrigin.Tool, ContentOrigin.Model, ContentOrigin.Retrieved, ContentOrigin.User };
        long before = d.SessionRuns;
        // long texts too, so windows of different requests (and origins) are sorted and batched together
        var r = await d.ScanAsync(origins.Select((o, i) => new ScanRequest(Words(i * 7) + " the attack text", o)).ToList());
        Assert.AreEqual(1, d.SessionRuns - before);
        for (int i = 0; i < origins.Length; i++)
        {
            bool thirdParty = origins[i] is not ContentOrigin.User;
            Assert.AreEqual(thirdParty, r[i].Flagged, $"request {i} ({origins[i]})");
            Assert.AreEqual(thirdParty ? 0.993 : 0.0067, r[i].Score, 0.001, $"request {i} ({origins[i]})");
        }
    }
}
