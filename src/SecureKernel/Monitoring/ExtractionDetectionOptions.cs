using System.ComponentModel.DataAnnotations;

namespace SecureKernel;

/// <summary>
/// Model-extraction signal: many inputs from one user that are near-duplicates of each other (small edits, templated
/// sweeps) within a window. Only MinHash fingerprints of normalized character shingles are kept, never the text.
/// Memory is bounded: at most <see cref="MaxTrackedUsers"/> users × <see cref="HistoryPerUser"/> fingerprints.
/// </summary>
public sealed class ExtractionDetectionOptions
{
    /// <summary>Whether the detector runs.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool Enabled { get; set; }

    /// <summary>What happens when a user reaches <see cref="Threshold"/>.</summary>
    /// <value>The default is <see cref="ExtractionAction.Audit"/>.</value>
    public ExtractionAction Action { get; set; } = ExtractionAction.Audit;

    /// <summary>The window within which variants are counted.</summary>
    /// <value>The default is 10 minutes.</value>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many inputs in the window that are near-duplicates of an earlier input (but not the same input again) raise the signal.
    /// Must not exceed <see cref="HistoryPerUser"/>.
    /// </summary>
    /// <value>The default is 20.</value>
    [Range(2, 4096)]
    public int Threshold { get; set; } = 20;

    /// <summary>Estimated Jaccard similarity of the inputs' shingle sets from which two inputs count as near-duplicates.</summary>
    /// <value>The default is 0.5.</value>
    [Range(0.05, 0.99)]
    public double MinSimilarity { get; set; } = 0.5;

    /// <summary>Fingerprints kept per user (a ring; the oldest is overwritten).</summary>
    /// <value>The default is 32.</value>
    [Range(2, 4096)]
    public int HistoryPerUser { get; set; } = 32;

    /// <summary>Users tracked at once. When full, users idle for longer than <see cref="Window"/> are evicted first, then the least recently seen.</summary>
    /// <value>The default is 10,000.</value>
    [Range(1, 10_000_000)]
    public int MaxTrackedUsers { get; set; } = 10_000;

    /// <summary>Length of the character shingles the fingerprint is built from.</summary>
    /// <value>The default is 4.</value>
    [Range(2, 16)]
    public int ShingleSize { get; set; } = 4;

    /// <summary>How long a user stays blocked under <see cref="ExtractionAction.Block"/>.</summary>
    /// <value>The default is 15 minutes.</value>
    public TimeSpan BlockDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Whether callers without a user id are tracked, all together as one user. Off by default: on a public endpoint they are many people.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool TrackAnonymous { get; set; }

    internal void Validate(List<string> errors)
    {
        const string P = "Monitoring.Extraction.";
        if (!Enum.IsDefined(Action)) errors.Add(P + "Action: not a valid ExtractionAction.");
        if (Window <= TimeSpan.Zero || Window > TimeSpan.FromDays(1)) errors.Add(P + "Window: must be greater than zero and at most 1 day.");
        if (BlockDuration <= TimeSpan.Zero || BlockDuration > TimeSpan.FromDays(7)) errors.Add(P + "BlockDuration: must be greater than zero and at most 7 days.");
        if (Threshold > HistoryPerUser) errors.Add(P + $"Threshold: {Threshold} exceeds HistoryPerUser ({HistoryPerUser}); the ring could never hold that many variants.");
    }
}
