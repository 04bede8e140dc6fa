using Microsoft.SemanticKernel;
using SecureKernel.Tests.Detection;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.EndToEnd;

/// <summary>
/// An operator's own classifier in place of the bundled one, shaped like a DeBERTa-v3 export (SentencePiece, windows wrapped
/// in [CLS] ... [SEP] by the manifest's ids; tests/SecureKernel.Tests/Assets/tiny-deberta), through a real SK pipeline on
/// both the IChatClient and the IChatCompletionService paths, streaming and not.
/// </summary>
[TestClass]
public sealed class DropInModelPipelineTests
{
    // no rule fires on this; the tiny model flags the word "attack" inside a wrapped window only
    private const string Document = "Meals up to 60 EUR per day. The attack text is here.";

    [TestMethod]
    [DataRow(false, false)]
    [DataRow(true, false)]
    [DataRow(false, true)]
    [DataRow(true, true)]
    public async Task DebertaShapedModel_OnRetrievalModel_FlagsTheRetrievedChunk(bool streaming, bool chatCompletionService)
    {
        var verdicts = new List<SecurityVerdict>();
        var h = Harness.Create(secure: true, document: Document, chatCompletionService: chatCompletionService, configure: o =>
        {
            o.UseInjectionModel(OnnxTestModels.TinyDeberta, OnnxDevice.Cpu);
            o.OnDecision = v => { lock (verdicts) verdicts.Add(v); };
        });
        Assert.AreEqual("rules+onnx:tiny-deberta-keyword", h.Kernel.GetSecurityGuard()!.Detector.Name);

        await h.AskAsync("What is the meal limit?", streaming);

        var flagged = verdicts.First(v => v.Stage == SecurityStage.Retrieval && v.Action != SecurityAction.Allow);
        var finding = flagged.Findings.Single(f => f.Kind == FindingKind.ClassifierScore);
        Assert.AreEqual("onnx:tiny-deberta-keyword", finding.Detector);
        Assert.IsFalse(flagged.Findings.Any(f => f.Detector == "rules"), "the rules found nothing: the model's wrapped windows did");
        Assert.IsTrue(h.ToolResultsSeen().Any(s => s.Contains("flagged=\"true\"", StringComparison.Ordinal)), "the model saw the chunk tagged");
    }
}
