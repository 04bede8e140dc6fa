namespace SecureKernel;

/// <summary>What a <see cref="StreamingTextGuardOptions.Transform"/> returns for one checked segment.</summary>
public sealed class StreamingTransformResult
{
    private StreamingTransformResult(string text, bool blocked, string? reason)
    {
        Text = text;
        Blocked = blocked;
        Reason = reason;
    }

    /// <summary>Gets the text to release (possibly rewritten).</summary>
    public string Text { get; }

    /// <summary>Gets whether the stream must end here.</summary>
    public bool Blocked { get; }

    /// <summary>Gets the reason for a block (a rule name, never the text).</summary>
    public string? Reason { get; }

    /// <summary>Releases <paramref name="text"/>.</summary>
    /// <param name="text">The safe text.</param>
    /// <returns>A passing result.</returns>
    public static StreamingTransformResult Pass(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StreamingTransformResult(text, false, null);
    }

    /// <summary>Ends the stream.</summary>
    /// <param name="reason">Why (a rule name, never the text).</param>
    /// <returns>A blocking result.</returns>
    public static StreamingTransformResult Block(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new StreamingTransformResult(string.Empty, true, reason);
    }
}
