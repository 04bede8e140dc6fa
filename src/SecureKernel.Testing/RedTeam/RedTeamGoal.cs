namespace SecureKernel.Testing;

/// <summary>The success condition of an attack case.</summary>
/// <param name="Type">What is checked.</param>
/// <param name="Tool">For <see cref="RedTeamGoalType.ToolCall"/>: the function name (only <c>send_email</c> is tracked by the runner).</param>
/// <param name="Argument">For <see cref="RedTeamGoalType.ToolCall"/>: text that must occur in a call's arguments (e.g. the attacker's address); null = any call.</param>
/// <param name="Pattern">For <see cref="RedTeamGoalType.OutputContains"/>: the text that must appear in the answer.</param>
/// <param name="Host">For <see cref="RedTeamGoalType.MarkdownExfiltration"/>: the attacker's host.</param>
public sealed record RedTeamGoal(RedTeamGoalType Type, string? Tool = null, string? Argument = null, string? Pattern = null, string? Host = null);
