using SecureKernel.Runtime;

namespace SecureKernel.Tests.Retrieval;

[TestClass]
public sealed class HistoryTaintTests
{
    [TestMethod]
    public void Scan_FindsSourcesAndUnverifiedContent_InRawAndEncodedWrappers()
    {
        var sources = new List<string>();
        bool unverified = false;
        string clean = UntrustedContent.Wrap("text", "kb", "1", SpotlightingMode.Delimit);
        string failed = UntrustedContent.Wrap("text", "web", "2", SpotlightingMode.Delimit, findings: ["detector_failure"], canary: "sk-canary-x");
        Assert.IsTrue(HistoryTaint.Scan(clean, sources, ref unverified));
        Assert.IsFalse(unverified);
        Assert.IsTrue(HistoryTaint.Scan(UntrustedContent.Encode(failed), sources, ref unverified), "entity-encoded wrappers (plain prompts) are found too");
        Assert.IsTrue(unverified);
        CollectionAssert.AreEqual(new[] { "kb", "web" }, sources);
        Assert.IsFalse(HistoryTaint.Scan("no wrapper here", sources, ref unverified));
    }
}
