using Microsoft.SemanticKernel;

namespace SecureKernel.Tests.Options;

[TestClass]
public sealed class SecurityConfigurationAuditTests
{
    [TestMethod]
    public void Inspect_ReportsEveryOptOut()
    {
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("p",
        [
            kernel.CreateFunctionFromPrompt(new PromptTemplateConfig("{{$a}}") { Name = "f1", AllowDangerouslySetContent = true }),
            kernel.CreateFunctionFromPrompt(new PromptTemplateConfig("{{$b}}") { Name = "f2", InputVariables = [new() { Name = "b", AllowDangerouslySetContent = true }] }),
            kernel.CreateFunctionFromPrompt(new PromptTemplateConfig("{{$c}}") { Name = "safe" }),
        ]);
        var findings = SecurityConfigurationAudit.Inspect(kernel);
        Assert.AreEqual(2, findings.Count, string.Join("\n", findings));
        Assert.IsTrue(findings.Any(f => f.Detail.StartsWith("p.f1:", StringComparison.Ordinal)));
        Assert.IsTrue(findings.Any(f => f.Detail.Contains("'b'")));

        var config = new PromptTemplateConfig("x") { AllowDangerouslySetContent = true, InputVariables = [new() { Name = "v", AllowDangerouslySetContent = true }] };
        Assert.AreEqual(2, SecurityConfigurationAudit.Inspect(config).Count);
    }

    [TestMethod]
    public void AddSecurityFilters_ReportsOptOutsAtStartup()
    {
        var verdicts = new List<SecurityVerdict>();
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("p", [kernel.CreateFunctionFromPrompt(new PromptTemplateConfig("{{$a}}") { Name = "f1", AllowDangerouslySetContent = true })]);
        kernel.AddSecurityFilters(o => o.OnDecision = verdicts.Add);
        Assert.AreEqual(1, verdicts.Count(v => v.Stage == SecurityStage.Configuration));
        Assert.AreEqual(1, kernel.GetSecurityGuard()!.ConfigurationWarnings.Count);
    }
}
