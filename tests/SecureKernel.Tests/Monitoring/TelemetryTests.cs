using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.SemanticKernel;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Monitoring;

/// <summary>
/// The ActivitySource and Meter "SecureKernel" through the real pipeline: instruments, gen_ai.* and securekernel.* tags,
/// parent/child spans, and no content anywhere. Listeners are process-wide and tests run in parallel, so assertions
/// pick this test's data by its unique endpoint name, or only require presence.
/// </summary>
[TestClass]
public sealed class TelemetryTests
{
    private const string Question = "What is the travel policy?";

    private static readonly string[] s_content = ["travel policy", "Travel policy", "economy class", "attacker@evil", "ignore previous", "secrets", "Hotels up to"];

    [TestMethod]
    public async Task Turn_ScanAndTool_Activities_AndInstruments_CarryGenAiAndSecureKernelTags_NoContent()
    {
        string endpoint = "ep-" + Guid.NewGuid().ToString("N")[..8];
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        var activities = new List<Activity>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SecureKernelTelemetry.Name) listener.EnableMeasurementEvents(instrument);
            },
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        meterListener.Start();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == SecureKernelTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (activities) activities.Add(a); },
        };
        ActivitySource.AddActivityListener(activityListener);

        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Audit = { Endpoint = endpoint },
            Tools = { Policies = { ["Mail"] = new ToolPolicy { Consequence = ToolConsequence.External } } },
        });
        var (kernel, _, mail) = GuardedKernel.Create(guard, "u-telemetry", Harness.Poisoned);
        var settings = new PromptExecutionSettings { ModelId = "gpt-test", FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
        await kernel.InvokePromptAsync(Question, new(settings));
        Assert.AreEqual(0, mail.Outbox.Count);

        // Approvals: requested, granted, consumed, denied.
        var approvalGuard = new SecureKernelGuard(new SecureKernelOptions
        {
            Audit = { Endpoint = endpoint },
            Tools = { Policies = { ["Mail"] = new ToolPolicy { Consequence = ToolConsequence.External, RequiresApproval = true } } },
        });
        var (approvalKernel, _, approvalMail) = GuardedKernel.Create(approvalGuard, "u-approver");
        KernelArguments Args(string body) => new() { ["to"] = "colleague@corp.example", ["body"] = body };
        await Assert.ThrowsAsync<SecurityBlockedException>(() => approvalKernel.InvokeAsync("Mail", "send_email", Args("a")));
        await Assert.ThrowsAsync<SecurityBlockedException>(() => approvalKernel.InvokeAsync("Mail", "send_email", Args("b")));
        var pending = approvalGuard.Approvals.Pending;
        Assert.IsTrue(approvalGuard.Approvals.Approve(pending[0].Id, "admin"));
        Assert.IsTrue(approvalGuard.Approvals.Deny(pending[1].Id, "admin"));
        await approvalKernel.InvokeAsync("Mail", "send_email", pending[0].Arguments["body"] == "a" ? Args("a") : Args("b"));
        Assert.AreEqual(1, approvalMail.Outbox.Count);

        meterListener.Dispose();
        List<Activity> acts;
        lock (activities) acts = [.. activities];
        List<(string Instrument, double Value, Dictionary<string, object?> Tags)> ms;
        lock (measurements) ms = [.. measurements];

        // Activities: one turn (gen_ai chat, the requested model), its retrieval scan and its blocked tool as children.
        var turn = acts.Single(a => a.OperationName == "securekernel.turn" && (string?)a.GetTagItem("securekernel.endpoint") == endpoint && (string?)a.GetTagItem("gen_ai.operation.name") == "chat");
        Assert.AreEqual("gpt-test", turn.GetTagItem("gen_ai.request.model"));
        Assert.AreEqual("block", turn.GetTagItem("securekernel.action"));
        Assert.AreEqual(true, turn.GetTagItem("securekernel.flagged"));
        var children = acts.Where(a => a.ParentSpanId == turn.SpanId && a.TraceId == turn.TraceId).ToList();
        var scan = children.Single(a => a.OperationName == "securekernel.scan" && (string?)a.GetTagItem("securekernel.stage") == "retrieval");
        Assert.AreEqual("rules", scan.GetTagItem("securekernel.detector"));
        Assert.IsTrue(children.Any(a => a.OperationName == "securekernel.scan" && (string?)a.GetTagItem("securekernel.stage") == "input"));
        Assert.IsTrue(children.Any(a => a.OperationName == "securekernel.tool" && (string?)a.GetTagItem("gen_ai.tool.name") == "Docs.search" && (string?)a.GetTagItem("securekernel.action") == "allow"));
        var tool = children.Single(a => a.OperationName == "securekernel.tool" && (string?)a.GetTagItem("gen_ai.tool.name") == "Mail.send_email");
        Assert.AreEqual("execute_tool", tool.GetTagItem("gen_ai.operation.name"));
        Assert.IsNotNull(tool.GetTagItem("gen_ai.tool.call.id"));
        Assert.AreEqual("block", tool.GetTagItem("securekernel.action"));
        Assert.AreEqual("tainted", tool.GetTagItem("securekernel.finding.kinds"));
        Assert.AreEqual(ActivityStatusCode.Error, tool.Status);

        // A tool invoked directly is an execute_tool turn.
        Assert.IsTrue(acts.Any(a => a.OperationName == "securekernel.turn" && (string?)a.GetTagItem("securekernel.endpoint") == endpoint
            && (string?)a.GetTagItem("gen_ai.operation.name") == "execute_tool" && (string?)a.GetTagItem("gen_ai.tool.name") == "Mail.send_email"));

        // Instruments.
        var turns = ms.Where(m => m.Instrument == "securekernel.turns" && (string?)m.Tags.GetValueOrDefault("securekernel.endpoint") == endpoint).ToList();
        Assert.AreEqual(4, turns.Count, "one prompt turn and three direct tool turns");
        Assert.AreEqual(1, turns.Count(m => (string?)m.Tags.GetValueOrDefault("gen_ai.operation.name") == "chat" && (string?)m.Tags.GetValueOrDefault("securekernel.action") == "block"));
        Assert.AreEqual(4, ms.Count(m => m.Instrument == "securekernel.turn.duration" && (string?)m.Tags.GetValueOrDefault("securekernel.endpoint") == endpoint));
        Assert.IsTrue(ms.Any(m => m.Instrument == "securekernel.findings" && (string?)m.Tags.GetValueOrDefault("securekernel.finding.kind") == "instruction_override" && (string?)m.Tags.GetValueOrDefault("securekernel.stage") == "retrieval"));
        Assert.IsTrue(ms.Any(m => m.Instrument == "securekernel.blocks" && (string?)m.Tags.GetValueOrDefault("securekernel.stage") == "tool"));
        Assert.IsTrue(ms.Any(m => m.Instrument == "securekernel.decisions" && (string?)m.Tags.GetValueOrDefault("securekernel.action") == "block"));
        Assert.IsTrue(ms.Any(m => m.Instrument == "securekernel.scans" && (string?)m.Tags.GetValueOrDefault("securekernel.detector") == "rules"));
        foreach (var stage in new[] { "input", "retrieval", "output" })
            Assert.IsTrue(ms.Any(m => m.Instrument == "securekernel.scan.duration" && (string?)m.Tags.GetValueOrDefault("securekernel.stage") == stage && m.Value >= 0), $"scan duration for {stage}");
        foreach (var outcome in new[] { "requested", "granted", "denied", "consumed" })
            Assert.IsTrue(ms.Any(m => m.Instrument == "securekernel.approvals" && (string?)m.Tags.GetValueOrDefault("securekernel.approval.outcome") == outcome), $"approval {outcome}");

        // No content in any tag, activity event or measurement of this process.
        var values = ms.SelectMany(m => m.Tags.Values).Concat(acts.SelectMany(a => a.TagObjects.Select(t => t.Value)))
            .Concat(acts.SelectMany(a => a.Events).SelectMany(e => e.Tags.Select(t => t.Value))).OfType<string>().ToList();
        Assert.IsTrue(values.Count > 20);
        foreach (var v in values)
            foreach (var c in s_content)
                Assert.IsFalse(v.Contains(c, StringComparison.OrdinalIgnoreCase), $"content '{c}' in telemetry value '{v}'");

        void Add(Instrument i, double v, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var d = new Dictionary<string, object?>();
            foreach (var t in tags) d[t.Key] = t.Value;
            lock (measurements) measurements.Add((i.Name, v, d));
        }
    }
}
