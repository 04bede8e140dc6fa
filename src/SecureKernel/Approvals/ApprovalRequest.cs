namespace SecureKernel;

/// <summary>
/// A tool call waiting for a human decision. Bound to a hash of the function name and its exact arguments: an approval
/// lets exactly that call run once, never a call with other arguments.
/// </summary>
public sealed record ApprovalRequest
{
    /// <summary>The request id (opaque, unguessable).</summary>
    public required string Id { get; init; }

    /// <summary>The plugin name, or null.</summary>
    public string? PluginName { get; init; }

    /// <summary>The function name.</summary>
    public required string FunctionName { get; init; }

    /// <summary>The SHA-256 of the function name and its canonical arguments.</summary>
    public required string CallHash { get; init; }

    /// <summary>The arguments, for the approver to read. Kept in memory only; never logged.</summary>
    public IReadOnlyDictionary<string, string?> Arguments { get; init; } = new Dictionary<string, string?>();

    /// <summary>Why approval is needed (no content).</summary>
    public required string Reason { get; init; }

    /// <summary>The user whose turn asked for the call.</summary>
    public required string UserId { get; init; }

    /// <summary>The tool-call id of the model, when known.</summary>
    public string? ToolCallId { get; init; }

    /// <summary>When the request was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The current status.</summary>
    public ApprovalStatus Status { get; init; }

    /// <summary>Who decided, when decided.</summary>
    public string? DecidedBy { get; init; }
}
