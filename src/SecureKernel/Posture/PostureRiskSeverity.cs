namespace SecureKernel;

/// <summary>How serious a risky configuration is.</summary>
public enum PostureRiskSeverity
{
    /// <summary>Worth knowing; rarely exploitable by itself.</summary>
    Low,

    /// <summary>Weakens a control.</summary>
    Medium,

    /// <summary>Turns a control off or opens a known attack path.</summary>
    High,
}
