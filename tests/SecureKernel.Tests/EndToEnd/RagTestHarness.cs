using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SecureKernel.Testing;

namespace SecureKernel.Tests.EndToEnd;

/// <summary>One assembled RAG kernel with its gullible model and recording mail plugin.</summary>
internal sealed record RagTestRun(Kernel Kernel, IChatClient ChatClient, GullibleChatClient Model, MailPlugin Mail, InMemoryTextSearch Index);

/// <summary>Builds a real <see cref="Kernel"/> around <see cref="GullibleChatClient"/>, <c>docs.search_docs</c> and <c>mail.send_email</c>.</summary>
internal static class RagTestHarness
{
    public static PromptExecutionSettings AutoSettings => new() { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

    public static RagTestRun Build(IEnumerable<IndexedDocument> documents, RagKernelSetup? setup = null, int top = 3, GullibleChatClientOptions? modelOptions = null)
    {
        setup ??= RagKernelSetup.Unprotected;
        var model = new GullibleChatClient(modelOptions);
        var index = new InMemoryTextSearch(documents);
        var mail = new MailPlugin();

        var chatBuilder = new ChatClientBuilder(model);
        setup.OuterChatMiddleware(chatBuilder);
        chatBuilder.UseKernelFunctionInvocation();
        setup.InnerChatMiddleware(chatBuilder);
        IChatClient client = chatBuilder.Build();

        IKernelBuilder builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(client);
        builder.Plugins.AddFromObject(new DocsPlugin(setup.WrapSearch(index), top), "docs");
        builder.Plugins.AddFromObject(mail, "mail");
        setup.ConfigureKernel(builder);
        return new RagTestRun(builder.Build(), client, model, mail, index);
    }

    /// <summary>Runs one user question through <c>InvokePromptAsync</c> and returns the final text.</summary>
    public static async Task<string> AskAsync(RagTestRun run, string question, CancellationToken cancellationToken = default)
    {
        FunctionResult result = await run.Kernel.InvokePromptAsync(question, new KernelArguments(AutoSettings), cancellationToken: cancellationToken);
        return result.GetValue<object>() is ChatResponse response ? response.Text : result.ToString();
    }

    /// <summary>Runs one user question through <c>InvokePromptStreamingAsync</c> and returns the concatenated text and the update count.</summary>
    public static async Task<(string Text, int Updates)> AskStreamingAsync(RagTestRun run, string question, CancellationToken cancellationToken = default)
    {
        var sb = new System.Text.StringBuilder();
        int updates = 0;
        await foreach (StreamingChatMessageContent update in run.Kernel.InvokePromptStreamingAsync<StreamingChatMessageContent>(question, new KernelArguments(AutoSettings), cancellationToken: cancellationToken))
        {
            updates++;
            sb.Append(update.Content);
        }
        return (sb.ToString(), updates);
    }
}
