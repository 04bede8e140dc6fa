using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SecureKernel.Tests.Audit;

[TestClass]
public sealed class AuditPipelineTests
{
    private static AuditOptions Options(AuditFailureMode mode = AuditFailureMode.Block, int buffer = 1000, int retries = 3, int blockMs = 2000) => new()
    {
        BufferSize = buffer,
        FailureMode = mode,
        SinkRetries = retries,
        BlockTimeout = TimeSpan.FromMilliseconds(blockMs),
        SinkTimeout = TimeSpan.FromSeconds(5),
    };

    [TestMethod]
    public async Task TransientSinkFailures_AreRetried_NothingLost()
    {
        var sink = new TestSink("transient") { FailuresLeft = 2 };
        await using var pipeline = new AuditPipeline([sink], Options());
        for (int i = 0; i < 50; i++) Assert.IsTrue(pipeline.Write(AuditTestSupport.Record(i)));
        await pipeline.FlushAsync();
        Assert.AreEqual(50, sink.Records.Count);
        Assert.AreEqual(0, pipeline.Dropped);
        CollectionAssert.AreEqual(Enumerable.Range(0, 50).Select(i => $"decision {i}").ToArray(), sink.Records.Select(r => r.Reason).ToArray(), "order kept");
    }

    [TestMethod]
    public async Task FailingSink_RecordsAreCounted_Logged_MeteredAndReportedInTheTrail()
    {
        string name = "down-" + Guid.NewGuid().ToString("N");
        long metered = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (i, l) => { if (i.Meter.Name == SecureKernelTelemetry.Name && i.Name == "securekernel.audit.dropped") l.EnableMeasurementEvents(i); };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var t in tags)
                if (t.Key == "securekernel.audit.reason" && (string?)t.Value == "sink_failed:" + name) Interlocked.Add(ref metered, value);
        });
        listener.Start();

        var failing = new TestSink(name) { AlwaysFail = true };
        var good = new TestSink("good");
        var logger = new ListLogger();
        await using var pipeline = new AuditPipeline([failing, good], Options(retries: 1), logger);
        for (int i = 0; i < 3; i++) pipeline.Write(AuditTestSupport.Record(i));
        await pipeline.FlushAsync();

        // Batches may split; drop notices written meanwhile also fail on that sink and are counted too.
        Assert.IsGreaterThanOrEqualTo(3, pipeline.Dropped, "records that never reached the failing sink are counted");
        Assert.AreEqual(pipeline.Dropped, Interlocked.Read(ref metered));
        Assert.IsTrue(logger.Entries.Any(e => e.Id.Id == 8004 && e.Level == Microsoft.Extensions.Logging.LogLevel.Error));
        Assert.IsTrue(logger.Entries.Any(e => e.Id.Id == 8002));
        Assert.AreEqual(3, good.Records.Count(r => r.Kind == AuditRecord.DecisionKind), "other sinks still get every record");

        pipeline.Write(AuditTestSupport.Record(3));
        await pipeline.FlushAsync();
        var notices = good.Records.Where(r => r.Kind == AuditRecord.DroppedKind).ToArray();
        Assert.IsNotEmpty(notices);
        Assert.IsTrue(notices.All(n => n.Decisions >= 1 && n.Reason.Contains("were dropped", StringComparison.Ordinal)));
        Assert.IsGreaterThanOrEqualTo(3, notices.Sum(n => n.Decisions!.Value));
    }

    [TestMethod]
    public async Task BlockMode_SlowSink_CallerWaitsUpToTheTimeout_ThenTheDropIsCounted()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sink = new TestSink("slow") { Gate = gate };
        await using var pipeline = new AuditPipeline([sink], Options(AuditFailureMode.Block, buffer: 2, blockMs: 300));
        pipeline.Write(AuditTestSupport.Record(0));
        await WaitUntil(() => Volatile.Read(ref sink.Calls) > 0);
        Assert.IsTrue(pipeline.Write(AuditTestSupport.Record(1)));
        Assert.IsTrue(pipeline.Write(AuditTestSupport.Record(2)));

        var sw = Stopwatch.StartNew();
        bool accepted = pipeline.Write(AuditTestSupport.Record(3));
        sw.Stop();
        Assert.IsFalse(accepted);
        Assert.IsGreaterThanOrEqualTo(250, sw.ElapsedMilliseconds, "the caller was blocked up to the timeout");
        Assert.AreEqual(1, pipeline.Dropped);

        gate.SetResult();
        pipeline.Write(AuditTestSupport.Record(4));
        await pipeline.FlushAsync();
        var reasons = sink.Records.Select(r => r.Reason).ToArray();
        Assert.AreEqual(4, sink.Records.Count(r => r.Kind == AuditRecord.DecisionKind));
        Assert.AreEqual(1, sink.Records.Count(r => r.Kind == AuditRecord.DroppedKind), string.Join("\n", reasons));
        Assert.DoesNotContain("decision 3", reasons);
    }

    [TestMethod]
    public async Task BlockMode_SpaceFreesWithinTheTimeout_NothingDropped()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sink = new TestSink("slow") { Gate = gate };
        await using var pipeline = new AuditPipeline([sink], Options(AuditFailureMode.Block, buffer: 1, blockMs: 10_000));
        pipeline.Write(AuditTestSupport.Record(0));
        await WaitUntil(() => Volatile.Read(ref sink.Calls) > 0);
        pipeline.Write(AuditTestSupport.Record(1));
        _ = Task.Delay(200).ContinueWith(_ => gate.SetResult(), TaskScheduler.Default);
        Assert.IsTrue(pipeline.Write(AuditTestSupport.Record(2)), "the caller waited for space");
        await pipeline.FlushAsync();
        Assert.AreEqual(0, pipeline.Dropped);
        Assert.AreEqual(3, sink.Records.Count);
    }

    [TestMethod]
    public async Task DropMode_FullBuffer_DropsAtOnce_Counted()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sink = new TestSink("slow") { Gate = gate };
        await using var pipeline = new AuditPipeline([sink], Options(AuditFailureMode.Drop, buffer: 1));
        pipeline.Write(AuditTestSupport.Record(0));
        await WaitUntil(() => Volatile.Read(ref sink.Calls) > 0);
        Assert.IsTrue(pipeline.Write(AuditTestSupport.Record(1)));
        var sw = Stopwatch.StartNew();
        for (int i = 2; i < 12; i++) Assert.IsFalse(pipeline.Write(AuditTestSupport.Record(i)));
        Assert.IsLessThan(1000, sw.ElapsedMilliseconds);
        Assert.AreEqual(10, pipeline.Dropped);
        gate.SetResult();
        await pipeline.DisposeAsync();
        Assert.AreEqual(2, sink.Records.Count(r => r.Kind == AuditRecord.DecisionKind));
        Assert.AreEqual(10, sink.Records.Single(r => r.Kind == AuditRecord.DroppedKind).Decisions, "the drop is reported in the trail at shutdown");
    }

    [TestMethod]
    public async Task Dispose_DrainsTheBuffer_LaterWritesAreCounted()
    {
        var sink = new TestSink("s");
        var pipeline = new AuditPipeline([sink], Options());
        for (int i = 0; i < 100; i++) pipeline.Write(AuditTestSupport.Record(i));
        await pipeline.DisposeAsync();
        Assert.AreEqual(100, sink.Records.Count);
        Assert.IsFalse(pipeline.Write(AuditTestSupport.Record(100)));
        Assert.AreEqual(1, pipeline.Dropped);
    }

    [TestMethod]
    public void InvalidArguments_AreRejected()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new AuditPipeline([], new AuditOptions()));
        Assert.ThrowsExactly<ArgumentException>(() => new AuditPipeline([new TestSink("s")], new AuditOptions { SinkTimeout = TimeSpan.Zero }));
        Assert.ThrowsExactly<ArgumentNullException>(() => new AuditPipeline([new TestSink("s")], null!));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var sw = Stopwatch.StartNew();
        while (!condition())
        {
            if (sw.Elapsed > TimeSpan.FromSeconds(10)) Assert.Fail("timed out waiting");
            await Task.Delay(5);
        }
    }
}
