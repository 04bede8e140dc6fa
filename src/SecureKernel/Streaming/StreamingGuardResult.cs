namespace SecureKernel;

/// <summary>What <see cref="StreamingTextGuard"/> returns for one update.</summary>
/// <param name="Text">Checked text that may be shown now (possibly empty).</param>
/// <param name="Blocked">Whether the stream was ended; held text is discarded and never released.</param>
/// <param name="Reason">Why the stream was blocked (a rule name), or <see langword="null"/>.</param>
/// <param name="Entities">Entities redacted in <paramref name="Text"/> (offsets are into the guard's raw input segment).</param>
public sealed record StreamingGuardResult(string Text, bool Blocked, string? Reason, IReadOnlyList<PiiEntity> Entities)
{
    /// <summary>Gets an empty, non-blocking result.</summary>
    public static StreamingGuardResult Empty { get; } = new(string.Empty, false, null, []);
}
