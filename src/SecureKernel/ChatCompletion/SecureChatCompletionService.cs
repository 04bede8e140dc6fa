using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SecureKernel.Runtime;

namespace SecureKernel.ChatCompletion;

/// <summary>
/// Decorates an <see cref="IChatCompletionService"/> for the direct-chat path, which runs no prompt or top-level function
/// filter: scans the latest user text, adds the spotlighting instruction (to a copy of the history; new messages are
/// copied back), and ends the turn when an inner guard blocked it.
/// </summary>
public sealed class SecureChatCompletionService : IChatCompletionService
{
    private readonly IChatCompletionService _inner;
    private readonly SecureKernelGuard _guard;

    /// <summary>Wraps <paramref name="inner"/> with <paramref name="guard"/>.</summary>
    public SecureChatCompletionService(IChatCompletionService inner, SecureKernelGuard guard)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(guard);
        _inner = inner;
        _guard = guard;
    }

    /// <summary>The decorated service.</summary>
    public IChatCompletionService InnerService => _inner;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, object?> Attributes => _inner.Attributes;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        using var scope = TurnState.Begin(_guard.ResolvePrincipal(null, kernel?.Data), _guard, kernel?.Data);
        await ModelCalls.OpenAsync(_guard, scope.State, executionSettings?.ModelId, () => LatestUserText(chatHistory), cancellationToken).ConfigureAwait(false);
        var working = Working(chatHistory);
        int usageReports = scope.State.UsageReports;
        var result = await _inner.GetChatMessageContentsAsync(working, executionSettings, kernel, cancellationToken).ConfigureAwait(false);
        if (scope.State.UsageReports == usageReports) // no inner SecureKernel chat-client stage counted it
            _guard.ReportUsage(scope.State, result.Aggregate(default(TokenUsage), (sum, m) => sum + TokenUsage.FromResult(m, m.Metadata)));
        ModelCalls.ThrowIfBlocked(_guard, scope);
        if (!_guard.Output.Enabled)
        {
            CopyBack(chatHistory, working, null);
            return result;
        }

        var guarded = new Dictionary<ChatMessageContent, ChatMessageContent>(ReferenceEqualityComparer.Instance);
        foreach (var m in result) guarded[m] = OutputAdapters.Guard(_guard, m);
        CopyBack(chatHistory, working, guarded);
        return result.Select(m => guarded[m]).ToList();
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        using var scope = TurnState.Begin(_guard.ResolvePrincipal(null, kernel?.Data), _guard, kernel?.Data);
        await ModelCalls.OpenAsync(_guard, scope.State, executionSettings?.ModelId, () => LatestUserText(chatHistory), cancellationToken).ConfigureAwait(false);
        var working = Working(chatHistory);
        var stream = _inner.GetStreamingChatMessageContentsAsync(working, executionSettings, kernel, cancellationToken);
        if (_guard.Output.Enabled) stream = OutputAdapters.GuardStream(_guard, stream);
        var state = scope.State;
        int usageReports = state.UsageReports;
        // counted here unless an inner SecureKernel chat-client stage counted it
        await foreach (var chunk in ModelCalls.ForwardAsync(stream, state, TokenUsage.FromStreaming, usage => { if (state.UsageReports == usageReports) _guard.ReportUsage(state, usage); }, cancellationToken).ConfigureAwait(false))
        {
            yield return chunk;
        }

        CopyBack(chatHistory, working, null);
        ModelCalls.ThrowIfBlocked(_guard, scope);
    }

    private static string LatestUserText(ChatHistory history) =>
        UserInputs.LatestUserText(history.Select(m => (m.Role == AuthorRole.User, m.Role == AuthorRole.Assistant || m.Role == AuthorRole.Tool, m.Content ?? "")));

    private ChatHistory Working(ChatHistory history)
    {
        if (_guard.SystemInstruction is not { } instruction) return history;
        if (history.Any(m => m.Role == AuthorRole.System && m.Content == instruction)) return history;
        var working = new ChatHistory(instruction);
        working.AddRange(history);
        return working;
    }

    private static void CopyBack(ChatHistory original, ChatHistory working, Dictionary<ChatMessageContent, ChatMessageContent>? guarded)
    {
        if (!ReferenceEquals(original, working))
        {
            for (int i = original.Count + 1; i < working.Count; i++) original.Add(working[i]);
        }

        // The caller's history keeps the guarded answer, not the raw one.
        if (guarded is null) return;
        for (int i = 0; i < original.Count; i++)
        {
            if (guarded.TryGetValue(original[i], out var replacement)) original[i] = replacement;
        }
    }
}
