using SecureKernel.Detection;

namespace SecureKernel.Tests.Detection;

/// <summary>Assertions on rule detector results shared by the rule tests.</summary>
internal static class RuleAssert
{
    /// <summary>Asserts that <paramref name="result"/> is flagged and names <paramref name="ruleId"/> among its findings.</summary>
    public static void FlaggedWith(InjectionScanResult result, string ruleId, string context = "")
    {
        string prefix = context.Length == 0 ? "" : context + ": ";
        Assert.IsTrue(result.Flagged, $"{prefix}expected flagged, score {result.Score}");
        Assert.IsTrue(result.Findings.Any(f => f.Detail == ruleId), $"{prefix}expected {ruleId}; got {string.Join(",", result.Findings.Select(f => f.Detail))}");
    }

    /// <summary>Asserts that <paramref name="result"/> is not flagged and has no finding of the rules <paramref name="ruleIds"/>.</summary>
    public static void NotFlaggedBy(InjectionScanResult result, IReadOnlyCollection<string> ruleIds)
    {
        string findings = string.Join(",", result.Findings.Select(f => f.Detail));
        Assert.IsFalse(result.Flagged, $"expected not flagged, score {result.Score}: {findings}");
        Assert.IsFalse(result.Findings.Any(f => ruleIds.Contains(f.Detail)), findings);
    }

    /// <summary>Asserts, as user text and as retrieved text, that <paramref name="text"/> is flagged with <paramref name="ruleId"/>.</summary>
    public static void FlaggedWithInBothOrigins(RuleInjectionDetector detector, string text, string ruleId)
    {
        foreach (ContentOrigin origin in new[] { ContentOrigin.User, ContentOrigin.Retrieved })
        {
            FlaggedWith(detector.Scan(text, origin), ruleId, origin.ToString());
        }
    }

    /// <summary>
    /// Asserts, as user text and as retrieved text, that <paramref name="text"/> is not flagged and no rule of
    /// <paramref name="ruleIds"/> is among its findings.
    /// </summary>
    public static void NotFlaggedNorMatchedInBothOrigins(RuleInjectionDetector detector, string text, IReadOnlySet<string> ruleIds, string context)
    {
        foreach (ContentOrigin origin in new[] { ContentOrigin.User, ContentOrigin.Retrieved })
        {
            InjectionScanResult r = detector.Scan(text, origin);
            string got = string.Join(",", r.Findings.Select(f => f.Detail));
            Assert.IsFalse(r.Flagged, $"{context} {origin}: expected not flagged, score {r.Score}: {got}");
            Assert.IsFalse(r.Findings.Any(f => ruleIds.Contains(f.Detail)), $"{context} {origin}: {got}");
        }
    }

    /// <summary>Asserts that no rule of <paramref name="ruleIds"/> is among the findings of any of <paramref name="texts"/>.</summary>
    public static void NoneMatches(RuleInjectionDetector detector, IEnumerable<string> texts, IReadOnlySet<string> ruleIds, ContentOrigin origin)
    {
        foreach (string text in texts)
        {
            InjectionScanResult r = detector.Scan(text, origin);
            Assert.IsFalse(r.Findings.Any(f => ruleIds.Contains(f.Detail)), $"{text}: {string.Join(",", r.Findings.Select(f => f.Detail))}");
        }
    }

    /// <summary>
    /// Asserts that every rule of <paramref name="rules"/> has anchors, that its substring anchors are long enough for the
    /// one-pass anchor search, and that the search serves it.
    /// </summary>
    public static void AnchoredWithIndexableAnchors(IEnumerable<InjectionRule> rules)
    {
        var index = new RuleAnchorIndex(InjectionRules.All);
        foreach (InjectionRule rule in rules)
        {
            Assert.IsTrue(rule.Anchors is not null || rule.WordAnchors, $"{rule.Id} has no anchors");
            foreach (string anchor in rule.SubstringAnchors ?? [])
                Assert.IsGreaterThanOrEqualTo(RuleAnchorIndex.MinAnchorLength, anchor.Length, $"{rule.Id}: '{anchor}'");
            if (rule.SubstringAnchors is not null)
                Assert.IsTrue(index.Covers(Array.IndexOf(InjectionRules.All, rule)), $"{rule.Id} is not served by the one-pass anchor search");
        }
    }
}
