namespace SecureKernel;

/// <summary>Options for <see cref="StreamingTextGuard"/>.</summary>
public sealed class StreamingTextGuardOptions
{
    /// <summary>
    /// Gets or sets how many trailing characters are held back after each update. Anything (entity, URL, canary) no
    /// longer than this is always seen whole before any part of it is released. Default 256.
    /// </summary>
    public int HoldBackChars { get; set; } = 256;

    /// <summary>
    /// Gets or sets the most characters held at once. Past it the guard releases (after checking) up to the hold-back
    /// window even inside an unfinished entity. Default 16,384.
    /// </summary>
    public int MaxPendingChars { get; set; } = 16_384;

    /// <summary>Gets or sets the session's canaries; a canary in the stream ends it with reason <c>canary</c>.</summary>
    public CanaryRegistry? Canaries { get; set; }

    /// <summary>Gets or sets the redactor applied to every segment before release; <see langword="null"/> for none.</summary>
    public PiiRedactor? Redactor { get; set; }

    /// <summary>Gets or sets the redaction operator. Default <see cref="RedactionOperator.Replace"/>.</summary>
    public RedactionOperator Operator { get; set; } = RedactionOperator.Replace;

    /// <summary>Gets or sets per-call redaction options (session/vault, types).</summary>
    public RedactionOptions? Redaction { get; set; }

    /// <summary>
    /// Gets or sets entity types whose presence ends the stream instead of being redacted (e.g. <c>PRIVATE_KEY</c>).
    /// </summary>
    public IReadOnlyCollection<string>? BlockOnEntityTypes { get; set; }

    /// <summary>
    /// Gets or sets a final per-segment transform run after redaction (e.g. sanitizing); it may rewrite the text or
    /// block the stream.
    /// </summary>
    public Func<string, StreamingTransformResult>? Transform { get; set; }
}
