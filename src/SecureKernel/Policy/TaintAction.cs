namespace SecureKernel;

/// <summary>What happens to a tool that does not accept untrusted context, once such content entered the turn.</summary>
public enum TaintAction
{
    /// <summary>The call is refused with a reason naming the sources that tainted the turn.</summary>
    Block,

    /// <summary>The call waits for a human approval bound to its exact arguments.</summary>
    RequireApproval,
}
