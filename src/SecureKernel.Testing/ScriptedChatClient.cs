using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using SecureKernel.Testing.Internal;

namespace SecureKernel.Testing;

/// <summary>
/// An offline <see cref="IChatClient"/> whose behaviour is set by callbacks (like Microsoft.Extensions.AI's own
/// <c>TestChatClient</c>) or by a queue of canned responses. It answers <c>GetService(typeof(ChatClientMetadata))</c>,
/// which Semantic Kernel requires, and records every request it receives.
/// </summary>
/// <remarks>
/// Resolution order for a non-streaming call: <see cref="GetResponseAsyncCallback"/>, then the next queued response
/// (<see cref="Enqueue(ChatResponse)"/>); with neither, the call throws <see cref="InvalidOperationException"/>.
/// Streaming calls use <see cref="GetStreamingResponseAsyncCallback"/> when set; otherwise the non-streaming result is
/// split into several small text updates of at most <see cref="StreamingChunkSize"/> characters.
/// </remarks>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly ConcurrentQueue<ChatResponse> _queue = new();
    private readonly ConcurrentQueue<IReadOnlyList<ChatMessage>> _requests = new();

    /// <summary>Creates a scripted client.</summary>
    /// <param name="metadata">The metadata returned from <see cref="GetService"/>; a default one when null.</param>
    public ScriptedChatClient(ChatClientMetadata? metadata = null)
    {
        Metadata = metadata ?? new ChatClientMetadata("scripted", null, "scripted-model");
    }

    /// <summary>The metadata answered for <see cref="ChatClientMetadata"/>.</summary>
    public ChatClientMetadata Metadata { get; }

    /// <summary>Produces the response of a non-streaming call (and of a streaming call without its own callback).</summary>
    public Func<IEnumerable<ChatMessage>, ChatOptions?, CancellationToken, Task<ChatResponse>>? GetResponseAsyncCallback { get; set; }

    /// <summary>Produces the updates of a streaming call. When null, the non-streaming result is split into small updates.</summary>
    public Func<IEnumerable<ChatMessage>, ChatOptions?, CancellationToken, IAsyncEnumerable<ChatResponseUpdate>>? GetStreamingResponseAsyncCallback { get; set; }

    /// <summary>Answers <see cref="GetService"/> before the built-in answers; return null to fall back to them.</summary>
    public Func<Type, object?, object?>? GetServiceCallback { get; set; }

    /// <summary>The maximum number of characters per streamed text update (default 8).</summary>
    public int StreamingChunkSize { get; set; } = 8;

    /// <summary>A snapshot of every request received, in order (each one a copy of the message list).</summary>
    public IReadOnlyList<IReadOnlyList<ChatMessage>> Requests => [.. _requests];

    /// <summary>The number of responses still queued.</summary>
    public int PendingResponses => _queue.Count;

    /// <summary>Queues a response for a later call.</summary>
    /// <param name="response">The response.</param>
    /// <returns>This client, for chaining.</returns>
    public ScriptedChatClient Enqueue(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _queue.Enqueue(response);
        return this;
    }

    /// <summary>Queues an assistant text response.</summary>
    /// <param name="text">The assistant text.</param>
    /// <returns>This client, for chaining.</returns>
    public ScriptedChatClient EnqueueText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enqueue(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = ChatFinishReason.Stop });
    }

    /// <summary>Queues an assistant message that asks for one tool call.</summary>
    /// <param name="toolName">The tool name as the model sees it (Semantic Kernel: <c>Plugin_Function</c>).</param>
    /// <param name="arguments">The call arguments.</param>
    /// <param name="callId">The call id; a new one when null.</param>
    /// <returns>This client, for chaining.</returns>
    public ScriptedChatClient EnqueueFunctionCall(string toolName, IDictionary<string, object?>? arguments = null, string? callId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(toolName);
        var call = new FunctionCallContent(callId ?? "call_" + Guid.NewGuid().ToString("N")[..8], toolName, arguments ?? new Dictionary<string, object?>());
        return Enqueue(new ChatResponse(new ChatMessage(ChatRole.Assistant, [call])) { FinishReason = ChatFinishReason.ToolCalls });
    }

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        List<ChatMessage> list = [.. messages];
        _requests.Enqueue(list);
        return ResolveAsync(list, options, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        List<ChatMessage> list = [.. messages];
        _requests.Enqueue(list);
        return GetStreamingResponseAsyncCallback is { } callback
            ? callback(list, options, cancellationToken)
            : SplitAsync(list, options, cancellationToken);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (GetServiceCallback?.Invoke(serviceType, serviceKey) is { } custom) return custom;
        if (serviceKey is not null) return null;
        if (serviceType == typeof(ChatClientMetadata)) return Metadata;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private Task<ChatResponse> ResolveAsync(List<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        if (GetResponseAsyncCallback is { } callback) return callback(messages, options, cancellationToken);
        if (_queue.TryDequeue(out ChatResponse? next)) return Task.FromResult(next);
        throw new InvalidOperationException("ScriptedChatClient has no GetResponseAsyncCallback and no queued response left.");
    }

    private async IAsyncEnumerable<ChatResponseUpdate> SplitAsync(List<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ChatResponse response = await ResolveAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (ChatResponseUpdate update in ResponseSplitter.Split(response, StreamingChunkSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return update;
            await Task.Yield();
        }
    }
}
