namespace SecureKernel;

/// <summary>Whether a guard applies its decisions or only records them.</summary>
public enum GuardMode
{
    /// <summary>Decisions are applied: chunks are tagged or dropped, tools blocked, output redacted.</summary>
    Enforce,

    /// <summary>
    /// Decisions are only annotated and audited; nothing is changed or blocked, except by the kill switches
    /// (<see cref="SecureKernelGuard.SetToolDisabled(string, bool)"/>, <see cref="SecureKernelGuard.AllToolsDisabled"/>,
    /// <see cref="SecureKernelGuard.SetEndpointDisabled(string, bool)"/>), which an operator sets on purpose.
    /// </summary>
    Observe,
}
