namespace SecureKernel;

/// <summary>Per-call options for <see cref="PiiRedactor.Redact(string, RedactionOperator, RedactionOptions?)"/>.</summary>
public sealed class RedactionOptions
{
    /// <summary>
    /// Gets or sets the conversation-scoped vault for <see cref="RedactionOperator.Replace"/>. When set, the same value
    /// keeps the same placeholder across calls and <see cref="RedactionSession.Restore(string)"/> can restore it.
    /// When <see langword="null"/>, placeholders are numbered per call and nothing is kept.
    /// </summary>
    public RedactionSession? Session { get; set; }

    /// <summary>Gets or sets the entity types to redact; <see langword="null"/> means all types.</summary>
    public IReadOnlyCollection<string>? EntityTypes { get; set; }

    /// <summary>Gets or sets the character used by <see cref="RedactionOperator.Mask"/>. Default <c>*</c>.</summary>
    public char MaskChar { get; set; } = '*';

    /// <summary>
    /// Gets or sets the HMAC key (salt) for <see cref="RedactionOperator.Hash"/>. When <see langword="null"/>, the
    /// redactor's own random per-process key is used, so digests are only comparable within one process.
    /// </summary>
    public byte[]? HashKey { get; set; }
}
