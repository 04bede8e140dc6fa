namespace SecureKernel;

/// <summary>The result of <see cref="TextNormalizer.Normalize(string)"/>: the text detectors see, and what was changed.</summary>
public sealed record NormalizedText
{
    /// <summary>The normalized text: NFKC, tag characters decoded in place, invisible and bidi controls removed, confusables folded.</summary>
    public required string Text { get; init; }

    /// <summary>Findings for every hidden or deceptive character class found (no raw text).</summary>
    public IReadOnlyList<SecurityFinding> Findings { get; init; } = [];

    /// <summary>True when anything other than NFKC changed the text.</summary>
    public bool Changed => Findings.Count > 0;
}
