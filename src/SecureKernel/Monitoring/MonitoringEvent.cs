namespace SecureKernel;

/// <summary>A monitoring event: numbers and names only, never prompt, document or output text.</summary>
public sealed record MonitoringEvent
{
    /// <summary>What was detected.</summary>
    public required MonitoringEventKind Kind { get; init; }

    /// <summary>When it was detected.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The endpoint name (<c>default</c> when none is configured).</summary>
    public required string Endpoint { get; init; }

    /// <summary>The user, for <see cref="MonitoringEventKind.ModelExtraction"/>.</summary>
    public string? UserId { get; init; }

    /// <summary>
    /// The measured quantity: <c>near_duplicate_inputs</c>, <c>flag_rate</c>, <c>block_rate</c> or <c>output_length</c>.
    /// </summary>
    public required string Metric { get; init; }

    /// <summary>The value in the current window.</summary>
    public required double Current { get; init; }

    /// <summary>The baseline value (for extraction: the threshold).</summary>
    public required double Baseline { get; init; }

    /// <summary>The window the current value covers.</summary>
    public required TimeSpan Window { get; init; }

    /// <summary>A human-readable reason with the numbers.</summary>
    public required string Reason { get; init; }

    /// <summary>What the guard did: <c>audit</c>, <c>throttle</c>, <c>block</c> (extraction) or <c>alert</c> (baseline).</summary>
    public required string Action { get; init; }
}
