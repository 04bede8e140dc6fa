using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SecureKernel;

/// <summary>Audit settings: sinks, content, buffering and what happens when a sink fails or is slow.</summary>
public sealed class AuditOptions
{
    /// <summary>Sinks that receive every record. Records are also written to the sinks configured by <see cref="JsonLinesPath"/> and <see cref="Log"/>.</summary>
    [JsonIgnore]
    public IList<IAuditSink> Sinks { get; set; } = [];

    /// <summary>When set, records are appended to this hash-chained JSON Lines file (<see cref="JsonLinesAuditSink"/>).</summary>
    public string? JsonLinesPath { get; set; }

    /// <summary>Whether records are written to the guard's logger (<see cref="LoggerAuditSink"/>).</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool Log { get; set; }

    /// <summary>Whether records carry the text a decision was about. Off by default: turn it on only where that text may be stored.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool IncludeContent { get; set; }

    /// <summary>The endpoint or trust profile name written into every record.</summary>
    public string? Endpoint { get; set; }

    /// <summary>How many records may wait for the sinks.</summary>
    /// <value>The default is 10,000.</value>
    [Range(1, 10_000_000)]
    public int BufferSize { get; set; } = 10_000;

    /// <summary>What happens when the buffer is full.</summary>
    /// <value>The default is <see cref="AuditFailureMode.Block"/>.</value>
    public AuditFailureMode FailureMode { get; set; } = AuditFailureMode.Block;

    /// <summary>How long a caller waits for buffer space in <see cref="AuditFailureMode.Block"/> mode.</summary>
    /// <value>The default is 2 seconds.</value>
    public TimeSpan BlockTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time allowed for one sink write before it counts as failed.</summary>
    /// <value>The default is 10 seconds.</value>
    public TimeSpan SinkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a failed sink write is retried before its batch is dropped for that sink (counted and logged).</summary>
    /// <value>The default is 3.</value>
    [Range(0, 100)]
    public int SinkRetries { get; set; } = 3;

    /// <summary>Whether any sink is configured.</summary>
    [JsonIgnore]
    public bool HasSinks => (Sinks?.Count ?? 0) > 0 || !string.IsNullOrWhiteSpace(JsonLinesPath) || Log;

    internal void Validate(List<string> errors)
    {
        if (Sinks is null) errors.Add("Audit.Sinks: must not be null.");
        else if (Sinks.Any(s => s is null)) errors.Add("Audit.Sinks: must not contain null.");
        if (JsonLinesPath is not null && string.IsNullOrWhiteSpace(JsonLinesPath)) errors.Add("Audit.JsonLinesPath: must not be empty when set.");
        if (!Enum.IsDefined(FailureMode)) errors.Add("Audit.FailureMode: not a valid AuditFailureMode.");
        if (BlockTimeout < TimeSpan.Zero || BlockTimeout > TimeSpan.FromMinutes(5)) errors.Add("Audit.BlockTimeout: must be between zero and 5 minutes.");
        if (SinkTimeout <= TimeSpan.Zero || SinkTimeout > TimeSpan.FromMinutes(10)) errors.Add("Audit.SinkTimeout: must be greater than zero and at most 10 minutes.");
    }
}
