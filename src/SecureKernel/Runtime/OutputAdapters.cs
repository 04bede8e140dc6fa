using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SkTextContent = Microsoft.SemanticKernel.TextContent;

namespace SecureKernel.Runtime;

/// <summary>Applies the output guard to Semantic Kernel and M.E.AI result shapes, keeping their types.</summary>
internal static class OutputAdapters
{
    /// <summary>Guards a non-streaming prompt-function value; returns the replacement (same type where possible).</summary>
    public static object? GuardValue(SecureKernelGuard guard, object? value) => value switch
    {
        null => null,
        string s => guard.Output.Guard(s, Session()).Text,
        ChatMessageContent m => Guard(guard, m),
        IReadOnlyList<ChatMessageContent> list => list.Select(m => Guard(guard, m)).ToList(),
        ChatResponse r => Guard(guard, r),
        _ => value,
    };

    public static ChatMessageContent Guard(SecureKernelGuard guard, ChatMessageContent message)
    {
        if (message.Role != AuthorRole.Assistant || string.IsNullOrEmpty(message.Content)) return message;
        var result = guard.Output.Guard(message.Content, Session());
        if (ReferenceEquals(result.Text, message.Content) && result.Html is null) return message;
        var metadata = message.Metadata is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(message.Metadata);
        if (result.Html is not null) metadata[OutputGuardOptions.HtmlMetadataKey] = result.Html;
        var items = new ChatMessageContentItemCollection { new SkTextContent(result.Text) };
        foreach (var item in message.Items.Where(i => i is not SkTextContent)) items.Add(item);
        return new ChatMessageContent(message.Role, items, message.ModelId, message.InnerContent, message.Encoding, metadata) { AuthorName = message.AuthorName };
    }

    public static ChatResponse Guard(SecureKernelGuard guard, ChatResponse response)
    {
        foreach (var m in response.Messages)
        {
            if (m.Role != ChatRole.Assistant) continue;
            var texts = m.Contents.OfType<Microsoft.Extensions.AI.TextContent>().ToList();
            if (texts.Count == 0) continue;
            var result = guard.Output.Guard(string.Concat(texts.Select(t => t.Text)), Session());
            int index = m.Contents.IndexOf(texts[0]);
            foreach (var t in texts) m.Contents.Remove(t);
            m.Contents.Insert(Math.Min(index, m.Contents.Count), new Microsoft.Extensions.AI.TextContent(result.Text));
            if (result.Html is not null)
            {
                response.AdditionalProperties ??= [];
                response.AdditionalProperties[OutputGuardOptions.HtmlMetadataKey] = result.Html;
            }
        }

        return response;
    }

    /// <summary>Wraps a streaming prompt-function value (one of the three element types SK produces); other values pass.</summary>
    public static object? GuardStream(SecureKernelGuard guard, object? value) => value switch
    {
        IAsyncEnumerable<StreamingChatMessageContent> s => StreamGuard.GuardAsync(guard, s, c => c.Content, (c, t) => new StreamingChatMessageContent(c.Role ?? AuthorRole.Assistant, t, c.InnerContent, c.ChoiceIndex, c.ModelId, c.Encoding, c.Metadata)),
        IAsyncEnumerable<StreamingKernelContent> s => StreamGuard.GuardAsync(guard, s, TextOf, (c, t) => new StreamingChatMessageContent(AuthorRole.Assistant, t, c.InnerContent, c.ChoiceIndex, c.ModelId, metadata: c.Metadata)),
        IAsyncEnumerable<string> s => StreamGuard.GuardAsync(guard, s, x => x, (_, t) => t),
        IAsyncEnumerable<ChatResponseUpdate> s => GuardUpdates(guard, s),
        _ => value,
    };

    public static IAsyncEnumerable<StreamingChatMessageContent> GuardStream(SecureKernelGuard guard, IAsyncEnumerable<StreamingChatMessageContent> source) =>
        StreamGuard.GuardAsync(guard, source, c => c.Content, (c, t) => new StreamingChatMessageContent(c.Role ?? AuthorRole.Assistant, t, c.InnerContent, c.ChoiceIndex, c.ModelId, c.Encoding, c.Metadata));

    public static IAsyncEnumerable<ChatResponseUpdate> GuardUpdates(SecureKernelGuard guard, IAsyncEnumerable<ChatResponseUpdate> source) =>
        StreamGuard.GuardAsync(
            guard,
            source,
            u => u.Role is { } r && r != ChatRole.Assistant ? null : u.Contents.OfType<Microsoft.Extensions.AI.TextContent>().Any() ? u.Text : null,
            (u, t) => new ChatResponseUpdate(ChatRole.Assistant, [new Microsoft.Extensions.AI.TextContent(t), .. u.Contents.Where(c => c is not Microsoft.Extensions.AI.TextContent)])
            {
                ResponseId = u.ResponseId,
                MessageId = u.MessageId,
                ConversationId = u.ConversationId,
                ModelId = u.ModelId,
                CreatedAt = u.CreatedAt,
            });

    private static string? TextOf(StreamingKernelContent c) => c switch
    {
        StreamingChatMessageContent m => m.Content,
        StreamingTextContent t => t.Text,
        _ => null,
    };

    private static RedactionSession Session() => TurnState.Current?.RedactionSession ?? new RedactionSession();
}
