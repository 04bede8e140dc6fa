using System.Text.RegularExpressions;

namespace SecureKernel.Detection;

/// <summary>One phrase rule of <see cref="RuleInjectionDetector"/>: a linear-time regex, its kind, id and weight.</summary>
internal sealed class InjectionRule
{
    // NonBacktracking: matching time is linear in the input length for every pattern, so hostile or huge inputs cannot
    // trigger catastrophic backtracking. [GeneratedRegex] cannot emit NonBacktracking code, hence the constructor.
    private const RegexOptions BaseOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Multiline;

    public InjectionRule(string id, FindingKind kind, double weight, string pattern, bool indirectOnly = false, bool caseSensitive = false)
    {
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
}
