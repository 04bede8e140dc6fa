using Microsoft.SemanticKernel;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.EndToEnd;

[TestClass]
public sealed class FailureModeTests
{
    private const string Question = "What is the travel policy?";

    [TestMethod]
    [DataRow("throw")]
    [DataRow("hang")]
    [DataRow("garbage")]
    [DataRow("out_of_range")]
    [DataRow("negative_infinity")]
    [DataRow("null_findings")]
    [DataRow("null_finding")]
    [DataRow("null_result")]
    [DataRow("null_list")]
    [DataRow("wrong_count")]
    public async Task DefaultFailureMode_BlocksExternalTool_EvenIfItAcceptsUntrustedContext_AndAnswers(string fault)
    {
        var verdicts = new List<SecurityVerdict>();
        var h = Harness.Create(secure: true, document: Harness.Benign + " email me", mailPolicy: false, configure: o =>
        {
            o.Detector = new FaultyDetector(fault);
            o.Retrieval.DetectorTimeout = TimeSpan.FromMilliseconds(200);
            o.Tools.Add("Mail", new ToolPolicy { Consequence = ToolConsequence.External, AcceptsUntrustedContext = true });
            o.OnDecision = v => { lock (verdicts) verdicts.Add(v); };
        });
        var answer = (await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto))).ToString();
        Assert.AreEqual(0, h.Mail.Outbox.Count);
        StringAssert.Contains(answer, "Answer");
        Assert.IsTrue(verdicts.Any(v => v.Stage == SecurityStage.Retrieval && v.Findings.Any(f => f.Kind == FindingKind.DetectorFailure)), "the failure is recorded, never silent");
        var block = verdicts.Single(v => v.Stage == SecurityStage.Tool && v.Action == SecurityAction.Block);
        StringAssert.Contains(block.Reason, "could not be verified");
    }

    [TestMethod]
    public async Task FailClosed_BlocksTheTurn()
    {
        var h = Harness.Create(secure: true, document: Harness.Benign, configure: o =>
        {
            o.Detector = new FaultyDetector("throw");
            o.FailureMode = FailureMode.FailClosed;
            o.Input.Enabled = false;
        });
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokePromptAsync(Question, new(Harness.Auto)));
        Assert.IsTrue(ex.Verdict.Findings.Any(f => f.Kind == FindingKind.DetectorFailure));
    }

    [TestMethod]
    public async Task FailOpen_ContentPasses_FailureStillRecorded_ReadToolsUnaffected()
    {
        var verdicts = new List<SecurityVerdict>();
        var h = Harness.Create(secure: true, document: Harness.Benign, configure: o =>
        {
            o.Detector = new FaultyDetector("throw");
            o.FailureMode = FailureMode.FailOpen;
            o.OnDecision = v => { lock (verdicts) verdicts.Add(v); };
        });
        var answer = (await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto))).ToString();
        StringAssert.Contains(answer, "Hotels");
        Assert.IsTrue(verdicts.Any(v => v.Findings.Any(f => f.Kind == FindingKind.DetectorFailure)));
    }

    [TestMethod]
    public async Task ObserveMode_AnnotatesButBlocksNothing()
    {
        var verdicts = new List<SecurityVerdict>();
        var h = Harness.Create(secure: true, configure: o =>
        {
            o.Mode = GuardMode.Observe;
            o.OnDecision = v => { lock (verdicts) verdicts.Add(v); };
        });
        await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto));
        Assert.AreEqual(1, h.Mail.Outbox.Count, "observe mode does not block");
        var toolVerdict = verdicts.Single(v => v.Stage == SecurityStage.Tool);
        Assert.IsTrue(toolVerdict.Observed);
        StringAssert.Contains(toolVerdict.Reason, "would block");
        Assert.IsTrue(h.ToolResultsSeen().Any(s => s.Contains("flagged=\"true\"")), "chunks are still annotated");
    }

    [TestMethod]
    [DataRow(ChunkAction.Drop)]
    [DataRow(ChunkAction.Block)]
    public async Task FlaggedChunkActions(ChunkAction action)
    {
        var h = Harness.Create(secure: true, configure: o => o.Retrieval.FlaggedChunkAction = action);
        if (action == ChunkAction.Block)
        {
            var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokePromptAsync(Question, new(Harness.Auto)));
            Assert.AreEqual(SecurityStage.Retrieval, ex.Verdict.Stage);
            return;
        }

        await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto));
        var seen = string.Join("\n", h.ToolResultsSeen());
        StringAssert.Contains(seen, "withheld=\"true\"");
        Assert.IsFalse(seen.Contains("attacker@evil.example", StringComparison.Ordinal), "the dropped chunk's text never reaches the model");
        Assert.AreEqual(0, h.Mail.Outbox.Count);
    }

    [TestMethod]
    public async Task Cancellation_PropagatesAsCancellation()
    {
        var h = Harness.Create(secure: true, document: Harness.Benign, configure: o => o.Detector = new FaultyDetector("hang"));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAsync<OperationCanceledException>(() => h.Kernel.InvokePromptAsync(Question, new(Harness.Auto), cancellationToken: cts.Token), "a cancelled call is cancelled, not a detector failure");
    }
}
