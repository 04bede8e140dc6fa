using Microsoft.SemanticKernel;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Audit;

[TestClass]
public sealed class AuditGuardTests
{
    private const string Question = "What is the travel policy?";

    [TestMethod]
    public async Task GuardedRequest_WritesDecisionAndRequestRecords_ToAVerifiableChain_WithoutContent()
    {
        string path = AuditTestSupport.TempFile();
        var memory = new TestSink("memory");
        var h = Harness.Create(secure: true, configure: o =>
        {
            o.Audit.JsonLinesPath = path;
            o.Audit.Sinks.Add(memory);
            o.Audit.Endpoint = "public";
            o.PrincipalAccessor = () => new SecurityPrincipal("alice", [], []);
        });
        await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto));
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        await guard.Audit!.FlushAsync();

        var records = memory.Records;
        var retrieval = records.First(r => r.Stage == "retrieval");
        Assert.AreEqual(AuditRecord.DecisionKind, retrieval.Kind);
        Assert.Contains("instruction_override", retrieval.FindingKinds);
        Assert.AreEqual(Harness.Poisoned.Length, retrieval.InputLength);
        Assert.AreEqual("alice", retrieval.UserId);
        Assert.AreEqual("public", retrieval.Endpoint);
        Assert.IsNotNull(retrieval.TurnId);
        Assert.IsNull(retrieval.Content);

        var tool = records.First(r => r.Stage == "tool");
        Assert.AreEqual("block", tool.Action);
        Assert.IsNotEmpty(tool.TaintSources);

        var request = records.Single(r => r.Kind == AuditRecord.RequestKind);
        Assert.AreEqual(retrieval.TurnId, request.TurnId);
        Assert.AreEqual("block", request.Action);
        Assert.IsGreaterThanOrEqualTo(2, request.Decisions!.Value);
        Assert.IsNotNull(request.LatencyMs);

        var result = AuditVerifier.Verify(path);
        Assert.IsTrue(result.Intact, result.Error);
        Assert.AreEqual(records.Count, result.Records);
        string file = File.ReadAllText(path);
        Assert.DoesNotContain("attacker@evil.example", file, "no content in records by default");
        Assert.DoesNotContain("ignore previous instructions", file);
        await guard.DisposeAsync();
    }

    [TestMethod]
    public async Task IncludeContent_PutsTheScannedTextInTheRecord()
    {
        var memory = new TestSink("memory");
        var h = Harness.Create(secure: true, configure: o =>
        {
            o.Audit.Sinks.Add(memory);
            o.Audit.IncludeContent = true;
        });
        await h.Kernel.InvokePromptAsync("What is the travel policy?", new(Harness.Auto));
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        await guard.Audit!.FlushAsync();
        Assert.AreEqual(Harness.Poisoned, memory.Records.First(r => r.Stage == "retrieval").Content);
    }

    [TestMethod]
    public void NoSink_NoPipeline()
    {
        var guard = new SecureKernelGuard(new SecureKernelOptions());
        Assert.IsNull(guard.Audit);
        guard.Dispose();
    }

    [TestMethod]
    public void InvalidAuditOptions_AreListed()
    {
        var o = new SecureKernelOptions();
        o.Audit.BufferSize = 0;
        o.Audit.SinkTimeout = TimeSpan.Zero;
        o.Audit.JsonLinesPath = " ";
        var errors = o.Validate();
        Assert.IsTrue(errors.Any(e => e.StartsWith("Audit.BufferSize", StringComparison.Ordinal)), string.Join("\n", errors));
        Assert.IsTrue(errors.Any(e => e.StartsWith("Audit.SinkTimeout", StringComparison.Ordinal)));
        Assert.IsTrue(errors.Any(e => e.StartsWith("Audit.JsonLinesPath", StringComparison.Ordinal)));
    }
}
