using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SecureKernel.Tests.Audit;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Profiles;

/// <summary>Per-user token and cost budgets: usage read from the model's responses, the next turn blocked once used up.</summary>
[TestClass]
public sealed class TokenBudgetTests
{
    private const string Question = "What is the travel policy?";
    private static readonly DateTimeOffset s_start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static (Harness H, TestSink Sink, FakeTimeProvider Time) Create(TokenBudgetOptions budget, bool chatCompletionService = false)
    {
        var sink = new TestSink("memory");
        var time = new FakeTimeProvider(s_start);
        var h = Harness.Create(secure: true, document: Harness.Benign, chatCompletionService: chatCompletionService, time: time, configure: o =>
        {
            o.Budget = budget;
            o.Audit.Sinks.Add(sink);
            o.PrincipalAccessor = () => Current;
        });
        h.Model.Usage = new UsageDetails { InputTokenCount = 30, OutputTokenCount = 20, TotalTokenCount = 50 };
        return (h, sink, time);
    }

    private static SecurityPrincipal Current => s_current.Value ?? new SecurityPrincipal("alice", [], []);

    private static readonly AsyncLocal<SecurityPrincipal?> s_current = new();

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task ChatClient_BudgetExhausted_BlocksTheNextTurnBeforeTheModel_AuditedAndResetByTheWindow(bool streaming)
    {
        var (h, sink, time) = Create(new TokenBudgetOptions { MaxTokens = 100, Window = TimeSpan.FromHours(1) });
        var client = h.Kernel.GetRequiredService<IChatClient>();
        async Task Ask()
        {
            List<ChatMessage> messages = [new(ChatRole.User, Question)];
            if (streaming) await foreach (var _ in client.GetStreamingResponseAsync(messages)) { }
            else await client.GetResponseAsync(messages);
        }

        await Ask();
        await Ask();
        Assert.AreEqual(2, h.Model.Requests.Count);
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(Ask);
        Assert.AreEqual(2, h.Model.Requests.Count, "blocked before the model is called");
        Assert.AreEqual(FindingKind.BudgetExhausted, ex.Verdict.Findings[0].Kind);
        StringAssert.Contains(ex.Verdict.Reason, "100 of 100 tokens");
        StringAssert.Contains(ex.Verdict.Reason, "resets at 2026-01-01T01:00:00Z");

        s_current.Value = new SecurityPrincipal("bob", [], []);
        await Ask(); // another user's budget
        s_current.Value = null;

        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        await guard.Audit!.FlushAsync();
        var requests = sink.Records.Where(r => r.Kind == AuditRecord.RequestKind).ToList();
        Assert.AreEqual(4, requests.Count);
        Assert.AreEqual(30, requests[0].InputTokens);
        Assert.AreEqual(20, requests[0].OutputTokens);
        Assert.AreEqual("block", requests[2].Action);
        StringAssert.Contains(requests[2].Reason, "token budget");
        Assert.IsTrue(sink.Records.Any(r => r.Kind == AuditRecord.DecisionKind && r.FindingKinds.Contains("budget_exhausted")));

        time.Advance(TimeSpan.FromHours(1));
        await Ask();
        Assert.AreEqual(4, h.Model.Requests.Count, "a new window");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task ChatCompletionService_CountsEachTurnOnce(bool streaming)
    {
        // Two turns of 50 tokens fit a budget of 100; counting a turn twice (service and chat-client stage) would block the second.
        var (h, _, _) = Create(new TokenBudgetOptions { MaxTokens = 100 }, chatCompletionService: true);
        var chat = h.Kernel.GetRequiredService<IChatCompletionService>();
        async Task Ask()
        {
            var history = new ChatHistory();
            history.AddUserMessage(Question);
            if (streaming) await foreach (var _ in chat.GetStreamingChatMessageContentsAsync(history, null, h.Kernel)) { }
            else await chat.GetChatMessageContentAsync(history, null, h.Kernel);
        }

        await Ask();
        await Ask();
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(Ask);
        StringAssert.Contains(ex.Verdict.Reason, "100 of 100 tokens");
        Assert.AreEqual(2, h.Model.Requests.Count);
    }

    [TestMethod]
    public async Task PromptFunction_WithTools_CountsEveryModelRoundTrip()
    {
        var (h, sink, _) = Create(new TokenBudgetOptions { MaxTokens = 150 });
        await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto)); // search, then answer: two model calls
        Assert.AreEqual(2, h.Model.Requests.Count);
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        await guard.Audit!.FlushAsync();
        var request = sink.Records.Single(r => r.Kind == AuditRecord.RequestKind);
        Assert.AreEqual(60, request.InputTokens);
        Assert.AreEqual(40, request.OutputTokens);

        await h.Kernel.InvokePromptAsync(Question, new(Harness.Auto)); // 200 of 150 used: the turn in flight is not cut off
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => h.Kernel.InvokePromptAsync(Question, new(Harness.Auto)));
        StringAssert.Contains(ex.Verdict.Reason, "200 of 150 tokens");
        Assert.AreEqual(4, h.Model.Requests.Count);
    }

    [TestMethod]
    public async Task CostBudget_ComputedFromConfiguredPrices()
    {
        // 30 input tokens at 10,000 per million = 0.3; 20 output tokens at 20,000 per million = 0.4: 0.7 a turn.
        var (h, _, _) = Create(new TokenBudgetOptions { MaxCost = 1.2m, InputCostPerMillionTokens = 10_000m, OutputCostPerMillionTokens = 20_000m });
        var client = h.Kernel.GetRequiredService<IChatClient>();
        await client.GetResponseAsync(Question);
        await client.GetResponseAsync(Question);
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => client.GetResponseAsync(Question));
        StringAssert.Contains(ex.Verdict.Reason, "1.4 of 1.2 cost units");
        Assert.AreEqual("cost", ex.Verdict.Findings[0].Detail);
    }

    [TestMethod]
    public async Task ProfileBudget_AppliesOnlyUnderThatProfile()
    {
        var time = new FakeTimeProvider(s_start);
        var h = Harness.Create(secure: true, document: Harness.Benign, time: time, configure: o =>
        {
            var trial = new TrustProfile { Budget = new TokenBudgetOptions { MaxTokens = 50 } };
            o.Profiles["trial"] = trial;
        });
        h.Model.Usage = new UsageDetails { InputTokenCount = 30, OutputTokenCount = 20, TotalTokenCount = 50 };
        var client = h.Kernel.GetRequiredService<IChatClient>();
        for (int i = 0; i < 3; i++) await client.GetResponseAsync(Question); // default profile: no budget
        using var scope = TrustProfileScope.Begin("trial");
        await client.GetResponseAsync(Question);
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => client.GetResponseAsync(Question));
        StringAssert.Contains(ex.Verdict.Reason, "trust profile 'trial'");
    }

    [TestMethod]
    public async Task ConcurrentTurns_CountEveryResponse()
    {
        var (h, _, _) = Create(new TokenBudgetOptions { MaxTokens = 5_000 });
        var client = h.Kernel.GetRequiredService<IChatClient>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 64), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) => await client.GetResponseAsync(Question));

        // 64 turns x 50 tokens = 3,200 counted: 36 more turns fit, the 37th is blocked.
        for (int i = 0; i < 36; i++) await client.GetResponseAsync(Question);
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => client.GetResponseAsync(Question));
        StringAssert.Contains(ex.Verdict.Reason, "5000 of 5000 tokens");
    }
}
