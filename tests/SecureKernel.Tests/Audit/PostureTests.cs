using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;

namespace SecureKernel.Tests.Audit;

[TestClass]
public sealed partial class PostureTests
{
    [GeneratedRegex(@"^AML\.T\d{4}(\.\d{3})?$")]
    private static partial Regex AtlasId();

    [GeneratedRegex(@"^LLM(0[1-9]|10)$")]
    private static partial Regex OwaspId();

    [TestMethod]
    public void Defaults_EveryControlListedAndMapped_OnlyTheMissingAuditSinkFlagged()
    {
        var report = SecurityPosture.Evaluate(new SecureKernelOptions());
        string[] expected = ["mode", "failure_mode", "input_guard", "retrieval_guard", "injection_detector", "taint_tracking", "tool_policy:(default)",
            "approvals", "rate_limits", "output_guard", "output_sanitizer", "output_redaction", "canaries", "tool_argument_checks", "audit"];
        foreach (string id in expected) Assert.IsTrue(report.Controls.Any(c => c.Id == id), id);
        foreach (var c in report.Controls)
        {
            Assert.IsNotEmpty(c.Nist, c.Id);
            Assert.IsTrue(c.Nist.All(n => n is "GOVERN" or "MAP" or "MEASURE" or "MANAGE"), c.Id);
            Assert.IsTrue(c.Owasp.All(o => OwaspId().IsMatch(o)), c.Id);
            Assert.IsTrue(c.Atlas.All(a => AtlasId().IsMatch(a)), c.Id);
        }

        var detector = report.Controls.Single(c => c.Id == "injection_detector");
        Assert.AreEqual("rules", detector.Settings["kind"]);
        Assert.AreEqual("n/a (no model)", detector.Settings["model_verified"]);
        Assert.IsFalse(report.Controls.Single(c => c.Id == "audit").Enabled);
        CollectionAssert.AreEqual(new[] { "no_audit_sink" }, report.Risks.Select(r => r.Id).ToArray());
        Assert.IsTrue(report.Controls.Single(c => c.Id == "input_guard").Owasp.Contains("LLM01"));
        Assert.IsTrue(report.Controls.Single(c => c.Id == "retrieval_guard").Atlas.Contains("AML.T0051.001"));
    }

    [TestMethod]
    public void RiskyConfiguration_IsFlagged()
    {
        var o = new SecureKernelOptions { Mode = GuardMode.Observe, FailureMode = FailureMode.FailOpen };
        o.Output.Enabled = false;
        o.Tools.Add("Mail", new ToolPolicy { Consequence = ToolConsequence.External, AcceptsUntrustedContext = true });
        o.Tools.Add("Crm", new ToolPolicy { Consequence = ToolConsequence.Write });
        o.Tools.Add("Kb", new ToolPolicy { TrustedOutput = true });
        o.Audit.Sinks.Add(new TestSink("memory"));
        var report = SecurityPosture.Evaluate(o);
        var ids = report.Risks.Select(r => (r.Id, r.Control)).ToArray();
        CollectionAssert.Contains(ids, ("observe_mode", "mode"));
        CollectionAssert.Contains(ids, ("fail_open", "failure_mode"));
        CollectionAssert.Contains(ids, ("output_guard_off", "output_guard"));
        CollectionAssert.Contains(ids, ("tool_accepts_untrusted_context", "tool_policy:Mail"));
        CollectionAssert.Contains(ids, ("tool_without_approval", "tool_policy:Mail"));
        CollectionAssert.Contains(ids, ("tool_without_approval", "tool_policy:Crm"));
        CollectionAssert.Contains(ids, ("tool_trusted_output", "tool_policy:Kb"));
        Assert.IsFalse(report.Risks.Any(r => r.Id == "no_audit_sink"));
        Assert.AreEqual(PostureRiskSeverity.High, report.Risks[0].Severity, "most severe first");
        Assert.AreEqual(PostureRiskSeverity.High, report.Risks.Single(r => r.Id == "tool_accepts_untrusted_context").Severity);
    }

    [TestMethod]
    public void Kernel_DangerousTemplatesAndFunctionsOnTheDefaultPolicy_AreReported()
    {
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("p", [kernel.CreateFunctionFromPrompt(new PromptTemplateConfig("{{$a}}") { Name = "f1", AllowDangerouslySetContent = true })]);
        var o = new SecureKernelOptions();
        o.Tools.DefaultPolicy = new ToolPolicy { Consequence = ToolConsequence.Write, RequiresApproval = true };
        var report = SecurityPosture.Evaluate(o, kernel);
        Assert.IsTrue(report.Risks.Any(r => r.Id == "allow_dangerously_set_content" && r.Severity == PostureRiskSeverity.High));
        Assert.IsTrue(report.Risks.Any(r => r.Id == "function_on_risky_default" && r.Message.StartsWith("p.f1", StringComparison.Ordinal)));
        Assert.IsTrue(report.Risks.Any(r => r.Id == "default_policy_not_read"));
        Assert.IsFalse(report.Controls.Single(c => c.Id == "prompt_templates").Enabled);
        Assert.AreEqual("p.f1", report.Controls.Single(c => c.Id == "kernel_functions").Settings["on_default_policy"]);
    }

    [TestMethod]
    [DataRow(false, true)]
    [DataRow(true, false)]
    public void ModelDetector_WithoutVerifiedHash_IsFlagged(bool verified, bool flagged)
    {
        var report = SecurityPosture.Evaluate(new SecureKernelOptions { Detector = new ModelDetector(verified) });
        Assert.AreEqual(flagged, report.Risks.Any(r => r.Id == "model_unverified" && r.Severity == PostureRiskSeverity.High));
        var d = report.Controls.Single(c => c.Id == "injection_detector");
        Assert.AreEqual("model", d.Settings["kind"]);
        Assert.AreEqual(verified ? "true" : "false", d.Settings["model_verified"]);
        Assert.IsTrue(d.Atlas.Contains("AML.T0010"));
    }

    [TestMethod]
    public void OnnxDetector_ReportsItsVerifiedModel()
    {
        using var onnx = SecureKernel.Tests.Detection.OnnxTestModels.Tiny();
        var report = SecurityPosture.Evaluate(new SecureKernelOptions { Detector = new EnsembleInjectionDetector([new RuleInjectionDetector(), onnx]) });
        var d = report.Controls.Single(c => c.Id == "injection_detector");
        Assert.AreEqual("ensemble(rules+model)", d.Settings["kind"]);
        Assert.AreEqual("true", d.Settings["model_verified"]);
        Assert.AreEqual(onnx.ModelId, d.Settings["model_id"]);
        Assert.AreEqual("unsigned", d.Settings["model_signature"]);
        CollectionAssert.AreEqual(new[] { "model_unsigned" }, report.Risks.Where(r => r.Control == "injection_detector").Select(r => r.Id).ToArray(), "hash verified, only the missing signature is flagged");
    }

    [TestMethod]
    public void KernelApi_UsesTheKernelsGuard_AndItsPlugins()
    {
        var h = SecureKernel.Tests.Infrastructure.Harness.Create(secure: true, configure: o => o.Audit.Sinks.Add(new TestSink("memory")));
        var report = h.Kernel.GetSecurityPosture();
        var mail = report.Controls.Single(c => c.Id == "tool_policy:Mail");
        Assert.AreEqual("external", mail.Settings["consequence"]);
        StringAssert.Contains(report.Controls.Single(c => c.Id == "kernel_functions").Settings["on_default_policy"], "Docs.search");
        Assert.IsTrue(report.Risks.Any(r => r.Id == "tool_without_approval" && r.Control == "tool_policy:Mail"));
        Assert.IsFalse(report.Risks.Any(r => r.Id == "no_audit_sink"));
        Assert.ThrowsExactly<InvalidOperationException>(() => new Kernel().GetSecurityPosture());
    }

    [TestMethod]
    public void Ensemble_OfRulesAndAnUnverifiedModel_IsFlagged()
    {
        var ensemble = new EnsembleInjectionDetector([new RuleInjectionDetector(), new ModelDetector(false)]);
        var report = SecurityPosture.Evaluate(new SecureKernelOptions { Detector = ensemble });
        var d = report.Controls.Single(c => c.Id == "injection_detector");
        Assert.AreEqual("ensemble(rules+model)", d.Settings["kind"]);
        Assert.AreEqual("test-model-v1", d.Settings["model_id"]);
        Assert.IsTrue(report.Risks.Any(r => r.Id == "model_unverified"));
    }

    [TestMethod]
    public void Json_And_Markdown_CarryEveryControlAndRisk()
    {
        var o = new SecureKernelOptions { Mode = GuardMode.Observe };
        o.Tools.Add("Mail|x", new ToolPolicy { Consequence = ToolConsequence.External });
        var report = SecurityPosture.Evaluate(o);
        var json = JsonDocument.Parse(report.ToJson()).RootElement;
        Assert.AreEqual("observe", json.GetProperty("mode").GetString());
        Assert.AreEqual(report.Controls.Count, json.GetProperty("controls").GetArrayLength());
        Assert.AreEqual(report.Risks.Count, json.GetProperty("risks").GetArrayLength());
        Assert.AreEqual(report.Risks.Count(r => r.Severity == PostureRiskSeverity.High), json.GetProperty("summary").GetProperty("risks_high").GetInt32());
        var mail = json.GetProperty("controls").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "tool_policy:Mail|x");
        Assert.AreEqual("external", mail.GetProperty("settings").GetProperty("consequence").GetString());
        Assert.AreEqual("LLM06", mail.GetProperty("owasp")[0].GetString());

        string md = report.ToMarkdown();
        StringAssert.StartsWith(md, "# SecureKernel security posture");
        StringAssert.Contains(md, "| Control | On | Settings | OWASP LLM 2025 | MITRE ATLAS | NIST AI RMF |");
        StringAssert.Contains(md, "`observe_mode`");
        StringAssert.Contains(md, "Mail\\|x", "pipes in names are escaped so the table stays intact");
        foreach (var c in report.Controls) StringAssert.Contains(md, "(`" + c.Id.Replace("|", "\\|", StringComparison.Ordinal) + "`)");
    }

    [TestMethod]
    public void InvalidOptions_Throw_WithEveryError()
    {
        var o = new SecureKernelOptions();
        o.Input.MaxUserChars = 0;
        o.Retrieval.Threshold = 2;
        var ex = Assert.ThrowsExactly<Microsoft.Extensions.Options.OptionsValidationException>(() => SecurityPosture.Evaluate(o));
        Assert.HasCount(2, ex.Failures);
    }

    private sealed class ModelDetector(bool verified) : IInjectionDetector, IModelBackedDetector
    {
        public string Name => "test-model";

        public string ModelId => "test-model-v1";

        public bool ModelVerified => verified;

        public ValueTask<IReadOnlyList<InjectionScanResult>> ScanAsync(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<InjectionScanResult>>([.. requests.Select(_ => InjectionScanResult.Clean)]);
    }
}
