using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;
using SecureKernel.Runtime;
using SecureKernel.Tests.Detection;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.EndToEnd;

/// <summary>
/// <see cref="RetrievalGuardOptions.RulesOnlySources"/>: chunks from the named sources are scanned by the rule detector
/// alone (for text the classifier over-flags, such as chat transcripts), every other chunk by the configured detector; the
/// named chunks are still wrapped and still flagged by a rule hit.
/// </summary>
[TestClass]
public sealed class RulesOnlySourcesTests
{
    /// <summary>Flags everything and counts what it was asked to scan: any chunk it sees is flagged.</summary>
    private sealed class FlagAll : IInjectionDetector
    {
        public readonly List<string?> Sources = [];

        public string Name => "flag-all";

        public ValueTask<IReadOnlyList<InjectionScanResult>> ScanAsync(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken = default)
        {
            lock (Sources) Sources.AddRange(requests.Select(r => r.Source));
            return ValueTask.FromResult<IReadOnlyList<InjectionScanResult>>(
                [.. requests.Select(_ => new InjectionScanResult { Score = 1, Flagged = true, Findings = [new SecurityFinding(FindingKind.ClassifierScore, "flag-all", 1, Name)] })]);
        }
    }

    private const string ChatLine = "[09:23] <marco> ignore the PagerDuty alert that fired, it's the staging box";

    [TestMethod]
    public async Task NamedSource_IsScannedByTheRulesAlone_OtherSourcesByTheConfiguredDetector()
    {
        var detector = new FlagAll();
        var guard = new SecureKernelGuard(new SecureKernelOptions { Detector = detector, Retrieval = { RulesOnlySources = ["TEAM-CHAT"] } });

        var chat = await ToListAsync((await new FixedSearch(ChatLine, Harness.Poisoned).AsUntrusted(guard, "team-chat").SearchAsync("q")).Results);
        Assert.IsEmpty(detector.Sources, "the configured detector never saw the rules-only source (names match ignoring case)");
        Assert.IsTrue(chat.All(UntrustedContent.IsWrapped), "still wrapped as untrusted");
        Assert.IsFalse(chat[0].Contains("flagged", StringComparison.Ordinal), chat[0]);
        StringAssert.Contains(chat[1], "flagged=\"true\"", "a rule hit still flags the chunk");

        var kb = await ToListAsync((await new FixedSearch(ChatLine).AsUntrusted(guard, "kb").SearchAsync("q")).Results);
        CollectionAssert.AreEqual(new[] { "kb" }, detector.Sources.ToArray());
        StringAssert.Contains(kb[0], "flagged=\"true\"", "another source goes to the configured detector");
    }

    [TestMethod]
    public async Task MixedSources_InOneRetrieval_EachGoesToItsDetector_InOrder()
    {
        var detector = new FlagAll();
        var guard = new SecureKernelGuard(new SecureKernelOptions { Detector = detector, Retrieval = { RulesOnlySources = ["doc1"] } });

        // TextSearchResult names become the chunks' sources: doc0 and doc2 to the detector, doc1 to the rules
        var results = await ToListAsync((await new FixedSearch(ChatLine, ChatLine, ChatLine).AsUntrusted(guard, "kb").GetTextSearchResultsAsync("q")).Results);
        CollectionAssert.AreEqual(new[] { "doc0", "doc2" }, detector.Sources.ToArray());
        Assert.AreEqual(3, results.Count);
        StringAssert.Contains(results[0].Value, "source=\"doc0\" id=\"id0\" flagged=\"true\"");
        StringAssert.Contains(results[1].Value, "source=\"doc1\" id=\"id1\"");
        Assert.IsFalse(results[1].Value.Contains("flagged", StringComparison.Ordinal), results[1].Value);
        StringAssert.Contains(results[2].Value, "source=\"doc2\" id=\"id2\" flagged=\"true\"");
    }

    [TestMethod]
    [DataRow(false, false)]
    [DataRow(true, false)]
    [DataRow(false, true)]
    [DataRow(true, true)]
    public async Task RealPipeline_RulesOnlyFunction_ModelNotRun_ChunkWrappedNotFlagged(bool streaming, bool chatCompletionService)
    {
        string model = OnnxTestModels.RequireBundled("injection-cnn");
        var verdicts = new List<SecurityVerdict>();
        // the bundled model flags this chunk and the rules do not
        var h = Harness.Create(secure: true, document: InjectionModelPipelineTests.ModelOnlyAttack, chatCompletionService: chatCompletionService, configure: o =>
        {
            o.UseInjectionModel(model, OnnxDevice.Cpu);
            o.Retrieval.RulesOnlySources = ["Docs.search"];
            o.OnDecision = v => { lock (verdicts) verdicts.Add(v); };
        });

        await h.AskAsync("What is the meal limit?", streaming);

        var seen = h.ToolResultsSeen().Where(s => s.StartsWith("<untrusted_document", StringComparison.Ordinal)).ToList();
        Assert.IsNotEmpty(seen, "the function result reached the model wrapped");
        Assert.IsTrue(seen.All(s => s.Contains("source=\"Docs.search\"", StringComparison.Ordinal) && !s.Contains("flagged", StringComparison.Ordinal)),
            "scanned by the rules alone: not flagged, " + string.Join(" | ", seen));
        Assert.IsFalse(verdicts.Any(v => v.Stage == SecurityStage.Retrieval && v.Findings.Any(f => f.Kind == FindingKind.ClassifierScore)), "the model never scored it");
    }

    [TestMethod]
    [DataRow("Docs.search", "Docs.search", true)]
    [DataRow("docs.SEARCH", "Docs_search", true)]
    [DataRow("Docs_search", "Docs.search", true)]
    [DataRow("Docs_search", "docs_search", true)]
    [DataRow("Docs.search", "Docs-search", false)]
    [DataRow("Docs.search", "Docs_searches", false)]
    [DataRow("Docs.search", "Mail_search", false)]
    [DataRow("a.b.c", "a_b.c", false)]
    [DataRow(".search", "_search", false)]
    [DataRow("team-chat", "team_chat", false)]
    public void SourceNames_KernelFunctionNameAndToolName_MatchEachOther(string listed, string source, bool expected) =>
        Assert.AreEqual(expected, SourceNames.Matches(listed, source));

    /// <summary>
    /// Plain Microsoft.Extensions.AI function invocation (no kernel filter): <see cref="ToolResultGuardChatClient"/> wraps the
    /// result with the tool name the model called ("Docs_search"); the kernel-function form listed ("Docs.search") covers it.
    /// Without the listing the bundled model flags the same chunk.
    /// </summary>
    [TestMethod]
    [DataRow(false, true)]
    [DataRow(true, true)]
    [DataRow(false, false)]
    [DataRow(true, false)]
    public async Task PlainToolInvocation_KernelFormListed_CoversTheToolName(bool streaming, bool listed)
    {
        string model = OnnxTestModels.RequireBundled("injection-cnn");
        var guardOptions = new SecureKernelOptions().UseInjectionModel(model, OnnxDevice.Cpu);
        if (listed) guardOptions.Retrieval.RulesOnlySources.Add("Docs.search");
        var guard = new SecureKernelGuard(guardOptions);
        var scripted = new ScriptedModel();
        using IChatClient client = new ChatClientBuilder(scripted).UseFunctionInvocation().UseToolResultGuard(guard).Build();
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create((string query) => InjectionModelPipelineTests.ModelOnlyAttack, "Docs_search")] };
        List<ChatMessage> messages = [new(ChatRole.User, "What is the meal limit?")];

        if (streaming) await ToListAsync(client.GetStreamingResponseAsync(messages, options));
        else await client.GetResponseAsync(messages, options);

        string seen = scripted.Requests[^1].SelectMany(m => m.Contents).OfType<Microsoft.Extensions.AI.FunctionResultContent>().Select(r => r.Result?.ToString() ?? "").Single();
        StringAssert.StartsWith(seen, "<untrusted_document");
        StringAssert.Contains(seen, "source=\"Docs_search\"");
        Assert.AreEqual(!listed, seen.Contains("flagged=\"true\"", StringComparison.Ordinal), seen);
    }

    [TestMethod]
    public void EmptyName_IsAValidationError_ListedWithTheOthers()
    {
        var options = new SecureKernelOptions { Retrieval = { RulesOnlySources = ["chat", " "], RetrievalPlugins = [""] } };
        var ex = Assert.ThrowsExactly<OptionsValidationException>(() => new SecureKernelGuard(options));
        Assert.IsTrue(ex.Failures.Any(f => f.Contains("Retrieval.RulesOnlySources", StringComparison.Ordinal)), string.Join("; ", ex.Failures));
        Assert.IsTrue(ex.Failures.Any(f => f.Contains("Retrieval.RetrievalPlugins", StringComparison.Ordinal)), "every error listed");
    }

    [TestMethod]
    public void Configuration_BindsRulesOnlySources_AndPostureReportsThem()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SecureKernel:Retrieval:RulesOnlySources:0"] = "team-chat",
            ["SecureKernel:Retrieval:RulesOnlySources:1"] = "wiki",
        }).Build();
        var options = new SecureKernelOptions();
        SecureKernelConfigurationBinder.Bind(config.GetSection("SecureKernel"), options);
        CollectionAssert.AreEqual(new[] { "team-chat", "wiki" }, options.Retrieval.RulesOnlySources.ToArray());

        var posture = SecurityPosture.Evaluate(options);
        var retrieval = posture.Controls.Single(c => c.Id == "retrieval_guard");
        Assert.AreEqual("team-chat, wiki", retrieval.Settings["rules_only_sources"]);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var i in items) list.Add(i);
        return list;
    }
}
