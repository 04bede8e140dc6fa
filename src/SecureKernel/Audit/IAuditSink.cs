namespace SecureKernel;

/// <summary>
/// Receives audit records in batches from the <see cref="AuditPipeline"/>'s background writer (never concurrently with
/// itself). Throwing, or taking longer than <see cref="AuditOptions.SinkTimeout"/>, makes the pipeline retry and then
/// apply its failure handling; records are never lost silently.
/// </summary>
public interface IAuditSink
{
    /// <summary>A stable name, used in telemetry and logs.</summary>
    string Name { get; }

    /// <summary>Writes a batch of records, in order. Returns when they are durable for this sink.</summary>
    /// <param name="records">The records, oldest first. Never empty.</param>
    /// <param name="cancellationToken">Cancels the write (the pipeline then treats the batch as failed for this sink).</param>
    ValueTask WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken);
}
