namespace SecureKernel.Tests.Detection;

[TestClass]
public sealed class OnnxModelManifestTests
{
    [TestMethod]
    public void Load_ValidFolder_ReadsEveryField()
    {
        var m = OnnxModelManifest.Load(OnnxTestModels.TinyBert);
        Assert.AreEqual("tiny-bert-keyword", m.Name);
        Assert.AreEqual(OnnxInputSignature.Bert, m.Signature);
        Assert.AreEqual(OnnxTokenizerKind.WordPiece, m.TokenizerKind);
        Assert.AreEqual(8, m.WindowTokens);
        Assert.AreEqual(4, m.Stride);
        Assert.AreEqual(1, m.PositiveLabelIndex);
        Assert.AreEqual(2, m.Files.Count);
        Assert.AreEqual(0.5, m.Threshold);
    }

    [TestMethod]
    public void WordPiece_StripsAccentsAndReadsLineBreaksAsSpaces_LikeTheBertTokenizersModelsAreTrainedWith()
    {
        // an uncased vocabulary is built from accent-stripped text; tab/line breaks separate words (HuggingFace semantics)
        var m = OnnxModelManifest.Load(OnnxTestModels.TinyBert);
        Assert.IsTrue(m.StripAccents, "follows lowerCase when the manifest does not say");
        var tok = new OnnxWindowTokenizer(m, File.ReadAllBytes(Path.Combine(m.Directory, m.TokenizerFile)));
        CollectionAssert.AreEqual(tok.Encode("hello world").Ids, tok.Encode("Héllo\nwörld").Ids);
        CollectionAssert.AreEqual(tok.Encode("benign text attack").Ids, tok.Encode("benign\r\ntext\tattack").Ids);
        Assert.AreEqual(3, tok.Encode("benign\ntext\nattack").Ids.Length);

        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        string path = Path.Combine(dir, "manifest.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"lowerCase\": true", "\"lowerCase\": true, \"stripAccents\": false", StringComparison.Ordinal));
        var kept = OnnxModelManifest.Load(dir);
        Assert.IsFalse(kept.StripAccents);
        var keptTok = new OnnxWindowTokenizer(kept, File.ReadAllBytes(Path.Combine(dir, kept.TokenizerFile)));
        CollectionAssert.AreNotEqual(keptTok.Encode("hello world").Ids, keptTok.Encode("héllo world").Ids);
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("-3")]
    [DataRow("5000")]
    public void Load_CpuBatchSizeOutOfRange_ThrowsNamingTheManifestAndTheField(string value)
    {
        string dir = OnnxTestModels.TinyBertWithManifestFields($"\"cpuBatchSize\": {value}");
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxModelManifest.Load(dir));
        Assert.AreEqual("manifest.json", ex.FileName);
        Assert.Contains("cpuBatchSize", ex.Message);
    }

    [TestMethod]
    [DataRow("[]")]
    [DataRow("[\"cuda\"]")]
    [DataRow("[\"cpu\", \"tpu\"]")]
    public void Load_InvalidDevices_ThrowsNamingTheField(string value)
    {
        string dir = OnnxTestModels.TinyBertWithManifestFields($"\"devices\": {value}");
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxModelManifest.Load(dir));
        Assert.Contains("'devices'", ex.Message);
    }

    [TestMethod]
    public void Load_MissingFile_ThrowsNamingTheFile()
    {
        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        File.Delete(Path.Combine(dir, "vocab.txt"));
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxModelManifest.Load(dir));
        Assert.AreEqual("vocab.txt", ex.FileName);
        Assert.Contains("vocab.txt", ex.Message);
        Assert.Contains("missing", ex.Message);
    }

    [TestMethod]
    public void Load_CorruptByte_ThrowsNamingTheFile()
    {
        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        string model = Path.Combine(dir, "model.onnx");
        byte[] bytes = File.ReadAllBytes(model);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(model, bytes);
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxModelManifest.Load(dir));
        Assert.AreEqual("model.onnx", ex.FileName);
        Assert.Contains("model.onnx", ex.Message);
        Assert.Contains("SHA-256", ex.Message);
    }

    [TestMethod]
    public void Load_WrongHashInManifest_ThrowsNamingTheFile()
    {
        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        string path = Path.Combine(dir, "manifest.json");
        string vocabHash = OnnxModelManifest.ComputeSha256(Path.Combine(dir, "vocab.txt"));
        File.WriteAllText(path, File.ReadAllText(path).Replace(vocabHash, new string('0', 64), StringComparison.Ordinal));
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxModelManifest.Load(dir));
        Assert.AreEqual("vocab.txt", ex.FileName);
    }

    [TestMethod]
    public void Load_MissingManifest_ThrowsNamingIt()
    {
        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        File.Delete(Path.Combine(dir, "manifest.json"));
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxModelManifest.Load(dir));
        Assert.AreEqual("manifest.json", ex.FileName);
    }

    [TestMethod]
    public void Load_MalformedJson_ThrowsNamingManifest()
    {
        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        File.WriteAllText(Path.Combine(dir, "manifest.json"), "{ \"name\": ");
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxModelManifest.Load(dir));
        Assert.AreEqual("manifest.json", ex.FileName);
    }

    [TestMethod]
    public void Load_PathLeavingFolder_Throws()
    {
        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        string path = Path.Combine(dir, "manifest.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"vocab.txt\"", "\"../vocab.txt\"", StringComparison.Ordinal));
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxModelManifest.Load(dir));
        Assert.AreEqual("../vocab.txt", ex.FileName);
    }

    [TestMethod]
    public void Load_ModelNotListed_ThrowsNamingIt()
    {
        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        string path = Path.Combine(dir, "manifest.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"model\": \"model.onnx\"", "\"model\": \"other.onnx\"", StringComparison.Ordinal));
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxModelManifest.Load(dir));
        Assert.AreEqual("other.onnx", ex.FileName);
    }

    [TestMethod]
    public void Detector_CorruptModel_RefusedBeforeAnySessionIsCreated()
    {
        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        string model = Path.Combine(dir, "model.onnx");
        byte[] bytes = File.ReadAllBytes(model);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(model, bytes);
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxTestModels.Tiny(dir: dir));
        Assert.AreEqual("model.onnx", ex.FileName);
    }

    [TestMethod]
    public void Detector_ModelWithOtherSignature_ThrowsNamingModel()
    {
        string dir = OnnxTestModels.CopyToTemp(OnnxTestModels.TinyBert);
        string path = Path.Combine(dir, "manifest.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"signature\": \"bert\"", "\"signature\": \"use-sparse\"", StringComparison.Ordinal));
        var ex = Assert.ThrowsExactly<OnnxModelIntegrityException>(() => OnnxTestModels.Tiny(dir: dir));
        Assert.AreEqual("model.onnx", ex.FileName);
    }
}
