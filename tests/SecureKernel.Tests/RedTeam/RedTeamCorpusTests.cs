using SecureKernel.Testing;

namespace SecureKernel.Tests.RedTeam;

[TestClass]
public sealed class RedTeamCorpusTests
{
    private static RedTeamCorpus Corpus => RedTeamCorpus.Bundled;

    [TestMethod]
    public void Bundled_IsVersioned_AndHasAFewHundredCases()
    {
        Assert.IsTrue(Corpus.Version >= 1);
        Assert.IsTrue(Corpus.Cases.Count >= 300, $"{Corpus.Cases.Count} cases");
    }

    [TestMethod]
    public void Bundled_IdsAreUnique()
    {
        var duplicates = Corpus.Cases.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.AreEqual(0, duplicates.Count, string.Join(", ", duplicates));
    }

    [TestMethod]
    public void Bundled_EveryKindHasAttacksAndBenignTasks()
    {
        foreach (RedTeamAttackKind kind in Enum.GetValues<RedTeamAttackKind>())
        {
            Assert.IsTrue(Corpus.Cases.Count(c => c.Kind == kind && !c.IsBenign) >= 30, $"{kind}: attacks");
            Assert.IsTrue(Corpus.Cases.Any(c => c.Kind == kind && c.IsBenign), $"{kind}: benign tasks");
        }
        Assert.IsTrue(Corpus.Cases.Count(c => c.IsBenign) >= 50);
    }

    [TestMethod]
    public void Bundled_IndirectInjectionCoversTheDocumentGenres()
    {
        string?[] genres = [.. Corpus.Cases.Where(c => c.Kind == RedTeamAttackKind.IndirectInjection && !c.IsBenign).Select(c => c.Genre).Distinct()];
        CollectionAssert.IsSubsetOf(new[] { "email", "web", "code", "table", "ticket" }, genres);
    }

    [TestMethod]
    public void Bundled_EveryCaseHasProvenanceAndAWellFormedGoal()
    {
        foreach (RedTeamCase c in Corpus.Cases)
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(c.Source), c.Id);
            Assert.IsFalse(string.IsNullOrWhiteSpace(c.License), c.Id);
            Assert.IsFalse(string.IsNullOrWhiteSpace(c.Text), c.Id);
            Assert.AreEqual(c.IsBenign, c.Goal is null, c.Id);
            if (c.Vector == RedTeamVector.Document) Assert.IsFalse(string.IsNullOrEmpty(c.Question), c.Id);
            if (c.Goal is { Type: RedTeamGoalType.ToolCall } g) Assert.AreEqual("send_email", g.Tool, c.Id);
        }
    }

    [TestMethod]
    public void Bundled_UsesNoEvaluationSplitsAndNoShareAlikeMaterial()
    {
        foreach (RedTeamCase c in Corpus.Cases)
        {
            Assert.IsFalse(c.Source.Contains("/test", StringComparison.OrdinalIgnoreCase), $"{c.Id}: {c.Source}");
            Assert.IsFalse(c.Source.Contains("notinject", StringComparison.OrdinalIgnoreCase), c.Id);
            Assert.IsFalse(c.Source.StartsWith("bipia/table", StringComparison.Ordinal) || c.Source.StartsWith("bipia/code", StringComparison.Ordinal), c.Id);
            Assert.IsFalse(c.License.Contains("SA", StringComparison.Ordinal), $"{c.Id}: {c.License}");
        }
    }

    [TestMethod]
    public void Select_FiltersByKind()
    {
        IReadOnlyList<RedTeamCase> leaks = Corpus.Select([RedTeamAttackKind.CanaryLeak]);
        Assert.IsTrue(leaks.Count > 0);
        Assert.IsTrue(leaks.All(c => c.Kind == RedTeamAttackKind.CanaryLeak));
        Assert.AreEqual(Corpus.Cases.Count, Corpus.Select(null).Count);
    }

    [TestMethod]
    [DataRow("indirect_injection", RedTeamAttackKind.IndirectInjection)]
    [DataRow("CanaryLeak", RedTeamAttackKind.CanaryLeak)]
    [DataRow("UNICODE_SMUGGLING", RedTeamAttackKind.UnicodeSmuggling)]
    public void TryParseKind_AcceptsJsonAndEnumNames(string name, RedTeamAttackKind expected)
    {
        Assert.IsTrue(RedTeamCorpus.TryParseKind(name, out RedTeamAttackKind kind));
        Assert.AreEqual(expected, kind);
        Assert.IsFalse(RedTeamCorpus.TryParseKind("xss", out _));
    }

    [TestMethod]
    public void Parse_ListsEveryProblem()
    {
        string text = """
            {"format": "securekernel-redteam-corpus", "version": 1, "cases": 5}
            {"id": "a", "kind": "jailbreak", "vector": "user", "text": "t", "benign": true, "source": "s", "license": "MIT"}
            {"id": "a", "kind": "jailbreak", "vector": "user", "text": "t", "benign": true, "source": "s", "license": "MIT"}
            {"id": "b", "kind": "xss", "vector": "user", "text": "t", "benign": true, "source": "s", "license": "MIT"}
            {"id": "c", "kind": "jailbreak", "vector": "document", "text": "t", "goal": {"type": "output_contains"}, "source": "s", "license": "MIT"}
            not json
            """;
        var ex = Assert.ThrowsExactly<FormatException>(() => RedTeamCorpus.Parse(new StringReader(text)));
        StringAssert.Contains(ex.Message, "duplicate id 'a'");
        StringAssert.Contains(ex.Message, "unknown kind 'xss'");
        StringAssert.Contains(ex.Message, "needs a pattern");
        StringAssert.Contains(ex.Message, "needs a question");
        StringAssert.Contains(ex.Message, "line 6: not valid JSON");
        StringAssert.Contains(ex.Message, "declares 5 cases");
    }

    [TestMethod]
    public void Parse_RejectsAMissingHeader()
    {
        var ex = Assert.ThrowsExactly<FormatException>(() => RedTeamCorpus.Parse(new StringReader("""{"id": "a"}""")));
        StringAssert.Contains(ex.Message, "header");
    }
}
