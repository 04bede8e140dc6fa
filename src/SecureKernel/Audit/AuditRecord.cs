namespace SecureKernel;

/// <summary>
/// One audit record: a guard decision or a guarded request. Carries kinds, scores, names and lengths, never prompt,
/// document or output text unless <see cref="AuditOptions.IncludeContent"/> is on.
/// </summary>
public sealed record AuditRecord
{
    /// <summary>The record kind for a guard decision.</summary>
    public const string DecisionKind = "decision";

    /// <summary>The record kind for a whole guarded request (one turn).</summary>
    public const string RequestKind = "request";

    /// <summary>The record kind for a monitoring event (a baseline deviation of an endpoint).</summary>
    public const string MonitorKind = "monitor";

    /// <summary>The record kind the audit pipeline writes when records were dropped.</summary>
    public const string DroppedKind = "audit_dropped";

    /// <summary>When the decision was made.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>A unique id of this record.</summary>
    public string RecordId { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary><see cref="DecisionKind"/>, <see cref="RequestKind"/>, <see cref="MonitorKind"/> or <see cref="DroppedKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The caller's user id, when known.</summary>
    public string? UserId { get; init; }

    /// <summary>The id of the guarded request (turn) the decision belongs to, when it ran inside one.</summary>
    public string? TurnId { get; init; }

    /// <summary>The endpoint or trust profile name (<see cref="AuditOptions.Endpoint"/>), when configured.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The trust profile the request ran under (<see cref="TrustProfile"/>; <c>default</c> for the top-level settings), when inside a request.</summary>
    public string? Profile { get; init; }

    /// <summary>Input tokens the model reported for the request (request records only, when reported).</summary>
    public long? InputTokens { get; init; }

    /// <summary>Output tokens the model reported for the request (request records only, when reported).</summary>
    public long? OutputTokens { get; init; }

    /// <summary>The stage, lower case (<c>input</c>, <c>retrieval</c>, <c>tool</c>, <c>output</c>, <c>configuration</c>, <c>request</c>, <c>monitor</c>, <c>audit</c>).</summary>
    public required string Stage { get; init; }

    /// <summary>The action, lower case (<c>allow</c>, <c>tag</c>, <c>redact</c>, <c>drop</c>, <c>requireapproval</c>, <c>block</c>, <c>dropped</c>).</summary>
    public required string Action { get; init; }

    /// <summary>The reason, with no content from scanned text.</summary>
    public required string Reason { get; init; }

    /// <summary>Whether the guard ran in observe mode, so the action was recorded but not applied.</summary>
    public bool Observed { get; init; }

    /// <summary>The distinct finding kinds (stable snake-case names).</summary>
    public IReadOnlyList<string> FindingKinds { get; init; } = [];

    /// <summary>The decision's score, 0–1.</summary>
    public double Score { get; init; }

    /// <summary>The highest score per finding kind.</summary>
    public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();

    /// <summary>Plugin and function, or the source of a chunk, when applicable.</summary>
    public string? Subject { get; init; }

    /// <summary>Sources of untrusted content that tainted the request.</summary>
    public IReadOnlyList<string> TaintSources { get; init; } = [];

    /// <summary>Length in characters of the text the decision was about, when known.</summary>
    public int? InputLength { get; init; }

    /// <summary>Length in characters of the text released after the decision, when known.</summary>
    public int? OutputLength { get; init; }

    /// <summary>Time spent, in milliseconds, when known (for request records: the whole request).</summary>
    public double? LatencyMs { get; init; }

    /// <summary>Number of decisions recorded during the request (request records only).</summary>
    public int? Decisions { get; init; }

    /// <summary>The text the decision was about; null unless <see cref="AuditOptions.IncludeContent"/> is on.</summary>
    public string? Content { get; init; }
}
