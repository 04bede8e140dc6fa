using System.Runtime.CompilerServices;

namespace SecureKernel.Runtime;

/// <summary>
/// Wraps a stream of text updates with the output guard's hold-back window: nothing reaches the caller before it was
/// checked; an entity, URL or canary split across updates is still caught; a block ends the stream with
/// <see cref="SecurityBlockedException"/> and the held text is never released. Non-text updates pass through.
/// </summary>
internal static class StreamGuard
{
    public static async IAsyncEnumerable<T> GuardAsync<T>(
        SecureKernelGuard guard,
        IAsyncEnumerable<T> source,
        Func<T, string?> getText,
        Func<T, string, T> create,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var findings = new List<SecurityFinding>();
        var session = new RedactionSession();
        var streaming = guard.Output.CreateStreamingGuard(session, findings);
        bool enforce = guard.Enforcing;
        bool hasLast = false;
        T last = default!;
        long emitted = 0;

        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            string? text = getText(item);
            if (string.IsNullOrEmpty(text))
            {
                yield return item;
                continue;
            }

            last = item;
            hasLast = true;
            var result = streaming.Append(text);
            if (result.Blocked) Block(guard, findings, result.Reason);
            if (!enforce)
            {
                emitted += text.Length;
                yield return item;
                continue;
            }

            emitted += result.Text.Length;
            if (result.Text.Length > 0) yield return create(item, result.Text);
        }

        var end = streaming.Complete();
        if (end.Blocked) Block(guard, findings, end.Reason);
        if (enforce) emitted += end.Text.Length;
        if (enforce && hasLast && end.Text.Length > 0) yield return create(last, end.Text);
        if (hasLast) TurnState.Current?.SetOutputChars((int)Math.Min(emitted, int.MaxValue));
        guard.Output.Report(findings, null);
    }

    private static void Block(SecureKernelGuard guard, List<SecurityFinding> findings, string? reason)
    {
        guard.Output.Report(findings, reason ?? "blocked");
        if (guard.Enforcing)
        {
            throw new SecurityBlockedException(new SecurityVerdict
            {
                Stage = SecurityStage.Output,
                Action = SecurityAction.Block,
                Reason = $"the streamed answer was stopped ({reason})",
                Findings = [new SecurityFinding(reason?.StartsWith("canary", StringComparison.Ordinal) == true ? FindingKind.CanaryLeak : FindingKind.Secret, reason ?? "blocked", 1, "stream")],
                Score = 1,
            });
        }
    }
}
