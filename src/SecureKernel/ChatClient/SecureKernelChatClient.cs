using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using SecureKernel.Runtime;

namespace SecureKernel;

/// <summary>
/// Outer chat-client stage (place it first, before <c>UseKernelFunctionInvocation()</c>): scans the user's latest input,
/// begins the turn, maps M.E.AI approval contents to <see cref="SecurityApprovals"/> (a <see cref="ToolApprovalResponseContent"/>
/// in the request approves or denies; approvals created in the turn come back as <see cref="ToolApprovalRequestContent"/>),
/// and ends the turn with <see cref="SecurityBlockedException"/> when an inner guard blocked it.
/// </summary>
public sealed class SecureKernelChatClient : DelegatingChatClient
{
    private readonly SecureKernelGuard _guard;

    /// <summary>Creates the stage.</summary>
    public SecureKernelChatClient(IChatClient innerClient, SecureKernelGuard guard)
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
        var list = messages.ToList();
        using var scope = TurnState.Begin(_guard.ResolvePrincipal(null, null), _guard);
        scope.State.ModelId ??= options?.ModelId;
        _guard.AdmitTurn(scope.State, modelCall: true);
        ApplyApprovalResponses(list, scope.State);
        await UserInputs.GuardAsync(_guard, scope.State, () => LatestUserText(list), cancellationToken).ConfigureAwait(false);
        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        _guard.ReportUsage(scope.State, TokenUsage.From(response.Usage));
        ThrowIfBlocked(scope);
        if (_guard.Output.Enabled) OutputAdapters.Guard(_guard, response);
        var requests = ApprovalContents(scope.State);
        if (requests.Count > 0)
        {
            if (response.Messages.Count == 0 || response.Messages[^1].Role != ChatRole.Assistant) response.Messages.Add(new ChatMessage(ChatRole.Assistant, []));
            if (string.IsNullOrWhiteSpace(response.Messages[^1].Text)) response.Messages[^1].Contents.Add(new TextContent(PendingNotice(scope.State)));
            foreach (var r in requests) response.Messages[^1].Contents.Add(r);
        }

        return response;
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages.ToList();
        using var scope = TurnState.Begin(_guard.ResolvePrincipal(null, null), _guard);
        scope.State.ModelId ??= options?.ModelId;
        _guard.AdmitTurn(scope.State, modelCall: true);
        ApplyApprovalResponses(list, scope.State);
        await UserInputs.GuardAsync(_guard, scope.State, () => LatestUserText(list), cancellationToken).ConfigureAwait(false);
        var stream = base.GetStreamingResponseAsync(list, options, cancellationToken);
        if (_guard.Output.Enabled) stream = OutputAdapters.GuardUpdates(_guard, stream);
        var usage = default(TokenUsage);
        try
        {
            await using var e = stream.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                TurnState.Enter(scope.State);
                if (!await e.MoveNextAsync().ConfigureAwait(false)) break;
                foreach (var u in e.Current.Contents.OfType<UsageContent>()) usage += TokenUsage.From(u.Details);
                yield return e.Current;
            }
        }
        finally
        {
            // Tokens the model spent count even when the caller stops reading early.
            _guard.ReportUsage(scope.State, usage);
        }

        ThrowIfBlocked(scope);
        var requests = ApprovalContents(scope.State);
        if (requests.Count > 0) yield return new ChatResponseUpdate(ChatRole.Assistant, [new TextContent(PendingNotice(scope.State)), .. requests]);
    }

    private void ThrowIfBlocked(TurnState.Scope scope)
    {
        if (scope.Owner && scope.State.BlockVerdict is { } v && _guard.Enforcing) throw new SecurityBlockedException(v);
    }

    private void ApplyApprovalResponses(List<ChatMessage> messages, TurnState turn)
    {
        string approver = turn.Principal?.UserId ?? SecurityPrincipal.Anonymous.UserId;
        foreach (var response in messages.SelectMany(m => m.Contents).OfType<ToolApprovalResponseContent>())
        {
            if (_guard.Approvals.Get(response.RequestId) is not { Status: ApprovalStatus.Pending }) continue;
            if (response.Approved) _guard.Approvals.Approve(response.RequestId, approver);
            else _guard.Approvals.Deny(response.RequestId, approver);
        }
    }

    private static string PendingNotice(TurnState turn) =>
        "[SecureKernel] Waiting for approval: " + string.Join("; ", turn.Approvals.Where(a => a.Status == ApprovalStatus.Pending).Select(a => $"{(a.PluginName is null ? "" : a.PluginName + ".")}{a.FunctionName} ({a.Id})")) + ".";

    private static List<AIContent> ApprovalContents(TurnState turn) =>
        turn.Approvals.Where(a => a.Status == ApprovalStatus.Pending).Select(a => (AIContent)new ToolApprovalRequestContent(
            a.Id,
            new FunctionCallContent(a.ToolCallId ?? a.Id, a.PluginName is null ? a.FunctionName : a.PluginName + "_" + a.FunctionName, a.Arguments.ToDictionary(kv => kv.Key, kv => (object?)kv.Value)))).ToList();

    private static string LatestUserText(List<ChatMessage> messages) =>
        UserInputs.LatestUserText(messages.Select(m => (m.Role == ChatRole.User, m.Role == ChatRole.Assistant || m.Role == ChatRole.Tool, m.Text)));
}
