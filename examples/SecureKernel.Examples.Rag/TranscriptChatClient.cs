using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace SecureKernel.Examples.Rag;

/// <summary>
/// Sits next to the model and records what the model asked for (tool calls) and which tool results it was sent,
/// so the demo can print what happened whichever model is used.
/// </summary>
internal sealed class TranscriptChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    private readonly List<string> _events = [];
    private readonly HashSet<string> _seenResults = [];

    public IReadOnlyList<string> Events
    {
        get { lock (_events) return [.. _events]; }
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        List<ChatMessage> list = [.. messages];
        RecordResults(list);
        ChatResponse response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        RecordCalls(response.Messages.SelectMany(m => m.Contents));
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<ChatMessage> list = [.. messages];
        RecordResults(list);
        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(list, options, cancellationToken).ConfigureAwait(false))
        {
            RecordCalls(update.Contents);
            yield return update;
        }
    }

    private void RecordResults(List<ChatMessage> messages)
    {
        foreach (FunctionResultContent result in messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>())
        {
            lock (_events)
            {
                if (_seenResults.Add(result.CallId)) _events.Add($"tool result -> model: {Describe(result.Result)}");
            }
        }
    }

    private void RecordCalls(IEnumerable<AIContent> contents)
    {
        foreach (FunctionCallContent call in contents.OfType<FunctionCallContent>())
        {
            string args = string.Join(", ", (call.Arguments ?? new Dictionary<string, object?>()).Select(a => $"{a.Key}=\"{Shorten(a.Value?.ToString() ?? "", 60)}\""));
            lock (_events) _events.Add($"model calls {call.Name}({args})");
        }
    }

    private static string Describe(object? result) => result switch
    {
        null => "(null)",
        string s => $"\"{Shorten(s, 160)}\"",
        System.Collections.IEnumerable items => DescribeItems([.. items.Cast<object?>().Select(i => i?.ToString() ?? "")]),
        _ => $"\"{Shorten(result.ToString() ?? "", 160)}\"",
    };

    private static string DescribeItems(List<string> items) =>
        $"{items.Count} chunk(s):" + string.Concat(items.Select((t, i) => $"\n      [{i + 1}] \"{Shorten(t, 110)}\""));

    internal static string Shorten(string text, int max)
    {
        string flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..max] + "…";
    }
}
