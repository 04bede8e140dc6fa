namespace SecureKernel.Runtime;

/// <summary>
/// State of one guarded turn, flowing through async calls (template calls, auto-invoked tools) via an AsyncLocal.
/// Mutable and thread-safe because parallel tool calls share it.
/// </summary>
internal sealed class TurnState
{
    private static readonly AsyncLocal<TurnState?> s_current = new();
    private readonly Lock _lock = new();
    private readonly List<string> _taintSources = [];
    private readonly List<ApprovalRequest> _approvals = [];

    public string Id { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The guard that began the turn; it writes the request's audit record when the turn ends.</summary>
    public SecureKernelGuard? Guard { get; private init; }

    public long StartTimestamp { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>Decisions recorded during the turn.</summary>
    public int Decisions => Volatile.Read(ref _decisions);

    /// <summary>The most restrictive action recorded during the turn.</summary>
    public SecurityAction WorstAction { get; private set; }

    private int _decisions;

    public SecurityPrincipal? Principal { get; set; }

    /// <summary>The trust profile of the turn, fixed when the turn begins.</summary>
    public ResolvedProfile? Profile { get; set; }

    /// <summary>True once the turn's profile (and, for model calls, budget) was checked, so nested layers check once.</summary>
    public bool ProfileChecked { get; set; }

    public bool BudgetChecked { get; set; }

    /// <summary>Token usage the model reported during the turn.</summary>
    public TokenUsage Usage
    {
        get { lock (_lock) return _usage; }
    }

    /// <summary>How many model responses reported usage during the turn (so outer layers do not count them again).</summary>
    public int UsageReports => Volatile.Read(ref _usageReports);

    private TokenUsage _usage;
    private int _usageReports;

    public void AddUsage(TokenUsage usage)
    {
        lock (_lock) _usage += usage;
        Interlocked.Increment(ref _usageReports);
    }

    public bool Unverified { get; private set; }

    /// <summary>The redaction session of this turn, so placeholders stay consistent across the answer's parts.</summary>
    public RedactionSession RedactionSession => field ??= new RedactionSession();

    /// <summary>True once the user input of this turn was scanned, so outer and inner layers do not scan it twice.</summary>
    public bool InputScanned { get; set; }

    public SecurityVerdict? BlockVerdict { get; private set; }

    /// <summary>True once an input or retrieval decision of this turn carried an injection-type finding (for the endpoint baselines).</summary>
    public bool Flagged { get; set; }

    /// <summary>
    /// Characters of the model output released in this turn, when the output guard saw it: the last guarded answer, which
    /// is the outermost layer's (the chat client and the function filter both guard the same answer).
    /// </summary>
    public long OutputChars => Interlocked.Read(ref _outputChars);

    /// <summary>True when the output guard saw model output in this turn.</summary>
    public bool HasOutput => Volatile.Read(ref _hasOutput);

    /// <summary>The gen_ai operation (<c>chat</c>, or <c>execute_tool</c> for a tool invoked directly).</summary>
    public string Operation { get; set; } = "chat";

    /// <summary>The tool, when <see cref="Operation"/> is <c>execute_tool</c>.</summary>
    public string? ToolName { get; set; }

    /// <summary>The requested model, when the caller named one.</summary>
    public string? ModelId { get; set; }

    /// <summary>The <c>securekernel.turn</c> activity, when a listener samples it. It is not made current; child spans name it as parent.</summary>
    public System.Diagnostics.Activity? Activity { get; private init; }

    private long _outputChars;
    private bool _hasOutput;
    private int _detached;
    private int _ended;

    /// <summary>
    /// Hands the end of the turn from the scope that began it to whoever consumes a streamed result: disposing the scope
    /// then leaves the turn open, and <see cref="End"/> (called when the stream finishes, fails or is abandoned) ends it.
    /// </summary>
    public void Detach() => Volatile.Write(ref _detached, 1);

    /// <summary>Ends the turn once: writes the request's audit record, feeds the monitor, stops the activity.</summary>
    public void End()
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0) return;
        Guard?.RecordTurn(this);
        if (Activity is { } activity)
        {
            var current = System.Diagnostics.Activity.Current;
            activity.Stop();
            System.Diagnostics.Activity.Current = current;
        }
    }

    public void SetOutputChars(int count)
    {
        Interlocked.Exchange(ref _outputChars, count);
        Volatile.Write(ref _hasOutput, true);
    }

    public void MarkUnverified() => Unverified = true;

    public void Block(SecurityVerdict verdict) => BlockVerdict ??= verdict;

    public static TurnState? Current => s_current.Value;

    public IReadOnlyList<string> TaintSources
    {
        get { lock (_lock) return _taintSources.ToArray(); }
    }

    public IReadOnlyList<ApprovalRequest> Approvals
    {
        get { lock (_lock) return _approvals.ToArray(); }
    }

    public void NoteDecision(SecurityVerdict verdict)
    {
        Interlocked.Increment(ref _decisions);
        lock (_lock)
        {
            if (verdict.Action > WorstAction) WorstAction = verdict.Action;
        }
    }

    public void AddTaint(string source)
    {
        lock (_lock)
        {
            if (!_taintSources.Contains(source)) _taintSources.Add(source);
        }
    }

    public void AddApproval(ApprovalRequest request)
    {
        lock (_lock)
        {
            if (!_approvals.Any(a => a.Id == request.Id)) _approvals.Add(request);
        }
    }

    /// <summary>Begins a turn unless one is already active; disposing the scope ends only a turn it began.</summary>
    public static Scope Begin(SecurityPrincipal? principal, SecureKernelGuard? guard = null, IDictionary<string, object?>? kernelData = null)
    {
        if (s_current.Value is { } existing)
        {
            existing.Principal ??= principal;
            existing.Profile ??= guard?.ResolveProfile(principal, kernelData);
            return new Scope(existing, owner: false);
        }

        var state = new TurnState { Principal = principal, Guard = guard, Profile = guard?.ResolveProfile(principal, kernelData), Activity = StartActivity() };
        s_current.Value = state;
        return new Scope(state, owner: true);
    }

    /// <summary>Makes <paramref name="state"/> current for the rest of this async flow (used by streaming iterators at each resume).</summary>
    public static void Enter(TurnState state) => s_current.Value = state;

    public readonly struct Scope(TurnState state, bool owner) : IDisposable
    {
        public TurnState State { get; } = state;

        public bool Owner { get; } = owner;

        public void Dispose()
        {
            if (!Owner) return;
            if (ReferenceEquals(s_current.Value, State)) s_current.Value = null;
            if (Volatile.Read(ref State._detached) == 0) State.End();
        }
    }

    private static System.Diagnostics.Activity? StartActivity()
    {
        // Not made current: a turn can end in a streaming iterator on another flow, and Activity.Current must not leak there.
        var previous = System.Diagnostics.Activity.Current;
        var activity = SecureKernelTelemetry.ActivitySource.StartActivity("securekernel.turn");
        if (activity is not null) System.Diagnostics.Activity.Current = previous;
        return activity;
    }
}
