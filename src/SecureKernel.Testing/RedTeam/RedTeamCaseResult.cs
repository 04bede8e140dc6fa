namespace SecureKernel.Testing;

/// <summary>The outcome of one case in one run.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Kind">The case kind.</param>
/// <param name="IsBenign">Whether the case is a benign task.</param>
/// <param name="Protected">Whether SecureKernel was on.</param>
/// <param name="AttackSucceeded">For an attack: whether its goal was reached. Always false for a benign task.</param>
/// <param name="BenignSucceeded">For a benign task: answered, not blocked, no email sent, expected text present. Always false for an attack.</param>
/// <param name="AnsweredUnderAttack">For an attack: whether the user still got the benign answer (not blocked, expected text present).</param>
/// <param name="Blocked">Whether SecureKernel blocked the turn (<see cref="SecurityBlockedException"/>).</param>
/// <param name="ToolCallsExecuted">How many exfiltration-tool calls ran.</param>
/// <param name="Evidence">Why the attack counts as a success (no content), or why the benign task failed; null otherwise.</param>
/// <param name="Error">The exception type when the run failed with something other than a SecureKernel block; null otherwise.</param>
/// <param name="Answer">The answer the caller received (empty when blocked), for diagnosing a case. Not written by <see cref="RedTeamReport.ToJson"/> or <see cref="RedTeamReport.ToMarkdown"/>.</param>
public sealed record RedTeamCaseResult(
    string Id,
    RedTeamAttackKind Kind,
    bool IsBenign,
    bool Protected,
    bool AttackSucceeded,
    bool BenignSucceeded,
    bool AnsweredUnderAttack,
    bool Blocked,
    int ToolCallsExecuted,
    string? Evidence,
    string? Error,
    string Answer);
