using System.Buffers;
using System.Text.RegularExpressions;

namespace SecureKernel.Detection;

/// <summary>One phrase rule of <see cref="RuleInjectionDetector"/>: a linear-time regex, its kind, id and weight.</summary>
internal sealed class InjectionRule
{
    // NonBacktracking: matching time is linear in the input length for every pattern, so hostile or huge inputs cannot
    // trigger catastrophic backtracking. [GeneratedRegex] cannot emit NonBacktracking code, hence the constructor.
    private const RegexOptions BaseOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Multiline;

    public InjectionRule(string id, FindingKind kind, double weight, string pattern, bool indirectOnly = false, bool caseSensitive = false, string? anchors = null)
    {
        Anchors = anchors is null ? null : SearchValues.Create(anchors.Split('|'), StringComparison.OrdinalIgnoreCase);
        Id = id;
        Kind = kind;
        Weight = weight;
        IndirectOnly = indirectOnly;
        Regex = new Regex(pattern, caseSensitive ? BaseOptions : BaseOptions | RegexOptions.IgnoreCase);
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

    public Regex Regex { get; }

    /// <summary>
    /// Literals of which every match contains at least one (case-insensitive), or null. A vectorized search for them
    /// skips the regex on texts that cannot match; it never changes what matches.
    /// </summary>
    public SearchValues<string>? Anchors { get; }

    /// <summary>True when the rule may match <paramref name="text"/> (its anchors occur, or it has none).</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => Anchors is null || text.IndexOfAny(Anchors) >= 0;
}
