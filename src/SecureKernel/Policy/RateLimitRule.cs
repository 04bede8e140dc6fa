using System.ComponentModel.DataAnnotations;

namespace SecureKernel;

/// <summary>
/// A partitioned tool-call rate limit: which tools it covers (<see cref="Target"/>), what it counts separately
/// (<see cref="Partition"/>) and how (<see cref="Algorithm"/>). A call runs only when every rule that covers it grants a
/// permit; a refused call consumes no permit of the other rules.
/// </summary>
public sealed class RateLimitRule
{
    /// <summary>A name for reasons and the posture report; when null, one is derived from the partition and target.</summary>
    public string? Name { get; set; }

    /// <summary>The tools covered: a plugin (<c>"Mail"</c>), a function (<c>"Mail.send_email"</c>), or null for every tool.</summary>
    public string? Target { get; set; }

    /// <summary>What is counted separately.</summary>
    /// <value>The default is <see cref="RateLimitPartition.UserAndTool"/>.</value>
    public RateLimitPartition Partition { get; set; } = RateLimitPartition.UserAndTool;

    /// <summary>The algorithm.</summary>
    /// <value>The default is <see cref="RateLimitAlgorithm.SlidingWindow"/>.</value>
    public RateLimitAlgorithm Algorithm { get; set; } = RateLimitAlgorithm.SlidingWindow;

    /// <summary>Calls per window (fixed and sliding window) or the bucket size (token bucket).</summary>
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }

    /// <summary>The window (fixed and sliding window) or the replenishment period (token bucket).</summary>
    /// <value>The default is one minute.</value>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Segments of a sliding window.</summary>
    /// <value>The default is 4.</value>
    [Range(1, 1000)]
    public int SegmentsPerWindow { get; set; } = 4;

    /// <summary>Tokens added to the bucket every <see cref="Window"/> (token bucket only).</summary>
    /// <value>The default is 1.</value>
    [Range(1, int.MaxValue)]
    public int TokensPerPeriod { get; set; } = 1;

    /// <summary>The name used in reasons: <see cref="Name"/>, or one derived from the partition and target.</summary>
    public string DisplayName => Name ?? $"{Partition switch
    {
        RateLimitPartition.User => "per_user",
        RateLimitPartition.Plugin => "per_plugin",
        RateLimitPartition.Tool => "per_tool",
        RateLimitPartition.UserAndPlugin => "per_user_plugin",
        _ => "per_user_tool",
    }}:{Target ?? "*"}";
}
