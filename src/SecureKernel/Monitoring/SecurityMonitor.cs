using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using SecureKernel.Runtime;

namespace SecureKernel.Monitoring;

/// <summary>
/// The guard's monitoring hooks: the model-extraction detector on user input, and rolling per-endpoint baselines on finished
/// turns. Every event is written to the audit trail, logged, counted (<c>securekernel.monitor.events</c>) and passed to
/// <see cref="MonitoringOptions.OnEvent"/>.
/// </summary>
internal sealed class SecurityMonitor
{
    public const string DefaultEndpoint = "default";
    public const string DeniedProfileEndpoint = "(denied_profile)";
    private const string AnonymousKey = "(anonymous)";

    // Findings that mean "this content looks like an attack", as opposed to limits, failures and policy outcomes.
    private static readonly HashSet<FindingKind> s_injectionKinds =
    [
        FindingKind.InstructionOverride, FindingKind.RoleForgery, FindingKind.ToolOrExfiltrationInstruction, FindingKind.PromptExtraction,
        FindingKind.Jailbreak, FindingKind.EncodedPayload, FindingKind.HiddenText, FindingKind.TagCharacters, FindingKind.InvisibleCharacters,
        FindingKind.BidiControl, FindingKind.Confusables, FindingKind.ControlCharacters, FindingKind.ClassifierScore,
    ];

    private readonly SecureKernelGuard _guard;
    private readonly MonitoringOptions _options;
    private readonly TimeProvider _time;
    private readonly ExtractionDetector? _extraction;
    private readonly ConcurrentDictionary<string, EndpointBaseline> _baselines = new(StringComparer.Ordinal);
    private readonly HashSet<string> _profileNames;
    private int _endpointLimitLogged;

    public SecurityMonitor(SecureKernelGuard guard, MonitoringOptions options, TimeProvider time)
    {
        _guard = guard;
        _options = options;
        _time = time;
        _profileNames = new HashSet<string>(guard.Options.Profiles?.Keys ?? [], StringComparer.OrdinalIgnoreCase);
        if (options.Extraction.Enabled) _extraction = new ExtractionDetector(options.Extraction);
    }

    /// <summary>Users the extraction detector tracks now.</summary>
    public int TrackedUsers => _extraction?.TrackedUsers ?? 0;

    /// <summary>
    /// The endpoint a turn belongs to: its trust profile when that is a configured named one (one profile per endpoint),
    /// <c>(denied_profile)</c> when the request named an unknown or conflicting profile (so callers cannot create keys),
    /// else <see cref="AuditOptions.Endpoint"/>, else <c>default</c>.
    /// </summary>
    public string EndpointOf(TurnState? turn)
    {
        if (turn?.Profile?.Name is { Length: > 0 } profile && !string.Equals(profile, TrustProfile.DefaultName, StringComparison.OrdinalIgnoreCase))
            return _profileNames.TryGetValue(profile, out var configured) ? configured : DeniedProfileEndpoint;
        return _guard.Options.Audit.Endpoint is { Length: > 0 } e ? e : DefaultEndpoint;
    }

    /// <summary>
    /// Feeds one user input to the extraction detector. Returns the recorded verdict when the input is affected (a Block
    /// verdict when it must not proceed), else null. The text is fingerprinted and then forgotten.
    /// </summary>
    public SecurityVerdict? ObserveUserInput(string text)
    {
        if (_extraction is null) return null;
        var turn = TurnState.Current;
        string? userId = turn?.Principal?.UserId;
        if (string.IsNullOrEmpty(userId) || userId == SecurityPrincipal.Anonymous.UserId)
        {
            if (!_options.Extraction.TrackAnonymous) return null;
            userId = AnonymousKey;
        }

        var o = _options.Extraction;
        var now = _time.GetUtcNow();
        var obs = _extraction.Observe(userId, text, now);
        string counts = $"{obs.VariantsInWindow} near-duplicate variant inputs within {o.Window} (threshold {o.Threshold})";
        var finding = new SecurityFinding(FindingKind.ModelExtraction, "near_duplicate_inputs", Math.Min(1, obs.VariantsInWindow / (double)o.Threshold), "extraction_monitor");

        if (obs.Crossed)
        {
            Raise(new MonitoringEvent
            {
                Kind = MonitoringEventKind.ModelExtraction,
                Timestamp = now,
                Endpoint = EndpointOf(turn),
                UserId = userId,
                Metric = "near_duplicate_inputs",
                Current = obs.VariantsInWindow,
                Baseline = o.Threshold,
                Window = o.Window,
                Reason = "possible model-extraction sweep: " + counts,
                Action = o.Action.ToString().ToLowerInvariant(),
            }, writeAudit: false); // the decision record below carries it
        }

        SecurityVerdict? verdict = null;
        if (obs.BlockedUntil is { } until)
        {
            verdict = _guard.Decide(SecurityStage.Input, SecurityAction.Block,
                $"user blocked until {until.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)} after a possible model-extraction sweep ({counts})", [finding], 1, null);
        }
        else if (obs.OverThreshold && obs.IsVariant && o.Action == ExtractionAction.Throttle)
        {
            verdict = _guard.Decide(SecurityStage.Input, SecurityAction.Block,
                $"throttled: possible model-extraction sweep ({counts}); near-duplicate inputs are refused until the rate falls", [finding], 1, null);
        }
        else if (obs.Crossed)
        {
            verdict = _guard.Decide(SecurityStage.Input, SecurityAction.Tag, $"possible model-extraction sweep ({counts})", [finding], 1, null);
        }

        if (verdict is not null) _guard.Record(verdict, null, text.Length);
        return verdict;
    }

    /// <summary>Notes a decision on the current turn (for the baselines' flag rate).</summary>
    public void OnDecision(SecurityVerdict verdict, TurnState? turn)
    {
        if (turn is null || verdict.Stage is not (SecurityStage.Input or SecurityStage.Retrieval)) return;
        foreach (var f in verdict.Findings)
        {
            if (s_injectionKinds.Contains(f.Kind))
            {
                turn.Flagged = true;
                return;
            }
        }
    }

    /// <summary>Adds a finished turn to its endpoint's baseline, and tags and counts the turn.</summary>
    public void OnTurn(TurnState turn)
    {
        string endpoint = EndpointOf(turn);
        bool blocked = turn.BlockVerdict is { Action: SecurityAction.Block } || turn.WorstAction == SecurityAction.Block;
        string action = (turn.BlockVerdict?.Action ?? turn.WorstAction).ToString().ToLowerInvariant();
        var endpointTag = new KeyValuePair<string, object?>("securekernel.endpoint", endpoint);
        SecureKernelTelemetry.Turns.Add(1, endpointTag, new KeyValuePair<string, object?>("securekernel.action", action),
            new KeyValuePair<string, object?>("gen_ai.operation.name", turn.Operation));
        SecureKernelTelemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(turn.StartTimestamp).TotalSeconds, endpointTag,
            new KeyValuePair<string, object?>("gen_ai.operation.name", turn.Operation));
        if (turn.Activity is { } activity)
        {
            activity.SetTag("gen_ai.operation.name", turn.Operation);
            if (turn.ToolName is not null) activity.SetTag("gen_ai.tool.name", turn.ToolName);
            if (turn.ModelId is not null) activity.SetTag("gen_ai.request.model", turn.ModelId);
            activity.SetTag("securekernel.endpoint", endpoint);
            activity.SetTag("securekernel.action", action);
            activity.SetTag("securekernel.decisions", turn.Decisions);
            activity.SetTag("securekernel.flagged", turn.Flagged);
            if (blocked) activity.SetStatus(ActivityStatusCode.Error, "blocked");
        }

        if (!_options.Baseline.Enabled) return;
        if (!_baselines.TryGetValue(endpoint, out var baseline))
        {
            if (_baselines.Count >= _options.Baseline.MaxEndpoints)
            {
                if (Interlocked.Exchange(ref _endpointLimitLogged, 1) == 0) _guard.Logger.MonitorEndpointLimit(_options.Baseline.MaxEndpoints);
                return;
            }

            baseline = _baselines.GetOrAdd(endpoint, _ => new EndpointBaseline(_options.Baseline));
        }

        var now = _time.GetUtcNow();
        var deviations = baseline.Add(now, turn.Flagged, blocked, turn.OutputChars, turn.HasOutput);
        if (deviations is null) return;
        foreach (var d in deviations)
        {
            string what = d.Metric switch
            {
                EndpointBaseline.FlagRate => "injection flag rate",
                EndpointBaseline.BlockRate => "block rate",
                _ => "mean output length",
            };
            Raise(new MonitoringEvent
            {
                Kind = MonitoringEventKind.BaselineDeviation,
                Timestamp = now,
                Endpoint = endpoint,
                Metric = d.Metric,
                Current = d.Current,
                Baseline = d.Baseline,
                Window = _options.Baseline.Window,
                Reason = string.Create(CultureInfo.InvariantCulture, $"{what} {d.Current:0.####} in the current window ({d.Turns} turns) deviates beyond a factor of {_options.Baseline.Factor:0.##} from the baseline {d.Baseline:0.####} ({d.BaselineWindows} windows)"),
                Action = "alert",
            }, writeAudit: true);
        }
    }

    private void Raise(MonitoringEvent e, bool writeAudit)
    {
        string kind = e.Kind == MonitoringEventKind.ModelExtraction ? FindingKindNames.ToName(FindingKind.ModelExtraction) : FindingKindNames.ToName(FindingKind.BaselineDeviation);
        if (writeAudit && _guard.Audit is { } audit)
        {
            audit.Write(new AuditRecord
            {
                Timestamp = e.Timestamp,
                Kind = AuditRecord.MonitorKind,
                UserId = e.UserId,
                Endpoint = e.Endpoint,
                Stage = "monitor",
                Action = e.Action,
                Reason = e.Reason,
                FindingKinds = [kind],
                Score = 1,
                Scores = new Dictionary<string, double> { [kind] = 1 },
                Subject = e.Metric,
            });
        }

        if (e.Kind == MonitoringEventKind.ModelExtraction) _guard.Logger.ExtractionSuspected(e.UserId ?? "", e.Endpoint, (int)e.Current, e.Window, e.Action);
        else _guard.Logger.BaselineDeviation(e.Endpoint, e.Metric, e.Current, e.Baseline, e.Window);
        SecureKernelTelemetry.MonitorEvents.Add(1, new KeyValuePair<string, object?>("securekernel.monitor.kind", kind),
            new KeyValuePair<string, object?>("securekernel.monitor.metric", e.Metric), new KeyValuePair<string, object?>("securekernel.endpoint", e.Endpoint));
        Activity.Current?.AddEvent(new ActivityEvent("securekernel.monitor", tags: new ActivityTagsCollection
        {
            ["securekernel.monitor.kind"] = kind,
            ["securekernel.monitor.metric"] = e.Metric,
            ["securekernel.endpoint"] = e.Endpoint,
        }));
        try
        {
            _options.OnEvent?.Invoke(e);
        }
        catch (Exception ex)
        {
            _guard.Logger.CallbackFailed(ex);
        }
    }
}
