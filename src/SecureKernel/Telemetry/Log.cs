using Microsoft.Extensions.Logging;

namespace SecureKernel;

/// <summary>Log messages with stable event ids: 1xxx input, 2xxx retrieval, 3xxx tools, 4xxx output, 9xxx configuration. No content above Trace.</summary>
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

    [LoggerMessage(9001, LogLevel.Warning, "Dangerous configuration: {Detail}")]
    public static partial void DangerousConfiguration(this ILogger logger, string detail);

    [LoggerMessage(9002, LogLevel.Error, "A decision callback threw; the decision stands")]
    public static partial void CallbackFailed(this ILogger logger, Exception exception);

    [LoggerMessage(9900, LogLevel.Trace, "Sensitive: scanned text for {Source}: {Text}")]
    public static partial void SensitiveText(this ILogger logger, string source, string text);
}
