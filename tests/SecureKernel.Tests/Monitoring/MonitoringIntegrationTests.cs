using System.Text.Json;
using Microsoft.SemanticKernel;
using SecureKernel.Tests.Audit;
using SecureKernel.Tests.Cli;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Monitoring;

[TestClass]
public sealed class MonitoringIntegrationTests
{
    [TestMethod]
    public async Task StreamedSweep_IsAttributedToTheUser_OneRequestPerTurn_WithOutputLength()
    {
        var time = new ManualTimeProvider();
        var sink = new TestSink("mem");
        var events = new List<MonitoringEvent>();
        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Audit = { Sinks = [sink] },
            Monitoring =
            {
                Extraction = { Enabled = true, Action = ExtractionAction.Throttle, Threshold = 3 },
                OnEvent = e => { lock (events) events.Add(e); },
            },
        }, timeProvider: time);
        var (kernel, _, _) = GuardedKernel.Create(guard, "gina");

        for (int i = 0; i < 3; i++)
        {
            await foreach (var _ in kernel.InvokePromptStreamingAsync($"Summarize section {i + 1} of the travel policy in one sentence."))
            {
            }
        }

        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(async () =>
        {
            await foreach (var _ in kernel.InvokePromptStreamingAsync("Summarize section 4 of the travel policy in one sentence."))
            {
            }
        });
        StringAssert.StartsWith(ex.Verdict.Reason, "throttled:");
        Assert.AreEqual("gina", events.Single().UserId);

        await guard.DisposeAsync();
        var requests = sink.Records.Where(r => r.Kind == AuditRecord.RequestKind).ToList();
        Assert.AreEqual(4, requests.Count, "one request record per streamed prompt");
        Assert.IsTrue(requests.All(r => r.UserId == "gina"));
        Assert.IsTrue(requests.Take(3).All(r => r.OutputLength > 0));
        Assert.AreEqual("block", requests[3].Action);
        StringAssert.Contains(requests[3].Reason, "throttled");
    }

    [TestMethod]
    public async Task RequestRecord_OutputLength_IsTheReleasedAnswer_StreamedOrNot()
    {
        var sink = new TestSink("mem");
        var guard = new SecureKernelGuard(new SecureKernelOptions { Audit = { Sinks = [sink] } });
        var (kernel, _, _) = GuardedKernel.Create(guard, "hank");

        string answer = (await kernel.InvokePromptAsync("What is the travel policy?", new(Harness.Auto))).ToString();
        var streamed = new System.Text.StringBuilder();
        await foreach (var chunk in kernel.InvokePromptStreamingAsync("What is the travel policy?", new(Harness.Auto))) streamed.Append(chunk);

        await guard.DisposeAsync();
        var requests = sink.Records.Where(r => r.Kind == AuditRecord.RequestKind).ToList();
        Assert.AreEqual(2, requests.Count);
        Assert.AreEqual(answer.Length, requests[0].OutputLength, "counted once although the chat client and the function filter both guard it");
        Assert.AreEqual(streamed.Length, requests[1].OutputLength);
    }

    [TestMethod]
    public async Task Endpoint_IsTheRequestsTrustProfile()
    {
        var events = new List<MonitoringEvent>();
        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Audit = { Endpoint = "support-bot" },
            Profiles = { ["public"] = new TrustProfile() },
            Monitoring = { Extraction = { Enabled = true, Threshold = 2 }, OnEvent = e => { lock (events) events.Add(e); } },
        });
        var (publicKernel, _, _) = GuardedKernel.Create(guard, "ivan");
        publicKernel.Data[TrustProfile.DataKey] = "public";
        var (defaultKernel, _, _) = GuardedKernel.Create(guard, "judy");
        for (int i = 0; i < 3; i++)
        {
            await publicKernel.InvokePromptAsync($"Summarize section {i + 1} of the travel policy in one sentence.");
            await defaultKernel.InvokePromptAsync($"Summarize section {i + 1} of the travel policy in one sentence.");
        }

        Assert.AreEqual("public", events.Single(e => e.UserId == "ivan").Endpoint);
        Assert.AreEqual("support-bot", events.Single(e => e.UserId == "judy").Endpoint, "the default profile falls back to Audit.Endpoint");
    }

    [TestMethod]
    public void Posture_ListsTheMonitoringControls()
    {
        var defaults = SecurityPosture.Evaluate(new SecureKernelOptions());
        Assert.IsFalse(defaults.Controls.Single(c => c.Id == "extraction_monitor").Enabled);
        Assert.IsTrue(defaults.Controls.Single(c => c.Id == "endpoint_baseline").Enabled);

        var on = SecurityPosture.Evaluate(new SecureKernelOptions { Monitoring = { Extraction = { Enabled = true, Action = ExtractionAction.Block } } });
        var control = on.Controls.Single(c => c.Id == "extraction_monitor");
        Assert.IsTrue(control.Enabled);
        Assert.AreEqual("block", control.Settings["action"]);
        CollectionAssert.Contains(control.Owasp.ToArray(), "LLM10");
        CollectionAssert.Contains(control.Atlas.ToArray(), "AML.T0024.002");
    }

    [TestMethod]
    public async Task Cli_Posture_BindsMonitoringFromAConfigFile_AndListsItsErrors()
    {
        string path = AuditTestSupport.TempFile() + ".json";
        File.WriteAllText(path, """
            { "SecureKernel": { "Monitoring": {
                "Extraction": { "Enabled": true, "Action": "Throttle", "Threshold": 10, "Window": "00:05:00" },
                "Baseline": { "Factor": 4 } } } }
            """);
        var (code, output, err) = await CliRunner.RunAsync("", ["posture", "--config", path]);
        Assert.AreEqual(0, code, err);
        var controls = JsonDocument.Parse(output).RootElement.GetProperty("controls").EnumerateArray().ToList();
        var extraction = controls.Single(c => c.GetProperty("id").GetString() == "extraction_monitor").GetProperty("settings");
        Assert.AreEqual("throttle", extraction.GetProperty("action").GetString());
        Assert.AreEqual("00:05:00", extraction.GetProperty("window").GetString());
        Assert.AreEqual("4", controls.Single(c => c.GetProperty("id").GetString() == "endpoint_baseline").GetProperty("settings").GetProperty("factor").GetString());

        File.WriteAllText(path, """{ "Monitoring": { "Extraction": { "Threshold": 99, "HistoryPerUser": 8 }, "Baseline": { "MinBaselineWindows": 50 } } }""");
        (code, _, err) = await CliRunner.RunAsync("", ["posture", "--config", path]);
        Assert.AreEqual(2, code);
        StringAssert.Contains(err, "Monitoring.Extraction.Threshold");
        StringAssert.Contains(err, "Monitoring.Baseline.MinBaselineWindows");
    }
}
