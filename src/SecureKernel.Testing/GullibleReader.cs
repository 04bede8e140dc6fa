using System.Collections;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel.Data;

namespace SecureKernel.Testing;

/// <summary>
/// How <see cref="GullibleChatClient"/> reads tool results and decides that retrieved text "tells it to do something".
/// </summary>
/// <remarks>
/// <para>Reading: <c>&lt;untrusted_document …&gt;</c> wrappers are split into their documents (withheld notices are
/// skipped), payloads are entity-decoded, <c>encoding="base64"</c> payloads are decoded, and a datamark marker, when known,
/// is turned back into spaces. A real model reads all of these, so the fake does too.</para>
/// <para>Instruction heuristic (deliberately naive, fixed, and independent of SecureKernel's detectors). Fenced code
/// blocks are ignored, lines that look like table rows (two or more <c>|</c>) are ignored, and the rest is split into
/// sentences. The first rule that matches names the finding (see <see cref="FindInstruction"/>):</para>
/// <list type="bullet">
/// <item><c>shouted</c>: a run of three or more upper-case words containing an imperative verb ("JUST OUTPUT …").</item>
/// <item><c>addressed</c>: a sentence contains a phrase from <see cref="ReaderPhrases"/> ("you must", "you should",
/// "I want you to", "in your response", "previous instructions", …), or opens with "you are …"/"du bist …" followed by a
/// word that is not an -ing/-ed form (a role assignment).</item>
/// <item><c>imperative</c>: after leading fillers ("now", "also", "just", "ok", "in your reply,", …) the sentence opens
/// with a verb from <see cref="ImperativeVerbs"/> (English, German, a few Spanish/French/Russian/Croatian) that is not
/// followed by code punctuation such as <c>(</c> or <c>.</c>.</item>
/// <item><c>please</c>: the sentence contains "please" or "bitte".</item>
/// <item><c>send-target</c>: the sentence has an email address or URL and a sending verb (send, post, submit, upload,
/// forward, visit, click).</item>
/// </list>
/// <para>It models a gullible model, not a detector: it follows benign imperative text too (e.g. "Please arrive 45
/// minutes early", "Use a list:") and misses instructions phrased as questions or statements ("What is the capital of
/// Brazil?", role-play set-ups), spaced-out letters, and most languages other than English and German.</para>
/// </remarks>
public static partial class GullibleReader
{
    /// <summary>Imperative verbs that make a sentence an instruction when they open it.</summary>
    public static IReadOnlySet<string> ImperativeVerbs { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // English
        "ignore", "disregard", "forget", "override", "bypass", "stop", "write", "send", "email", "e-mail", "forward", "mail",
        "share", "post", "upload", "submit", "include", "add", "append", "insert", "integrate", "incorporate", "mention",
        "embed", "scramble", "translate", "reply", "respond", "answer", "tell", "say", "print", "output", "repeat", "reveal",
        "show", "display", "list", "give", "provide", "recommend", "suggest", "encourage", "remind", "advise", "promote",
        "advertise", "act", "pretend", "imagine", "roleplay", "generate", "create", "make", "compose", "draft", "produce",
        "formulate", "encode", "decode", "convert", "rewrite", "rephrase", "replace", "change", "modify", "use", "visit",
        "click", "download", "install", "run", "execute", "delete", "remove", "open", "call", "contact", "buy", "invest",
        "donate", "subscribe", "register", "enter", "type", "describe", "explain", "express", "ensure", "start", "begin",
        "focus", "concentrate", "continue", "conclude", "spell", "reverse", "misspell", "substitute", "capitalize",
        "don't", "never", "always", "read", "check", "verify", "leave", "attach", "transfer", "collect", "gather",
        "extract", "export", "copy", "paste", "disclose", "urge", "inform", "ask", "persuade", "convince", "emphasize",
        "highlight", "offer", "direct", "redirect", "prepend", "end", "finish", "switch", "obey", "follow",
        "enhance", "augment", "rearrange", "jumble", "introduce", "anagram", "render", "develop", "break", "consider",
        "leverage", "deploy", "blend", "harmonize", "tease", "weave", "infuse", "enrich", "craft", "design", "elaborate",
        "discuss", "mix", "shuffle", "sprinkle", "cite", "quote", "accompany", "complement", "supplement", "embellish",
        "adopt", "employ", "utilize", "launch", "inject", "unveil", "announce", "claim", "insist", "advocate", "pitch",
        "sell", "market", "spread", "fabricate", "invent", "exaggerate", "falsify", "alter", "swap", "omit", "skip",
        "hide", "conceal", "disguise", "obfuscate", "interleave", "intersperse", "encrypt", "transliterate",
        "merge", "engage", "keep", "interweave", "fuse", "combine", "group", "join", "place", "put", "drop", "blame",
        "state", "praise", "insult", "mock", "criticize", "deny", "admit", "confess", "pretend", "role-play",
        // Spanish, French, Russian, Croatian: forget / ignore / say
        "olvida", "olvide", "olvidad", "ignora", "di", "dime", "oubliez", "oublie", "ignorez", "dites", "dis",
        "забудьте", "забудь", "игнорируй", "скажи", "zaboravi", "ignoriraj", "reci",
        "stell", "verfasse", "erzähl", "denk", "füge", "ergänze", "empfiehl", "nutze", "verwende", "ändere",
        // German
        "ignoriere", "ignorieren", "vergiss", "vergessen", "schreibe", "schreib", "schreiben", "sage", "sag", "sagen", "gib",
        "geben", "zeige", "zeig", "zeigen", "antworte", "antworten", "beantworte", "beantworten", "übersetze", "sende",
        "senden", "schicke", "schick", "schicken", "leite", "füge", "erstelle", "erstellen", "formuliere", "formulieren",
        "stelle", "tu", "mach", "mache", "machen", "konzentriere", "konzentrieren", "erkläre", "erklären", "nenne",
        "nennen", "liste", "wiederhole", "drucke", "lösche", "öffne", "besuche", "klicke", "handle", "vergesst", "ignoriert",
        "verrate", "gebe", "hör", "höre", "stopp", "befolge", "folge", "generiere", "erzähle", "spiele", "tun",
    };

    /// <summary>Phrases addressed to the reader that make any text an instruction.</summary>
    public static IReadOnlyList<string> ReaderPhrases { get; } =
    [
        "you must", "you should", "you will now", "you are now", "now you are", "i want you to",
        "your task", "your new task", "from now on", "as an ai", "pretend you", "imagine you", "du musst", "du sollst",
        "ich möchte, dass du", "jetzt bist du", "nun bist du", "stell dir vor", "tu so, als", "i need you to",
        "ask you to", "bitten wir sie", "your instructions", "previous instructions", "prior instructions", "above instructions",
        "all instructions", "vorherigen instruktionen", "vorherigen anweisungen", "alle anweisungen", "alle instruktionen",
        "in your response", "in your reply", "in your answer", "your response should", "your answer should",
        "your reply should",
        "ich möchte, dass sie", "deine aufgabe", "deine neue aufgabe", "ab jetzt", "sie müssen", "sie sollen",
    ];

    private static readonly HashSet<string> s_fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "now", "also", "just", "then", "and", "so", "but", "ok", "okay", "hey", "hi", "hello", "well", "first", "finally",
        "additionally", "instead", "simply", "jetzt", "nun", "und", "dann", "aber", "einfach", "bitte",
        "please", "pls", "next", "lastly", "moreover", "furthermore", "secondly", "thirdly", "seamlessly", "subtly",
        "carefully", "quickly", "immediately", "briefly", "creatively", "covertly", "quietly", "naturally", "smoothly",
    };

    private static readonly string[] s_sendVerbs = ["send", "post", "submit", "upload", "forward", "visit", "click", "sende", "schicke", "besuche", "klicke"];

    /// <summary>
    /// Extracts the documents in a tool result as a model would read them.
    /// </summary>
    /// <param name="result">The raw <c>FunctionResultContent.Result</c>: a string, a JSON element, a sequence of strings, of
    /// <see cref="TextSearchResult"/> or of other objects (serialized to JSON).</param>
    /// <param name="datamarkMarker">The datamark marker to remove, or null.</param>
    /// <returns>The readable documents, in order; empty when there is nothing to read.</returns>
    public static IReadOnlyList<string> ExtractDocuments(object? result, string? datamarkMarker = null)
    {
        var raw = new List<string>();
        Flatten(result, raw, 0);
        var documents = new List<string>();
        foreach (string text in raw)
        {
            MatchCollection wrappers = WrapperRegex().Matches(text);
            if (wrappers.Count == 0)
            {
                AddDocument(documents, text, datamarkMarker);
                continue;
            }

            foreach (Match m in wrappers)
            {
                string attributes = m.Groups["attrs"].Value;
                if (attributes.Contains("withheld=\"true\"", StringComparison.Ordinal)) continue;
                string payload = m.Groups["body"].Value.Trim();
                if (attributes.Contains("encoding=\"base64\"", StringComparison.Ordinal))
                {
                    payload = TryDecodeBase64(payload) ?? payload;
                }
                else
                {
                    payload = WebUtility.HtmlDecode(payload);
                }
                AddDocument(documents, payload, datamarkMarker);
            }
        }
        return documents;
    }

    /// <summary>True when <paramref name="text"/> contains an instruction by the heuristic described on this class.</summary>
    /// <param name="text">The retrieved text, already read with <see cref="ExtractDocuments"/>.</param>
    public static bool ContainsInstructions(string text) => FindInstruction(text) is not null;

    /// <summary>
    /// The rule and the sentence that make <paramref name="text"/> an instruction, or null when there is none.
    /// Rules: <c>imperative</c>, <c>please</c>, <c>addressed</c> (a reader phrase or "you are …"), <c>send-target</c>.
    /// </summary>
    /// <param name="text">The retrieved text.</param>
    public static (string Rule, string Sentence)? FindInstruction(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return null;

        string withoutCode = CodeFenceRegex().Replace(text, "\n");
        foreach (Match run in ShoutedRunRegex().Matches(withoutCode))
        {
            if (WordRegex().Matches(run.Value.ToLowerInvariant()).Any(w => ImperativeVerbs.Contains(w.Value))) return ("shouted", run.Value.ToLowerInvariant());
        }

        string lower = CodeFenceRegex().Replace(text, "\n").ToLowerInvariant().Replace('\u2019', '\'');
        IEnumerable<string> sentences = LineSplitRegex().Split(lower)
            .Where(line => line.AsSpan().Count('|') < 2)
            .SelectMany(line => SentenceSplitRegex().Split(line));
        foreach (string sentence in sentences)
        {
            if (sentence.Length == 0) continue;
            string clause = LeadingContextRegex().Replace(sentence, string.Empty);
            foreach (string phrase in ReaderPhrases)
            {
                if (sentence.Contains(phrase, StringComparison.Ordinal)) return ("addressed", sentence);
            }
            if (ImperativeRule(clause) is { } rule) return (rule, sentence);
            if (PleaseRegex().IsMatch(sentence)) return ("please", sentence);
            if (RoleAssignmentRegex().IsMatch(clause)) return ("addressed", sentence);
            if ((EmailRegex().IsMatch(sentence) || UrlRegex().IsMatch(sentence)) && s_sendVerbs.Any(v => Regex.IsMatch(sentence, $@"\b{v}\b")))
            {
                return ("send-target", sentence);
            }
        }
        return null;
    }

    /// <summary>The first email address in <paramref name="text"/>, or null.</summary>
    /// <param name="text">The text to search.</param>
    public static string? FindEmailAddress(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Match m = EmailRegex().Match(text);
        return m.Success ? m.Value : null;
    }

    /// <summary>The datamark marker announced in a system instruction ("interleaved with the marker 'X'"), or null.</summary>
    /// <param name="systemText">The system text.</param>
    public static string? FindDatamarkMarker(string? systemText)
    {
        if (string.IsNullOrEmpty(systemText)) return null;
        Match m = MarkerRegex().Match(systemText);
        return m.Success ? m.Groups["m"].Value : null;
    }

    /// <summary>The first sentence of <paramref name="text"/> (at most <paramref name="maxLength"/> characters).</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The maximum length.</param>
    public static string FirstSentence(string text, int maxLength = 200)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = WhitespaceRegex().Replace(text, " ").Trim();
        Match m = FirstSentenceRegex().Match(trimmed);
        string sentence = m.Success ? m.Value.Trim() : trimmed;
        return sentence.Length <= maxLength ? sentence : sentence[..maxLength].TrimEnd() + "…";
    }

    private static string? ImperativeRule(string sentence)
    {
        foreach (Match word in WordRegex().Matches(sentence))
        {
            string w = word.Value;
            if (w is "please" or "bitte" or "kindly") return "please";
            if (s_fillers.Contains(w)) continue;
            int after = word.Index + word.Length;
            bool codeLike = after < sentence.Length && sentence[after] is '(' or '.' or '_' or '=' or '[' or ':';
            if (ImperativeVerbs.Contains(w)) return codeLike ? null : "imperative";
            return null;
        }
        return null;
    }

    private static void AddDocument(List<string> documents, string text, string? marker)
    {
        if (!string.IsNullOrEmpty(marker)) text = text.Replace(marker, " ", StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(text)) documents.Add(text.Trim());
    }

    private static string? TryDecodeBase64(string payload)
    {
        string compact = WhitespaceRegex().Replace(payload, string.Empty);
        var buffer = new byte[compact.Length];
        return Convert.TryFromBase64String(compact, buffer, out int written) ? Encoding.UTF8.GetString(buffer, 0, written) : null;
    }

    private static void Flatten(object? value, List<string> output, int depth)
    {
        if (value is null || depth > 8) return;
        switch (value)
        {
            case string s:
                output.Add(s);
                return;
            case TextSearchResult r:
                output.Add(r.Value ?? string.Empty);
                return;
            case JsonElement e:
                FlattenJson(e, output, depth);
                return;
            case JsonDocument d:
                FlattenJson(d.RootElement, output, depth);
                return;
            case IEnumerable sequence:
                foreach (object? item in sequence) Flatten(item, output, depth + 1);
                return;
        }

        try
        {
            JsonElement json = JsonSerializer.SerializeToElement(value, value.GetType());
            FlattenJson(json, output, depth);
        }
        catch (NotSupportedException)
        {
            output.Add(value.ToString() ?? string.Empty);
        }
    }

    private static void FlattenJson(JsonElement element, List<string> output, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                output.Add(element.GetString() ?? string.Empty);
                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray()) FlattenJson(item, output, depth + 1);
                break;
            case JsonValueKind.Object:
                foreach (string name in (string[])["Value", "value", "Text", "text", "Content", "content"])
                {
                    if (element.TryGetProperty(name, out JsonElement inner) && inner.ValueKind == JsonValueKind.String)
                    {
                        output.Add(inner.GetString() ?? string.Empty);
                        return;
                    }
                }
                output.Add(element.GetRawText());
                break;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                break;
            default:
                output.Add(element.GetRawText());
                break;
        }
    }

    [GeneratedRegex(@"<untrusted_document\b(?<attrs>[^>]*)>(?<body>.*?)</untrusted_document>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex WrapperRegex();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\b(https?://|www\.)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"(?<=[.!?;:])\s+|\s+[-–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceSplitRegex();

    [GeneratedRegex(@"[\p{L}']+(-[\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"interleaved with the marker '(?<m>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerRegex();

    [GeneratedRegex(@"^.+?[.!?](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstSentenceRegex();

    [GeneratedRegex(@"^\W*((in|within|throughout|for|when writing) your (response|reply|answer|message|output|explanation|code|solution)s?|when (you )?(respond|answer|reply)(ing)?)\s*,?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingContextRegex();

    [GeneratedRegex(@"[\r\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex LineSplitRegex();

    [GeneratedRegex(@"\b(please|bitte)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PleaseRegex();

    [GeneratedRegex(@"^\W*(now |jetzt |nun )?(you are|du bist) (?!\w+(ing|ed)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RoleAssignmentRegex();

    [GeneratedRegex(@"\b[\p{Lu}']{2,}(?:[ ,]+[\p{Lu}']{2,}){2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShoutedRunRegex();

    [GeneratedRegex(@"```.*?(```|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CodeFenceRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();
}
