namespace SecureKernel;

/// <summary>The outcome of a guard decision, from least to most restrictive.</summary>
public enum SecurityAction
{
    /// <summary>Nothing found, or observe mode.</summary>
    Allow,

    /// <summary>Content passes, marked as suspicious for the model and the audit.</summary>
    Tag,

    /// <summary>Parts of the content were replaced.</summary>
    Redact,

    /// <summary>A retrieved chunk was removed; the turn goes on.</summary>
    Drop,

    /// <summary>The operation waits for a human approval.</summary>
    RequireApproval,

    /// <summary>The operation is refused.</summary>
    Block,
}
