using Microsoft.Extensions.Logging;

namespace SecureKernel;

/// <summary>Log messages with stable event ids: 1xxx input, 2xxx retrieval, 3xxx tools, 4xxx output, 7xxx monitoring, 8xxx audit, 9xxx configuration. No content above Trace.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "User input {Action} at stage {Stage}: {Reason}; findings {FindingKinds}")]
    public static partial void InputDecision(this ILogger logger, SecurityAction action, SecurityStage stage, string reason, string findingKinds);

    [LoggerMessage(2001, LogLevel.Information, "Retrieved chunk from {Source} {Action}: score {Score:F3}, findings {FindingKinds}")]
    public static partial void ChunkDecision(this ILogger logger, string source, SecurityAction action, double score, string findingKinds);

    [LoggerMessage(2002, LogLevel.Error, "Injection detector {Detector} failed ({FailureKind}); failure mode {FailureMode} applies")]
    public static partial void DetectorFailed(this ILogger logger, string detector, string failureKind, FailureMode failureMode, Exception? exception);

    [LoggerMessage(3001, LogLevel.Warning, "Tool {Tool} {Action}: {Reason}")]
    public static partial void ToolDecision(this ILogger logger, string tool, SecurityAction action, string reason);

    [LoggerMessage(3002, LogLevel.Information, "Approval {ApprovalId} requested for tool {Tool}")]
    public static partial void ApprovalRequested(this ILogger logger, string approvalId, string tool);

    [LoggerMessage(7001, LogLevel.Warning, "Possible model-extraction sweep by user {UserId} on endpoint {Endpoint}: {Variants} near-duplicate inputs within {Window}; action {Action}")]
    public static partial void ExtractionSuspected(this ILogger logger, string userId, string endpoint, int variants, TimeSpan window, string action);

    [LoggerMessage(7002, LogLevel.Warning, "Endpoint {Endpoint}: {Metric} {Current:0.####} in the current window deviates from the baseline {Baseline:0.####} (window {Window})")]
    public static partial void BaselineDeviation(this ILogger logger, string endpoint, string metric, double current, double baseline, TimeSpan window);

    [LoggerMessage(7003, LogLevel.Warning, "Monitoring: the limit of {MaxEndpoints} endpoints with a baseline is reached; further endpoints are not tracked")]
    public static partial void MonitorEndpointLimit(this ILogger logger, int maxEndpoints);

    [LoggerMessage(9001, LogLevel.Warning, "Dangerous configuration: {Detail}")]
    public static partial void DangerousConfiguration(this ILogger logger, string detail);

    [LoggerMessage(9002, LogLevel.Error, "A decision callback threw; the decision stands")]
    public static partial void CallbackFailed(this ILogger logger, Exception exception);

    [LoggerMessage(9003, LogLevel.Information, "Model {ModelId} loaded: every file hash verified; signature {SignatureStatus}, key {KeyId}")]
    public static partial void ModelLoaded(this ILogger logger, string modelId, ModelSignatureStatus signatureStatus, string keyId);

    [LoggerMessage(9004, LogLevel.Warning, "Kill switch: {Change}; subject {Subject}")]
    public static partial void KillSwitchChanged(this ILogger logger, string change, string subject);

    [LoggerMessage(8001, LogLevel.Information, "Audit {Kind} {Stage} {Action}: {Reason}; findings {FindingKinds}; score {Score:F3}; subject {Subject}; user {UserId}; turn {TurnId}; endpoint {Endpoint}; profile {Profile}; input {InputLength}; output {OutputLength}; latency {LatencyMs} ms; record {RecordId}")]
    public static partial void AuditRecordWritten(this ILogger logger, string kind, string stage, string action, string reason, string findingKinds, double score,
        string? subject, string? userId, string? turnId, string? endpoint, string? profile, int? inputLength, int? outputLength, double? latencyMs, string recordId);

    [LoggerMessage(8002, LogLevel.Error, "Audit: {Count} record(s) dropped ({DropReason}); {Total} dropped so far")]
    public static partial void AuditDropped(this ILogger logger, long count, string dropReason, long total);

    [LoggerMessage(8003, LogLevel.Warning, "Audit sink {Sink} failed (attempt {Attempt}); retrying")]
    public static partial void AuditSinkRetry(this ILogger logger, string sink, int attempt, Exception exception);

    [LoggerMessage(8004, LogLevel.Error, "Audit sink {Sink} failed after {Attempts} attempt(s); {Count} record(s) not written to it")]
    public static partial void AuditSinkGaveUp(this ILogger logger, string sink, int attempts, int count, Exception exception);

    [LoggerMessage(8900, LogLevel.Trace, "Sensitive: audit record {RecordId} content: {Content}")]
    public static partial void AuditContent(this ILogger logger, string recordId, string content);

    [LoggerMessage(9900, LogLevel.Trace, "Sensitive: scanned text for {Source}: {Text}")]
    public static partial void SensitiveText(this ILogger logger, string source, string text);
}
