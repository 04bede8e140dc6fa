namespace SecureKernel.Runtime;

/// <summary>
/// The trust profile a request runs under: a named <see cref="TrustProfile"/>, the top-level settings (the default
/// profile), or a denial (unknown or conflicting profile) that reaches no tool and blocks the request.
/// </summary>
internal sealed class ResolvedProfile
{
    private static readonly ToolPolicy s_unlisted = new() { Disabled = true };
    private static readonly ToolGuardOptions s_denyAll = new() { DefaultPolicy = new ToolPolicy { Disabled = true } };
    private readonly SecureKernelOptions _options;
    private readonly TrustProfile? _profile;

    private ResolvedProfile(string name, SecureKernelOptions options, TrustProfile? profile, string? error)
    {
        Name = name;
        _options = options;
        _profile = profile;
        Error = error;
    }

    public string Name { get; }

    /// <summary>Why the request may not run (unknown or conflicting profile); null when the profile is valid.</summary>
    public string? Error { get; }

    /// <summary>True for a profile from <see cref="SecureKernelOptions.Profiles"/> (and for a denial).</summary>
    public bool IsNamed => _profile is not null || Error is not null;

    public ToolGuardOptions Tools => Error is not null ? s_denyAll : _profile?.Tools ?? _options.Tools;

    public InputGuardOptions Input => _profile?.Input ?? _options.Input;

    public ChunkAction FlaggedChunkAction => _profile?.FlaggedChunkAction ?? _options.Retrieval.FlaggedChunkAction;

    public IList<RateLimitRule> RateLimits => Error is not null ? [] : _profile?.RateLimits ?? _options.RateLimits;

    public TokenBudgetOptions? Budget => Error is not null ? null : _profile is not null ? _profile.Budget : _options.Budget;

    /// <summary>The policy of a tool under this profile; a tool a named profile does not list is disabled unless it opts out.</summary>
    public ToolPolicy ResolvePolicy(string? pluginName, string functionName) => Resolve(_profile, Tools, pluginName, functionName);

    /// <summary>The policy of a tool under <paramref name="profile"/> (null: the top-level <paramref name="tools"/>).</summary>
    internal static ToolPolicy Resolve(TrustProfile? profile, ToolGuardOptions tools, string? pluginName, string functionName)
    {
        var policy = SecureKernelGuard.ResolvePolicy(tools, pluginName, functionName);
        return profile is { DenyUnlistedTools: true } && ReferenceEquals(policy, tools.DefaultPolicy) ? s_unlisted : policy;
    }

    public static ResolvedProfile TopLevel(SecureKernelOptions options) => new(TrustProfile.DefaultName, options, null, null);

    public static ResolvedProfile Named(string name, SecureKernelOptions options, TrustProfile profile) => new(name, options, profile, null);

    public static ResolvedProfile Denied(string name, SecureKernelOptions options, string error) => new(name, options, null, error);
}
