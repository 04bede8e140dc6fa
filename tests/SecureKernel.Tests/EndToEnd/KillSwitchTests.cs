using Microsoft.SemanticKernel;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.EndToEnd;

[TestClass]
public sealed class KillSwitchTests
{
    [TestMethod]
    public async Task SetToolDisabled_BlocksAtRunTime_AndReenables()
    {
        var h = Harness.Create(secure: true, mailPolicy: false);
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        await h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.example", ["body"] = "1" });

        guard.SetToolDisabled("Mail.send_email", true);
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.example", ["body"] = "2" }));
        Assert.AreEqual("kill_switch", ex.Verdict.Findings[0].Detail);
        CollectionAssert.Contains(guard.DisabledTools.ToList(), "Mail.send_email");

        guard.SetToolDisabled("Mail.send_email", false);
        await h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.example", ["body"] = "3" });

        guard.SetToolDisabled("Mail", true);
        await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.example", ["body"] = "4" }));
        guard.SetToolDisabled("Mail", false);

        guard.AllToolsDisabled = true;
        await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokeAsync("Docs", "search", new() { ["query"] = "x" }));
        guard.AllToolsDisabled = false;
        Assert.AreEqual(2, h.Mail.Outbox.Count);
    }

    [TestMethod]
    public async Task ReplaceDetector_RollsBackWithoutRestart()
    {
        var h = Harness.Create(secure: true, document: Harness.Benign, configure: o => o.Detector = new FaultyDetector("throw"));
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        var verdicts = new List<SecurityVerdict>();
        var previous = guard.ReplaceDetector(new RuleInjectionDetector());
        Assert.AreEqual("faulty", previous.Name);
        Assert.AreEqual("rules", guard.Detector.Name);
        var answer = (await h.Kernel.InvokePromptAsync("What is the travel policy?", new(Harness.Auto))).ToString();
        StringAssert.Contains(answer, "Hotels");
        Assert.IsFalse(h.ToolResultsSeen().Any(s => s.Contains("detector_failure", StringComparison.Ordinal)), "the new detector is used");
    }
}
