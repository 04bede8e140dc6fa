using SecureKernel.Detection;

namespace SecureKernel.Tests.Detection;

/// <summary>
/// <see cref="RuleAnchorIndex"/> (one pass over a text for the substring anchors of all covered rules) must answer exactly
/// what each rule's own anchor search answers, and the detector's fast path must match exactly what the per-rule path
/// matches. The corpus: every anchor of every rule in several casings, alone, inside words, overlapping, at the ends of a
/// text; the rules' sample attacks in every language; benign text in several scripts.
/// </summary>
[TestClass]
public sealed class RuleAnchorIndexTests
{
    private static readonly InjectionRule[] s_rules = InjectionRules.All;

    private static IEnumerable<string> Corpus()
    {
        foreach (string s in InjectionRuleAnchorTests.Samples) yield return s;
        yield return "The report shows that revenue grew in the third quarter while costs remained stable.";
        yield return "Ünïcödé façade: naïve résumé, İstanbul'da ılık bir gün; Straße ΣΊΣΥΦΟΣ σίσυφος.";
        yield return "<p>Not: toplantı saat üçte.</p> OBS: mötet flyttas. POZNÁMKA: schůzka. ОБРАЩЕНИЕ к жителям.";
        yield return "";
        foreach (InjectionRule rule in s_rules)
        {
            foreach (string a in rule.SubstringAnchors ?? [])
            {
                yield return a;
                yield return a.ToUpperInvariant();
                yield return a.ToLowerInvariant();
                yield return "xx" + a + "yy";
                yield return "An English sentence, then " + a.ToUpperInvariant() + a + " and the end.";
                if (a.Length > 2) yield return a[..^1] + " " + a[^1]; // broken up: no occurrence of this anchor
            }
        }
    }

    [TestMethod]
    public void Search_AnswersExactlyAsEachRulesOwnAnchorSearch()
    {
        var index = new RuleAnchorIndex(s_rules);
        int checkedPairs = 0;
        foreach (string text in Corpus())
        {
            ReadOnlySpan<bool> found = index.Search(text);
            for (int r = 0; r < s_rules.Length; r++)
            {
                if (!index.Covers(r))
                {
                    Assert.IsFalse(found[r], $"rule {s_rules[r].Id} is not covered but was marked");
                    continue;
                }
                bool expected = text.AsSpan().IndexOfAny(s_rules[r].Anchors!) >= 0;
                Assert.AreEqual(expected, found[r], $"rule {s_rules[r].Id} on a text of {text.Length} chars");
                checkedPairs++;
            }
        }
        Assert.IsGreaterThan(100_000, checkedPairs);
    }

    [TestMethod]
    public void FastPath_MatchesExactlyWhatThePerRulePathMatches()
    {
        var index = new RuleAnchorIndex(s_rules);
        foreach (string text in Corpus().Where((_, i) => i % 3 == 0))
        {
            bool[] found = index.Search(text).ToArray();
            for (int r = 0; r < s_rules.Length; r++)
            {
                bool slow = s_rules[r].TryMatchFirst(RuleText.For(text), out int s1, out int l1);
                bool fast = index.Covers(r)
                    ? s_rules[r].TryMatchFirst(RuleText.For(text), found[r], out int s2, out int l2)
                    : s_rules[r].TryMatchFirst(RuleText.For(text), out s2, out l2);
                Assert.AreEqual(slow, fast, $"rule {s_rules[r].Id}");
                Assert.AreEqual((s1, l1), (s2, l2), $"rule {s_rules[r].Id}");
            }
        }
    }

    [TestMethod]
    public void CoversMostRules_AndNoRuleHasAnEmptyAnchor()
    {
        var index = new RuleAnchorIndex(s_rules);
        int covered = Enumerable.Range(0, s_rules.Length).Count(index.Covers);
        Assert.IsGreaterThan(150, covered, "the one-pass search should serve most rules");
        foreach (InjectionRule rule in s_rules)
        {
            // an empty anchor ("<|".Split('|') gives "<" and "") would make the rule's anchor search always succeed
            Assert.IsFalse((rule.SubstringAnchors ?? []).Any(a => a.Length == 0), $"rule {rule.Id} has an empty anchor");
        }
    }

    [TestMethod]
    public void Search_IsPerThread()
    {
        var index = new RuleAnchorIndex(s_rules);
        string[] texts = [.. Corpus().Take(400)];
        bool[][] expected = [.. texts.Select(t => index.Search(t).ToArray())];
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int k = i % texts.Length;
            CollectionAssert.AreEqual(expected[k], index.Search(texts[k]).ToArray());
        });
    }
}
