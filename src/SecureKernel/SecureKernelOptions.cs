using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SecureKernel;

/// <summary>The one options object of SecureKernel. Validated at start-up; every error is listed at once.</summary>
public sealed class SecureKernelOptions
{
    /// <summary>Enforce or observe. Observe annotates and audits but changes nothing.</summary>
    /// <value>The default is <see cref="GuardMode.Enforce"/>.</value>
    public GuardMode Mode { get; set; } = GuardMode.Enforce;

    /// <summary>What happens when a detector fails or times out.</summary>
    /// <value>The default is <see cref="FailureMode.FailClosedForHighConsequence"/>.</value>
    public FailureMode FailureMode { get; set; } = FailureMode.FailClosedForHighConsequence;

    /// <summary>User input limits and checks.</summary>
    public InputGuardOptions Input { get; set; } = new();

    /// <summary>Retrieved content wrapping and scanning.</summary>
    public RetrievalGuardOptions Retrieval { get; set; } = new();

    /// <summary>Tool trust policies.</summary>
    public ToolGuardOptions Tools { get; set; } = new();

    /// <summary>Model output checks: sanitizing, redaction, canaries, streaming hold-back.</summary>
    public OutputGuardOptions Output { get; set; } = new();

    /// <summary>Audit records: sinks, content, buffering and the failure mode of a failing or slow sink.</summary>
    public AuditOptions Audit { get; set; } = new();

    /// <summary>Production monitoring: the model-extraction signal and rolling per-endpoint baselines.</summary>
    public MonitoringOptions Monitoring { get; set; } = new();

    /// <summary>
    /// Partitioned tool-call rate limits of the default profile (the top-level settings), in addition to each
    /// <see cref="ToolPolicy.RateLimitPermits"/>.
    /// </summary>
    public IList<RateLimitRule> RateLimits { get; set; } = [];

    /// <summary>The per-user token and cost budget of the default profile, or null for none.</summary>
    public TokenBudgetOptions? Budget { get; set; }

    /// <summary>
    /// Named trust profiles (one per endpoint, e.g. <c>public</c>, <c>partner</c>, <c>internal</c>), each with its own tool
    /// policies, limits and budget. The top-level settings form the profile named <see cref="TrustProfile.DefaultName"/>.
    /// A request that names an unknown profile is blocked; it never falls back to another profile.
    /// </summary>
    public IDictionary<string, TrustProfile> Profiles { get; set; } = new Dictionary<string, TrustProfile>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The profile of requests that name none. When null, they run under the top-level settings. Set it to the least
    /// privileged profile (e.g. <c>public</c>) so an unlabelled request never gets more than that.
    /// </summary>
    public string? DefaultProfile { get; set; }

    /// <summary>
    /// The most rate-limit partitions (and, separately, budget accounts) kept at once. Idle ones are evicted; when every
    /// one is active, calls that need a new one are refused.
    /// </summary>
    /// <value>The default is 100,000.</value>
    [Range(1, 100_000_000)]
    public int MaxLimiterPartitions { get; set; } = 100_000;

    /// <summary>
    /// The injection detector. When null, the guard uses the built-in rule detector, combined with the ONNX classifier when
    /// <see cref="RetrievalGuardOptions.Model"/> is configured (see <see cref="UseInjectionModel"/>). Setting both is a validation error.
    /// </summary>
    [JsonIgnore]
    public IInjectionDetector? Detector { get; set; }

    /// <summary>
    /// Resolves the caller of the current turn. When null, the principal comes from the kernel argument
    /// <see cref="SecurityPrincipal.ArgumentName"/>, else it is anonymous.
    /// </summary>
    [JsonIgnore]
    public Func<SecurityPrincipal?>? PrincipalAccessor { get; set; }

    /// <summary>Called for every guard decision other than a plain allow. Must not throw.</summary>
    [JsonIgnore]
    public Action<SecurityVerdict>? OnDecision { get; set; }

    /// <summary>
    /// Scans user input and every retrieved chunk with the rule detector and the ONNX injection classifier in
    /// <paramref name="modelDirectory"/> (e.g. the bundled <c>models/injection-cnn</c>), combined with
    /// <see cref="EnsemblePolicy.Calibrated"/>; all chunks of one retrieval run through the model in batched windows.
    /// Sets <see cref="RetrievalGuardOptions.Model"/>; the model is loaded (every file's SHA-256 checked) when the first guard
    /// naming it is created, and that one loaded model (and its ONNX Runtime session) is shared by every guard on the same
    /// folder and device until the last of them is disposed.
    /// </summary>
    /// <param name="modelDirectory">The model folder; a relative path resolves against the app's folder (<see cref="AppContext.BaseDirectory"/>).</param>
    /// <param name="device">Where the model runs: <see cref="OnnxDevice.Auto"/> uses CUDA when the app's ONNX Runtime has it, else the CPU.</param>
    /// <returns>These options.</returns>
    /// <remarks>
    /// The app must reference <c>Microsoft.ML.OnnxRuntime</c> (CPU) or <c>Microsoft.ML.OnnxRuntime.Gpu</c> (CUDA). A folder
    /// that does not exist or has no manifest is a validation error naming the path; a corrupt model makes creating the guard
    /// throw <see cref="OnnxModelIntegrityException"/>.
    /// </remarks>
    public SecureKernelOptions UseInjectionModel(string modelDirectory, OnnxDevice device = OnnxDevice.Auto)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        Retrieval ??= new RetrievalGuardOptions();
        Retrieval.Model = new InjectionModelOptions { Directory = modelDirectory, Device = device };
        return this;
    }

    /// <summary>
    /// Scans user input and every retrieved chunk with the rule detector and every ONNX injection classifier named here, in one
    /// ensemble (<see cref="EnsembleInjectionDetector.WithRules"/>: the models' calibrated scores averaged, then the higher of
    /// that and the rules' decides): the first folder becomes <see cref="RetrievalGuardOptions.Model"/>, the others
    /// <see cref="RetrievalGuardOptions.AdditionalModels"/>. E.g. the fast default and the contextual model,
    /// <c>UseInjectionModels("models/injection-cnn", "models/injection-minilm")</c> (README, "Contextual classifier": meets the
    /// BIPIA, deepset and NotInject targets, ~15x the CPU time; on a GPU use <c>models/injection-minilm-gpu</c>). Every model
    /// runs on <see cref="OnnxDevice.Auto"/>; set each one's
    /// <see cref="InjectionModelOptions.Device"/> afterwards to pin it.
    /// </summary>
    /// <param name="modelDirectories">The model folders; relative paths resolve against the app's folder. At least one.</param>
    /// <returns>These options.</returns>
    public SecureKernelOptions UseInjectionModels(params string[] modelDirectories)
    {
        ArgumentNullException.ThrowIfNull(modelDirectories);
        if (modelDirectories.Length == 0) throw new ArgumentException("Name at least one model folder.", nameof(modelDirectories));
        foreach (string d in modelDirectories) ArgumentException.ThrowIfNullOrWhiteSpace(d, nameof(modelDirectories));
        UseInjectionModel(modelDirectories[0]);
        Retrieval.AdditionalModels = [.. modelDirectories.Skip(1).Select(d => new InjectionModelOptions { Directory = d })];
        return this;
    }

    /// <summary>
    /// Adds an ONNX injection classifier that scans user input only (<see cref="InjectionModelScope.UserInput"/>): the user's
    /// message is scanned by the rules and the mean of every model, each retrieved chunk by the rules and the models of
    /// scope <see cref="InjectionModelScope.All"/>. E.g. <c>UseInjectionModel("models/injection-cnn").UseUserInputModel("models/injection-minilm")</c>:
    /// the contextual model reads the one short user message per turn, the fast model the retrieval (README, "Which configuration").
    /// Requires <see cref="RetrievalGuardOptions.Model"/> (<see cref="UseInjectionModel"/>), set before or after.
    /// </summary>
    /// <param name="modelDirectory">The model folder; a relative path resolves against the app's folder.</param>
    /// <param name="device">Where the model runs.</param>
    /// <returns>These options.</returns>
    public SecureKernelOptions UseUserInputModel(string modelDirectory, OnnxDevice device = OnnxDevice.Auto)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        Retrieval ??= new RetrievalGuardOptions();
        Retrieval.AdditionalModels.Add(new InjectionModelOptions { Directory = modelDirectory, Device = device, Scope = InjectionModelScope.UserInput });
        return this;
    }

    private static string FullOrRaw(InjectionModelOptions model)
    {
        try
        {
            return model.GetFullDirectory();
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return model.Directory!;
        }
    }

    /// <summary>Errors found while binding these options from configuration (unknown keys, values that do not convert).</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(ConfigurationErrors);
        ValidateObject(this, "", errors);
        ValidateObject(Input, "Input.", errors);
        ValidateObject(Retrieval, "Retrieval.", errors);
        if (Tools is null) errors.Add("Tools: must not be null.");
        if (Output is null) errors.Add("Output: must not be null.");
        else
        {
            ValidateObject(Output, "Output.", errors);
            if (Output.Sanitizer is null) errors.Add("Output.Sanitizer: must not be null.");
            else errors.AddRange(Output.Sanitizer.Validate().Select(e => "Output.Sanitizer." + e));
            if (Output.EntityTypes is null) errors.Add("Output.EntityTypes: must not be null.");
            else errors.AddRange(Output.EntityTypes.Where(t => !PiiEntityTypes.IsKnown(t)).Select(t => $"Output.EntityTypes: unknown entity type '{t}'."));
            if (!Enum.IsDefined(Output.Operator)) errors.Add("Output.Operator: not a valid RedactionOperator.");
        }
        if (Input is null) errors.Add("Input: must not be null.");
        if (Audit is null) errors.Add("Audit: must not be null.");
        else
        {
            ValidateObject(Audit, "Audit.", errors);
            Audit.Validate(errors);
        }
        if (Monitoring is null) errors.Add("Monitoring: must not be null.");
        else if (Monitoring.Extraction is null) errors.Add("Monitoring.Extraction: must not be null.");
        else if (Monitoring.Baseline is null) errors.Add("Monitoring.Baseline: must not be null.");
        if (Monitoring?.Extraction is { } extraction)
        {
            ValidateObject(extraction, "Monitoring.Extraction.", errors);
            extraction.Validate(errors);
        }
        if (Monitoring?.Baseline is { } baseline)
        {
            ValidateObject(baseline, "Monitoring.Baseline.", errors);
            baseline.Validate(errors);
        }
        if (Retrieval is null) errors.Add("Retrieval: must not be null.");
        if (Retrieval is not null && (Retrieval.DetectorTimeout <= TimeSpan.Zero || Retrieval.DetectorTimeout > TimeSpan.FromMinutes(10)))
            errors.Add("Retrieval.DetectorTimeout: must be greater than zero and at most 10 minutes.");
        if (Retrieval is not null)
        {
            if (Retrieval.Model is null) errors.Add("Retrieval.Model: must not be null.");
            else
            {
                Retrieval.Model.Validate("Retrieval.Model", errors);
                if (Retrieval.Model.Scope != InjectionModelScope.All && Enum.IsDefined(Retrieval.Model.Scope))
                    errors.Add($"Retrieval.Model.Scope: must be All (the main model scans every chunk); add a model for user input only to AdditionalModels with Scope {Retrieval.Model.Scope}.");
                if (Retrieval.Model.IsConfigured && Detector is not null)
                    errors.Add("Retrieval.Model: cannot be combined with Detector (set Detector for your own detector, or Retrieval.Model for the rule detector plus the model).");
            }

            if (Retrieval.AdditionalModels is null) errors.Add("Retrieval.AdditionalModels: must not be null.");
            else
            {
                for (int i = 0; i < Retrieval.AdditionalModels.Count; i++)
                {
                    string path = $"Retrieval.AdditionalModels[{i}]";
                    if (Retrieval.AdditionalModels[i] is not { } extra)
                    {
                        errors.Add($"{path}: must not be null.");
                        continue;
                    }

                    extra.Validate(path, errors);
                    if (string.IsNullOrEmpty(extra.Directory))
                        errors.Add($"{path}.Directory: required (the model folder).");
                }

                if (Retrieval.AdditionalModels.Count > 0 && Retrieval.Model is { IsConfigured: false })
                    errors.Add("Retrieval.AdditionalModels: requires Retrieval.Model (the additional models join its ensemble).");
                if (Retrieval.AdditionalModels.Count > 0 && Detector is not null)
                    errors.Add("Retrieval.AdditionalModels: cannot be combined with Detector.");
                // the same folder twice would run the same model twice in the ensemble
                var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
                foreach (var m in Retrieval.AdditionalModels.Prepend(Retrieval.Model))
                {
                    if (m is { IsConfigured: true } && !string.IsNullOrWhiteSpace(m.Directory) && !seen.Add(Path.TrimEndingDirectorySeparator(FullOrRaw(m))))
                        errors.Add($"Retrieval.AdditionalModels: '{m.Directory}' is named more than once (Model and AdditionalModels must be different folders).");
                }
            }
        }
        if (Retrieval?.RetrievalPlugins is { } rp && rp.Any(string.IsNullOrWhiteSpace))
            errors.Add("Retrieval.RetrievalPlugins: names must not be empty.");
        if (Retrieval?.RulesOnlySources is { } ros && ros.Any(string.IsNullOrWhiteSpace))
            errors.Add("Retrieval.RulesOnlySources: names must not be empty.");
        if (!Enum.IsDefined(Mode)) errors.Add($"Mode: {(int)Mode} is not a valid GuardMode.");
        if (!Enum.IsDefined(FailureMode)) errors.Add($"FailureMode: {(int)FailureMode} is not a valid FailureMode.");
        if (Retrieval is not null && !Enum.IsDefined(Retrieval.Spotlighting)) errors.Add("Retrieval.Spotlighting: not a valid SpotlightingMode.");
        if (Tools?.ApprovalExpiry is { } expiry && (expiry <= TimeSpan.Zero || expiry > TimeSpan.FromDays(30)))
            errors.Add("Tools.ApprovalExpiry: must be greater than zero and at most 30 days when set.");
        if (Tools is not null)
        {
            if (Tools.DefaultPolicy is null) errors.Add("Tools.DefaultPolicy: must not be null.");
            else ValidatePolicy("Tools.DefaultPolicy", Tools.DefaultPolicy, errors);
            foreach (var (key, policy) in Tools.Policies ?? new Dictionary<string, ToolPolicy>())
            {
                if (string.IsNullOrWhiteSpace(key)) errors.Add("Tools.Policies: a key is empty.");
                if (policy is null) { errors.Add($"Tools.Policies[{key}]: must not be null."); continue; }
                ValidatePolicy($"Tools.Policies[{key}]", policy, errors);
            }
        }
        ValidateLimits("RateLimits", "Budget", RateLimits, Budget, errors);
        if (Profiles is null) errors.Add("Profiles: must not be null.");
        else
        {
            foreach (var (name, profile) in Profiles)
            {
                if (string.IsNullOrWhiteSpace(name)) { errors.Add("Profiles: a profile name is empty."); continue; }
                if (string.Equals(name, TrustProfile.DefaultName, StringComparison.OrdinalIgnoreCase))
                    errors.Add($"Profiles[{name}]: the name '{TrustProfile.DefaultName}' is reserved for the top-level settings.");
                if (profile is null) { errors.Add($"Profiles[{name}]: must not be null."); continue; }
                string path = $"Profiles[{name}]";
                if (profile.Tools is null) errors.Add($"{path}.Tools: must not be null.");
                else
                {
                    if (profile.Tools.DefaultPolicy is null) errors.Add($"{path}.Tools.DefaultPolicy: must not be null.");
                    else ValidatePolicy($"{path}.Tools.DefaultPolicy", profile.Tools.DefaultPolicy, errors);
                    foreach (var (key, policy) in profile.Tools.Policies ?? new Dictionary<string, ToolPolicy>())
                    {
                        if (string.IsNullOrWhiteSpace(key)) errors.Add($"{path}.Tools.Policies: a key is empty.");
                        if (policy is null) { errors.Add($"{path}.Tools.Policies[{key}]: must not be null."); continue; }
                        ValidatePolicy($"{path}.Tools.Policies[{key}]", policy, errors);
                    }
                }

                if (profile.Input is not null) ValidateObject(profile.Input, path + ".Input.", errors);
                if (profile.FlaggedChunkAction is { } action && !Enum.IsDefined(action)) errors.Add($"{path}.FlaggedChunkAction: not a valid ChunkAction.");
                ValidateLimits(path + ".RateLimits", path + ".Budget", profile.RateLimits, profile.Budget, errors);
            }
        }

        if (DefaultProfile is not null && !string.Equals(DefaultProfile, TrustProfile.DefaultName, StringComparison.OrdinalIgnoreCase)
            && (Profiles is null || !Profiles.ContainsKey(DefaultProfile)))
            errors.Add($"DefaultProfile: '{DefaultProfile}' names no profile in Profiles.");
        return errors;
    }

    private static void ValidateLimits(string rulesPath, string budgetPath, IList<RateLimitRule>? rules, TokenBudgetOptions? budget, List<string> errors)
    {
        if (rules is null) errors.Add($"{rulesPath}: must not be null.");
        else
        {
            for (int i = 0; i < rules.Count; i++)
            {
                string path = $"{rulesPath}[{i}]";
                var rule = rules[i];
                if (rule is null) { errors.Add($"{path}: must not be null."); continue; }
                ValidateObject(rule, path + ".", errors);
                if (rule.Window <= TimeSpan.Zero) errors.Add($"{path}.Window: must be greater than zero.");
                if (rule.Target is not null && string.IsNullOrWhiteSpace(rule.Target)) errors.Add($"{path}.Target: must not be empty (null covers every tool).");
                if (!Enum.IsDefined(rule.Algorithm)) errors.Add($"{path}.Algorithm: not a valid RateLimitAlgorithm.");
                if (!Enum.IsDefined(rule.Partition)) errors.Add($"{path}.Partition: not a valid RateLimitPartition.");
                if (rule.Algorithm == RateLimitAlgorithm.SlidingWindow && rule.Window > TimeSpan.Zero && rule.Window.Ticks < rule.SegmentsPerWindow)
                    errors.Add($"{path}.SegmentsPerWindow: more segments than ticks in the window.");
            }
        }

        if (budget is null) return;
        ValidateObject(budget, budgetPath + ".", errors);
        if (budget.Window <= TimeSpan.Zero) errors.Add($"{budgetPath}.Window: must be greater than zero.");
        if (!budget.Enabled) errors.Add($"{budgetPath}: sets neither MaxTokens nor MaxCost (remove it, or set a limit).");
        if (budget.MaxCost > 0 && budget.InputCostPerMillionTokens == 0 && budget.OutputCostPerMillionTokens == 0)
            errors.Add($"{budgetPath}.MaxCost: needs InputCostPerMillionTokens or OutputCostPerMillionTokens (no usage would ever cost anything).");
    }

    private static void ValidatePolicy(string path, ToolPolicy policy, List<string> errors)
    {
        ValidateObject(policy, path + ".", errors);
        if (!Enum.IsDefined(policy.Consequence)) errors.Add($"{path}.Consequence: not a valid ToolConsequence.");
        if (policy.RateLimitPermits > 0 && policy.RateLimitWindow <= TimeSpan.Zero)
            errors.Add($"{path}.RateLimitWindow: must be greater than zero when RateLimitPermits is set.");
        if (policy.TrustedOutput && policy.Consequence != ToolConsequence.Read && policy.AcceptsUntrustedContext == true)
            errors.Add($"{path}: a {policy.Consequence} tool that accepts untrusted context cannot also declare trusted output.");
    }

    private static void ValidateObject(object? instance, string prefix, List<string> errors)
    {
        if (instance is null) return;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var r in results)
        {
            var members = string.Join(",", r.MemberNames.Select(m => prefix + m));
            errors.Add($"{members}: {r.ErrorMessage}");
        }
    }
}
