namespace SecureKernel.Tests.Detection;

/// <summary>
/// DeBERTa-v3 classifiers (Prompt Guard 2, ProtectAI's deberta-v3 models, PIGuard) exported to ONNX read SentencePiece ids
/// with every window wrapped in [CLS] ... [SEP]; the manifest says which ids (tokenizer.clsTokenId / sepTokenId). The tiny
/// test model flags "attack" only inside a wrapped window, so these tests fail if the runtime does not wrap.
/// </summary>
[TestClass]
public sealed class OnnxSentencePieceSpecialTokenTests
{
    private static OnnxInjectionDetector Load(string dir) => OnnxTestModels.Tiny(dir: dir);

    private static string WithoutSpecialTokens() => OnnxTestModels.CopyWithManifest(OnnxTestModels.TinyDeberta, m =>
        m.Replace(",\n    \"clsTokenId\": 1,\n    \"sepTokenId\": 2", string.Empty, StringComparison.Ordinal));

    [TestMethod]
    public async Task DebertaShapedModel_WindowsWrappedInClsAndSep_ScoresTheKeyword()
    {
        using var d = Load(OnnxTestModels.TinyDeberta);
        Assert.AreEqual(1, d.Manifest.ClsTokenId);
        Assert.AreEqual(2, d.Manifest.SepTokenId);
        var r = await d.ScanAsync([new("the attack text", ContentOrigin.Retrieved), new("a plain benign text", ContentOrigin.Retrieved)]);
        Assert.IsTrue(r[0].Flagged);
        Assert.IsGreaterThan(0.99, r[0].Score);
        Assert.IsFalse(r[1].Flagged);
        Assert.AreEqual("onnx:tiny-deberta-keyword", r[0].Findings.Single(f => f.Kind == FindingKind.ClassifierScore).Detector);
    }

    [TestMethod]
    public async Task DebertaShapedModel_LongText_SixContentTokensPerWindow_MaxOverWindows()
    {
        // 8-token windows less [CLS] and [SEP]: 6 content tokens, stride 4; the keyword only at the end
        using var d = Load(OnnxTestModels.TinyDeberta);
        string text = string.Join(' ', Enumerable.Repeat("the", 30)) + " attack";
        var r = (await d.ScanAsync([new(text, ContentOrigin.Retrieved)]))[0];
        int tokens = d.CountTokens(text);
        Assert.AreEqual(1 + (int)Math.Ceiling((tokens - 6) / 4.0), r.Windows);
        Assert.AreEqual(0, r.UnscannedChars);
        Assert.IsTrue(r.Flagged, "the keyword is in the last window only");
    }

    [TestMethod]
    public async Task WithoutTheIds_TheSameModelSeesUnwrappedWindows_AndMissesTheKeyword()
    {
        // the control: the same files, the manifest without clsTokenId/sepTokenId (how the bundled SentencePiece models run)
        string dir = WithoutSpecialTokens();
        try
        {
            using var d = Load(dir);
            Assert.IsNull(d.Manifest.ClsTokenId);
            var r = await d.ScanAsync([new("the attack text", ContentOrigin.Retrieved)]);
            Assert.IsFalse(r[0].Flagged);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    [DataRow("\"clsTokenId\": 1,\n    \"sepTokenId\": 2", "\"clsTokenId\": 1", "go together")]
    [DataRow("\"clsTokenId\": 1,\n    \"sepTokenId\": 2", "\"clsTokenId\": -1,\n    \"sepTokenId\": 2", "must not be negative")]
    [DataRow("\"clsTokenId\": 1,\n    \"sepTokenId\": 2", "\"clsTokenId\": 1,\n    \"sepTokenId\": 8000", "below the SentencePiece vocabulary size (8000)")]
    public void BadSpecialTokenIds_AreRefused_NamingTheManifest(string from, string to, string expected)
    {
        string dir = OnnxTestModels.CopyWithManifest(OnnxTestModels.TinyDeberta, m => m.Replace(from, to, StringComparison.Ordinal));
        try
        {
            var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => Load(dir));
            Assert.AreEqual("manifest.json", ex.FileName);
            StringAssert.Contains(ex.Message, expected);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    public void SpecialTokenIds_OnAWordPieceModel_AreRefused()
    {
        string dir = OnnxTestModels.CopyWithManifest(OnnxTestModels.TinyBert, m => m.Replace("\"lowerCase\": true", "\"lowerCase\": true, \"clsTokenId\": 2, \"sepTokenId\": 3", StringComparison.Ordinal));
        try
        {
            var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => Load(dir));
            StringAssert.Contains(ex.Message, "are for 'sentencepiece'");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
