namespace SecureKernel;

/// <summary>The state of an approval request.</summary>
public enum ApprovalStatus
{
    /// <summary>Waiting for a decision.</summary>
    Pending,

    /// <summary>Approved; the next call with exactly the same arguments may run once.</summary>
    Approved,

    /// <summary>Denied.</summary>
    Denied,

    /// <summary>Approved and used.</summary>
    Consumed,

    /// <summary>Not decided, or approved but not used, within <see cref="ToolGuardOptions.ApprovalExpiry"/> of its creation.</summary>
    Expired,
}
