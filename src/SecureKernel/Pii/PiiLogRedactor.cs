using Microsoft.Extensions.Compliance.Redaction;

namespace SecureKernel;

/// <summary>
/// A <see cref="Redactor"/> for <c>Microsoft.Extensions.Compliance.Redaction</c> that rewrites only the PII and secrets
/// found by <see cref="PiiRedactor"/> inside a logged value, leaving the rest readable. Entities become stateless typed
/// placeholders (<c>&lt;EMAIL&gt;</c>) so that log lines never keep a per-conversation mapping. Thread-safe.
/// </summary>
public sealed class PiiLogRedactor : Redactor
{
    private readonly PiiRedactor _redactor;

    /// <summary>Initializes the adapter.</summary>
    /// <param name="redactor">The recognizers to use; <see langword="null"/> for <see cref="PiiRedactor.Default"/>.</param>
    public PiiLogRedactor(PiiRedactor? redactor = null)
    {
        _redactor = redactor ?? PiiRedactor.Default;
    }

    /// <inheritdoc/>
    public override int GetRedactedLength(ReadOnlySpan<char> input) => RedactToString(input).Length;

    /// <inheritdoc/>
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        string redacted = RedactToString(source);
        if (redacted.Length > destination.Length)
        {
            throw new ArgumentException("The destination buffer is too small.", nameof(destination));
        }

        redacted.AsSpan().CopyTo(destination);
        return redacted.Length;
    }

    private string RedactToString(ReadOnlySpan<char> input)
    {
        if (input.IsEmpty)
        {
            return string.Empty;
        }

        string text = new(input);
        IReadOnlyList<PiiEntity> entities = _redactor.Analyze(text);
        if (entities.Count == 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        int copied = 0;
        foreach (PiiEntity e in entities)
        {
            sb.Append(text, copied, e.Start - copied).Append('<').Append(e.Type).Append('>');
            copied = e.End;
        }

        return sb.Append(text, copied, text.Length - copied).ToString();
    }
}
