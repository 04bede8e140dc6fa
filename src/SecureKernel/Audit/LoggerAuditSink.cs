using Microsoft.Extensions.Logging;

namespace SecureKernel;

/// <summary>
/// Writes audit records to an <see cref="ILogger"/> (event id 8001, Information) with stable structured fields. Record
/// content, when <see cref="AuditOptions.IncludeContent"/> is on, goes only to Trace (event id 8900).
/// </summary>
public sealed class LoggerAuditSink : IAuditSink
{
    private readonly ILogger _logger;

    /// <summary>Creates a sink over <paramref name="logger"/>.</summary>
    public LoggerAuditSink(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <inheritdoc/>
    public string Name => "logger";

    /// <inheritdoc/>
    public ValueTask WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var r in records)
        {
            _logger.AuditRecordWritten(r.Kind, r.Stage, r.Action, r.Reason, string.Join(",", r.FindingKinds), r.Score, r.Subject, r.UserId, r.TurnId, r.Endpoint, r.Profile,
                r.InputLength, r.OutputLength, r.LatencyMs, r.RecordId);
            if (r.Content is not null) _logger.AuditContent(r.RecordId, r.Content);
        }

        return ValueTask.CompletedTask;
    }
}
