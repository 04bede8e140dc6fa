using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;

namespace SecureKernel;

/// <summary>
/// The one Unicode normalization step applied before every detector, to prompts, chunks and outputs alike:
/// tag characters (U+E0000–U+E007F) are decoded to the ASCII they smuggle and reported; zero-width and bidi controls
/// are removed and reported; other control characters are removed and reported; confusable letters inside Latin words
/// are folded to Latin and reported; the result is NFKC-normalized (which also folds full-width and styled letters; the
/// library's own table where the host has no ICU), and text spelled out one character at a time is read as the words it
/// spells (not reported). <see cref="DecodeCharacterReferences"/> gives the view with HTML character references decoded.
/// </summary>
public static class TextNormalizer
{
    private const string DetectorName = "normalizer";

    private static readonly SearchValues<char> s_plainAscii =
        SearchValues.Create("\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    // Cyrillic and Greek letters that render like Latin ones (Unicode confusables, the common subset).
    private static readonly Dictionary<char, char> s_confusables = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j',
        ['ѕ'] = 's', ['һ'] = 'h', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l', ['ɡ'] = 'g', ['ո'] = 'n', ['ս'] = 'u',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C',
        ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S', ['Ԁ'] = 'D',
        ['α'] = 'a', ['ο'] = 'o', ['ν'] = 'v', ['ρ'] = 'p', ['τ'] = 't', ['ι'] = 'i', ['κ'] = 'k', ['υ'] = 'u',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
        ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X',
        ['ı'] = 'i', ['ℓ'] = 'l',
    };

    /// <summary>Normalizes <paramref name="text"/> for detection. The original text is never modified.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Printable ASCII with tabs and line breaks (most retrieved text) has nothing to decode, remove, fold or normalize;
        // only spaced-out letters are joined.
        if (text.AsSpan().IndexOfAnyExcept(s_plainAscii) < 0)
            return new NormalizedText { Text = JoinSpacedLetters(text) };
        int tags = 0, zeroWidth = 0, bidi = 0, controls = 0, confusables = 0, dotless = 0;
        int firstTag = -1, firstZw = -1, firstBidi = -1, firstCtl = -1, firstConf = -1, firstDotless = -1;
        StringBuilder? sb = null;

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // Tag characters are supplementary: U+E0000..U+E007F = DB40 DC00..DB40 DC7F.
            if (c == '\uDB40' && i + 1 < text.Length && text[i + 1] is >= '\uDC00' and <= '\uDC7F')
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                int ascii = text[i + 1] - 0xDC00;
                if (ascii is >= 0x20 and < 0x7F) sb.Append((char)ascii);
                tags++;
                if (firstTag < 0) firstTag = i;
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                // A lone surrogate: replace it so later steps (NFKC, UTF-8) cannot fail on it.
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append('\uFFFD');
                controls++;
                if (firstCtl < 0) firstCtl = i;
                continue;
            }

            if (IsZeroWidth(c))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                zeroWidth++;
                if (firstZw < 0) firstZw = i;
                continue;
            }

            if (IsBidiControl(c))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                bidi++;
                if (firstBidi < 0) firstBidi = i;
                continue;
            }

            // U+FFFE and U+FFFF are noncharacters that .NET's NFKC rejects with an exception: remove them like controls.
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is '\uFFFE' or '\uFFFF')
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                controls++;
                if (firstCtl < 0) firstCtl = i;
                continue;
            }

            if (s_confusables.TryGetValue(c, out char latin) && InLatinWord(text, i))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append(latin);
                if (IsDotlessI(c))
                {
                    dotless++;
                    if (firstDotless < 0) firstDotless = i;
                }
                else
                {
                    confusables++;
                    if (firstConf < 0) firstConf = i;
                }
                continue;
            }

            sb?.Append(c);
        }

        // NFKC from ICU, or from the library's table where the host has no ICU (InvariantGlobalization)
        string result = CompatibilityNormalizer.Normalize(sb?.ToString() ?? text);

        // Removing characters joins words ("о\u202Ew" becomes "оw") and NFKC creates letters ("ｐ" becomes "p", "𝛂" becomes
        // "α"), so a confusable can sit in a Latin word only after the steps above: fold again on the result, so that
        // Normalize is idempotent and hidden characters cannot shield a confusable. Its offset is then not in the input.
        // Letters spaced out ("I g n o r e   a l l") are read as the words they spell; no finding: spaced headings and
        // acronyms are ordinary. Before the late confusable fold, which then sees the joined word.
        result = JoinSpacedLetters(result);
        if (FoldConfusables(ref result, out int lateDotless) is int late and > 0)
        {
            confusables += late - lateDotless;
            dotless += lateDotless;
            result = CompatibilityNormalizer.Normalize(result);
        }

        if (tags + zeroWidth + bidi + controls + confusables + dotless == 0)
            return new NormalizedText { Text = result };

        var findings = new List<SecurityFinding>(4);
        if (tags > 0) findings.Add(new(FindingKind.TagCharacters, $"{tags} tag characters decoded", 0.9, DetectorName, firstTag));
        if (zeroWidth > 0) findings.Add(new(FindingKind.InvisibleCharacters, $"{zeroWidth} zero-width characters removed", zeroWidth >= 3 ? 0.6 : 0.3, DetectorName, firstZw));
        if (bidi > 0) findings.Add(new(FindingKind.BidiControl, $"{bidi} bidi controls removed", 0.6, DetectorName, firstBidi));
        if (controls > 0) findings.Add(new(FindingKind.ControlCharacters, $"{controls} control characters removed", 0.3, DetectorName, firstCtl));
        if (confusables > 0) findings.Add(new(FindingKind.Confusables, $"{confusables} confusable letters folded", confusables >= 3 ? 0.6 : 0.3, DetectorName, firstConf));
        if (dotless > 0) findings.Add(new(FindingKind.Confusables, $"{dotless} dotless i folded", DotlessIWeight, DetectorName, firstDotless));
        return new NormalizedText { Text = result, Findings = findings };
    }

    /// <summary>
    /// What a renderer shows for HTML character references (<c>&amp;lt;</c>, <c>&amp;#73;</c>, <c>&amp;#x49;</c>), decoded twice so
    /// that double-encoded ones are undone too; the same instance when the text has no <c>&amp;</c>.
    /// </summary>
    internal static string DecodeCharacterReferences(string text)
    {
        if (!text.Contains('&'))
            return text;
        string decoded = WebUtility.HtmlDecode(text);
        return decoded.Contains('&') ? WebUtility.HtmlDecode(decoded) : decoded;
    }

    /// <summary>
    /// Text spelled out one character at a time ("I g n o r e   a l l"): a stretch of lone characters, one to three spaces
    /// apart on one line, holding three or more lone letters one space apart, is read as the words it spells (single spaces
    /// dropped, longer gaps become one space). Lone digits alone (tables, lists) are left as they are.
    /// </summary>
    private static string JoinSpacedLetters(string text)
    {
        StringBuilder? sb = null;
        int copied = 0;
        List<int>? lone = null;
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsLone(text, i))
                continue;

            // the stretch: lone characters separated by 1-3 spaces
            lone ??= [];
            lone.Clear();
            lone.Add(i);
            int at = i;
            while (true)
            {
                int next = at + 1;
                while (next < text.Length && text[next] == ' ' && next - at <= 3)
                    next++;
                if (next == at + 1 || next >= text.Length || next - at > 4 || !IsLone(text, next))
                    break;
                lone.Add(next);
                at = next;
            }

            if (HasSpelledWord(text, lone))
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, i - copied);
                sb.Append(text[lone[0]]);
                for (int k = 1; k < lone.Count; k++)
                {
                    if (lone[k] - lone[k - 1] > 2)
                        sb.Append(' ');
                    sb.Append(text[lone[k]]);
                }

                copied = at + 1;
            }

            i = at;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();

        static bool IsLone(string s, int at) =>
            !char.IsWhiteSpace(s[at]) && (at == 0 || char.IsWhiteSpace(s[at - 1])) && (at + 1 == s.Length || char.IsWhiteSpace(s[at + 1]));

        // three lone letters in a row, one space apart
        static bool HasSpelledWord(string s, List<int> lone)
        {
            for (int k = 0; k + 2 < lone.Count; k++)
            {
                if (lone[k + 1] - lone[k] == 2 && lone[k + 2] - lone[k + 1] == 2
                    && char.IsLetter(s[lone[k]]) && char.IsLetter(s[lone[k + 1]]) && char.IsLetter(s[lone[k + 2]]))
                    return true;
            }

            return false;
        }
    }

    private static int FoldConfusables(ref string text, out int dotless)
    {
        char[]? chars = null;
        int folded = 0;
        dotless = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (s_confusables.TryGetValue(text[i], out char latin) && InLatinWord(text, i))
            {
                chars ??= text.ToCharArray();
                chars[i] = latin;
                folded++;
                if (IsDotlessI(text[i])) dotless++;
            }
        }

        if (chars is not null) text = new string(chars);
        return folded;
    }

    // The dotless ı is a letter of Turkish, Azerbaijani and Crimean Tatar ("kullanıcı"): it is folded so that "ıgnore" still
    // matches the rules (a rule that matches only after folding is reported as smuggled), and reported below every detector's
    // threshold, a marker that only strengthens other findings (found by scanning Turkish message catalogs: 64 of 3,000
    // translated passages were flagged when it counted as a confusable).
    private const double DotlessIWeight = 0.1;

    private static bool IsDotlessI(char confusable) => confusable == '\u0131';

    private static bool IsZeroWidth(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\uFEFF' or '\u180E' or '\u00AD' or '\u034F';

    private static bool IsBidiControl(char c) =>
        c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private static bool InLatinWord(string text, int index)
    {
        // A confusable counts when its word also holds a basic Latin letter: "pаypal" with a Cyrillic а.
        int start = index, end = index;
        while (start > 0 && IsWordChar(text[start - 1])) start--;
        while (end + 1 < text.Length && IsWordChar(text[end + 1])) end++;
        for (int j = start; j <= end; j++)
        {
            if (text[j] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')) return true;
        }
        return false;
    }

    // Combining marks belong to the word of their base letter: NFKC composes "a\u0308" into "ä", so a mark must not split a word.
    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || IsZeroWidth(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
