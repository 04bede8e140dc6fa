using System.Globalization;
using Microsoft.SemanticKernel;
using SecureKernel.Internal;

namespace SecureKernel;

/// <summary>
/// Evaluates a configuration: lists every control with its settings, maps each to OWASP Top 10 for LLM Applications
/// 2025, MITRE ATLAS and NIST AI RMF, and flags risky settings.
/// </summary>
public static class SecurityPosture
{
    private const string Govern = "GOVERN", Map = "MAP", Measure = "MEASURE", Manage = "MANAGE";

    // MITRE ATLAS technique ids.
    private const string PromptInjection = "AML.T0051", DirectInjection = "AML.T0051.000", IndirectInjection = "AML.T0051.001", Jailbreak = "AML.T0054",
        DataLeakage = "AML.T0057", PluginCompromise = "AML.T0053", MetaPromptExtraction = "AML.T0056", DenialOfService = "AML.T0029",
        CostHarvesting = "AML.T0034", SupplyChain = "AML.T0010", ModelExtraction = "AML.T0024.002";

    /// <summary>Evaluates <paramref name="options"/>, and when given, the plugins, functions and prompt templates of <paramref name="kernel"/>.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid (every error listed).</exception>
    public static PostureReport Evaluate(SecureKernelOptions options, Kernel? kernel = null) => Evaluate(options, kernel, TimeProvider.System);

    /// <summary>Evaluates a guard's options, its run-time kill switches and detector, and, when given, a kernel.</summary>
    public static PostureReport Evaluate(SecureKernelGuard guard, Kernel? kernel = null)
    {
        ArgumentNullException.ThrowIfNull(guard);
        return Evaluate(guard.Options, kernel, TimeProvider.System, guard.Detector, guard.KillSwitchSettings());
    }

    internal static PostureReport Evaluate(SecureKernelOptions options, Kernel? kernel, TimeProvider time, IInjectionDetector? detector = null, Dictionary<string, string>? killSwitches = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        SecureKernelOptionsValidator.ThrowIfInvalid(options);
        var controls = new List<PostureControl>();
        var risks = new List<PostureRisk>();
        bool enforce = options.Mode == GuardMode.Enforce;

        void Control(string id, string name, bool on, Dictionary<string, string> settings, string[] owasp, string[] atlas, string[] nist) =>
            controls.Add(new PostureControl(id, name, on, settings, owasp, atlas, nist));
        void Risk(string id, PostureRiskSeverity severity, string control, string message, params string[] owasp) =>
            risks.Add(new PostureRisk(id, severity, control, message, owasp));

        // Mode and failure mode.
        Control("mode", "Guard mode", enforce, new() { ["mode"] = Lower(options.Mode) }, ["LLM01", "LLM02", "LLM05", "LLM06"], [], [Govern, Manage]);
        if (!enforce)
            Risk("observe_mode", PostureRiskSeverity.High, "mode", "The guards run in observe mode: decisions are recorded but nothing is blocked, dropped or redacted.", "LLM01", "LLM02", "LLM05", "LLM06");

        Control("failure_mode", "Detector failure mode", options.FailureMode != FailureMode.FailOpen,
            new() { ["failure_mode"] = Lower(options.FailureMode), ["detector_timeout"] = options.Retrieval.DetectorTimeout.ToString("c", CultureInfo.InvariantCulture) },
            ["LLM01", "LLM06"], [PromptInjection], [Manage]);
        if (options.FailureMode == FailureMode.FailOpen)
            Risk("fail_open", PostureRiskSeverity.High, "failure_mode", "FailureMode is FailOpen: when the detector fails or times out, unscanned content is treated as clean.", "LLM01");

        // Input guard.
        Control("input_guard", "User input scanning", options.Input.Enabled, new()
        {
            ["max_user_chars"] = Num(options.Input.MaxUserChars),
            ["block_flagged_user_input"] = Bool(options.Input.BlockFlaggedUserInput),
        }, ["LLM01", "LLM07", "LLM10"], [DirectInjection, Jailbreak, MetaPromptExtraction], [Measure, Manage]);
        if (!options.Input.Enabled)
            Risk("input_guard_off", PostureRiskSeverity.Medium, "input_guard", "User input is not scanned for direct prompt injection or jailbreaks.", "LLM01");
        else if (!options.Input.BlockFlaggedUserInput)
            Risk("input_not_blocked", PostureRiskSeverity.Low, "input_guard", "Flagged user input is only recorded, not blocked.", "LLM01");

        // Retrieval wrapping and spotlighting.
        bool spotlight = options.Retrieval.Spotlighting != SpotlightingMode.None;
        Control("retrieval_guard", "Retrieved content wrapping and scanning", spotlight, new()
        {
            ["spotlighting"] = Lower(options.Retrieval.Spotlighting),
            ["flagged_chunk_action"] = Lower(options.Retrieval.FlaggedChunkAction),
            ["threshold"] = options.Retrieval.Threshold.ToString(CultureInfo.InvariantCulture),
            ["max_retrieved_chars"] = Num(options.Input.MaxRetrievedChars),
            ["retrieval_plugins"] = List(options.Retrieval.RetrievalPlugins),
            ["rules_only_sources"] = List(options.Retrieval.RulesOnlySources),
        }, ["LLM01", "LLM08"], [IndirectInjection], [Measure, Manage]);
        if (!spotlight)
            Risk("spotlighting_off", PostureRiskSeverity.Medium, "retrieval_guard", "Retrieved content is not wrapped as untrusted data (Spotlighting=None), so the model cannot tell it from instructions.", "LLM01");

        // Detector.
        var d = detector ?? options.Detector;
        var parts = Leaves(d).ToArray();
        var models = parts.OfType<IModelBackedDetector>().ToArray();
        bool custom = parts.Any(p => p is not (RuleInjectionDetector or IModelBackedDetector));
        string kind = models.Length > 0 ? "model" : custom ? "custom" : "rules";
        if (d is EnsembleInjectionDetector ensemble) kind = "ensemble(" + Shape(ensemble) + ")";
        if (d is OriginRoutedInjectionDetector { UserInput: EnsembleInjectionDetector user, Other: EnsembleInjectionDetector other })
            kind = "user input: ensemble(" + Shape(user) + "); retrieved: ensemble(" + Shape(other) + ")";
        bool? verified = models.Length > 0 ? models.All(m => m.ModelVerified) : custom ? null : true;
        var detectorSettings = new Dictionary<string, string> { ["kind"] = kind, ["name"] = d?.Name ?? "rules" };
        if (options.Retrieval.Model is { IsConfigured: true } configuredModel)
        {
            detectorSettings["model_directory"] = configuredModel.Directory!;
            detectorSettings["model_device"] = Lower(configuredModel.Device);
            if (options.Retrieval.AdditionalModels is { Count: > 0 } extra)
                detectorSettings["additional_model_directories"] = string.Join(", ", extra.Select(m => m?.Scope == InjectionModelScope.UserInput ? m.Directory + " (user input only)" : m?.Directory));
            if (d is null) detectorSettings["kind"] = "ensemble(rules+model), configured, not loaded";
        }
        detectorSettings["model_verified"] = models.Length == 0 && !custom ? "n/a (no model)" : verified is null ? "unknown" : Bool(verified.Value);
        if (models.Length > 0)
        {
            detectorSettings["model_id"] = string.Join(", ", models.Select(m => m.ModelId));
            detectorSettings["model_signature"] = string.Join(", ", models.Select(m => SignatureName(m.SignatureStatus)));
            var keyIds = models.Where(m => m.SignatureStatus == ModelSignatureStatus.Verified && m.SignatureKeyId is not null).Select(m => m.SignatureKeyId!).Distinct().ToArray();
            if (keyIds.Length > 0) detectorSettings["model_signing_key_id"] = string.Join(", ", keyIds);
        }

        // NFKC before every detector: ICU's, or the library's table where the host runs without ICU (InvariantGlobalization)
        detectorSettings["unicode_normalization"] = CompatibilityNormalizer.RuntimeNfkcAvailable
            ? "nfkc (icu)"
            : $"nfkc (built-in table, Unicode {CompatibilityNormalizer.TableUnicodeVersion}; no icu)";

        bool noModel = models.Length == 0 && !custom;
        Control("injection_detector", "Prompt-injection detector", true, detectorSettings,
            noModel ? ["LLM01"] : ["LLM01", "LLM03"], noModel ? [PromptInjection, Jailbreak] : [PromptInjection, Jailbreak, SupplyChain], [Measure]);
        if (models.Any(m => !m.ModelVerified))
            Risk("model_unverified", PostureRiskSeverity.High, "injection_detector", "The detector's model was loaded without a verified hash or signature.", "LLM03", "LLM04");
        foreach (var m in models.Where(m => m.SignatureStatus == ModelSignatureStatus.NotVerified))
            Risk("model_signature_not_verified", PostureRiskSeverity.Medium, "injection_detector",
                $"The model '{m.ModelId}' is signed (manifest.sig) but no trusted public key is configured, so the signature was not checked (unsigned-verification-off): set OnnxInjectionDetectorOptions.TrustedPublicKeys (or scan --public-key).", "LLM03", "LLM04");
        foreach (var m in models.Where(m => m.SignatureStatus == ModelSignatureStatus.Unsigned))
            Risk("model_unsigned", PostureRiskSeverity.Low, "injection_detector",
                $"The model '{m.ModelId}' has no signature: its file hashes come from a manifest that anyone able to write the model folder can rewrite. Sign it ('securekernel model sign') and set OnnxInjectionDetectorOptions.TrustedPublicKeys.", "LLM03", "LLM04");
        if (!CompatibilityNormalizer.RuntimeNfkcAvailable)
            Risk("no_icu_normalization", PostureRiskSeverity.Low, "injection_detector",
                $"The app runs with InvariantGlobalization (no ICU), where .NET's NFKC returns non-ASCII text unchanged: the detectors get SecureKernel's own table (Unicode {CompatibilityNormalizer.TableUnicodeVersion}, code point by code point), which does not compose combining sequences or know characters added after that version.", "LLM01");
        if (custom)
            Risk("detector_unknown", PostureRiskSeverity.Low, "injection_detector", $"A custom detector in '{d!.Name}' does not report whether a model it loads was verified (implement IModelBackedDetector).", "LLM03");

        // Tools.
        var tools = options.Tools;
        Control("taint_tracking", "Taint tracking for tool calls", true, new()
        {
            ["taint_action"] = Lower(tools.TaintAction),
            ["taint_scope"] = Lower(tools.TaintScope),
        }, ["LLM01", "LLM06"], [IndirectInjection, PluginCompromise], [Manage]);
        if (tools.TaintScope == TaintScope.Turn)
            Risk("taint_scope_turn", PostureRiskSeverity.Low, "taint_tracking", "TaintScope is Turn: untrusted content from earlier turns, still in the model's context, no longer restricts tools.", "LLM06");

        var entries = new List<(string Key, ToolPolicy Policy)> { ("(default)", tools.DefaultPolicy) };
        entries.AddRange(tools.Policies.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => (p.Key, p.Value)));
        foreach (var (key, policy) in entries)
        {
            string id = "tool_policy:" + key;
            Control(id, key == "(default)" ? "Default tool policy" : $"Tool policy {key}", !policy.Disabled, PolicySettings(policy), ["LLM06", "LLM10"], [PluginCompromise], [Govern, Manage]);
            CheckPolicy(id, key, policy, Risk);
        }

        if (kernel is not null)
        {
            var functions = kernel.Plugins.SelectMany(p => p.Select(f => (Plugin: p.Name, Function: f.Name))).ToArray();
            var unlisted = functions.Where(f => ReferenceEquals(SecureKernelGuard.ResolvePolicy(tools, f.Plugin, f.Function), tools.DefaultPolicy)).Select(f => f.Plugin + "." + f.Function).ToArray();
            Control("kernel_functions", "Kernel functions", true, new()
            {
                ["functions"] = Num(functions.Length),
                ["on_default_policy"] = List(unlisted),
            }, ["LLM06"], [PluginCompromise], [Map]);
            if (tools.DefaultPolicy.Consequence != ToolConsequence.Read || tools.DefaultPolicy.AcceptsUntrustedContext == true)
            {
                foreach (var f in unlisted)
                    Risk("function_on_risky_default", PostureRiskSeverity.Medium, "tool_policy:(default)", $"{f} has no policy of its own and gets the default policy.", "LLM06");
            }

            var dangerous = SecurityConfigurationAudit.Inspect(kernel);
            Control("prompt_templates", "Prompt template encoding", dangerous.Count == 0, new() { ["allow_dangerously_set_content_opt_outs"] = Num(dangerous.Count) },
                ["LLM01"], [DirectInjection, IndirectInjection], [Map, Manage]);
            foreach (var f in dangerous)
                Risk("allow_dangerously_set_content", PostureRiskSeverity.High, "prompt_templates", f.Detail, "LLM01");
        }

        bool approvals = entries.Any(e => e.Policy.RequiresApproval) || tools.TaintAction == TaintAction.RequireApproval || (options.Output.Enabled && options.Output.CheckToolArguments);
        Control("approvals", "Human approval of tool calls", approvals, new()
        {
            ["policies_requiring_approval"] = List(entries.Where(e => e.Policy.RequiresApproval).Select(e => e.Key)),
            ["on_taint"] = Bool(tools.TaintAction == TaintAction.RequireApproval),
            ["on_sensitive_arguments"] = Bool(options.Output.Enabled && options.Output.CheckToolArguments),
            ["expiry"] = tools.ApprovalExpiry is { } expiry ? expiry.ToString("c", CultureInfo.InvariantCulture) : "never",
        }, ["LLM06"], [PluginCompromise], [Govern, Manage]);

        var limited = entries.Where(e => e.Policy.RateLimitPermits > 0).ToArray();
        Control("rate_limits", "Per-user tool rate limits", limited.Length > 0 || options.RateLimits.Count > 0, new()
        {
            ["limits"] = limited.Length == 0 ? "none" : string.Join(", ", limited.Select(e => $"{e.Key}: {e.Policy.RateLimitPermits}/{e.Policy.RateLimitWindow.ToString("c", CultureInfo.InvariantCulture)}")),
            ["rules"] = Rules(options.RateLimits),
        }, ["LLM10"], [DenialOfService, CostHarvesting], [Manage]);
        Control("token_budget", "Per-user token and cost budget", options.Budget is { Enabled: true }, new() { ["budget"] = Budget(options.Budget) }, ["LLM10"], [DenialOfService, CostHarvesting], [Manage]);

        // Trust profiles: one per endpoint, each with its own tools, limits and budget.
        Control("trust_profiles", "Trust profiles per endpoint", options.Profiles.Count > 0, new()
        {
            ["profiles"] = List(options.Profiles.Keys.Order(StringComparer.OrdinalIgnoreCase).Prepend(TrustProfile.DefaultName)),
            ["default_profile"] = options.DefaultProfile ?? TrustProfile.DefaultName,
            ["unknown_profile"] = "blocked",
        }, ["LLM06", "LLM10"], [PluginCompromise], [Govern, Manage]);
        if (options.Profiles.Count > 0 && options.DefaultProfile is null)
            Risk("profile_default_top_level", PostureRiskSeverity.Low, "trust_profiles", "Requests that name no trust profile run under the top-level settings; set DefaultProfile to the least privileged profile.", "LLM06");
        foreach (var (name, profile) in options.Profiles.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            string id = "profile:" + name;
            var settings = new Dictionary<string, string>
            {
                ["tool_policies"] = List(profile.Tools.Policies.Keys.Order(StringComparer.OrdinalIgnoreCase)),
                ["unlisted_tools"] = profile.DenyUnlistedTools || profile.Tools.DefaultPolicy.Disabled ? "denied" : Lower(profile.Tools.DefaultPolicy.Consequence),
                ["taint_action"] = Lower(profile.Tools.TaintAction),
                ["rate_limits"] = Rules(profile.RateLimits),
                ["budget"] = Budget(profile.Budget),
                ["max_user_chars"] = Num((profile.Input ?? options.Input).MaxUserChars),
                ["flagged_chunk_action"] = Lower(profile.FlaggedChunkAction ?? options.Retrieval.FlaggedChunkAction),
            };
            if (kernel is not null)
            {
                settings["reachable_functions"] = List(kernel.Plugins.SelectMany(p => p.Select(f => (Plugin: p.Name, Function: f.Name)))
                    .Where(f => !SecureKernel.Runtime.ResolvedProfile.Resolve(profile, profile.Tools, f.Plugin, f.Function).Disabled).Select(f => f.Plugin + "." + f.Function));
            }

            Control(id, $"Trust profile {name}", true, settings, ["LLM06", "LLM10"], [PluginCompromise, DenialOfService], [Govern, Manage]);
            if (kernel is not null)
            {
                var functions = kernel.Plugins.SelectMany(p => p.Select(f => (Plugin: p.Name, Function: f.Name))).ToArray();
                foreach (var key in profile.Tools.Policies.Keys.Order(StringComparer.OrdinalIgnoreCase))
                {
                    if (!functions.Any(f => ReferenceEquals(SecureKernelGuard.ResolvePolicy(profile.Tools, f.Plugin, f.Function), profile.Tools.Policies[key])))
                        Risk("profile_policy_matches_nothing", PostureRiskSeverity.Low, id, $"Trust profile '{name}' has a tool policy '{key}' that matches no kernel function (a typo leaves the intended tool denied or on another policy).", "LLM06");
                }
            }

            if (!profile.DenyUnlistedTools && !profile.Tools.DefaultPolicy.Disabled)
                Risk("profile_unlisted_tools_allowed", PostureRiskSeverity.Medium, id, $"Trust profile '{name}' reaches every tool it does not list (DenyUnlistedTools is off and its default tool policy is not disabled).", "LLM06");
            foreach (var (key, policy) in profile.Tools.Policies.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
                CheckPolicy(id, $"{name}/{key}", policy, Risk);
        }

        // Run-time kill switches (only a running guard has them).
        if (killSwitches is not null)
        {
            bool engaged = killSwitches["disabled_endpoints"] != "none" || killSwitches["all_tools_disabled"] == "true" || killSwitches["disabled_tools"] != "none"
                || killSwitches.Keys.Any(k => k.StartsWith("disabled_tools:", StringComparison.Ordinal));
            Control("kill_switch", "Run-time kill switches (endpoints, tools, detector)", true, killSwitches, ["LLM06", "LLM10"], [PluginCompromise], [Manage]);
            if (killSwitches["disabled_endpoints"] != "none")
                Risk("endpoint_switched_off", PostureRiskSeverity.Low, "kill_switch", $"Endpoint(s) switched off at run time: {killSwitches["disabled_endpoints"]}; their requests are refused until switched back on.", "LLM10");
            else if (engaged)
                Risk("tools_switched_off", PostureRiskSeverity.Low, "kill_switch", "Tools are switched off at run time (see the kill_switch control); calls to them are refused until switched back on.", "LLM06");
        }

        // Output.
        var o = options.Output;
        Control("output_guard", "Output guard", o.Enabled, new() { ["streaming_hold_back_chars"] = Num(o.StreamingHoldBackChars) }, ["LLM02", "LLM05", "LLM07"], [DataLeakage], [Manage]);
        if (!o.Enabled)
            Risk("output_guard_off", PostureRiskSeverity.High, "output_guard", "Model output is not checked: no sanitizing, redaction or canary check.", "LLM02", "LLM05", "LLM07");
        Control("output_sanitizer", "Output sanitizing (Markdown/HTML, URL egress)", o.Enabled && o.Sanitize, new()
        {
            ["allowed_hosts"] = List(o.Sanitizer.AllowedHosts),
            ["allow_subdomains"] = Bool(o.Sanitizer.AllowSubdomains),
            ["image_policy"] = Lower(o.Sanitizer.ImagePolicy),
            ["link_policy"] = Lower(o.Sanitizer.LinkPolicy),
            ["max_images_per_message"] = Num(o.Sanitizer.MaxImagesPerMessage),
            ["verify_output"] = Bool(o.Sanitizer.VerifyOutput),
        }, ["LLM05", "LLM02"], [DataLeakage], [Manage]);
        if (o.Enabled && !o.Sanitize)
            Risk("output_sanitizer_off", PostureRiskSeverity.High, "output_sanitizer", "Output is not sanitized: script, and images or links that carry data to other hosts, reach the client.", "LLM05", "LLM02");
        Control("output_redaction", "PII and secret redaction in output", o.Enabled && o.RedactPii && o.EntityTypes.Count > 0, new()
        {
            ["entity_types"] = List(o.EntityTypes),
            ["operator"] = Lower(o.Operator),
        }, ["LLM02"], [DataLeakage], [Manage]);
        if (o.Enabled && (!o.RedactPii || o.EntityTypes.Count == 0))
            Risk("output_redaction_off", PostureRiskSeverity.Medium, "output_redaction", "PII and secrets in model output are not redacted.", "LLM02");
        Control("canaries", "Canary tokens", o.Enabled && o.Canaries, new() { ["canaries"] = Bool(o.Canaries) }, ["LLM07", "LLM02"], [MetaPromptExtraction, DataLeakage], [Measure, Manage]);
        if (o.Enabled && !o.Canaries)
            Risk("canaries_off", PostureRiskSeverity.Low, "canaries", "No canary token: system prompt and document leaks in output, links and tool arguments are not detected.", "LLM07");
        Control("tool_argument_checks", "Tool argument checks (canaries, secrets, sensitive identifiers)", o.Enabled && o.CheckToolArguments, new() { ["check_tool_arguments"] = Bool(o.CheckToolArguments) },
            ["LLM02", "LLM06"], [DataLeakage, PluginCompromise], [Manage]);
        if (o.Enabled && !o.CheckToolArguments)
            Risk("tool_argument_checks_off", PostureRiskSeverity.Medium, "tool_argument_checks", "Write and external tool arguments are not checked for canaries, secrets or sensitive identifiers.", "LLM02", "LLM06");

        // Audit.
        var a = options.Audit;
        var sinks = a.Sinks.Select(s => s.Name).ToList();
        if (!string.IsNullOrWhiteSpace(a.JsonLinesPath)) sinks.Add("jsonl");
        if (a.Log) sinks.Add("logger");
        Control("audit", "Audit trail", a.HasSinks, new()
        {
            ["sinks"] = List(sinks),
            ["hash_chained_file"] = Bool(!string.IsNullOrWhiteSpace(a.JsonLinesPath) || a.Sinks.Any(s => s is JsonLinesAuditSink)),
            ["include_content"] = Bool(a.IncludeContent),
            ["buffer_size"] = Num(a.BufferSize),
            ["failure_mode"] = Lower(a.FailureMode),
            ["block_timeout"] = a.BlockTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["endpoint"] = a.Endpoint ?? "",
        }, [], [], [Govern, Measure, Manage]);
        if (!a.HasSinks)
            Risk("no_audit_sink", PostureRiskSeverity.Medium, "audit", "No audit sink is configured: decisions reach only telemetry and OnDecision, and an attack cannot be reconstructed from a durable trail.");
        if (a.IncludeContent)
            Risk("audit_includes_content", PostureRiskSeverity.Low, "audit", "Audit records include prompt, document and output text; the trail must be protected like that data.", "LLM02");
        if (a.FailureMode == AuditFailureMode.Drop)
            Risk("audit_drop_mode", PostureRiskSeverity.Low, "audit", "Audit failure mode is Drop: under a failing or slow sink, records are dropped (counted and reported) instead of slowing callers.");

        // Monitoring.
        var x = options.Monitoring.Extraction;
        Control("extraction_monitor", "Model-extraction signal (near-duplicate input sweeps per user)", x.Enabled, new()
        {
            ["action"] = Lower(x.Action),
            ["threshold"] = Num(x.Threshold),
            ["window"] = x.Window.ToString("c", CultureInfo.InvariantCulture),
            ["min_similarity"] = x.MinSimilarity.ToString("0.##", CultureInfo.InvariantCulture),
            ["track_anonymous"] = Bool(x.TrackAnonymous),
        }, ["LLM10"], [ModelExtraction, CostHarvesting], [Measure, Manage]);
        var b = options.Monitoring.Baseline;
        Control("endpoint_baseline", "Rolling per-endpoint baseline (flag rate, block rate, output length)", b.Enabled, new()
        {
            ["window"] = b.Window.ToString("c", CultureInfo.InvariantCulture),
            ["baseline_windows"] = Num(b.BaselineWindows),
            ["factor"] = b.Factor.ToString("0.##", CultureInfo.InvariantCulture),
        }, ["LLM01", "LLM10"], [PromptInjection], [Measure]);

        var ordered = risks.OrderByDescending(r => r.Severity).ThenBy(r => r.Control, StringComparer.Ordinal).ToList();
        return new PostureReport(options.Mode, time.GetUtcNow(), controls, ordered);
    }

    private static void CheckPolicy(string id, string key, ToolPolicy policy, Action<string, PostureRiskSeverity, string, string, string[]> risk)
    {
        if (policy.Disabled) return;
        string who = key == "(default)" ? "the default tool policy" : $"tool policy '{key}'";
        if (policy.Consequence != ToolConsequence.Read && !policy.RequiresApproval)
        {
            risk("tool_without_approval", policy.Consequence == ToolConsequence.External ? PostureRiskSeverity.Medium : PostureRiskSeverity.Low, id,
                $"{who} is a {Lower(policy.Consequence)} tool that runs without human approval.", ["LLM06"]);
        }

        if (policy.Consequence != ToolConsequence.Read && policy.AcceptsUntrustedContext == true)
        {
            risk("tool_accepts_untrusted_context", policy.RequiresApproval ? PostureRiskSeverity.Medium : PostureRiskSeverity.High, id,
                $"{who} is a {Lower(policy.Consequence)} tool that runs after untrusted content entered the conversation{(policy.RequiresApproval ? " (with approval)" : ", with no approval")}.", ["LLM01", "LLM06"]);
        }

        if (policy.TrustedOutput)
            risk("tool_trusted_output", PostureRiskSeverity.Medium, id, $"{who} declares trusted output: its results are neither wrapped nor scanned.", ["LLM01"]);
        if (key == "(default)" && policy.Consequence != ToolConsequence.Read)
            risk("default_policy_not_read", PostureRiskSeverity.High, id, $"The default tool policy is {Lower(policy.Consequence)}: every tool without an entry can change state or send data.", ["LLM06"]);
    }

    private static Dictionary<string, string> PolicySettings(ToolPolicy p) => new()
    {
        ["consequence"] = Lower(p.Consequence),
        ["accepts_untrusted_context"] = Bool(p.EffectiveAcceptsUntrustedContext),
        ["requires_approval"] = Bool(p.RequiresApproval),
        ["trusted_output"] = Bool(p.TrustedOutput),
        ["allowed_roles"] = List(p.AllowedRoles),
        ["required_scopes"] = List(p.RequiredScopes),
        ["rate_limit"] = p.RateLimitPermits > 0 ? $"{p.RateLimitPermits}/{p.RateLimitWindow.ToString("c", CultureInfo.InvariantCulture)}" : "none",
        ["disabled"] = Bool(p.Disabled),
    };

    private static string SignatureName(ModelSignatureStatus status) => status switch
    {
        ModelSignatureStatus.Verified => "verified",
        ModelSignatureStatus.NotVerified => "present_not_verified",
        ModelSignatureStatus.Unsigned => "unsigned",
        _ => "not_supported",
    };

    private static string Rules(IList<RateLimitRule> rules) => rules.Count == 0 ? "none" : string.Join("; ", rules.Select(r =>
        $"{r.DisplayName}: {Lower(r.Algorithm)} {Num(r.PermitLimit)}/{r.Window.ToString("c", CultureInfo.InvariantCulture)}{(r.Algorithm == RateLimitAlgorithm.TokenBucket ? $" (+{Num(r.TokensPerPeriod)} per period)" : "")} per {Lower(r.Partition)}"));

    private static string Budget(TokenBudgetOptions? b) => b is not { Enabled: true } ? "none" : string.Join(", ", new[]
    {
        b.MaxTokens > 0 ? $"{b.MaxTokens.ToString(CultureInfo.InvariantCulture)} tokens" : null,
        b.MaxCost > 0 ? $"{b.MaxCost.ToString(CultureInfo.InvariantCulture)} cost units" : null,
    }.OfType<string>()) + " per user per " + b.Window.ToString("c", CultureInfo.InvariantCulture);

    /// <summary>The detectors an ensemble (also a nested one) is made of, in order.</summary>
    private static IEnumerable<IInjectionDetector> Leaves(IInjectionDetector? d) =>
        d switch
        {
            null => [],
            EnsembleInjectionDetector e => e.Detectors.SelectMany(Leaves),
            OriginRoutedInjectionDetector r => Leaves(r.UserInput).Concat(Leaves(r.Other)).Distinct(),
            _ => [d],
        };

    /// <summary>"rules+model", or with the models averaged, "rules+mean(model+model)".</summary>
    private static string Shape(EnsembleInjectionDetector e) => string.Join("+", e.Detectors.Select(p => p switch
    {
        RuleInjectionDetector => "rules",
        IModelBackedDetector => "model",
        EnsembleInjectionDetector inner => (inner.Policy == EnsemblePolicy.CalibratedMean ? "mean(" : "ensemble(") + Shape(inner) + ")",
        _ => "custom",
    }));

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> values) => string.Join(", ", values) is { Length: > 0 } s ? s : "none";
}
