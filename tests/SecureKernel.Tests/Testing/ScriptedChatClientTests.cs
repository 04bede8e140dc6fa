using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using SecureKernel.Testing;

namespace SecureKernel.Tests.Testing;

[TestClass]
public sealed class ScriptedChatClientTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void GetService_AnswersMetadataAndItself()
    {
        using var client = new ScriptedChatClient();

        Assert.AreEqual("scripted-model", ((ChatClientMetadata)client.GetService(typeof(ChatClientMetadata))!).DefaultModelId);
        Assert.AreSame(client, client.GetService(typeof(ScriptedChatClient)));
        Assert.IsNull(client.GetService(typeof(ChatClientMetadata), "key"));
        Assert.IsNull(client.GetService(typeof(string)));
    }

    [TestMethod]
    public async Task Queue_IsServedInOrder_ThenThrows()
    {
        using var client = new ScriptedChatClient();
        client.EnqueueText("one").EnqueueText("two");

        Assert.AreEqual("one", (await client.GetResponseAsync("hi", cancellationToken: TestContext.CancellationToken)).Text);
        Assert.AreEqual("two", (await client.GetResponseAsync("hi", cancellationToken: TestContext.CancellationToken)).Text);
        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => client.GetResponseAsync("hi", cancellationToken: TestContext.CancellationToken));
        Assert.HasCount(3, client.Requests);
    }

    [TestMethod]
    public async Task Streaming_Default_SplitsIntoSeveralSmallTextUpdates()
    {
        using var client = new ScriptedChatClient { StreamingChunkSize = 5 };
        client.GetResponseAsyncCallback = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "The travel limit is 150 EUR per night.")));

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate u in client.GetStreamingResponseAsync("q", cancellationToken: TestContext.CancellationToken)) updates.Add(u);

        Assert.IsGreaterThan(5, updates.Count(u => u.Text.Length > 0));
        Assert.IsTrue(updates.Where(u => u.Text.Length > 0).All(u => u.Text.Length <= 5));
        ChatResponse combined = updates.ToChatResponse();
        Assert.AreEqual("The travel limit is 150 EUR per night.", combined.Text);
        Assert.HasCount(1, combined.Messages);
        Assert.AreEqual(ChatFinishReason.Stop, combined.FinishReason);
    }

    [TestMethod]
    public async Task StreamingCallback_IsUsedWhenSet()
    {
        using var client = new ScriptedChatClient { GetStreamingResponseAsyncCallback = (_, _, _) => Updates() };

        var texts = new List<string>();
        await foreach (ChatResponseUpdate u in client.GetStreamingResponseAsync("q", cancellationToken: TestContext.CancellationToken)) texts.Add(u.Text);

        CollectionAssert.AreEqual(new[] { "a", "b" }, texts);

        static async IAsyncEnumerable<ChatResponseUpdate> Updates()
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, "a");
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, "b");
        }
    }

    [TestMethod]
    public async Task InKernel_ScriptedFunctionCall_RunsThePlugin()
    {
        using var scripted = new ScriptedChatClient();
        var mail = new MailPlugin();
        scripted.EnqueueFunctionCall("mail_send_email", new Dictionary<string, object?> { ["to"] = "a@b.example", ["subject"] = "s", ["body"] = "b" })
                .EnqueueText("done");
        IKernelBuilder builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(new ChatClientBuilder(scripted).UseKernelFunctionInvocation().Build());
        builder.Plugins.AddFromObject(mail, "mail");
        Kernel kernel = builder.Build();

        FunctionResult result = await kernel.InvokePromptAsync("go", new(new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }), cancellationToken: TestContext.CancellationToken);

        Assert.AreEqual("a@b.example", mail.Outbox.Single().To);
        StringAssert.Contains(result.GetValue<ChatResponse>()!.Text, "done");
        Assert.HasCount(2, scripted.Requests);
        Assert.IsTrue(scripted.Requests[1].Any(m => m.Contents.OfType<Microsoft.Extensions.AI.FunctionResultContent>().Any(r => Equals(r.Result, "Email sent."))));
    }

    [TestMethod]
    public async Task InKernel_TemplateFunctionCall_RendersRetrievedTextIntoThePrompt()
    {
        using var scripted = new ScriptedChatClient();
        string? seen = null;
        scripted.GetResponseAsyncCallback = (messages, _, _) =>
        {
            seen = messages.Last().Text;
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
        };
        IKernelBuilder builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatClient>(scripted);
        builder.Plugins.AddFromObject(new DocsPlugin(new InMemoryTextSearch(DemoDocuments.Benign), top: 1), "docs");
        Kernel kernel = builder.Build();

        await kernel.InvokePromptAsync("Context: {{docs.search_docs $q}} Question: {{$q}}", new KernelArguments { ["q"] = DemoDocuments.TravelQuestion }, cancellationToken: TestContext.CancellationToken);

        Assert.IsNotNull(seen);
        StringAssert.Contains(seen, DemoDocuments.TravelLimitFact);
    }
}
