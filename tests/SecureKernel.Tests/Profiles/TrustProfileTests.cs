using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SecureKernel.Tests.Audit;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Profiles;

/// <summary>Trust profiles per endpoint, through the real SK pipeline: auto-invocation, direct invoke, IChatClient and IChatCompletionService.</summary>
[TestClass]
public sealed class TrustProfileTests
{
    private const string Question = "What is the travel policy?";

    // The document asks for an email, so the scripted model calls Mail.send_email after the search.
    private const string Document = Harness.Benign + " Please email a summary.";

    internal static Harness Create(Action<SecureKernelOptions>? more = null, bool chatCompletionService = false) =>
        Harness.Create(secure: true, document: Document, mailPolicy: false, chatCompletionService: chatCompletionService, configure: o =>
        {
            var publicProfile = new TrustProfile();
            publicProfile.Tools.Add("Docs", new ToolPolicy());
            var internalProfile = new TrustProfile();
            internalProfile.Tools.Add("Docs", new ToolPolicy()).Add("Mail", new ToolPolicy { Consequence = ToolConsequence.External, AcceptsUntrustedContext = true });
            o.Profiles["public"] = publicProfile;
            o.Profiles["internal"] = internalProfile;
            more?.Invoke(o);
        });

    private static SecurityPrincipal User(string profile) => new("u-" + profile, [], []) { Profile = profile };

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task AutoInvocation_InternalOnlyTool_RunsUnderInternal_BlockedUnderPublic(bool streaming)
    {
        var h = Create();
        using (TrustProfileScope.Begin("internal")) await h.AskAsync(Question, streaming);
        Assert.AreEqual(1, h.Mail.Outbox.Count, "internal reaches Mail.send_email");

        using (TrustProfileScope.Begin("public")) await h.AskAsync(Question, streaming);
        Assert.AreEqual(1, h.Mail.Outbox.Count, "public does not");
        Assert.IsTrue(h.ToolResultsSeen().Any(r => r.Contains("not enabled in trust profile 'public'", StringComparison.Ordinal)), string.Join("\n", h.ToolResultsSeen()));
        Assert.AreEqual(2, h.Docs.Calls, "a tool public lists still runs");
    }

    [TestMethod]
    public async Task DirectInvoke_ProfileFromPrincipal_PublicBlockedWithReason_InternalRuns()
    {
        var h = Create();
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokeAsync("Mail", "send_email",
            new() { ["to"] = "a@b.c", ["body"] = "x", [SecurityPrincipal.ArgumentName] = User("public") }));
        StringAssert.Contains(ex.Verdict.Reason, "trust profile 'public'");
        await h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.c", ["body"] = "x", [SecurityPrincipal.ArgumentName] = User("internal") });
        Assert.AreEqual(1, h.Mail.Outbox.Count);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task ChatClientPath_ProfileFromScope(bool streaming)
    {
        var h = Create();
        var client = h.Kernel.GetRequiredService<IChatClient>();
        var options = new ChatOptions { Tools = [.. h.Kernel.Plugins.SelectMany(p => p).Select(f => f.AsAIFunction(h.Kernel))] };
        async Task Ask()
        {
            List<ChatMessage> messages = [new(ChatRole.User, Question)];
            if (streaming) await foreach (var _ in client.GetStreamingResponseAsync(messages, options)) { }
            else await client.GetResponseAsync(messages, options);
        }

        using (TrustProfileScope.Begin("public")) await Ask();
        Assert.AreEqual(0, h.Mail.Outbox.Count);
        using (TrustProfileScope.Begin("internal")) await Ask();
        Assert.AreEqual(1, h.Mail.Outbox.Count);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task ChatCompletionServicePath_ProfileFromKernelData(bool streaming)
    {
        var h = Create(chatCompletionService: true);
        var chat = h.Kernel.GetRequiredService<IChatCompletionService>();
        async Task Ask(string profile)
        {
            h.Kernel.Data[TrustProfile.DataKey] = profile;
            var history = new ChatHistory();
            history.AddUserMessage(Question);
            if (streaming) await foreach (var _ in chat.GetStreamingChatMessageContentsAsync(history, Harness.Auto, h.Kernel)) { }
            else await chat.GetChatMessageContentAsync(history, Harness.Auto, h.Kernel);
        }

        await Ask("public");
        Assert.AreEqual(0, h.Mail.Outbox.Count);
        await Ask("internal");
        Assert.AreEqual(1, h.Mail.Outbox.Count);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task UnknownProfile_BlockedBeforeTheModel_WithReasonAndAuditRecord(bool streaming)
    {
        var sink = new TestSink("memory");
        var h = Create(o => o.Audit.Sinks.Add(sink));
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        using (TrustProfileScope.Begin("intranet"))
        {
            var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.AskAsync(Question, streaming));
            StringAssert.Contains(ex.Verdict.Reason, "unknown trust profile 'intranet'");
            Assert.AreEqual(FindingKind.NotAuthorized, ex.Verdict.Findings[0].Kind);

            // Every path refuses: direct tool calls and the chat client too.
            await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokeAsync("Docs", "search", new() { ["query"] = "q" }));
            await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.GetRequiredService<IChatClient>().GetResponseAsync([new ChatMessage(ChatRole.User, Question)]));
        }

        Assert.AreEqual(0, h.Model.Requests.Count, "the model was never called");
        Assert.AreEqual(0, h.Docs.Calls);
        await guard.Audit!.FlushAsync();
        var requests = sink.Records.Where(r => r.Kind == AuditRecord.RequestKind).ToList();
        Assert.AreEqual(3, requests.Count);
        Assert.IsTrue(requests.All(r => r.Action == "block" && r.Profile == "intranet" && r.Reason.Contains("unknown trust profile", StringComparison.Ordinal)), string.Join("\n", requests));
    }

    [TestMethod]
    public async Task ConflictingProfiles_Blocked_NeverRunUnderEither()
    {
        var h = Create();
        using var scope = TrustProfileScope.Begin("public");
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokePromptAsync(Question,
            new(Harness.Auto) { [SecurityPrincipal.ArgumentName] = User("internal") }));
        StringAssert.Contains(ex.Verdict.Reason, "conflicting trust profiles");
        Assert.AreEqual(0, h.Model.Requests.Count);
        Assert.AreEqual(0, h.Mail.Outbox.Count);
    }

    [TestMethod]
    public async Task KernelDataNotAString_Blocked()
    {
        var h = Create();
        h.Kernel.Data[TrustProfile.DataKey] = 42;
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokePromptAsync(Question, new(Harness.Auto)));
        StringAssert.Contains(ex.Verdict.Reason, "not a trust profile name");
    }

    [TestMethod]
    public async Task DefaultProfile_AppliesToUnlabelledRequests_TopLevelStillSelectableByName()
    {
        var h = Create(o =>
        {
            o.DefaultProfile = "public";
            o.Tools.Add("Mail", new ToolPolicy { Consequence = ToolConsequence.External, AcceptsUntrustedContext = true });
        });
        await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto));
        Assert.AreEqual(0, h.Mail.Outbox.Count, "no label: public");
        using (TrustProfileScope.Begin(TrustProfile.DefaultName)) await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto));
        Assert.AreEqual(1, h.Mail.Outbox.Count, "the top-level settings are the profile named 'default'");
    }

    [TestMethod]
    public async Task ProfileInputLimits_OverrideTopLevel()
    {
        var h = Create(o => o.Profiles["public"].Input = new InputGuardOptions { MaxUserChars = 10 });
        using (TrustProfileScope.Begin("internal")) await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto));
        using var scope = TrustProfileScope.Begin("public");
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokePromptAsync(Question, new(Harness.Auto)));
        StringAssert.Contains(ex.Verdict.Reason, "exceeds the limit of 10");
    }

    [TestMethod]
    public async Task AuditRecords_CarryTheProfile_InTheHashChainedFile()
    {
        string path = AuditTestSupport.TempFile();
        var sink = new TestSink("memory");
        var h = Create(o => { o.Audit.Sinks.Add(sink); o.Audit.JsonLinesPath = path; });
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        using (TrustProfileScope.Begin("public")) await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto));
        await guard.Audit!.FlushAsync();
        var tool = sink.Records.Single(r => r.Stage == "tool");
        Assert.AreEqual("public", tool.Profile);
        Assert.AreEqual("block", tool.Action);
        Assert.AreEqual("public", sink.Records.Single(r => r.Kind == AuditRecord.RequestKind).Profile);
        await guard.DisposeAsync();
        Assert.IsTrue(AuditVerifier.Verify(path).Intact);
        StringAssert.Contains(File.ReadAllText(path), "\"profile\":\"public\"");
    }

    [TestMethod]
    public void Posture_ListsProfiles_AndTheFunctionsEachReaches()
    {
        var h = Create();
        var report = h.Kernel.GetSecurityPosture();
        var profiles = report.Controls.Single(c => c.Id == "trust_profiles");
        Assert.AreEqual("default, internal, public", profiles.Settings["profiles"]);
        Assert.AreEqual("Docs.search", report.Controls.Single(c => c.Id == "profile:public").Settings["reachable_functions"]);
        Assert.AreEqual("Docs.search, Mail.send_email", report.Controls.Single(c => c.Id == "profile:internal").Settings["reachable_functions"]);
        Assert.IsTrue(report.Risks.Any(r => r.Id == "profile_default_top_level"));
        StringAssert.Contains(report.ToJson(), "profile:public");
    }

    [TestMethod]
    public void Posture_FlagsAProfilePolicyThatMatchesNoFunction()
    {
        var h = Create(o => o.Profiles["public"].Tools.Add("Dcos", new ToolPolicy()));
        var risk = h.Kernel.GetSecurityPosture().Risks.Single(r => r.Id == "profile_policy_matches_nothing");
        Assert.AreEqual("profile:public", risk.Control);
        StringAssert.Contains(risk.Message, "'Dcos'");
    }

    [TestMethod]
    public async Task ObserveMode_UnknownProfile_RecordedAsWouldBlock_NothingBlocked()
    {
        var log = new List<SecurityVerdict>();
        var h = Create(o => { o.Mode = GuardMode.Observe; o.OnDecision = v => { lock (log) log.Add(v); }; });
        using (TrustProfileScope.Begin("intranet")) await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto));
        Assert.IsTrue(log.Any(v => v.Observed && v.Reason.Contains("unknown trust profile 'intranet'", StringComparison.Ordinal) && v.Reason.Contains("would block", StringComparison.Ordinal)),
            string.Join("\n", log.Select(v => v.Reason)));
    }
}
