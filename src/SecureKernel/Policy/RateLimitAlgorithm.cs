namespace SecureKernel;

/// <summary>The algorithm of a <see cref="RateLimitRule"/>.</summary>
public enum RateLimitAlgorithm
{
    /// <summary><see cref="RateLimitRule.PermitLimit"/> calls per window; the count resets when the window ends.</summary>
    FixedWindow,

    /// <summary><see cref="RateLimitRule.PermitLimit"/> calls in any window, tracked in <see cref="RateLimitRule.SegmentsPerWindow"/> segments.</summary>
    SlidingWindow,

    /// <summary>A bucket of <see cref="RateLimitRule.PermitLimit"/> tokens; <see cref="RateLimitRule.TokensPerPeriod"/> come back every <see cref="RateLimitRule.Window"/>.</summary>
    TokenBucket,
}
