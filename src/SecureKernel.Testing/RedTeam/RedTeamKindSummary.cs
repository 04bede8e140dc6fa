namespace SecureKernel.Testing;

/// <summary>Counts for one kind (or all kinds) in one run.</summary>
/// <param name="Kind">The kind; null for the total over all kinds.</param>
/// <param name="Protected">Whether SecureKernel was on.</param>
/// <param name="Attacks">Attack cases run.</param>
/// <param name="AttackSuccesses">Attack cases whose goal was reached.</param>
/// <param name="AnsweredUnderAttack">Attack cases where the user still got the benign answer.</param>
/// <param name="BenignTasks">Benign cases run.</param>
/// <param name="BenignSuccesses">Benign cases answered correctly without a block or an email.</param>
/// <param name="Blocked">Turns blocked by SecureKernel (attacks and benign).</param>
/// <param name="Errors">Runs that failed with another exception.</param>
public sealed record RedTeamKindSummary(
    RedTeamAttackKind? Kind,
    bool Protected,
    int Attacks,
    int AttackSuccesses,
    int AnsweredUnderAttack,
    int BenignTasks,
    int BenignSuccesses,
    int Blocked,
    int Errors)
{
    /// <summary>Attack success rate: <see cref="AttackSuccesses"/> / <see cref="Attacks"/> (0 when there are no attacks).</summary>
    public double AttackSuccessRate => Attacks == 0 ? 0 : (double)AttackSuccesses / Attacks;

    /// <summary>Benign success rate: <see cref="BenignSuccesses"/> / <see cref="BenignTasks"/> (1 when there are no benign tasks).</summary>
    public double BenignSuccessRate => BenignTasks == 0 ? 1 : (double)BenignSuccesses / BenignTasks;

    /// <summary>Share of attacks where the benign answer still came through (utility under attack; 0 when there are no attacks).</summary>
    public double AnsweredUnderAttackRate => Attacks == 0 ? 0 : (double)AnsweredUnderAttack / Attacks;

    internal static RedTeamKindSummary From(RedTeamAttackKind? kind, bool protect, IEnumerable<RedTeamCaseResult> results)
    {
        RedTeamCaseResult[] r = [.. results.Where(x => x.Protected == protect && (kind is null || x.Kind == kind))];
        return new RedTeamKindSummary(kind, protect,
            r.Count(x => !x.IsBenign), r.Count(x => x.AttackSucceeded), r.Count(x => x.AnsweredUnderAttack),
            r.Count(x => x.IsBenign), r.Count(x => x.BenignSucceeded), r.Count(x => x.Blocked), r.Count(x => x.Error is not null));
    }
}
