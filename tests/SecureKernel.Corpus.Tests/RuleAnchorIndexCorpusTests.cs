using SecureKernel.Detection;

namespace SecureKernel.Corpus.Tests;

/// <summary>
/// The rule detector's one-pass anchor search (<see cref="RuleAnchorIndex"/>) against each rule's own anchor search on real
/// text: every row of the bundled datasets (all slices; nothing is tuned here, only equality checked) and every string of
/// the multilingual probes. Any difference fails the test.
/// </summary>
[TestClass]
public sealed class RuleAnchorIndexCorpusTests
{
    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void AnchorIndex_OnDatasetsAndProbes_EqualsPerRuleAnchorSearch()
    {
        string? root = Corpus.FindRepoRoot();
        Assert.IsNotNull(root, "SecureKernel.sln not found above the test's base directory");
        List<string> texts = Corpus.ProbeStrings(root, "multilingual_probe_v*.json");
        Assert.IsGreaterThan(500, texts.Count, "the multilingual probes were not read");
        string? datasets = Corpus.FindDatasets(root);
        if (datasets is not null) texts.AddRange(Corpus.Load(datasets).Select(r => r.Text));

        InjectionRule[] rules = InjectionRules.All;
        var index = new RuleAnchorIndex(rules);
        var differences = new List<string>();
        foreach (string raw in texts)
        {
            foreach (string text in new[] { raw, TextNormalizer.Normalize(raw).Text })
            {
                ReadOnlySpan<bool> found = index.Search(text);
                for (int r = 0; r < rules.Length; r++)
                {
                    if (!index.Covers(r)) continue;
                    bool expected = text.AsSpan().IndexOfAny(rules[r].Anchors!) >= 0;
                    if (expected != found[r] && differences.Count < 20) differences.Add($"{rules[r].Id}: expected {expected} on a text of {text.Length} chars");
                }
            }
        }
        Assert.IsEmpty(differences, string.Join("\n", differences));
        if (datasets is null) Assert.Inconclusive("../shared/datasets not found: checked the multilingual probes only.");
    }
}
