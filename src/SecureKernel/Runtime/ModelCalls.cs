using System.Runtime.CompilerServices;

namespace SecureKernel.Runtime;

/// <summary>
/// The steps every outer model-call stage (the M.E.AI chat client, the SK chat-completion decorator) takes around the call.
/// The caller begins the turn itself (<see cref="TurnState.Begin"/>): an AsyncLocal set inside an async helper would not
/// flow back to it.
/// </summary>
internal static class ModelCalls
{
    /// <summary>
    /// Records the model id, admits the model call (kill switch, rate limits), runs <paramref name="beforeScan"/>, then scans
    /// the latest user text (once per turn; throws <see cref="SecurityBlockedException"/> when it blocks).
    /// </summary>
    public static Task OpenAsync(SecureKernelGuard guard, TurnState turn, string? modelId, Func<string> latestUserText, CancellationToken cancellationToken, Action<TurnState>? beforeScan = null)
    {
        turn.ModelId ??= modelId;
        guard.AdmitTurn(turn, modelCall: true);
        beforeScan?.Invoke(turn);
        return UserInputs.GuardAsync(guard, turn, latestUserText, cancellationToken);
    }

    /// <summary>Ends the turn with <see cref="SecurityBlockedException"/> when an inner guard blocked it (the turn's owner only, when enforcing).</summary>
    public static void ThrowIfBlocked(SecureKernelGuard guard, TurnState.Scope scope)
    {
        if (scope.Owner && scope.State.BlockVerdict is { } v && guard.Enforcing) throw new SecurityBlockedException(v);
    }

    /// <summary>
    /// Passes the stream's items on with the turn's state current while the inner stream produces each one, sums the tokens
    /// <paramref name="usageOf"/> reads from them and hands the sum to <paramref name="report"/> when the stream ends, also
    /// when the caller stops reading early or the stream fails (tokens the model spent count).
    /// </summary>
    public static async IAsyncEnumerable<T> ForwardAsync<T>(IAsyncEnumerable<T> stream, TurnState turn, Func<T, TokenUsage> usageOf, Action<TokenUsage> report, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var usage = default(TokenUsage);
        try
        {
            await using var e = stream.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                TurnState.Enter(turn);
                if (!await e.MoveNextAsync().ConfigureAwait(false)) break;
                usage += usageOf(e.Current);
                yield return e.Current;
            }
        }
        finally
        {
            report(usage);
        }
    }
}
