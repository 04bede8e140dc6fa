using Microsoft.Extensions.AI;

namespace SecureKernel.Testing.Internal;

/// <summary>Turns a <see cref="ChatResponse"/> into several small streaming updates so streaming code paths see fragments.</summary>
internal static class ResponseSplitter
{
    public static IEnumerable<ChatResponseUpdate> Split(ChatResponse response, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (chunkSize < 1) chunkSize = 1;
        string responseId = response.ResponseId ?? Guid.NewGuid().ToString("N");
        ChatResponseUpdate? last = null;

        foreach (ChatMessage message in response.Messages)
        {
            string messageId = message.MessageId ?? Guid.NewGuid().ToString("N");
            foreach (AIContent content in message.Contents)
            {
                if (content is TextContent text)
                {
                    foreach (string piece in Chunk(text.Text ?? string.Empty, chunkSize))
                    {
                        last = NewUpdate(message, responseId, messageId, response.ModelId, new TextContent(piece));
                        yield return last;
                    }
                }
                else
                {
                    last = NewUpdate(message, responseId, messageId, response.ModelId, content);
                    yield return last;
                }
            }
        }

        // A final, empty update carries the finish reason and usage, as real providers do.
        yield return new ChatResponseUpdate(ChatRole.Assistant, [])
        {
            ResponseId = responseId,
            MessageId = last?.MessageId,
            ModelId = response.ModelId,
            FinishReason = response.FinishReason ?? ChatFinishReason.Stop,
            CreatedAt = response.CreatedAt,
        };
    }

    /// <summary>Splits text into pieces of at most about <paramref name="size"/> characters, breaking after spaces where possible.</summary>
    public static IEnumerable<string> Chunk(string text, int size)
    {
        if (text.Length == 0) yield break;
        int start = 0;
        while (start < text.Length)
        {
            int end = Math.Min(text.Length, start + size);
            if (end < text.Length)
            {
                int space = text.LastIndexOf(' ', end - 1, end - start);
                if (space > start) end = space + 1;
            }
            yield return text[start..end];
            start = end;
        }
    }

    private static ChatResponseUpdate NewUpdate(ChatMessage message, string responseId, string messageId, string? modelId, AIContent content) =>
        new(message.Role, [content])
        {
            ResponseId = responseId,
            MessageId = messageId,
            AuthorName = message.AuthorName,
            ModelId = modelId,
        };
}
