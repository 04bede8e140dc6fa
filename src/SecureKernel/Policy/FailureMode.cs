namespace SecureKernel;

/// <summary>What happens when a detector throws, times out or returns an invalid result.</summary>
public enum FailureMode
{
    /// <summary>
    /// Default. The failed content is treated as flagged: the turn is marked as carrying unverified untrusted
    /// content, so tools that do not accept untrusted context (write and external tools by default) are blocked.
    /// Read-only tools and the answer itself go on.
    /// </summary>
    FailClosedForHighConsequence,

    /// <summary>The whole turn is blocked with a <see cref="SecurityBlockedException"/>.</summary>
    FailClosed,

    /// <summary>The failure is audited and a finding recorded, and the content is treated as clean. Never silent.</summary>
    FailOpen,
}
