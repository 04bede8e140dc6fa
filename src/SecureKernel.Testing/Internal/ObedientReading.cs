using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SecureKernel.Testing.Internal;

/// <summary>The extra reading rules of <see cref="GullibleChatClient"/> in red-team mode (see <see cref="GullibleChatClientOptions"/>).</summary>
internal static partial class ObedientReading
{
    private static readonly Dictionary<char, char> s_confusables = new()
    {
        ['\u0430'] = 'a', ['\u0435'] = 'e', ['\u043E'] = 'o', ['\u0440'] = 'p', ['\u0441'] = 'c', ['\u0445'] = 'x',
        ['\u0443'] = 'y', ['\u0456'] = 'i', ['\u0455'] = 's', ['\u0458'] = 'j', ['\u04BB'] = 'h', ['\u0501'] = 'd',
        ['\u0410'] = 'A', ['\u0412'] = 'B', ['\u0415'] = 'E', ['\u041A'] = 'K', ['\u041C'] = 'M', ['\u041D'] = 'H',
        ['\u041E'] = 'O', ['\u0420'] = 'P', ['\u0421'] = 'C', ['\u0422'] = 'T', ['\u0425'] = 'X', ['\u0406'] = 'I',
        ['\u0405'] = 'S', ['\u03BF'] = 'o', ['\u03B1'] = 'a', ['\u03B5'] = 'e', ['\u03B9'] = 'i', ['\u039F'] = 'O',
        ['\u0391'] = 'A', ['\u0395'] = 'E', ['\u0399'] = 'I', ['\u039A'] = 'K', ['\u039C'] = 'M', ['\u039D'] = 'N',
        ['\u03A1'] = 'P', ['\u03A4'] = 'T', ['\u03A7'] = 'X',
    };

    /// <summary>Reads <paramref name="text"/> as a tokenizer sees it (tag characters decoded, invisible controls skipped, look-alikes folded).</summary>
    public static string Reveal(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, text[i + 1]);
                i++;
                if (cp is >= 0xE0020 and <= 0xE007E) sb.Append((char)(cp - 0xE0000));
                else if (cp is >= 0xE0000 and <= 0xE007F) { }
                else sb.Append(c).Append(text[i]);
                continue;
            }

            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u180E' or '\u00AD' or '\u200E' or '\u200F'
                or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                continue;
            }

            // Full-width forms are read as ASCII; folded here rather than by NFKC, which is a no-op under invariant globalization.
            if (c is >= '\uFF01' and <= '\uFF5E') sb.Append((char)(c - 0xFEE0));
            else if (c == '\u3000') sb.Append(' ');
            else sb.Append(s_confusables.TryGetValue(c, out char latin) ? latin : c);
        }

        // Chat-template special tokens are role boundaries to a tokenizer, not text.
        return SpecialTokenRegex().Replace(sb.ToString(), "\n");
    }

    /// <summary>True when <paramref name="text"/> asks the reader to reveal its instructions.</summary>
    public static bool AsksForSystemPrompt(string text) => SystemPromptRequestRegex().IsMatch(text) && RevealVerbRegex().IsMatch(text);

    /// <summary>The quoted texts that <paramref name="text"/> tells the reader to output, in order.</summary>
    public static IEnumerable<string> OutputDirectives(string text) =>
        OutputDirectiveRegex().Matches(text).Select(m => m.Groups["q"].Value).Distinct(StringComparer.Ordinal);

    /// <summary>The lines of <paramref name="text"/> that carry a link, an image, markup or a URL, with data placeholders filled (each its own block).</summary>
    public static IEnumerable<string> MarkupLines(string text, string data)
    {
        string encoded = Uri.EscapeDataString(data);
        foreach (string line in text.Split('\n'))
        {
            if (!MarkupRegex().IsMatch(line)) continue;
            yield return line.TrimEnd()
                .Replace("SECRET123", encoded, StringComparison.Ordinal)
                .Replace("secret123", encoded.ToLower(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{data}", encoded, StringComparison.Ordinal)
                .Replace("[DATA]", encoded, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\b(system[ _]?(prompt|message|instructions?|configuration)|initiali[sz]ation string|(initial|original|hidden|first|secret|starting) (instructions|prompt|rules|configuration)|your (instructions|rules|prompt|configuration)|those instructions|instructions (you were given|given to you|above)|(text|everything|words|content) above|above (text|this|instructions)|(were|was) given initially|what (were|are) you told|before this conversation|i was instructed|my instructions are|this entire conversation|not supposed to tell)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SystemPromptRequestRegex();

    [GeneratedRegex(@"\b(repeat|print|show|reveal|output|display|translate|share|recite|give|write|list|dump|copy|tell|spell|encode|see|continue|complete|start|begin|beginning|log|what (are|were)|what's)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevealVerbRegex();

    [GeneratedRegex("""\b(reply|replies|respond|response|answer|begin|start|say|print|output|write|type|prefix|end|include)\b[^.\n"“”]{0,60}?["“](?<q>[^"“”\n]{3,80})["”]""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutputDirectiveRegex();

    [GeneratedRegex(@"<\|[A-Za-z0-9_]+\|>", RegexOptions.CultureInvariant)]
    private static partial Regex SpecialTokenRegex();

    [GeneratedRegex(@"\[\^|://|(^|[\s(\[""'=])//\w|\]\(|\]:\s|\]\[|<\s*(img|a|iframe|link|video|audio|source|picture|object|embed|svg|style|meta|form|input|base|table|div)\b|\bwww\.|mailto:|&#58;//", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkupRegex();
}
