namespace SecureKernel.Detection;

/// <summary>
/// What the rule anchors ask of one scanned text, computed at most once per text however many rules ask: its distinct
/// words (64-bit FNV-1a hashes of the lower-cased letters and digits of each maximal run of them), for rules whose anchors
/// count only as whole words; and which non-ASCII letters it holds (a 256-bit mask of lower-cased letters), for rules whose
/// every anchor needs one. A text in one language then costs the rules of the others two lookups each, where a
/// case-insensitive substring search per rule would scan it again (and, for non-ASCII anchors, without vectorization).
/// Collisions only run a regex that then decides; they never hide a match.
/// </summary>
internal sealed class RuleText
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;
    private const int KeptWords = 4096;

    [ThreadStatic]
    private static RuleText? t_current;

    private readonly HashSet<ulong> _words = [];
    private string _text = "";
    private bool _wordsReady;
    private bool _maskReady;
    private ulong _m0, _m1, _m2, _m3;

    /// <summary>The text being matched.</summary>
    public string Text => _text;

    /// <summary>
    /// The features of <paramref name="text"/>, in an instance owned by the calling thread and reused by its next call (no
    /// allocation once warm): finish with it before calling again on the same thread.
    /// </summary>
    public static RuleText For(string text)
    {
        RuleText t = t_current ??= new RuleText();
        t._text = text;
        t._wordsReady = false;
        t._maskReady = false;
        return t;
    }

    /// <summary>True when the text holds one of the words hashed in <paramref name="words"/>.</summary>
    public bool HasAnyWord(ulong[] words)
    {
        if (!_wordsReady) BuildWords();
        foreach (ulong h in words)
        {
            if (_words.Contains(h)) return true;
        }
        return false;
    }

    /// <summary>False when the text holds none of the letters of <paramref name="mask"/> (<see cref="MaskOf"/>).</summary>
    public bool MayHoldAny(ulong[] mask)
    {
        if (!_maskReady) BuildMask();
        return ((_m0 & mask[0]) | (_m1 & mask[1]) | (_m2 & mask[2]) | (_m3 & mask[3])) != 0;
    }

    /// <summary>The hash of one word as the word set holds it, or null when it is not a single run of letters and digits.</summary>
    public static ulong? WordHash(string word)
    {
        if (word.Length == 0) return null;
        ulong h = OffsetBasis;
        foreach (char c in word)
        {
            if (!char.IsLetterOrDigit(c)) return null;
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }
        return h;
    }

    /// <summary>
    /// The mask of letters one of which every match's anchor holds (each anchor's first letter whose upper and lower case
    /// are both non-ASCII), or null when some anchor has none (ASCII-only anchors are searched as they are).
    /// </summary>
    public static ulong[]? MaskOf(IEnumerable<string> anchors)
    {
        var mask = new ulong[4];
        foreach (string anchor in anchors)
        {
            int i = anchor.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
            while (i >= 0 && i < anchor.Length && !IsNonAsciiLetter(anchor[i])) i++;
            if (i < 0 || i >= anchor.Length) return null;
            Set(mask, char.ToLowerInvariant(anchor[i]));
        }
        return mask;
    }

    private static bool IsNonAsciiLetter(char c) => c > '\u007F' && char.ToUpperInvariant(c) > '\u007F' && char.ToLowerInvariant(c) > '\u007F';

    private static void Set(Span<ulong> mask, char lower)
    {
        int bit = lower % 251;
        mask[bit >> 6] |= 1UL << (bit & 63);
    }

    private void BuildWords()
    {
        if (_words.Count > KeptWords)
        {
            _words.Clear();
            _words.TrimExcess(); // a huge text must not pin a huge set on this thread
        }
        else
        {
            _words.Clear();
        }

        ulong h = OffsetBasis;
        bool inWord = false;
        foreach (char c in _text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLowerInvariant(c)) * Prime;
                inWord = true;
            }
            else if (inWord)
            {
                _words.Add(h);
                h = OffsetBasis;
                inWord = false;
            }
        }
        if (inWord) _words.Add(h);
        _wordsReady = true;
    }

    private void BuildMask()
    {
        Span<ulong> mask = stackalloc ulong[4];
        ReadOnlySpan<char> rest = _text;
        int i;
        while ((i = rest.IndexOfAnyExceptInRange('\0', '\u007F')) >= 0)
        {
            Set(mask, char.ToLowerInvariant(rest[i]));
            rest = rest[(i + 1)..];
        }
        (_m0, _m1, _m2, _m3) = (mask[0], mask[1], mask[2], mask[3]);
        _maskReady = true;
    }
}
