using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using SecureKernel.Runtime;

namespace SecureKernel;

/// <summary>
/// Inner chat-client stage (place it after <c>UseKernelFunctionInvocation()</c> / <c>UseFunctionInvocation()</c>): before
/// every model round trip, every tool result that is not already wrapped is wrapped as untrusted and scanned, and the
/// spotlighting system instruction is added; a round trip of an endpoint switched off by the kill switch
/// (<see cref="SecureKernelGuard.SetEndpointDisabled"/>) is blocked. Covers plain M.E.AI function invocation, which runs no kernel filter.
/// </summary>
public sealed class ToolResultGuardChatClient : DelegatingChatClient
{
    private readonly SecureKernelGuard _guard;
    private readonly ConditionalWeakTable<FunctionResultContent, FunctionResultContent> _cache = new();

    /// <summary>Creates the stage.</summary>
    public ToolResultGuardChatClient(IChatClient innerClient, SecureKernelGuard guard)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(guard);
        _guard = guard;
    }

    /// <summary>The guard this stage uses.</summary>
    public SecureKernelGuard Guard => _guard;

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var guarded = await GuardAsync(messages, cancellationToken).ConfigureAwait(false);
        return await base.GetResponseAsync(guarded, options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var guarded = await GuardAsync(messages, cancellationToken).ConfigureAwait(false);
        await foreach (var update in base.GetStreamingResponseAsync(guarded, options, cancellationToken).ConfigureAwait(false))
            yield return update;
    }

    private async Task<List<ChatMessage>> GuardAsync(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken)
    {
        _guard.ThrowIfEndpointDisabled(TurnState.Current); // a kill switch flipped during a tool-calling loop stops its next round trip
        var list = messages.ToList();
        var callNames = new Dictionary<string, string>(StringComparer.Ordinal);
        int lastUser = _guard.CurrentProfile.Tools.TaintScope == TaintScope.Turn ? list.FindLastIndex(m => m.Role == ChatRole.User) : -1;
        for (int i = 0; i < list.Count; i++)
        {
            bool taints = i > lastUser;
            var m = list[i];
            List<AIContent>? replaced = null;
            for (int j = 0; j < m.Contents.Count; j++)
            {
                var content = m.Contents[j];
                if (content is FunctionCallContent fcc) callNames[fcc.CallId] = fcc.Name;
                if (content is not FunctionResultContent frc) continue;

                if (!_cache.TryGetValue(frc, out var replacement))
                {
                    replacement = frc;
                    string toolName = callNames.TryGetValue(frc.CallId, out var n) ? n : "tool";
                    if (!(frc.Result is string s && UntrustedContent.IsWrapped(s)) && !Notices.IsIssued(frc.Result) && IsUntrusted(toolName))
                    {
                        object? value = await ResultGuard.GuardValueAsync(_guard, frc.Result, toolName, cancellationToken, taints).ConfigureAwait(false);
                        string text = value as string ?? (value is IEnumerable<string> ss ? string.Join("\n", ss) : value is IEnumerable<Microsoft.SemanticKernel.Data.TextSearchResult> rs ? string.Join("\n", rs.Select(r => r.Value)) : value?.ToString() ?? "");
                        replacement = new FunctionResultContent(frc.CallId, text) { Exception = frc.Exception };
                    }
                    else if (taints && frc.Result is string wrapped)
                    {
                        bool unverified = false;
                        var sources = new List<string>();
                        HistoryTaint.Scan(wrapped, sources, ref unverified);
                        foreach (var src in sources) TurnState.Current?.AddTaint(src);
                    }

                    _cache.AddOrUpdate(frc, replacement);
                }

                if (!ReferenceEquals(replacement, frc))
                {
                    replaced ??= [.. m.Contents];
                    replaced[j] = replacement;
                }
            }

            if (replaced is not null)
                list[i] = new ChatMessage(m.Role, replaced) { AuthorName = m.AuthorName, MessageId = m.MessageId, AdditionalProperties = m.AdditionalProperties, CreatedAt = m.CreatedAt };
        }

        if (_guard.SystemInstruction is { } instruction)
        {
            if (!list.Any(m => m.Role == ChatRole.System && m.Text.Contains(instruction, StringComparison.Ordinal)))
                list.Insert(0, new ChatMessage(ChatRole.System, instruction));
        }

        return list;
    }

    private bool IsUntrusted(string aiFunctionName)
    {
        // SK exposes kernel functions as "Plugin_Function"; names may hold more underscores, so try every split.
        if (!_guard.IsUntrustedOutput(null, aiFunctionName)) return false;
        for (int k = aiFunctionName.IndexOf('_'); k > 0; k = aiFunctionName.IndexOf('_', k + 1))
        {
            if (!_guard.IsUntrustedOutput(aiFunctionName[..k], aiFunctionName[(k + 1)..])) return false;
        }
        return true;
    }
}
