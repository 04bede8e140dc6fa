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
        await ModelCalls.OpenAsync(_guard, scope.State, options?.ModelId, () => LatestUserText(list), cancellationToken, turn => ApplyApprovalResponses(list, turn)).ConfigureAwait(false);
        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        _guard.ReportUsage(scope.State, TokenUsage.From(response.Usage));
        ModelCalls.ThrowIfBlocked(_guard, scope);
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
        await ModelCalls.OpenAsync(_guard, scope.State, options?.ModelId, () => LatestUserText(list), cancellationToken, turn => ApplyApprovalResponses(list, turn)).ConfigureAwait(false);
        var stream = base.GetStreamingResponseAsync(list, options, cancellationToken);
        if (_guard.Output.Enabled) stream = OutputAdapters.GuardUpdates(_guard, stream);
        var state = scope.State;
        await foreach (var update in ModelCalls.ForwardAsync(stream, state, UsageOf, usage => _guard.ReportUsage(state, usage), cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }

        ModelCalls.ThrowIfBlocked(_guard, scope);
        var requests = ApprovalContents(scope.State);
        if (requests.Count > 0) yield return new ChatResponseUpdate(ChatRole.Assistant, [new TextContent(PendingNotice(scope.State)), .. requests]);
    }

    private static TokenUsage UsageOf(ChatResponseUpdate update) =>
        update.Contents.OfType<UsageContent>().Aggregate(default(TokenUsage), (sum, u) => sum + TokenUsage.From(u.Details));

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
