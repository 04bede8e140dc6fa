using System.Buffers;

namespace SecureKernel.Detection;

/// <summary>
/// One search for the substring anchors of many rules at once. Asking each rule's own anchor set in turn scans a text once
/// per rule (about 200 scans of each chunk, most of them for rules of other languages whose Latin-letter stems cannot be
/// skipped by script); this scans it once with all anchors together and, at each place an anchor occurs, marks the rules
/// that own an anchor starting there. A rule is marked exactly when its own <see cref="InjectionRule.Anchors"/> search
/// would find one; where a place cannot be attributed, every covered rule is marked (a regex then decides), so the
/// result never hides a match. Rules with an anchor shorter than <see cref="MinAnchorLength"/> are not covered: a
/// one-character anchor ('&lt;', ':') occurs too often to share the pass, and they keep their own search.
/// </summary>
internal sealed class RuleAnchorIndex
{
    /// <summary>The shortest anchor a covered rule may have.</summary>
    public const int MinAnchorLength = 2;

    [ThreadStatic]
    private static bool[]? t_found;

    private readonly bool[] _covered;
    private readonly int[] _coveredRules;
    private readonly SearchValues<string>? _all;
    private readonly Dictionary<char, Entry[]> _byFirst;
    private readonly Entry[] _surrogateFirst; // anchors whose first char is a surrogate: checked at every place

    public RuleAnchorIndex(IReadOnlyList<InjectionRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _covered = new bool[rules.Count];
        var owners = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var covered = new List<int>();
        for (int r = 0; r < rules.Count; r++)
        {
            string[]? anchors = rules[r].SubstringAnchors;
            if (anchors is null || anchors.Length == 0 || anchors.Any(a => a.Length < MinAnchorLength)) continue;
            _covered[r] = true;
            covered.Add(r);
            foreach (string a in anchors)
            {
                if (!owners.TryGetValue(a, out List<int>? list)) owners[a] = list = [];
                if (!list.Contains(r)) list.Add(r);
            }
        }

        _coveredRules = [.. covered];
        _all = owners.Count == 0 ? null : SearchValues.Create([.. owners.Keys], StringComparison.OrdinalIgnoreCase);
        var byFirst = new Dictionary<char, List<Entry>>();
        var surrogate = new List<Entry>();
        foreach ((string anchor, List<int> list) in owners)
        {
            var entry = new Entry(anchor, [.. list]);
            if (char.IsSurrogate(anchor[0])) { surrogate.Add(entry); continue; }
            char key = char.ToUpperInvariant(anchor[0]);
            if (!byFirst.TryGetValue(key, out List<Entry>? bucket)) byFirst[key] = bucket = [];
            bucket.Add(entry);
        }
        _byFirst = byFirst.ToDictionary(p => p.Key, p => p.Value.ToArray());
        _surrogateFirst = [.. surrogate];
    }

    /// <summary>True when rule <paramref name="rule"/>'s substring anchors are searched by <see cref="Search"/>.</summary>
    public bool Covers(int rule) => _covered[rule];

    /// <summary>
    /// For every covered rule, whether one of its substring anchors occurs in <paramref name="text"/> (case-insensitive);
    /// false for rules not covered. The span is owned by the calling thread and overwritten by its next call.
    /// </summary>
    public ReadOnlySpan<bool> Search(string text)
    {
        bool[] found = t_found is { } f && f.Length == _covered.Length ? f : (t_found = new bool[_covered.Length]);
        Array.Clear(found);
        if (_all is null) return found;

        ReadOnlySpan<char> span = text;
        int remaining = _coveredRules.Length;
        int pos = 0;
        while (remaining > 0 && pos < span.Length)
        {
            int i = span[pos..].IndexOfAny(_all);
            if (i < 0) break;
            pos += i;
            ReadOnlySpan<char> here = span[pos..];
            bool attributed = Mark(here, _surrogateFirst, found, ref remaining);
            if (!char.IsSurrogate(here[0]) && _byFirst.TryGetValue(char.ToUpperInvariant(here[0]), out Entry[]? bucket))
                attributed |= Mark(here, bucket, found, ref remaining);
            if (!attributed)
            {
                // an occurrence no entry claims (a casing the first-letter key does not fold alike): mark them all
                foreach (int r in _coveredRules) found[r] = true;
                break;
            }
            pos++; // anchors may overlap or start inside another
        }
        return found;
    }

    private static bool Mark(ReadOnlySpan<char> here, Entry[] entries, bool[] found, ref int remaining)
    {
        bool any = false;
        foreach (Entry e in entries)
        {
            if (!here.StartsWith(e.Anchor, StringComparison.OrdinalIgnoreCase)) continue;
            any = true;
            foreach (int r in e.Rules)
            {
                if (found[r]) continue;
                found[r] = true;
                remaining--;
            }
        }
        return any;
    }

    private sealed record Entry(string Anchor, int[] Rules);
}
