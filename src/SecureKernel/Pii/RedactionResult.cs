namespace SecureKernel;

/// <summary>The output of a redaction.</summary>
/// <param name="Text">The redacted text.</param>
/// <param name="Entities">The entities that were rewritten, with offsets into the <em>input</em> text.</param>
public sealed record RedactionResult(string Text, IReadOnlyList<PiiEntity> Entities)
{
    /// <summary>Gets whether anything was redacted.</summary>
    public bool Changed => Entities.Count > 0;
}
