using System.Net;
using System.Text.Json;

namespace SecureKernel;

/// <summary>
/// The canaries of one session. Looks for them in output text, in URLs (after percent- and HTML-entity decoding) and in
/// tool-argument JSON (every string value, after JSON unescaping). Matching ignores case and the zero-width/format
/// characters a model could insert. Thread-safe.
/// </summary>
public sealed class CanaryRegistry
{
    private readonly object _gate = new();
    private CanaryToken[] _tokens = [];

    /// <summary>Gets the registered tokens.</summary>
    public IReadOnlyList<CanaryToken> Tokens => Volatile.Read(ref _tokens);

    /// <summary>Creates, registers and returns a new token.</summary>
    /// <param name="label">Where it will be placed.</param>
    /// <returns>The token.</returns>
    public CanaryToken CreateToken(string? label = null)
    {
        CanaryToken token = CanaryToken.Create(label);
        lock (_gate)
        {
            _tokens = [.. _tokens, token];
        }

        return token;
    }

    /// <summary>Returns whether any registered canary occurs in <paramref name="text"/> (raw, percent- or entity-decoded).</summary>
    /// <param name="text">Output text, a URL, or any string.</param>
    /// <returns><see langword="true"/> when a canary is present.</returns>
    public bool ContainsCanary(string? text) => FindCanary(text) is not null;

    /// <summary>Finds the first registered canary in <paramref name="text"/>.</summary>
    /// <param name="text">Output text, a URL, or any string.</param>
    /// <returns>The token, or <see langword="null"/>.</returns>
    public CanaryToken? FindCanary(string? text)
    {
        CanaryToken[] tokens = Volatile.Read(ref _tokens);
        if (string.IsNullOrEmpty(text) || tokens.Length == 0)
        {
            return null;
        }

        CanaryToken? found = FindIn(text, tokens);
        if (found is not null)
        {
            return found;
        }

        string cleaned = StripInvisible(text);
        if (!ReferenceEquals(cleaned, text) && (found = FindIn(cleaned, tokens)) is not null)
        {
            return found;
        }

        // Decode up to three layers of percent/entity encoding (double-encoded query strings).
        string current = cleaned;
        for (int layer = 0; layer < 3 && NeedsDecoding(current); layer++)
        {
            string decoded;
            try
            {
                decoded = StripInvisible(WebUtility.HtmlDecode(Uri.UnescapeDataString(current)));
            }
            catch (UriFormatException)
            {
                break;
            }

            if (decoded == current)
            {
                break;
            }

            if ((found = FindIn(decoded, tokens)) is not null)
            {
                return found;
            }

            current = decoded;
        }

        return null;
    }

    /// <summary>
    /// Finds the first canary in tool-argument JSON: every string value and property name (JSON-unescaped, then decoded as
    /// in <see cref="FindCanary"/>). Text that is not valid JSON is searched as plain text.
    /// </summary>
    /// <param name="json">The arguments JSON.</param>
    /// <returns>The token, or <see langword="null"/>.</returns>
    public CanaryToken? FindCanaryInJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        CanaryToken? raw = FindCanary(json);
        if (raw is not null)
        {
            return raw;
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
            return FindInElement(doc.RootElement, 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private CanaryToken? FindInElement(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return FindCanary(element.GetString());
            case JsonValueKind.Object:
                foreach (JsonProperty p in element.EnumerateObject())
                {
                    CanaryToken? t = FindCanary(p.Name) ?? FindInElement(p.Value, depth + 1);
                    if (t is not null)
                    {
                        return t;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    CanaryToken? t = FindInElement(item, depth + 1);
                    if (t is not null)
                    {
                        return t;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static CanaryToken? FindIn(string text, CanaryToken[] tokens)
    {
        // The random part is searched on its own too, so a model that drops or rewrites the prefix is still caught.
        foreach (CanaryToken t in tokens)
        {
            if (text.Contains(t.Value.AsSpan(CanaryToken.Prefix.Length), StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return null;
    }

    private static bool NeedsDecoding(string text)
    {
        ReadOnlySpan<char> s = text;
        int i = s.IndexOfAny('%', '&');
        while (i >= 0)
        {
            if (s[i] == '%' ? i + 2 < s.Length && char.IsAsciiHexDigit(s[i + 1]) && char.IsAsciiHexDigit(s[i + 2]) : s[(i + 1)..].IndexOf(';') is >= 1 and <= 10)
            {
                return true;
            }

            int next = s[(i + 1)..].IndexOfAny('%', '&');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    private static string StripInvisible(string text)
    {
        int i = 0;
        for (; i < text.Length; i++)
        {
            if (IsInvisible(text[i]))
            {
                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!IsInvisible(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u180E' || (c >= '\u202A' && c <= '\u202E') ||
        (c >= '\u2066' && c <= '\u2069') || char.IsLowSurrogate(c) || char.IsHighSurrogate(c);
}
