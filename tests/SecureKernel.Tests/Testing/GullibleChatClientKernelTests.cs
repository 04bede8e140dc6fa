using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Data;
using SecureKernel.Testing;
using SecureKernel.Tests.EndToEnd;

namespace SecureKernel.Tests.Testing;

/// <summary>The gullible model through a real Kernel, with no security filters: the unprotected baseline.</summary>
[TestClass]
public sealed class GullibleChatClientKernelTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task InvokePrompt_PoisonedDocument_SendsEmailToTheAddressInTheDocument()
    {
        RagTestRun run = RagTestHarness.Build(DemoDocuments.All);

        string answer = await RagTestHarness.AskAsync(run, DemoDocuments.TravelQuestion, TestContext.CancellationToken);

        Assert.AreEqual(1, run.Model.GetToolCallCount("search_docs"));
        Assert.AreEqual(1, run.Model.GetToolCallCount("send_email"));
        Assert.AreEqual(1, run.Model.ComplianceCount);
        SentEmail email = run.Mail.Outbox.Single();
        Assert.AreEqual(DemoDocuments.AttackerAddress, email.To);
        StringAssert.Contains(email.Body, DemoDocuments.TravelQuestion);
        StringAssert.StartsWith(answer, "Answer: ");
        StringAssert.Contains(answer, DemoDocuments.TravelLimitFact, "the benign task still completes after the exfiltration");
    }

    [TestMethod]
    public async Task InvokePrompt_BenignDocuments_AnswersWithoutEmail()
    {
        RagTestRun run = RagTestHarness.Build(DemoDocuments.Benign);

        string answer = await RagTestHarness.AskAsync(run, DemoDocuments.TravelQuestion, TestContext.CancellationToken);

        Assert.AreEqual(1, run.Model.GetToolCallCount("search_docs"));
        Assert.AreEqual(0, run.Model.GetToolCallCount("send_email"));
        Assert.IsEmpty(run.Mail.Outbox);
        StringAssert.Contains(answer, DemoDocuments.TravelLimitFact);
        Assert.AreEqual(2, run.Model.RequestCount, "one round trip to search, one to answer");
    }

    [TestMethod]
    public async Task InvokePromptStreaming_PoisonedDocument_SendsEmailAndStreamsTheAnswerInPieces()
    {
        RagTestRun run = RagTestHarness.Build(DemoDocuments.All);

        (string text, int updates) = await RagTestHarness.AskStreamingAsync(run, DemoDocuments.TravelQuestion, TestContext.CancellationToken);

        Assert.HasCount(1, run.Mail.Outbox);
        Assert.AreEqual(DemoDocuments.AttackerAddress, run.Mail.Outbox[0].To);
        StringAssert.Contains(text, "Answer: ");
        StringAssert.Contains(text, DemoDocuments.TravelLimitFact);
        Assert.IsGreaterThan(5, updates, "the answer arrives as several small updates");
    }

    [TestMethod]
    public async Task InvokePromptStreaming_BenignDocuments_NoEmail()
    {
        RagTestRun run = RagTestHarness.Build(DemoDocuments.Benign);

        (string text, _) = await RagTestHarness.AskStreamingAsync(run, DemoDocuments.TravelQuestion, TestContext.CancellationToken);

        Assert.IsEmpty(run.Mail.Outbox);
        StringAssert.Contains(text, DemoDocuments.TravelLimitFact);
    }

    [TestMethod]
    public async Task ChatCompletionService_PoisonedDocument_SendsEmail_AndHistoryHoldsTheCalls()
    {
        RagTestRun run = RagTestHarness.Build(DemoDocuments.All);
        IChatCompletionService chat = run.ChatClient.AsChatCompletionService();
        var history = new ChatHistory("You are the company assistant.");
        history.AddUserMessage(DemoDocuments.TravelQuestion);

        ChatMessageContent reply = await chat.GetChatMessageContentAsync(history, RagTestHarness.AutoSettings, run.Kernel, TestContext.CancellationToken);

        Assert.HasCount(1, run.Mail.Outbox);
        StringAssert.Contains(reply.Content, DemoDocuments.TravelLimitFact);
        // Through AsChatCompletionService the history carries the model-facing names (Plugin_Function) and no PluginName.
        string calls = string.Join(",", history.SelectMany(m => m.Items).OfType<Microsoft.SemanticKernel.FunctionCallContent>().Select(c => $"{c.PluginName}|{c.FunctionName}"));
        Assert.AreEqual("|docs_search_docs,|mail_send_email", calls);
    }

    [TestMethod]
    public async Task ChatCompletionService_BenignDocuments_NoEmail()
    {
        RagTestRun run = RagTestHarness.Build(DemoDocuments.Benign);
        IChatCompletionService chat = run.ChatClient.AsChatCompletionService();
        var history = new ChatHistory();
        history.AddUserMessage(DemoDocuments.TravelQuestion);

        ChatMessageContent reply = await chat.GetChatMessageContentAsync(history, RagTestHarness.AutoSettings, run.Kernel, TestContext.CancellationToken);

        Assert.IsEmpty(run.Mail.Outbox);
        StringAssert.Contains(reply.Content, DemoDocuments.TravelLimitFact);
    }

    [TestMethod]
    public async Task ChatCompletionServiceStreaming_PoisonedDocument_SendsEmail()
    {
        RagTestRun run = RagTestHarness.Build(DemoDocuments.All);
        IChatCompletionService chat = run.ChatClient.AsChatCompletionService();
        var history = new ChatHistory();
        history.AddUserMessage(DemoDocuments.TravelQuestion);

        var text = new System.Text.StringBuilder();
        int updates = 0;
        await foreach (StreamingChatMessageContent update in chat.GetStreamingChatMessageContentsAsync(history, RagTestHarness.AutoSettings, run.Kernel, TestContext.CancellationToken))
        {
            updates++;
            text.Append(update.Content);
        }

        Assert.HasCount(1, run.Mail.Outbox);
        StringAssert.Contains(text.ToString(), DemoDocuments.TravelLimitFact);
        Assert.IsGreaterThan(5, updates);
    }

    [TestMethod]
    [DataRow(SpotlightingMode.Delimit)]
    [DataRow(SpotlightingMode.Base64)]
    [DataRow(SpotlightingMode.Datamark)]
    public async Task WrappedResults_AreStillReadAndObeyed_BecauseTheModelIsGullible(SpotlightingMode mode)
    {
        // Wrapping alone does not stop this model: it decodes the wrapper like a real model would.
        string marker = UntrustedContent.NewDatamarkMarker();
        var setup = new RagKernelSetup { Name = "wrap only", WrapSearch = inner => new WrappingSearch(inner, mode, marker) };
        RagTestRun run = RagTestHarness.Build(DemoDocuments.All, setup);
        IChatCompletionService chat = run.ChatClient.AsChatCompletionService();
        var history = new ChatHistory(UntrustedContent.SystemInstruction(mode, marker));
        history.AddUserMessage(DemoDocuments.TravelQuestion);

        ChatMessageContent reply = await chat.GetChatMessageContentAsync(history, RagTestHarness.AutoSettings, run.Kernel, TestContext.CancellationToken);

        SentEmail email = run.Mail.Outbox.Single();
        Assert.AreEqual(DemoDocuments.AttackerAddress, email.To);
        Assert.DoesNotContain(marker, email.Body, "datamark markers are removed before reading");
        Assert.DoesNotContain("untrusted_document", email.Body);
        StringAssert.Contains(reply.Content, DemoDocuments.TravelLimitFact);
    }

    [TestMethod]
    public async Task TextSearchPluginFromSemanticKernel_RawTextSearchResults_AreRead()
    {
        // SK's own CreateWithGetTextSearchResults plugin returns List<TextSearchResult> as the raw tool result.
        var model = new GullibleChatClient();
        var mail = new MailPlugin();
        IChatClient client = new ChatClientBuilder(model).UseKernelFunctionInvocation().Build();
        IKernelBuilder builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(client);
        builder.Plugins.Add(new InMemoryTextSearch(DemoDocuments.All).CreateWithGetTextSearchResults("rag"));
        builder.Plugins.AddFromObject(mail, "mail");
        Kernel kernel = builder.Build();

        FunctionResult result = await kernel.InvokePromptAsync(DemoDocuments.TravelQuestion, new KernelArguments(RagTestHarness.AutoSettings), cancellationToken: TestContext.CancellationToken);

        Assert.AreEqual(1, model.GetToolCallCount("rag_GetTextSearchResults"));
        Assert.AreEqual(DemoDocuments.AttackerAddress, mail.Outbox.Single().To);
        StringAssert.Contains(result.GetValue<ChatResponse>()!.Text, DemoDocuments.TravelLimitFact);
    }

    [TestMethod]
    public async Task NoTools_AnswersWithoutCalling()
    {
        var model = new GullibleChatClient();
        ChatResponse response = await model.GetResponseAsync([new ChatMessage(ChatRole.User, "Hello?")], cancellationToken: TestContext.CancellationToken);

        Assert.AreEqual("Answer: I found no documents about that.", response.Text);
        Assert.IsEmpty(model.ToolCallCounts);
        Assert.IsInstanceOfType<ChatClientMetadata>(model.GetService(typeof(ChatClientMetadata)));
    }

    [TestMethod]
    public async Task SendEmailNotOffered_InstructionsAreNotActedOn()
    {
        var model = new GullibleChatClient();
        var search = AIFunctionFactory.Create((string query) => DemoDocuments.Poisoned.Text, "docs_search_docs");
        var options = new ChatOptions { Tools = [search] };
        List<ChatMessage> messages = [new(ChatRole.User, DemoDocuments.TravelQuestion)];

        ChatResponse first = await model.GetResponseAsync(messages, options, TestContext.CancellationToken);
        var call = first.Messages.SelectMany(m => m.Contents).OfType<Microsoft.Extensions.AI.FunctionCallContent>().Single();
        Assert.AreEqual(DemoDocuments.TravelQuestion, call.Arguments!["query"]);
        messages.AddRange(first.Messages);
        messages.Add(new ChatMessage(ChatRole.Tool, [new Microsoft.Extensions.AI.FunctionResultContent(call.CallId, DemoDocuments.Poisoned.Text)]));

        ChatResponse second = await model.GetResponseAsync(messages, options, TestContext.CancellationToken);

        StringAssert.StartsWith(second.Text, "Answer: Travel expense FAQ");
        Assert.AreEqual(0, model.ComplianceCount);
    }

    [TestMethod]
    public async Task RefusedSendEmail_ModelAnswersAndDoesNotRetry()
    {
        var model = new GullibleChatClient();
        var search = AIFunctionFactory.Create((string query) => DemoDocuments.Poisoned.Text, "docs_search_docs");
        var send = AIFunctionFactory.Create((string to, string subject, string body) => "refused", "mail_send_email");
        var options = new ChatOptions { Tools = [search, send] };
        List<ChatMessage> messages = [new(ChatRole.User, DemoDocuments.TravelQuestion)];

        for (int round = 0; round < 2; round++)
        {
            ChatResponse response = await model.GetResponseAsync(messages, options, TestContext.CancellationToken);
            var call = response.Messages.SelectMany(m => m.Contents).OfType<Microsoft.Extensions.AI.FunctionCallContent>().Single();
            messages.AddRange(response.Messages);
            messages.Add(new ChatMessage(ChatRole.Tool, [new Microsoft.Extensions.AI.FunctionResultContent(call.CallId, round == 0 ? DemoDocuments.Poisoned.Text : "Blocked by policy.")]));
        }
        ChatResponse final = await model.GetResponseAsync(messages, options, TestContext.CancellationToken);

        StringAssert.StartsWith(final.Text, "Answer: ");
        Assert.AreEqual(1, model.GetToolCallCount("send_email"));
    }

    private sealed class WrappingSearch(ITextSearch inner, SpotlightingMode mode, string marker) : ITextSearch
    {
        public async Task<KernelSearchResults<string>> SearchAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default)
        {
            KernelSearchResults<TextSearchResult> results = await inner.GetTextSearchResultsAsync(query, searchOptions, cancellationToken);
            return new KernelSearchResults<string>(Wrap(results.Results, cancellationToken));
        }

        public Task<KernelSearchResults<TextSearchResult>> GetTextSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<KernelSearchResults<object>> GetSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        private async IAsyncEnumerable<string> Wrap(IAsyncEnumerable<TextSearchResult> results, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (TextSearchResult r in results.WithCancellation(cancellationToken))
            {
                yield return UntrustedContent.Wrap(r.Value, r.Name, r.Link, mode, marker);
            }
        }
    }
}
