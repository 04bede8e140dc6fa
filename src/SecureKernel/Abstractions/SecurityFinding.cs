namespace SecureKernel;

/// <summary>One reason behind a verdict. Carries no raw text: <see cref="Detail"/> names a rule, never quotes input.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Detail">A rule id or short description. Never contains the scanned text.</param>
/// <param name="Score">Confidence, 0–1.</param>
/// <param name="Detector">The detector or guard that raised it.</param>
/// <param name="Start">Start offset (UTF-16) in the scanned text, or -1 when not applicable.</param>
/// <param name="Length">Length of the span, or 0.</param>
public sealed record SecurityFinding(FindingKind Kind, string Detail, double Score, string Detector, int Start = -1, int Length = 0)
{
    /// <summary>The kind as the stable snake-case name used in audit records and the CLI.</summary>
    public string KindName => FindingKindNames.ToName(Kind);
}
