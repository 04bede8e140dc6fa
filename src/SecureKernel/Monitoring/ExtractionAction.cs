namespace SecureKernel;

/// <summary>What the guard does when a user's inputs look like a model-extraction sweep.</summary>
public enum ExtractionAction
{
    /// <summary>Records a <see cref="FindingKind.ModelExtraction"/> finding and raises a monitoring event; requests continue.</summary>
    Audit,

    /// <summary>
    /// Also blocks each further near-duplicate variant from that user while the count of variants in the window stays at or
    /// above the threshold; other inputs from the user pass. Blocked variants still count, so a sweep that keeps going stays throttled.
    /// </summary>
    Throttle,

    /// <summary>Also blocks every input from that user for <see cref="ExtractionDetectionOptions.BlockDuration"/> after the threshold is reached.</summary>
    Block,
}
