using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using SecureKernel.Monitoring;
using SecureKernel.Tests.Audit;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Monitoring;

[TestClass]
public sealed class EndpointBaselineTests
{
    private const string Question = "What is the travel policy?";

    [TestMethod]
    public async Task InjectionCampaign_SpikesTheFlagRate_AuditedLoggedAndCalledBack_OncePerWindow()
    {
        var time = new ManualTimeProvider();
        var sink = new TestSink("mem");
        var logs = new ListLoggerProvider();
        var events = new List<MonitoringEvent>();
        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Audit = { Sinks = [sink], Endpoint = "support-bot" },
            Tools = { Policies = { ["Mail"] = new ToolPolicy { Consequence = ToolConsequence.External } } },
            Monitoring =
            {
                Baseline = { Window = TimeSpan.FromMinutes(5), BaselineWindows = 4, MinBaselineWindows = 3, MinTurnsPerWindow = 10, Factor = 3 },
                OnEvent = e => { lock (events) events.Add(e); },
            },
        }, new ListLoggerFactory(logs), time);
        var (benign, _, _) = GuardedKernel.Create(guard, "u1", Harness.Benign);
        var (poisoned, _, mail) = GuardedKernel.Create(guard, "u2", Harness.Poisoned);

        // Three quiet windows: the baseline (no events before there is one).
        for (int w = 0; w < 3; w++)
        {
            for (int i = 0; i < 10; i++) await benign.InvokePromptAsync(Question, new(Harness.Auto));
            time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.AreEqual(0, events.Count);

        // The campaign: every turn retrieves an injection (flagged) and its email is blocked.
        for (int i = 0; i < 10; i++) await poisoned.InvokePromptAsync(Question, new(Harness.Auto));
        Assert.AreEqual(0, mail.Outbox.Count);

        var flag = events.Single(e => e.Metric == "flag_rate");
        Assert.AreEqual(MonitoringEventKind.BaselineDeviation, flag.Kind);
        Assert.AreEqual("support-bot", flag.Endpoint);
        Assert.AreEqual(1d, flag.Current);
        Assert.AreEqual(0d, flag.Baseline);
        Assert.AreEqual("alert", flag.Action);
        StringAssert.Contains(flag.Reason, "injection flag rate 1 in the current window (10 turns)");
        Assert.AreEqual(1, events.Count(e => e.Metric == "block_rate"), "the blocked emails spike the block rate too, once");

        // The next window is normal again; the campaign window stays out of the baseline.
        time.Advance(TimeSpan.FromMinutes(5));
        int before = events.Count;
        for (int i = 0; i < 10; i++) await benign.InvokePromptAsync(Question, new(Harness.Auto));
        Assert.AreEqual(before, events.Count);

        await guard.DisposeAsync();
        var record = sink.Records.Single(r => r.Kind == AuditRecord.MonitorKind && r.Subject == "flag_rate");
        Assert.AreEqual("monitor", record.Stage);
        Assert.AreEqual("support-bot", record.Endpoint);
        CollectionAssert.AreEqual(new[] { "baseline_deviation" }, record.FindingKinds.ToArray());
        Assert.AreEqual(50, sink.Records.Count(r => r.Kind == AuditRecord.RequestKind), "every turn has its request record");
        var log = logs.Logger.Entries.Where(e => e.Id.Id == 7002).ToList();
        Assert.AreEqual(2, log.Count);
        Assert.IsTrue(log.All(e => e.Level == LogLevel.Warning && !e.Message.Contains("travel", StringComparison.OrdinalIgnoreCase)));
    }

    [TestMethod]
    public void OutputLength_DeviationIsReported_InBothDirections_OnlyWithEnoughTurns()
    {
        var options = new EndpointBaselineOptions { Window = TimeSpan.FromMinutes(1), BaselineWindows = 3, MinBaselineWindows = 2, MinTurnsPerWindow = 5, Factor = 2 };
        var baseline = new EndpointBaseline(options);
        var t = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        for (int w = 0; w < 2; w++, t = t.AddMinutes(1))
            for (int i = 0; i < 5; i++) Assert.IsNull(baseline.Add(t, false, false, 100, true));

        // Long answers (an exfiltration attempt, a jailbreak that rambles): reported at the fifth turn of the window.
        for (int i = 0; i < 4; i++) Assert.IsNull(baseline.Add(t, false, false, 1000, true), "too few turns in the window");
        var d = baseline.Add(t, false, false, 1000, true)!.Single();
        Assert.AreEqual(EndpointBaseline.OutputLength, d.Metric);
        Assert.AreEqual(1000d, d.Current);
        Assert.AreEqual(100d, d.Baseline);
        Assert.IsNull(baseline.Add(t, false, false, 1000, true), "once per window");

        // Short answers (the model refuses everything): below 1/Factor.
        t = t.AddMinutes(1);
        for (int i = 0; i < 4; i++) baseline.Add(t, false, false, 10, true);
        Assert.AreEqual(EndpointBaseline.OutputLength, baseline.Add(t, false, false, 10, true)!.Single().Metric);

        // A rate under Factor × MinBaselineRate is not a spike.
        var rates = new EndpointBaseline(options);
        t = t.AddMinutes(10);
        for (int w = 0; w < 2; w++, t = t.AddMinutes(1))
            for (int i = 0; i < 50; i++) rates.Add(t, false, false, 0, false);
        List<Deviation>? any = null;
        for (int i = 0; i < 50; i++) any ??= rates.Add(t, i == 49, false, 0, false); // 1 flag in 50 = 0.02, under 2 × 0.02
        Assert.IsNull(any);
    }
}
