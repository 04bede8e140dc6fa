namespace SecureKernel;

/// <summary>
/// One detected entity: its type, its UTF-16 span in the analyzed input (end exclusive) and a confidence score.
/// </summary>
/// <param name="Type">The entity type, one of <see cref="PiiEntityTypes"/>.</param>
/// <param name="Start">Inclusive UTF-16 start offset into the input.</param>
/// <param name="End">Exclusive UTF-16 end offset into the input.</param>
/// <param name="Score">Confidence between 0 and 1.</param>
public readonly record struct PiiEntity(string Type, int Start, int End, double Score)
{
    /// <summary>Gets the length of the span.</summary>
    public int Length => End - Start;
}
