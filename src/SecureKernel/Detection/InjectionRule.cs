using System.Buffers;
using System.Text.RegularExpressions;

namespace SecureKernel.Detection;

/// <summary>One phrase rule of <see cref="RuleInjectionDetector"/>: a linear-time regex, its kind, id and weight.</summary>
internal sealed class InjectionRule
{
    // NonBacktracking: matching time is linear in the input length for every pattern, so hostile or huge inputs cannot
    // trigger catastrophic backtracking. [GeneratedRegex] cannot emit NonBacktracking code, hence the constructor.
    private const RegexOptions BaseOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Multiline;

    private readonly string _pattern;
    private readonly ulong[]? _wordHashes;
    private readonly ulong[]? _letterMask; // when every substring anchor needs a non-ASCII letter (another script, say)
    private readonly RegexOptions _options;
    private Regex? _regex;
    private long _lastUse;

    public InjectionRule(string id, FindingKind kind, double weight, string pattern, bool indirectOnly = false, bool caseSensitive = false, string? anchors = null,
        bool wordAnchors = false)
    {
        string[]? list = anchors?.Split('|');
        if (wordAnchors && list is not null)
        {
            // whole-word anchors are looked up in the text's word set; any that is not one run of letters ("i.a.",
            // "ci-dessus") is searched as a substring instead
            _wordHashes = [.. list.Select(RuleText.WordHash).OfType<ulong>()];
            list = [.. list.Where(a => RuleText.WordHash(a) is null)];
            if (list.Length == 0) list = null;
        }
        if (list is not null) _letterMask = RuleText.MaskOf(list);
        SubstringAnchors = list;
        Anchors = list is null ? null : SearchValues.Create(list, StringComparison.OrdinalIgnoreCase);
        Id = id;
        Kind = kind;
        Weight = weight;
        IndirectOnly = indirectOnly;
        _pattern = pattern;
        _options = caseSensitive ? BaseOptions : BaseOptions | RegexOptions.IgnoreCase;
    }

    /// <summary>Stable rule id, reported in <see cref="SecurityFinding.Detail"/>.</summary>
    public string Id { get; }

    public FindingKind Kind { get; }

    /// <summary>The finding score, combined with the others by noisy-OR.</summary>
    public double Weight { get; }

    /// <summary>
    /// True for phrases that are only suspicious inside third-party content (a document that talks to "your response"),
    /// and ordinary in a user's own request. Such rules count at a fraction of their weight for user text.
    /// </summary>
    public bool IndirectOnly { get; }

    /// <summary>
    /// The rule's regex, built on first use and stripped of its construction-only solver
    /// (<see cref="RegexConstructionCacheReleaser"/>). A NonBacktracking regex costs 0.2–4.7 MB per pattern here as built
    /// (about 220 MB for all rules, 40 MB once released), so a rule whose anchors never occur in the scanned texts
    /// (another language or script, say) never pays for its regex. With a <see cref="Cache"/>, at most its capacity of
    /// regexes stay built (least recently used dropped, rebuilt on next use). Concurrent first uses may each build one;
    /// one of them is kept, and all are equivalent.
    /// </summary>
    public Regex Regex
    {
        get
        {
            Regex? regex = Volatile.Read(ref _regex);
            if (regex is null) return Build();
            if (Cache is { } cache) _lastUse = cache.Stamp;
            return regex;
        }
    }

    /// <summary>
    /// The cache that bounds how many rule regexes stay built, or null to keep this rule's regex once built. Set before
    /// first use (<see cref="InjectionRules.All"/> share <see cref="RuleRegexCache.Shared"/>).
    /// </summary>
    public RuleRegexCache? Cache { get; set; }

    /// <summary>True once <see cref="Regex"/> has been built.</summary>
    public bool IsBuilt => Volatile.Read(ref _regex) is not null;

    /// <summary>
    /// Literals of which every match contains at least one (case-insensitive), or null. A vectorized search for them
    /// skips the regex on texts that cannot match; it never changes what matches.
    /// </summary>
    public SearchValues<string>? Anchors { get; }

    /// <summary>The literals of <see cref="Anchors"/>, or null (for <see cref="RuleAnchorIndex"/>).</summary>
    public string[]? SubstringAnchors { get; }

    /// <summary>
    /// True when the anchors count only as whole words (no letter or digit right before or after): short function words of
    /// other languages ("si", "se", "als", "tu") are substrings of most English texts, and a rule for a language the text is
    /// not in should cost no regex run. Every match contains one of its anchors as a whole word, by construction.
    /// </summary>
    public bool WordAnchors => _wordHashes is not null;

    private Regex Build()
    {
        var built = new Regex(_pattern, _options);
        RegexConstructionCacheReleaser.TryRelease(built);
        return Cache is { } cache ? cache.Add(this, built) : Interlocked.CompareExchange(ref _regex, built, null) ?? built;
    }

    /// <summary>The kept regex or null (for <see cref="RuleRegexCache"/>, under its lock).</summary>
    internal Regex? Installed => Volatile.Read(ref _regex);

    /// <summary>The <see cref="RuleRegexCache.Stamp"/> of the last use.</summary>
    internal long LastUse => Volatile.Read(ref _lastUse);

    internal void Install(Regex regex, long stamp)
    {
        _lastUse = stamp;
        Volatile.Write(ref _regex, regex);
    }

    internal void Uninstall() => Volatile.Write(ref _regex, null);

    /// <summary>True when the rule may match <paramref name="text"/> (its anchors occur, or it has none).</summary>
    public bool MayMatch(string text) => MayMatch(RuleText.For(text));

    /// <summary>
    /// True when the rule may match the text: a substring anchor occurs in it (skipped at once when the text lacks the
    /// non-ASCII letters all of them need), or a whole-word anchor is among its words, or the rule has no anchors.
    /// </summary>
    public bool MayMatch(RuleText text)
    {
        if (Anchors is null && _wordHashes is null) return true;
        if (Anchors is not null && (_letterMask is null || text.MayHoldAny(_letterMask)) && text.Text.AsSpan().IndexOfAny(Anchors) >= 0) return true;
        return _wordHashes is not null && text.HasAnyWord(_wordHashes);
    }

    /// <summary>
    /// <see cref="TryMatchFirst(RuleText, out int, out int)"/> when the caller has already searched this rule's substring
    /// anchors (<see cref="RuleAnchorIndex"/>): <paramref name="substringAnchorFound"/> is that search's answer.
    /// </summary>
    public bool TryMatchFirst(RuleText text, bool substringAnchorFound, out int start, out int length)
    {
        if (substringAnchorFound || (_wordHashes is not null && text.HasAnyWord(_wordHashes)))
            return TryMatchRegex(text.Text, out start, out length);
        start = -1;
        length = 0;
        return false;
    }

    /// <summary>
    /// Finds the first match in <paramref name="text"/>. The anchors are checked first, so the regex is neither built nor
    /// run on a text that cannot match.
    /// </summary>
    public bool TryMatchFirst(RuleText text, out int start, out int length)
    {
        if (MayMatch(text)) return TryMatchRegex(text.Text, out start, out length);
        start = -1;
        length = 0;
        return false;
    }

    private bool TryMatchRegex(string text, out int start, out int length)
    {
        foreach (ValueMatch m in Regex.EnumerateMatches(text))
        {
            start = m.Index;
            length = m.Length;
            return true;
        }
        start = -1;
        length = 0;
        return false;
    }
}
