namespace SecureKernel;

/// <summary>
/// Scores texts for prompt injection. Batch API: all chunks of one retrieval arrive in one call so a model-based
/// detector can run them in as few inference batches as possible. Implementations must be thread-safe.
/// </summary>
public interface IInjectionDetector
{
    /// <summary>A stable name, used in findings, audit and telemetry.</summary>
    string Name { get; }

    /// <summary>Scans every request and returns one result per request, in order.</summary>
    /// <param name="requests">The texts. Never system instructions.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    ValueTask<IReadOnlyList<InjectionScanResult>> ScanAsync(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken = default);
}
