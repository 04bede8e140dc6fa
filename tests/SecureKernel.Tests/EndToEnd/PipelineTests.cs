using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.EndToEnd;

[TestClass]
public sealed class PipelineTests
{
    private const string Question = "What is the travel policy?";

    [TestMethod]
    public async Task Control_WithoutSecureKernel_GullibleModelExfiltrates()
    {
        var h = Harness.Create(secure: false);
        var result = await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto));
        Assert.AreEqual(1, h.Mail.Outbox.Count, "the control must show the attack works without SecureKernel");
        StringAssert.Contains(result.ToString(), "Answer");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task InvokePrompt_PoisonedChunk_TaggedAndExfiltrationBlocked(bool streaming)
    {
        var verdicts = new List<SecurityVerdict>();
        var h = Harness.Create(secure: true, configure: o => o.OnDecision = v => { lock (verdicts) verdicts.Add(v); });
        string answer;
        if (streaming)
        {
            var parts = new List<string>();
            await foreach (var u in h.Kernel.InvokePromptStreamingAsync(Question, new(Harness.Auto))) parts.Add(u.ToString());
            answer = string.Concat(parts);
        }
        else
        {
            answer = (await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto))).ToString();
        }

        Assert.AreEqual(0, h.Mail.Outbox.Count, "send_email must not run");
        StringAssert.Contains(answer, "Answer");
        var seen = h.ToolResultsSeen().ToList();
        Assert.IsTrue(seen.Any(s => s.StartsWith("<untrusted_document source=\"Docs.search\"", StringComparison.Ordinal) && s.Contains("flagged=\"true\"")), string.Join("\n", seen));
        Assert.IsTrue(seen.Any(s => s.Contains("was blocked") && s.Contains("Docs.search")), "the model is told why, naming the taint source");
        var block = verdicts.Single(v => v.Stage == SecurityStage.Tool && v.Action == SecurityAction.Block);
        CollectionAssert.Contains(block.TaintSources.ToList(), "Docs.search");
        Assert.IsTrue(block.Findings.Any(f => f.Kind == FindingKind.Tainted));
        Assert.IsTrue(h.Model.Requests.All(r => r[0].Role == ChatRole.System && r[0].Text.Contains("untrusted_document")), "spotlighting instruction sent as a system message");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task DirectChat_ChatCompletionService_Guarded(bool streaming)
    {
        var h = Harness.Create(secure: true, chatCompletionService: true);
        var chat = h.Kernel.GetRequiredService<IChatCompletionService>();
        Assert.IsInstanceOfType<SecureKernel.ChatCompletion.SecureChatCompletionService>(chat);
        var history = new ChatHistory("You are a helpful assistant.");
        history.AddUserMessage(Question);
        string answer;
        if (streaming)
        {
            var parts = new List<string>();
            await foreach (var u in chat.GetStreamingChatMessageContentsAsync(history, Harness.Auto, h.Kernel)) parts.Add(u.Content ?? "");
            answer = string.Concat(parts);
        }
        else
        {
            answer = (await chat.GetChatMessageContentAsync(history, Harness.Auto, h.Kernel)).Content ?? "";
        }

        Assert.AreEqual(0, h.Mail.Outbox.Count);
        StringAssert.Contains(answer, "Answer");
        Assert.IsTrue(h.ToolResultsSeen().Any(s => s.Contains("flagged=\"true\"")));
        Assert.AreEqual("You are a helpful assistant.", history[0].Content, "the caller's history is not rewritten");
    }

    [TestMethod]
    public async Task BenignDocument_TaskCompletes_NoFindings()
    {
        var h = Harness.Create(secure: true, document: Harness.Benign);
        var answer = (await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto))).ToString();
        StringAssert.Contains(answer, "Hotels up to 150 EUR");
        Assert.IsTrue(h.ToolResultsSeen().Any(s => s.StartsWith("<untrusted_document", StringComparison.Ordinal) && !s.Contains("flagged")));
    }

    [TestMethod]
    public async Task TemplateCalls_ResultWrapped_AndExternalToolBlockedAfterTaint()
    {
        var h = Harness.Create(secure: true);
        var rendered = await h.Kernel.InvokePromptAsync("Context: {{Docs.search 'travel'}}");
        Assert.IsTrue(h.Model.Requests[0].Any(m => m.Text.Contains("<untrusted_document source=\"Docs.search\"")), string.Join("|", h.Model.Requests[0].Select(m => m.Text)));
        Assert.IsFalse(h.Model.Requests[0].Any(m => m.Role == ChatRole.User && m.Text.Contains("</untrusted_document><", StringComparison.Ordinal)));

        var ex = await Assert.ThrowsAsync<KernelException>(() => h.Kernel.InvokePromptAsync("{{Docs.search 'travel'}} then {{Mail.send_email to='a@b.c' body='x'}}"));
        var blocked = ex as SecurityBlockedException ?? ex.InnerException as SecurityBlockedException;
        Assert.IsNotNull(blocked, ex.ToString());
        Assert.AreEqual(SecurityAction.Block, blocked.Verdict.Action);
        Assert.AreEqual(0, h.Mail.Outbox.Count);
        Assert.IsFalse(blocked.Message.Contains("attacker", StringComparison.Ordinal), "exception carries no raw text");
    }

    [TestMethod]
    public async Task ManualCall_ExternalTool_NoTaint_Runs()
    {
        var h = Harness.Create(secure: true);
        await h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.c", ["body"] = "hi" });
        Assert.AreEqual(1, h.Mail.Outbox.Count);
    }
}
