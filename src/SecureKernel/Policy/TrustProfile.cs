namespace SecureKernel;

/// <summary>
/// The settings of one endpoint (for example <c>public</c>, <c>partner</c>, <c>internal</c>): its own tool policies, rate
/// limits, token budget and input limits. A request runs under exactly one profile, chosen per request (see
/// <see cref="TrustProfileScope"/>, <see cref="SecurityPrincipal.Profile"/> and <see cref="DataKey"/>). A named profile shares
/// nothing with the top-level settings or another profile except what it states; a tool it does not list is denied
/// (<see cref="DenyUnlistedTools"/>).
/// </summary>
public sealed class TrustProfile
{
    /// <summary>The name of the profile the top-level <see cref="SecureKernelOptions"/> settings form.</summary>
    public const string DefaultName = "default";

    /// <summary>The <c>Kernel.Data</c> key under which a profile name (a string) may be set for every request of that kernel.</summary>
    public const string DataKey = "securekernel_profile";

    /// <summary>The tool policies of this profile (its own; nothing is inherited from the top-level <see cref="SecureKernelOptions.Tools"/>).</summary>
    public ToolGuardOptions Tools { get; set; } = new();

    /// <summary>
    /// Whether a tool with no entry in <see cref="ToolGuardOptions.Policies"/> is denied. When false, such tools get
    /// <see cref="ToolGuardOptions.DefaultPolicy"/>.
    /// </summary>
    /// <value>The default is <see langword="true"/>: a profile reaches only the tools it names.</value>
    public bool DenyUnlistedTools { get; set; } = true;

    /// <summary>User input limits of this profile; when null, the top-level <see cref="SecureKernelOptions.Input"/> applies.</summary>
    public InputGuardOptions? Input { get; set; }

    /// <summary>What happens to a flagged retrieved chunk under this profile; when null, <see cref="RetrievalGuardOptions.FlaggedChunkAction"/> applies.</summary>
    public ChunkAction? FlaggedChunkAction { get; set; }

    /// <summary>Partitioned tool-call rate limits of this profile (every matching rule must grant a permit).</summary>
    public IList<RateLimitRule> RateLimits { get; set; } = [];

    /// <summary>The per-user token and cost budget of this profile, or null for none.</summary>
    public TokenBudgetOptions? Budget { get; set; }
}
