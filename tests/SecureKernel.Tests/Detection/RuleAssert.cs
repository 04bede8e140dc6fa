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
}
