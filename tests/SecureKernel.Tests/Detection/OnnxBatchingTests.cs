namespace SecureKernel.Tests.Detection;

/// <summary>
/// Batching across concurrent scans (<see cref="OnnxInjectionDetectorOptions.CoalesceConcurrentScans"/>). The test holds
/// the session's only run slot, so the scans queue deterministically, then lets them go.
/// </summary>
[TestClass]
public sealed class OnnxBatchingTests
{
    private static readonly TimeSpan QueueWait = TimeSpan.FromSeconds(60);

    private static OnnxInjectionDetector Detector(int batchSize, bool coalesce = true) => new(new OnnxInjectionDetectorOptions
    {
        ModelDirectory = OnnxTestModels.TinyBert,
        Device = OnnxDevice.Cpu,
        IntraOpThreads = 1,
        TokenizationThreads = 1,
        BatchSize = batchSize,
        MaxConcurrentRuns = 1,
        CoalesceConcurrentScans = coalesce,
    });

    // one window each (the tiny model's window holds 6 content tokens); every third is an attack
    private static List<ScanRequest> OneWindowTexts(int n) =>
        Enumerable.Range(0, n).Select(i => new ScanRequest(i % 3 == 0 ? $"word {i} the attack" : $"word {i} plain text", ContentOrigin.Retrieved)).ToList();

    private static void WaitForQueued(OnnxInjectionDetector d, int windows) =>
        Assert.IsTrue(SpinWait.SpinUntil(() => d.QueuedWindows == windows, QueueWait), $"expected {windows} queued windows, saw {d.QueuedWindows}");

    /// <summary>Scans each text on its own thread while the test holds the only run slot, waits until all are queued, lets them go.</summary>
    private static async Task<IReadOnlyList<InjectionScanResult>[]> ScanWhileTheSlotIsHeld(OnnxInjectionDetector d, List<ScanRequest> texts, int expectQueued)
    {
        Task<IReadOnlyList<InjectionScanResult>>[] scans;
        using (d.HoldRunSlot())
        {
            scans = texts.Select(t => Task.Run(() => d.Scan([t], CancellationToken.None))).ToArray();
            WaitForQueued(d, expectQueued);
        }

        return await Task.WhenAll(scans);
    }

    [TestMethod]
    public async Task ScansWaitingForARunSlot_ShareOneRun_AndScoreAsAlone()
    {
        using var d = Detector(batchSize: 16);
        var texts = OneWindowTexts(8);
        var alone = texts.Select(t => d.Scan([t], CancellationToken.None)[0]).ToList();
        Assert.IsTrue(alone.All(r => r.Windows == 1));

        long before = d.SessionRuns;
        var results = await ScanWhileTheSlotIsHeld(d, texts, expectQueued: 8);
        Assert.AreEqual(1, d.SessionRuns - before, "eight one-window scans that waited together make one run of eight");
        Assert.AreEqual(0, d.QueuedWindows);
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.AreEqual(alone[i].Flagged, results[i][0].Flagged, $"scan {i}");
            Assert.AreEqual(alone[i].Score, results[i][0].Score, 1e-5, $"scan {i}");
            Assert.AreEqual(i % 3 == 0, results[i][0].Flagged, $"scan {i}");
        }
    }

    [TestMethod]
    public async Task SharedRuns_HoldAtMostBatchSizeWindows()
    {
        using var d = Detector(batchSize: 4);
        var texts = OneWindowTexts(10);
        long before = d.SessionRuns;
        var results = await ScanWhileTheSlotIsHeld(d, texts, expectQueued: 10);
        Assert.AreEqual(3, d.SessionRuns - before, "10 queued windows, 4 per run: 4 + 4 + 2");
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.AreEqual(i % 3 == 0, results[i][0].Flagged, $"scan {i}");
        }
    }

    [TestMethod]
    public async Task ALoneScan_RunsTheBatchesItRanBefore_WithOrWithoutCoalescing()
    {
        // 10 texts of 3 windows = 30 windows, 4 per run: ceil(30 / 4) = 8 runs either way, the same scores
        var requests = Enumerable.Range(0, 10).Select(i => new ScanRequest(string.Join(' ', Enumerable.Repeat("word", 13)) + (i % 3 == 0 ? " attack" : " word"), ContentOrigin.Retrieved)).ToList();
        using var on = Detector(batchSize: 4);
        using var off = Detector(batchSize: 4, coalesce: false);
        long onBefore = on.SessionRuns, offBefore = off.SessionRuns;
        var a = await on.ScanAsync(requests);
        var b = await off.ScanAsync(requests);
        Assert.AreEqual(8, on.SessionRuns - onBefore);
        Assert.AreEqual(8, off.SessionRuns - offBefore);
        CollectionAssert.AreEqual(b.Select(r => (r.Score, r.Flagged, r.Windows)).ToList(), a.Select(r => (r.Score, r.Flagged, r.Windows)).ToList());
    }

    [TestMethod]
    public async Task WithoutCoalescing_EachWaitingScanRunsAlone()
    {
        using var d = Detector(batchSize: 16, coalesce: false);
        var texts = OneWindowTexts(6);
        long before = d.SessionRuns;
        Task<IReadOnlyList<InjectionScanResult>>[] scans;
        using (d.HoldRunSlot())
        {
            scans = texts.Select(t => Task.Run(() => d.Scan([t], CancellationToken.None))).ToArray();
            Assert.AreEqual(0, d.QueuedWindows, "nothing is queued without coalescing");
        }

        var results = await Task.WhenAll(scans);
        Assert.AreEqual(6, d.SessionRuns - before);
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.AreEqual(i % 3 == 0, results[i][0].Flagged, $"scan {i}");
        }
    }

    [TestMethod]
    public async Task ACancelledQueuedScan_Throws_AndItsWindowsAreNotRun_TheOthersComplete()
    {
        // two windows per run: the two scans left fit one run only if the cancelled scan's windows were dropped
        using var d = Detector(batchSize: 2);
        var texts = OneWindowTexts(3);
        using var cts = new CancellationTokenSource();
        long before = d.SessionRuns;
        Task<IReadOnlyList<InjectionScanResult>> cancelled, b, c;
        using (d.HoldRunSlot())
        {
            cancelled = Task.Run(() => d.Scan([texts[0], texts[0]], cts.Token));
            b = Task.Run(() => d.Scan([texts[1]], CancellationToken.None));
            c = Task.Run(() => d.Scan([texts[2]], CancellationToken.None));
            WaitForQueued(d, 4);
            await cts.CancelAsync();
            await Assert.ThrowsAsync<OperationCanceledException>(() => cancelled);
        }

        Assert.IsFalse((await b)[0].Flagged);
        Assert.IsFalse((await c)[0].Flagged);
        Assert.AreEqual(1, d.SessionRuns - before, "one run of two windows for the two scans left");
        Assert.AreEqual(0, d.QueuedWindows, "the cancelled scan's windows left the queue without a run");

        // the detector keeps working, alone and shared
        Assert.IsTrue((await d.ScanAsync([texts[0]]))[0].Flagged);
    }

    [TestMethod]
    public async Task AFailedSharedRun_FailsEveryScanInIt_NoneWaitsForever_AndTheDetectorKeepsWorking()
    {
        using var d = Detector(batchSize: 16);
        var texts = OneWindowTexts(3);
        int failures = 0;
        d.BeforeQueuedRun = n =>
        {
            if (Interlocked.Increment(ref failures) == 1) throw new InvalidOperationException("run failed on purpose");
        };
        Task<IReadOnlyList<InjectionScanResult>>[] scans;
        using (d.HoldRunSlot())
        {
            scans = texts.Select(t => Task.Run(() => d.Scan([t], CancellationToken.None))).ToArray();
            WaitForQueued(d, 3);
        }

        var all = Task.WhenAll(scans);
        var finished = await Task.WhenAny(all, Task.Delay(QueueWait));
        Assert.AreSame(all, finished, "every scan of the failed run must finish");
        var errors = scans.Select(t => t.Exception?.InnerException).ToList();
        Assert.IsTrue(errors.All(e => e is InvalidOperationException), "each scan fails with a clear error");
        Assert.AreEqual(1, errors.Count(e => e!.Message == "run failed on purpose"), "the scan that ran the batch throws the failure as it is");
        Assert.AreEqual(2, errors.Count(e => e!.InnerException?.Message == "run failed on purpose"), "the others say the shared run failed, with the cause inside");

        d.BeforeQueuedRun = null;
        Assert.IsTrue((await d.ScanAsync([texts[0]]))[0].Flagged);
    }
}
