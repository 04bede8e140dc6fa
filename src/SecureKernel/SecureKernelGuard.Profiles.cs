using SecureKernel.Runtime;

namespace SecureKernel;

/// <summary>Trust profiles, token budgets and their admission checks (see <see cref="TrustProfile"/>).</summary>
public sealed partial class SecureKernelGuard
{
    private readonly TokenBudgetTracker _budgets;
    private readonly Dictionary<string, TrustProfile> _profiles;
    private readonly ResolvedProfile _topLevelProfile;

    /// <summary>The names of the trust profiles this guard serves: <see cref="TrustProfile.DefaultName"/> and every named profile.</summary>
    public IReadOnlyList<string> ProfileNames => [TrustProfile.DefaultName, .. _profiles.Keys.Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The profile of the current turn, or the one a new request would get here.</summary>
    internal ResolvedProfile CurrentProfile => TurnState.Current?.Profile ?? ResolveProfile(null, null);

    internal int RateLimitPartitions => _rateLimiter.PartitionCount;

    internal int BudgetAccounts => _budgets.AccountCount;

    /// <summary>
    /// Chooses the trust profile of a request from, in turn, the ambient <see cref="TrustProfileScope"/>, the principal's
    /// <see cref="SecurityPrincipal.Profile"/> and <c>Kernel.Data[<see cref="TrustProfile.DataKey"/>]</c>, else
    /// <see cref="SecureKernelOptions.DefaultProfile"/>. When these name different profiles, or the name is unknown, the
    /// result is a denial that reaches no tool and blocks the request; it never falls back to another profile.
    /// </summary>
    internal ResolvedProfile ResolveProfile(SecurityPrincipal? principal, IDictionary<string, object?>? kernelData)
    {
        var named = new List<(string Source, string Name)>(3);
        if (TrustProfileScope.Current is { } scope) named.Add(("scope", scope));
        if (principal?.Profile is { } fromPrincipal) named.Add(("principal", fromPrincipal));
        if (kernelData is not null && kernelData.TryGetValue(TrustProfile.DataKey, out var data) && data is not null)
        {
            if (data is not string fromData)
                return ResolvedProfile.Denied("(invalid)", Options, $"Kernel.Data[\"{TrustProfile.DataKey}\"] holds a {data.GetType().Name}, not a trust profile name; the request is blocked");
            named.Add(("kernel data", fromData));
        }

        if (named.Select(n => n.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
        {
            return ResolvedProfile.Denied("(conflict)", Options,
                $"conflicting trust profiles for this request ({string.Join(", ", named.Select(n => $"{n.Source} {Quote(n.Name)}"))}); the request is blocked rather than run under either");
        }

        string? name = named.Count > 0 ? named[0].Name : Options.DefaultProfile;
        if (name is null || string.Equals(name, TrustProfile.DefaultName, StringComparison.OrdinalIgnoreCase)) return _topLevelProfile;
        if (_profiles.TryGetValue(name, out var profile)) return ResolvedProfile.Named(_profiles.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)), Options, profile);
        return ResolvedProfile.Denied(IsPlainName(name) ? name : "(invalid)", Options,
            $"unknown trust profile {Quote(name)} (configured: {string.Join(", ", ProfileNames)}); the request is blocked, not run under another profile");
    }

    /// <summary>
    /// Admits a turn: blocks it when its trust profile is unknown or conflicting, when its endpoint is switched off by the
    /// kill switch, and (before a model call) when the caller's token budget is used up. The profile and budget checks run
    /// once per turn, the kill switch on every call; a block is recorded and thrown.
    /// </summary>
    internal void AdmitTurn(TurnState turn, bool modelCall)
    {
        var profile = turn.Profile ?? CurrentProfile;
        if (!turn.ProfileChecked)
        {
            turn.ProfileChecked = true;
            if (profile.Error is { } error)
                Refuse(turn, Decide(SecurityStage.Input, SecurityAction.Block, error, [new(FindingKind.NotAuthorized, "trust_profile", 1, "policy")], 1, null));
        }

        // Checked on every call, not once per turn: a switch flipped while the turn runs stops its next model or tool call.
        ThrowIfEndpointDisabled(turn);

        if (!modelCall || turn.BudgetChecked) return;
        turn.BudgetChecked = true;
        if (profile.Budget is not { Enabled: true } budget) return;
        string user = (turn.Principal ?? SecurityPrincipal.Anonymous).UserId;
        var state = _budgets.Check(profile.Name, user, budget);
        if (state is null)
        {
            Refuse(turn, Decide(SecurityStage.Input, SecurityAction.Block, $"too many active budget accounts (limit {Options.MaxLimiterPartitions}); new callers are refused until a budget window ends",
                [new(FindingKind.BudgetExhausted, "account_capacity", 1, "budget")], 1, null));
        }
        else if (state.Exhausted)
        {
            string used = budget.MaxTokens > 0 && state.Tokens >= budget.MaxTokens
                ? $"{state.Tokens} of {budget.MaxTokens} tokens"
                : $"{state.Cost.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)} of {budget.MaxCost.ToString(System.Globalization.CultureInfo.InvariantCulture)} cost units";
            Refuse(turn, Decide(SecurityStage.Input, SecurityAction.Block,
                $"the token budget of trust profile '{profile.Name}' is used up for this user ({used} in the current window of {budget.Window}); it resets at {state.ResetsAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}",
                [new(FindingKind.BudgetExhausted, budget.MaxTokens > 0 && state.Tokens >= budget.MaxTokens ? "tokens" : "cost", 1, "budget")], 1, null));
        }
    }

    /// <summary>Counts token usage the model reported in this turn against the caller's budget.</summary>
    internal void ReportUsage(TurnState turn, TokenUsage usage)
    {
        if (usage.IsEmpty) return;
        turn.AddUsage(usage);
        var profile = turn.Profile ?? CurrentProfile;
        if (profile.Budget is not { Enabled: true } budget) return;
        string user = (turn.Principal ?? SecurityPrincipal.Anonymous).UserId;
        if (!_budgets.Charge(profile.Name, user, budget, usage))
        {
            Record(Decide(SecurityStage.Output, SecurityAction.Tag, $"token usage could not be counted: too many active budget accounts (limit {Options.MaxLimiterPartitions})",
                [new(FindingKind.BudgetExhausted, "account_capacity", 1, "budget")], 1, null));
        }
    }

    private void Refuse(TurnState turn, SecurityVerdict verdict)
    {
        Record(verdict);
        if (verdict.Action != SecurityAction.Block) return;
        turn.Block(verdict);
        throw new SecurityBlockedException(verdict);
    }

    private static bool IsPlainName(string name) => name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string Quote(string name) => IsPlainName(name) ? $"'{name}'" : "(an invalid name)";
}
