using System.ComponentModel.DataAnnotations;

namespace SecureKernel;

/// <summary>The trust policy of one plugin or one function.</summary>
public sealed class ToolPolicy
{
    /// <summary>How much damage the tool can do.</summary>
    /// <value>The default is <see cref="ToolConsequence.Read"/>.</value>
    public ToolConsequence Consequence { get; set; } = ToolConsequence.Read;

    /// <summary>
    /// Whether the tool may run after untrusted content entered the turn. When null, read tools accept it and
    /// write/external tools do not.
    /// </summary>
    public bool? AcceptsUntrustedContext { get; set; }

    /// <summary>Whether every call needs a human approval bound to its exact arguments.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool RequiresApproval { get; set; }

    /// <summary>Whether the tool's results are trusted (not wrapped or scanned). Retrieval tools must leave this false.</summary>
    /// <value>The default is <see langword="false"/>: every tool result is untrusted.</value>
    public bool TrustedOutput { get; set; }

    /// <summary>Roles of which the caller must hold at least one. Empty means any caller.</summary>
    public IList<string> AllowedRoles { get; set; } = [];

    /// <summary>Scopes the caller must all hold. Empty means none.</summary>
    public IList<string> RequiredScopes { get; set; } = [];

    /// <summary>Maximum calls per user within <see cref="RateLimitWindow"/>; 0 means no limit.</summary>
    [Range(0, int.MaxValue)]
    public int RateLimitPermits { get; set; }

    /// <summary>The window of the per-user rate limit.</summary>
    /// <value>The default is one minute.</value>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether the tool is switched off.</summary>
    public bool Disabled { get; set; }

    /// <summary>The effective answer to <see cref="AcceptsUntrustedContext"/>.</summary>
    public bool EffectiveAcceptsUntrustedContext => AcceptsUntrustedContext ?? Consequence == ToolConsequence.Read;
}
