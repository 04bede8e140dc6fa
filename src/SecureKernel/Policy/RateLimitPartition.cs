namespace SecureKernel;

/// <summary>What a <see cref="RateLimitRule"/> counts separately: each distinct key gets its own limiter.</summary>
public enum RateLimitPartition
{
    /// <summary>One limiter per user, across every tool the rule covers.</summary>
    User,

    /// <summary>One limiter per plugin, shared by every user.</summary>
    Plugin,

    /// <summary>One limiter per tool (plugin and function), shared by every user.</summary>
    Tool,

    /// <summary>One limiter per user and plugin.</summary>
    UserAndPlugin,

    /// <summary>One limiter per user and tool.</summary>
    UserAndTool,
}
