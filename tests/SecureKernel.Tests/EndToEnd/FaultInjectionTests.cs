using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using SecureKernel.Tests.Audit;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.EndToEnd;

/// <summary>
/// Faults injected into the detector, the audit sinks and the caller's cancellation, through the real SK pipeline. Each
/// ends in the configured failure mode with a reason, and the audit accounts for every record: written, or dropped and
/// counted (records produced = records written + records dropped). Retrieval-stage detector faults are in
/// <see cref="FailureModeTests"/>; pipeline-level sink behaviour in <see cref="AuditPipelineTests"/>.
/// </summary>
[TestClass]
public sealed class FaultInjectionTests
{
    private const string Question = "What is the travel policy?";

    [TestMethod]
    [DataRow("throw", "detector_exception")]
    [DataRow("hang", "detector_timeout")]
    [DataRow("garbage", "detector_invalid_result")]
    [DataRow("out_of_range", "detector_invalid_result")]
    [DataRow("null_findings", "detector_invalid_result")]
    [DataRow("null_list", "detector_invalid_result")]
    [DataRow("wrong_count", "detector_invalid_result")]
    public async Task UserInput_DetectorFault_FailClosed_BlocksWithTheReason_AndTheAuditHasEveryRecord(string fault, string detail)
    {
        var sink = new TestSink("mem");
        int decisions = 0;
        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Detector = new FaultyDetector(fault),
            FailureMode = FailureMode.FailClosed,
            Retrieval = { DetectorTimeout = TimeSpan.FromMilliseconds(100) },
            Audit = { Sinks = [sink] },
            OnDecision = _ => Interlocked.Increment(ref decisions),
        });
        var (kernel, model, _) = GuardedKernel.Create(guard, "u1");

        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => kernel.InvokePromptAsync(Question));
        Assert.AreEqual(SecurityStage.Input, ex.Verdict.Stage);
        StringAssert.Contains(ex.Verdict.Reason, $"detector failure ({detail})");
        Assert.AreEqual(0, model.Requests.Count, "the model never saw the unverified input");

        await guard.DisposeAsync();
        Assert.AreEqual(0, guard.Audit!.Dropped);
        Assert.AreEqual(decisions + 1, sink.Records.Count, "every decision plus the request record");
        var request = sink.Records.Single(r => r.Kind == AuditRecord.RequestKind);
        Assert.AreEqual("block", request.Action);
        StringAssert.Contains(request.Reason, "detector failure", request.Reason);
    }

    [TestMethod]
    public async Task UserInput_DetectorFault_DefaultMode_RecordsTheFailure_AndAnswers()
    {
        var verdicts = new List<SecurityVerdict>();
        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Detector = new FaultyDetector("null_findings"),
            OnDecision = v => { lock (verdicts) verdicts.Add(v); },
        });
        var (kernel, _, _) = GuardedKernel.Create(guard, "u1");
        var answer = await kernel.InvokePromptAsync(Question);
        StringAssert.Contains(answer.ToString(), "Answer");
        var v = verdicts.Single(x => x.Stage == SecurityStage.Input);
        Assert.AreEqual(SecurityAction.Tag, v.Action);
        Assert.AreEqual(FindingKind.DetectorFailure, v.Findings.Single().Kind);
    }

    [TestMethod]
    public async Task AuditSinkDown_TurnsContinue_TheOtherSinkGetsEverything_AndEveryLossIsCounted()
    {
        var good = new TestSink("good");
        var down = new TestSink("down") { AlwaysFail = true };
        var logs = new ListLoggerProvider();
        int decisions = 0;
        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Audit = { Sinks = [good, down], SinkRetries = 1 },
            Tools = { Policies = { ["Mail"] = new ToolPolicy { Consequence = ToolConsequence.External } } },
            OnDecision = _ => Interlocked.Increment(ref decisions),
        }, new ListLoggerFactory(logs));
        var (kernel, _, mail) = GuardedKernel.Create(guard, "u1", Harness.Poisoned);

        const int Turns = 5;
        for (int i = 0; i < Turns; i++) await kernel.InvokePromptAsync(Question, new(Harness.Auto));
        Assert.AreEqual(0, mail.Outbox.Count);

        await guard.DisposeAsync();
        var audit = guard.Audit!;
        int produced = decisions + Turns;
        Assert.AreEqual(produced, audit.Enqueued, "every record reached the buffer");
        Assert.AreEqual(produced, good.Records.Count(r => r.Kind != AuditRecord.DroppedKind), "the working sink has every record");
        int notices = good.Records.Count(r => r.Kind == AuditRecord.DroppedKind);
        Assert.IsTrue(notices > 0, "the trail says records were lost elsewhere");
        Assert.AreEqual(produced + notices, audit.Dropped, "every record the failing sink could not take (drop notices included) is counted once");
        Assert.IsTrue(logs.Logger.Entries.Any(e => e.Id.Id == 8004));
    }

    [TestMethod]
    [DataRow(AuditFailureMode.Drop)]
    [DataRow(AuditFailureMode.Block)]
    public async Task SlowAuditSink_BoundedBuffer_ThenTheFailureMode_ProducedEqualsWrittenPlusDropped(AuditFailureMode mode)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new TestSink("slow") { Gate = gate };
        int decisions = 0;
        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Audit = { Sinks = [slow], BufferSize = 4, FailureMode = mode, BlockTimeout = TimeSpan.FromMilliseconds(20) },
            Tools = { Policies = { ["Mail"] = new ToolPolicy { Consequence = ToolConsequence.External } } },
            OnDecision = _ => Interlocked.Increment(ref decisions),
        });
        var (kernel, _, mail) = GuardedKernel.Create(guard, "u1", Harness.Poisoned);

        const int Turns = 8;
        for (int i = 0; i < Turns; i++) await kernel.InvokePromptAsync(Question, new(Harness.Auto));
        Assert.AreEqual(0, mail.Outbox.Count, "the security decisions stand while the audit is slow");
        Assert.IsTrue(guard.Audit!.Dropped > 0, "the buffer of 4 overflowed");

        gate.SetResult();
        await guard.DisposeAsync();
        var audit = guard.Audit!;
        int produced = decisions + Turns;
        var written = slow.Records.Where(r => r.Kind != AuditRecord.DroppedKind).ToList();
        Assert.AreEqual(produced, written.Count + audit.Dropped, "nothing vanished: written + dropped = produced");
        Assert.AreEqual(audit.Enqueued, written.Count);
        Assert.AreEqual(audit.Dropped, slow.Records.Where(r => r.Kind == AuditRecord.DroppedKind).Sum(r => (long)(r.Decisions ?? 0)), "the trail reports every drop");
    }

    [TestMethod]
    public async Task CancellationMidStream_EndsAsCancellation_TheTurnIsStillAudited()
    {
        var sink = new TestSink("mem");
        var guard = new SecureKernelGuard(new SecureKernelOptions { Audit = { Sinks = [sink] } });
        var model = new SlowStreamingModel(new ScriptedModel { FinalAnswer = _ => string.Concat(Enumerable.Repeat("The travel policy allows economy class. ", 20)) });
        var builder = Kernel.CreateBuilder();
        builder.Services.AddChatClient(model).UseSecureKernel(guard).UseKernelFunctionInvocation().UseToolResultGuard(guard);
        builder.AddSecurityFilters(guard);
        var kernel = builder.Build();
        kernel.Data[SecurityPrincipal.ArgumentName] = new SecurityPrincipal("u1", [], []);

        // A complete streamed turn first: one request, of this user, although the model streams after the function filter returned.
        await foreach (var _ in kernel.InvokePromptStreamingAsync(Question))
        {
        }

        await guard.Audit!.FlushAsync();
        int perTurn = sink.Records.Count(r => r.Kind == AuditRecord.RequestKind);
        Assert.AreEqual(1, perTurn);
        Assert.AreEqual("u1", sink.Records.Single(r => r.Kind == AuditRecord.RequestKind).UserId);
        Assert.IsTrue(sink.Records.Single(r => r.Kind == AuditRecord.RequestKind).OutputLength > 0, "the streamed output length is in the request record");

        using var cts = new CancellationTokenSource();
        int received = 0;
        await Assert.ThrowsAsync<OperationCanceledException>(async () =>
        {
            await foreach (var chunk in kernel.InvokePromptStreamingAsync(Question, cancellationToken: cts.Token))
            {
                if (++received == 3) await cts.CancelAsync();
            }
        });
        Assert.IsTrue(received is >= 3 and < 100, $"{received} chunks before the cancellation took effect");

        await guard.DisposeAsync();
        Assert.AreEqual(0, guard.Audit!.Dropped);
        Assert.AreEqual(2 * perTurn, sink.Records.Count(r => r.Kind == AuditRecord.RequestKind), "the cancelled turn is audited like a complete one");
        Assert.AreEqual(guard.Audit.Enqueued, sink.Records.Count);
    }

    /// <summary>Streams the inner model's answer with a cancellable pause before each update.</summary>
    private sealed class SlowStreamingModel(IChatClient inner) : DelegatingChatClient(inner)
    {
        public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var u in base.GetStreamingResponseAsync(messages, options, cancellationToken))
            {
                await Task.Delay(1, cancellationToken);
                yield return u;
            }
        }
    }
}
