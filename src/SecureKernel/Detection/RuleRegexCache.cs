using System.Text.RegularExpressions;

namespace SecureKernel.Detection;

/// <summary>
/// Bounds how many rule regexes stay built between scans: when a build finds more than <see cref="Capacity"/> kept, the
/// least recently used that the latest <see cref="RecentScans"/> scans have not used are dropped (rebuilt on their next
/// use). Matching is the same
/// whatever the capacity; only the memory kept and the time spent rebuilding change.
/// </summary>
/// <remarks>
/// <para>
/// A built NonBacktracking regex keeps its automaton and the DFA states matching has added (up to several MB), so a process
/// that scans text holding the anchors of every rule would otherwise keep every rule's regex (README, "Memory").
/// </para>
/// <para>
/// Recency is counted in scans (<see cref="BeginScan"/>): a use stamps the rule with the current scan number, and an
/// eviction drops the built rule with the oldest stamp. Regexes used in the latest <see cref="RecentScans"/> scans are
/// never dropped, so one text that needs more rules than the capacity builds each of them once, not once per rule in a
/// cycle (with plain LRU, a crafted text holding every rule's anchors would rebuild every regex on every scan), and such a
/// text coming back between other texts rebuilds nothing while it recurs within the window; the count may then exceed
/// the capacity until a later build finds older regexes to drop. Uses cost one field write; only builds, which are rare
/// and cost milliseconds, take the lock. Thread-safe; a regex dropped while a scan still holds it stays valid for that
/// scan. Every <see cref="TrimInterval"/> scans the kept regexes' derivative memo tables are emptied (their DFA states
/// stay).
/// </para>
/// </remarks>
internal sealed class RuleRegexCache
{
    private readonly Lock _lock = new();
    private readonly List<InjectionRule> _built = [];
    private int _capacity;
    private long _scan;
    private long _builds;
    private long _evictions;
    private int _trimInterval = DefaultTrimInterval;
    private int _recentScans = DefaultRecentScans;
    private long _trims;
    private long _trimmedEntries;

    public RuleRegexCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    /// <summary>The cache of <see cref="InjectionRules.All"/>, shared by every <see cref="RuleInjectionDetector"/>.</summary>
    public static RuleRegexCache Shared { get; } = new(RuleInjectionDetector.DefaultRegexCacheSize);

    /// <summary>
    /// The most rule regexes kept built from one scan to the next (beyond it, a build drops the least recently used outside
    /// the <see cref="RecentScans"/> window); setting it drops the least recently used beyond it at once, the current
    /// scan's and the window's too. 0 keeps only what the window's scans used.
    /// </summary>
    public int Capacity
    {
        get => Volatile.Read(ref _capacity);
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            lock (_lock)
            {
                _capacity = value;
                EvictOver(protectedFrom: long.MaxValue);
            }
        }
    }

    /// <summary>Rule regexes built and kept now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _built.Count;
            }
        }
    }

    /// <summary>Regexes built since the cache was created (first builds and rebuilds after an eviction).</summary>
    public long Builds => Interlocked.Read(ref _builds);

    /// <summary>Built regexes dropped to stay within <see cref="Capacity"/>.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>The recency stamp of a use now: the number of the latest scan begun.</summary>
    internal long Stamp => Volatile.Read(ref _scan);

    /// <summary>The default of <see cref="RecentScans"/>.</summary>
    public const int DefaultRecentScans = 64;

    /// <summary>
    /// Regexes used in the latest this many scans, the current one included, are never dropped (1: only the current
    /// scan's). A text that needs rules beyond the capacity, coming back between texts that build others, would otherwise
    /// rebuild what they pushed out each time it comes back (the corpus test: a text needing at least 286 rules between 15
    /// texts that each build one more, about 37 rebuilds of 1–25 ms each per return with a window of 1); with the window
    /// it rebuilds nothing while it recurs within it, and at most its rules once per return otherwise. The count can exceed the capacity meanwhile; it is bounded by the number of rules.
    /// </summary>
    public int RecentScans
    {
        get => Volatile.Read(ref _recentScans);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            Volatile.Write(ref _recentScans, value);
        }
    }

    /// <summary>The default of <see cref="TrimInterval"/>.</summary>
    public const int DefaultTrimInterval = 256;

    /// <summary>
    /// Every this many scans, the kept regexes' derivative memo tables are emptied
    /// (<see cref="RegexConstructionCacheReleaser.TryTrimMatchingCaches"/>); 0 never. The DFA states already built stay, so
    /// matching is the same and only a new state costs more.
    /// </summary>
    public int TrimInterval
    {
        get => Volatile.Read(ref _trimInterval);
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            Volatile.Write(ref _trimInterval, value);
        }
    }

    /// <summary>Trims done since the cache was created (each over every regex kept then).</summary>
    public long Trims => Interlocked.Read(ref _trims);

    /// <summary>Memo entries the trims have dropped.</summary>
    public long TrimmedEntries => Interlocked.Read(ref _trimmedEntries);

    /// <summary>
    /// Starts a scan: regexes used from now on count as more recent than any used before. Every <see cref="TrimInterval"/>
    /// scans, the scan that starts trims the kept regexes first.
    /// </summary>
    public void BeginScan()
    {
        long scan = Interlocked.Increment(ref _scan);
        int every = TrimInterval;
        if (every > 0 && scan % every == 0) Trim();
    }

    /// <summary>
    /// Empties the derivative memo tables of every regex kept now (each under its matcher's lock, so scans on other threads
    /// go on). Returns the entries dropped.
    /// </summary>
    public long Trim()
    {
        Regex[] kept;
        lock (_lock)
        {
            kept = [.. _built.Select(r => r.Installed).OfType<Regex>()];
        }

        long dropped = 0;
        foreach (Regex regex in kept) dropped += RegexConstructionCacheReleaser.TryTrimMatchingCaches(regex);
        Interlocked.Increment(ref _trims);
        Interlocked.Add(ref _trimmedEntries, dropped);
        return dropped;
    }

    /// <summary>
    /// Keeps <paramref name="built"/> as <paramref name="rule"/>'s regex unless another thread kept one first, and drops the
    /// least recently used others beyond the capacity. Returns the regex the caller should match with.
    /// </summary>
    internal Regex Add(InjectionRule rule, Regex built)
    {
        lock (_lock)
        {
            if (rule.Installed is { } existing) return existing;
            Interlocked.Increment(ref _builds);
            long now = Stamp;
            rule.Install(built, now);
            _built.Add(rule);
            EvictOver(protectedFrom: now - (RecentScans - 1));
            return built;
        }
    }

    /// <summary>
    /// Drops the least recently used regexes until the count fits, none last used at or after <paramref name="protectedFrom"/>
    /// (the scan stamp where the protected window begins; <see cref="long.MaxValue"/> protects none).
    /// </summary>
    private void EvictOver(long protectedFrom)
    {
        while (_built.Count > _capacity)
        {
            int victim = -1;
            for (int i = 0; i < _built.Count; i++)
            {
                long used = _built[i].LastUse;
                if (used < protectedFrom && (victim < 0 || used < _built[victim].LastUse)) victim = i;
            }

            if (victim < 0) return;
            _built[victim].Uninstall();
            _built[victim] = _built[^1];
            _built.RemoveAt(_built.Count - 1);
            Interlocked.Increment(ref _evictions);
        }
    }
}
