namespace SecureKernel;

/// <summary>The result of <see cref="OutputSanitizer"/>: safe HTML, safe Markdown (for Markdown input) and what was changed.</summary>
/// <param name="Html">Safe HTML. Never contains script, event handlers, forms, frames, URL-loading CSS or a URL to a host that is not allowed.</param>
/// <param name="Markdown">Safe Markdown for clients that render Markdown themselves; <see langword="null"/> for HTML input.</param>
/// <param name="Findings">
/// One finding per rule that fired (<see cref="FindingKind.UnsafeMarkup"/> or <see cref="FindingKind.Exfiltration"/>);
/// <see cref="SecurityFinding.Detail"/> is the rule id and never quotes content.
/// </param>
public sealed record SanitizedOutput(string Html, string? Markdown, IReadOnlyList<SecurityFinding> Findings)
{
    /// <summary>Whether anything was removed, neutralized or rewritten for safety.</summary>
    public bool Changed => Findings.Count > 0;
}
