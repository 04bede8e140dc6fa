using System.Collections.Concurrent;
using SecureKernel.Runtime;

namespace SecureKernel;

/// <summary>
/// Kill switches per endpoint (trust profile): switch a whole endpoint off, or a tool on one endpoint only, at run time.
/// Kill switches are an operator's explicit order, not a detection: they block in observe mode too.
/// </summary>
public sealed partial class SecureKernelGuard
{
    /// <summary>The detail of the finding on a block by an endpoint kill switch.</summary>
    internal const string EndpointKillSwitchDetail = "endpoint_kill_switch";

    private readonly ConcurrentDictionary<string, byte> _disabledEndpoints = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _disabledProfileTools = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The endpoints (trust profile names) switched off at run time by <see cref="SetEndpointDisabled"/>.</summary>
    public IReadOnlyCollection<string> DisabledEndpoints => _disabledEndpoints.Keys.Order(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>
    /// Kill switch: switches off (or back on) every request of one endpoint, i.e. of the trust profile its requests run
    /// under (<see cref="TrustProfile.DefaultName"/> for requests that name none). While it is off, every model call of
    /// that endpoint is blocked before the model is called (prompt functions, <c>Kernel.InvokeAsync</c>, chat clients and
    /// chat completion services, streaming or not) and every tool call under it is blocked; a tool-calling loop that is
    /// running stops at its next tool call or model round trip. Other endpoints are not affected. No restart is needed.
    /// The change is recorded as a configuration decision (audit, telemetry, the decision callback).
    /// </summary>
    /// <param name="profileName">A name in <see cref="ProfileNames"/> (case-insensitive).</param>
    /// <param name="disabled">True to switch the endpoint off, false to switch it back on.</param>
    /// <exception cref="ArgumentException"><paramref name="profileName"/> is empty or names no trust profile of this guard.</exception>
    public void SetEndpointDisabled(string profileName, bool disabled)
    {
        string name = CanonicalProfileName(profileName);
        if (disabled) _disabledEndpoints[name] = 0;
        else _disabledEndpoints.TryRemove(name, out _);
        RecordSwitch($"endpoint '{name}' switched {(disabled ? "off" : "on")} at run time (kill switch)", disabled, name, name);
    }

    /// <summary>True when the endpoint (trust profile) <paramref name="profileName"/> is switched off by the kill switch.</summary>
    /// <exception cref="ArgumentException"><paramref name="profileName"/> is empty or names no trust profile of this guard.</exception>
    public bool IsEndpointDisabled(string profileName) => _disabledEndpoints.ContainsKey(CanonicalProfileName(profileName));

    /// <summary>
    /// Kill switch: disables (or re-enables) a plugin (<c>"Mail"</c>) or one function (<c>"Mail.send_email"</c>) for the
    /// requests of one endpoint (trust profile) only, at run time. Other endpoints keep the tool.
    /// </summary>
    /// <param name="pluginOrFunction">A plugin name, a function name, or <c>Plugin.function</c>.</param>
    /// <param name="disabled">True to disable, false to enable again.</param>
    /// <param name="profileName">A name in <see cref="ProfileNames"/> (case-insensitive).</param>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="profileName"/> names no trust profile of this guard.</exception>
    public void SetToolDisabled(string pluginOrFunction, bool disabled, string profileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginOrFunction);
        string name = CanonicalProfileName(profileName);
        var tools = _disabledProfileTools.GetOrAdd(name, static _ => new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase));
        if (disabled) tools[pluginOrFunction] = 0;
        else tools.TryRemove(pluginOrFunction, out _);
        RecordSwitch($"tool {(disabled ? "disabled" : "enabled")} at run time for endpoint '{name}'", disabled, pluginOrFunction, name);
    }

    /// <summary>Plugins and functions disabled at run time for the endpoint (trust profile) <paramref name="profileName"/> only.</summary>
    /// <exception cref="ArgumentException"><paramref name="profileName"/> is empty or names no trust profile of this guard.</exception>
    public IReadOnlyCollection<string> GetDisabledTools(string profileName) =>
        _disabledProfileTools.TryGetValue(CanonicalProfileName(profileName), out var tools) ? tools.Keys.Order(StringComparer.OrdinalIgnoreCase).ToArray() : [];

    /// <summary>Blocks the turn when its endpoint is switched off: records the decision, marks the turn blocked and throws.</summary>
    /// <exception cref="SecurityBlockedException">The endpoint of the turn is switched off.</exception>
    internal void ThrowIfEndpointDisabled(TurnState? turn)
    {
        if (EndpointSwitchedOff(turn?.Profile ?? CurrentProfile, SecurityStage.Input, null) is not { } verdict) return;
        Record(verdict);
        turn?.Block(verdict);
        throw new SecurityBlockedException(verdict);
    }

    /// <summary>The block verdict when <paramref name="profile"/>'s endpoint is switched off, else null.</summary>
    private SecurityVerdict? EndpointSwitchedOff(ResolvedProfile profile, SecurityStage stage, string? subject)
    {
        if (_disabledEndpoints.IsEmpty || profile.Error is not null || !_disabledEndpoints.ContainsKey(profile.Name)) return null;
        return KillSwitchBlock(stage, $"endpoint '{profile.Name}' is switched off by the kill switch", EndpointKillSwitchDetail, subject);
    }

    /// <summary>The reason when a tool is switched off at run time (everywhere, or for <paramref name="profile"/>), else null.</summary>
    private string? ToolSwitchedOff(ResolvedProfile profile, string? pluginName, string functionName)
    {
        if (AllToolsDisabled || IsDisabled(_disabledTools, pluginName, functionName)) return "the tool was switched off at run time (kill switch)";
        if (profile.Error is null && _disabledProfileTools.TryGetValue(profile.Name, out var tools) && IsDisabled(tools, pluginName, functionName))
            return $"the tool was switched off at run time for endpoint '{profile.Name}' (kill switch)";
        return null;
    }

    /// <summary>A kill-switch block: never softened by observe mode.</summary>
    private static SecurityVerdict KillSwitchBlock(SecurityStage stage, string reason, string detail, string? subject) => new()
    {
        Stage = stage,
        Action = SecurityAction.Block,
        Reason = reason,
        Findings = [new SecurityFinding(FindingKind.Disabled, detail, 1, "kill_switch")],
        Score = 1,
        Subject = subject,
    };

    private static bool IsDisabled(ConcurrentDictionary<string, byte> disabled, string? pluginName, string functionName)
    {
        if (disabled.IsEmpty) return false;
        if (disabled.ContainsKey(functionName)) return true;
        return pluginName is not null && (disabled.ContainsKey(pluginName) || disabled.ContainsKey(pluginName + "." + functionName) || disabled.ContainsKey(pluginName + "_" + functionName));
    }

    private void RecordSwitch(string reason, bool disabled, string? subject, string? profile)
    {
        _logger.KillSwitchChanged(reason, subject ?? "-");
        Record(new SecurityVerdict { Stage = SecurityStage.Configuration, Action = disabled ? SecurityAction.Block : SecurityAction.Allow, Reason = reason, Subject = subject }, profile: profile);
    }

    private string CanonicalProfileName(string profileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profileName);
        if (string.Equals(profileName, TrustProfile.DefaultName, StringComparison.OrdinalIgnoreCase)) return TrustProfile.DefaultName;
        foreach (var key in _profiles.Keys)
        {
            if (string.Equals(key, profileName, StringComparison.OrdinalIgnoreCase)) return key;
        }

        throw new ArgumentException($"no trust profile {Quote(profileName)} in this guard (configured: {string.Join(", ", ProfileNames)})", nameof(profileName));
    }

    /// <summary>The state of every kill switch, for the posture report.</summary>
    internal Dictionary<string, string> KillSwitchSettings()
    {
        static string List(IEnumerable<string> values) => string.Join(", ", values) is { Length: > 0 } s ? s : "none";
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["disabled_endpoints"] = List(DisabledEndpoints),
            ["all_tools_disabled"] = AllToolsDisabled ? "true" : "false",
            ["disabled_tools"] = List(DisabledTools.Order(StringComparer.OrdinalIgnoreCase)),
            ["detector"] = Detector.Name,
        };
        foreach (var (profile, tools) in _disabledProfileTools.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (!tools.IsEmpty) settings["disabled_tools:" + profile] = List(tools.Keys.Order(StringComparer.OrdinalIgnoreCase));
        }

        return settings;
    }
}
