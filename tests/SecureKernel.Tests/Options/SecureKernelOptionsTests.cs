namespace SecureKernel.Tests.Options;

[TestClass]
public sealed class SecureKernelOptionsTests
{
    [TestMethod]
    public void Ctor_Defaults_AreValid()
    {
        var o = new SecureKernelOptions();
        Assert.AreEqual(0, o.Validate().Count);
        Assert.AreEqual(GuardMode.Enforce, o.Mode);
        Assert.AreEqual(FailureMode.FailClosedForHighConsequence, o.FailureMode);
        Assert.AreEqual(SpotlightingMode.Delimit, o.Retrieval.Spotlighting);
    }

    [TestMethod]
    public void Validate_ListsEveryError()
    {
        var o = new SecureKernelOptions();
        o.Input.MaxUserChars = 0;
        o.Retrieval.Threshold = 2;
        o.Retrieval.DetectorTimeout = TimeSpan.Zero;
        o.Tools.Add("Mail", new ToolPolicy { RateLimitPermits = -1 });
        o.Tools.Policies["Bad"] = null!;
        o.Mode = (GuardMode)42;
        var errors = o.Validate();
        Assert.AreEqual(6, errors.Count, string.Join("\n", errors));
        Assert.IsTrue(errors.Any(e => e.Contains("Input.MaxUserChars")));
        Assert.IsTrue(errors.Any(e => e.Contains("Retrieval.Threshold")));
        Assert.IsTrue(errors.Any(e => e.Contains("Retrieval.DetectorTimeout")));
        Assert.IsTrue(errors.Any(e => e.Contains("Tools.Policies[Mail].RateLimitPermits")));
        Assert.IsTrue(errors.Any(e => e.Contains("Tools.Policies[Bad]")));
        Assert.IsTrue(errors.Any(e => e.StartsWith("Mode")));
    }

    [TestMethod]
    public void ToolPolicy_EffectiveAcceptsUntrusted_DependsOnConsequence()
    {
        Assert.IsTrue(new ToolPolicy().EffectiveAcceptsUntrustedContext);
        Assert.IsFalse(new ToolPolicy { Consequence = ToolConsequence.External }.EffectiveAcceptsUntrustedContext);
        Assert.IsTrue(new ToolPolicy { Consequence = ToolConsequence.Write, AcceptsUntrustedContext = true }.EffectiveAcceptsUntrustedContext);
    }
}
