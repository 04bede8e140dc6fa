namespace SecureKernel;

/// <summary>A guard decision. Carries findings and a reason, never the raw text that was scanned.</summary>
public sealed record SecurityVerdict
{
    /// <summary>The stage that decided.</summary>
    public required SecurityStage Stage { get; init; }

    /// <summary>What happens to the content or operation.</summary>
    public required SecurityAction Action { get; init; }

    /// <summary>A human-readable reason with no content from the scanned text.</summary>
    public required string Reason { get; init; }

    /// <summary>The highest score among the findings, 0–1.</summary>
    public double Score { get; init; }

    /// <summary>The findings behind the decision.</summary>
    public IReadOnlyList<SecurityFinding> Findings { get; init; } = [];

    /// <summary>Plugin and function, or the source of a chunk, when applicable.</summary>
    public string? Subject { get; init; }

    /// <summary>Sources of untrusted content that tainted the turn, when the decision depends on them.</summary>
    public IReadOnlyList<string> TaintSources { get; init; } = [];

    /// <summary>True when the guard ran in observe mode, so the action was recorded but not applied.</summary>
    public bool Observed { get; init; }

    /// <summary>An allow verdict with no findings.</summary>
    public static SecurityVerdict Allowed(SecurityStage stage, string? subject = null) =>
        new() { Stage = stage, Action = SecurityAction.Allow, Reason = "no findings", Subject = subject };

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Stage}: {Action} ({Reason}){(Subject is null ? "" : $" [{Subject}]")}" +
        (Findings.Count == 0 ? "" : " findings=" + string.Join(",", Findings.Select(f => f.KindName).Distinct()));
}
