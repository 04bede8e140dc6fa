namespace SecureKernel.Examples.WebChat;

/// <summary>
/// Collects the guard decisions and approval requests of the chat turn running on the current async flow, so each
/// answer can say why something was tagged, redacted or blocked. Wired to <see cref="SecureKernelOptions.OnDecision"/>
/// and <see cref="SecurityApprovals.Requested"/>; verdicts carry findings and reasons, never the scanned text.
/// </summary>
public sealed class TurnRecorder
{
    private static readonly AsyncLocal<TurnRecorder?> s_current = new();
    private readonly List<SecurityVerdict> _verdicts = [];
    private readonly List<ApprovalRequest> _approvals = [];

    /// <summary>The recorder of the turn on this async flow, or null.</summary>
    public static TurnRecorder? Current => s_current.Value;

    /// <summary>The decisions so far.</summary>
    public IReadOnlyList<SecurityVerdict> Verdicts
    {
        get { lock (_verdicts) return [.. _verdicts]; }
    }

    /// <summary>The approval requests made in this turn.</summary>
    public IReadOnlyList<ApprovalRequest> Approvals
    {
        get { lock (_approvals) return [.. _approvals]; }
    }

    /// <summary>Starts recording on this async flow; dispose to stop.</summary>
    public static TurnRecorderScope Begin()
    {
        var previous = s_current.Value;
        var recorder = new TurnRecorder();
        s_current.Value = recorder;
        return new TurnRecorderScope(recorder, () => s_current.Value = previous);
    }

    /// <summary>The <see cref="SecureKernelOptions.OnDecision"/> callback.</summary>
    public static void RecordDecision(SecurityVerdict verdict)
    {
        if (s_current.Value is { } r)
        {
            lock (r._verdicts) r._verdicts.Add(verdict);
        }
    }

    /// <summary>The <see cref="SecurityApprovals.Requested"/> handler.</summary>
    public static void RecordApproval(ApprovalRequest request)
    {
        if (s_current.Value is { } r)
        {
            lock (r._approvals)
            {
                // Concurrent turns each subscribe the handler; record a request once.
                if (!r._approvals.Exists(a => a.Id == request.Id)) r._approvals.Add(request);
            }
        }
    }
}
