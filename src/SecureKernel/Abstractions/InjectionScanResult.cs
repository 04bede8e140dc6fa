namespace SecureKernel;

/// <summary>What a detector found in one text.</summary>
public sealed record InjectionScanResult
{
    /// <summary>Final score, 0–1, higher means more likely an attack.</summary>
    public required double Score { get; init; }

    /// <summary>True when <see cref="Score"/> reached the detector's threshold.</summary>
    public required bool Flagged { get; init; }

    /// <summary>Findings, each with its kind and rule; no raw text.</summary>
    public IReadOnlyList<SecurityFinding> Findings { get; init; } = [];

    /// <summary>How many windows (model inputs) the text was scanned in. 1 for rule detectors.</summary>
    public int Windows { get; init; } = 1;

    /// <summary>Characters not scanned because a limit was hit. 0 means everything was scanned.</summary>
    public int UnscannedChars { get; init; }

    /// <summary>A clean result.</summary>
    public static InjectionScanResult Clean { get; } = new() { Score = 0, Flagged = false };
}
