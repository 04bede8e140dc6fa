namespace SecureKernel;

/// <summary>Per-plugin and per-function trust policies.</summary>
public sealed class ToolGuardOptions
{
    /// <summary>
    /// Policies keyed by plugin name (<c>"Mail"</c>) or plugin and function (<c>"Mail.send_email"</c> or <c>"Mail_send_email"</c>).
    /// A function entry wins over its plugin entry.
    /// </summary>
    public IDictionary<string, ToolPolicy> Policies { get; set; } = new Dictionary<string, ToolPolicy>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The policy of tools with no entry.</summary>
    /// <value>The default is a read tool with untrusted output.</value>
    public ToolPolicy DefaultPolicy { get; set; } = new();

    /// <summary>What happens to a tool that does not accept untrusted context once the turn is tainted.</summary>
    /// <value>The default is <see cref="TaintAction.Block"/>.</value>
    public TaintAction TaintAction { get; set; } = TaintAction.Block;

    /// <summary>How far back untrusted content taints tool calls.</summary>
    /// <value>The default is <see cref="TaintScope.Conversation"/>: retrieved text stays in the model's context after its turn.</value>
    public TaintScope TaintScope { get; set; } = TaintScope.Conversation;

    /// <summary>
    /// How long an approval request stays valid from its creation: a request still pending, or approved but not used,
    /// after that becomes <see cref="ApprovalStatus.Expired"/> (counted as <c>expired</c> in <c>securekernel.approvals</c>),
    /// and the next identical call asks again. Null: requests never expire.
    /// </summary>
    /// <value>The default is <see langword="null"/>.</value>
    public TimeSpan? ApprovalExpiry { get; set; }

    /// <summary>Adds or replaces a policy and returns the options, for chaining.</summary>
    public ToolGuardOptions Add(string pluginOrFunction, ToolPolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginOrFunction);
        ArgumentNullException.ThrowIfNull(policy);
        Policies[pluginOrFunction] = policy;
        return this;
    }
}
