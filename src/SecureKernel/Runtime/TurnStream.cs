using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace SecureKernel.Runtime;

/// <summary>Keeps a turn current while a streamed result is consumed, and ends it when the stream ends (or fails, or is abandoned).</summary>
internal static class TurnStream
{
    /// <summary>Wraps the four element types SK streams; returns null for anything else (the turn then ends as usual).</summary>
    public static object? Keep(object? value, TurnState state) => value switch
    {
        IAsyncEnumerable<StreamingChatMessageContent> s => KeepAsync(s, state),
        IAsyncEnumerable<StreamingKernelContent> s => KeepAsync(s, state),
        IAsyncEnumerable<string> s => KeepAsync(s, state),
        IAsyncEnumerable<ChatResponseUpdate> s => KeepAsync(s, state),
        _ => null,
    };

    private static async IAsyncEnumerable<T> KeepAsync<T>(IAsyncEnumerable<T> source, TurnState state, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            TurnState.Enter(state);
            await using var e = source.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                TurnState.Enter(state);
                if (!await e.MoveNextAsync().ConfigureAwait(false)) break;
                yield return e.Current;
            }

            // Like the non-streaming prompt path: a turn an inner guard blocked (a tool-calling loop it stopped) ends with the block.
            if (state.BlockVerdict is { } blocked && state.Guard is { Enforcing: true }) throw new SecurityBlockedException(blocked);
        }
        finally
        {
            state.End();
        }
    }
}
