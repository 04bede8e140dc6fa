namespace SecureKernel;

/// <summary>A risky configuration found by <see cref="SecurityPosture.Evaluate(SecureKernelOptions, Microsoft.SemanticKernel.Kernel?)"/>.</summary>
/// <param name="Id">A stable id (<c>observe_mode</c>, <c>tool_without_approval</c>, …).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Control">The id of the control it concerns.</param>
/// <param name="Message">What is wrong and what to change.</param>
/// <param name="Owasp">The OWASP Top 10 for LLM Applications 2025 ids it exposes.</param>
public sealed record PostureRisk(string Id, PostureRiskSeverity Severity, string Control, string Message, IReadOnlyList<string> Owasp);
