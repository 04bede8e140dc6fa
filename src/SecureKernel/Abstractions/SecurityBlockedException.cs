using Microsoft.SemanticKernel;

namespace SecureKernel;

/// <summary>Thrown when a guard in enforce mode blocks an operation. Carries the verdict, never the raw text.</summary>
public sealed class SecurityBlockedException : KernelException
{
    /// <summary>Creates the exception for a verdict.</summary>
    public SecurityBlockedException(SecurityVerdict verdict)
        : base($"SecureKernel blocked the operation: {verdict}")
    {
        ArgumentNullException.ThrowIfNull(verdict);
        Verdict = verdict;
    }

    /// <summary>The decision that blocked.</summary>
    public SecurityVerdict Verdict { get; }
}
