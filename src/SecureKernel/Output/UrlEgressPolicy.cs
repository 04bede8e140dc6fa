using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SecureKernel.Output;

/// <summary>Where a URL is used: a clickable link, an image that loads by itself, or any other attribute.</summary>
internal enum UrlUse
{
    Link,
    Image,
}

/// <summary>The egress decision for one URL.</summary>
internal enum UrlVerdict
{
    /// <summary>Keep it, emitted as <see cref="UrlDecision.Url"/> (the canonical form that was checked).</summary>
    Allow,

    /// <summary>Keep it clickable as <see cref="UrlDecision.Url"/>, with query and fragment removed.</summary>
    StripQuery,

    /// <summary>Show <see cref="UrlDecision.Url"/> as non-clickable text.</summary>
    Neutralize,

    /// <summary>Remove it. <see cref="UrlDecision.Url"/> is the displayable form, or null when it must not be shown.</summary>
    Remove,
}

/// <summary>The result of <see cref="UrlEgressPolicy.Evaluate"/>.</summary>
internal readonly record struct UrlDecision(UrlVerdict Verdict, string? Url, FindingKind Kind, string? Rule)
{
    public static UrlDecision Allowed(string url) => new(UrlVerdict.Allow, url, FindingKind.Exfiltration, null);
}

/// <summary>
/// The one egress policy applied to every URL in output, evaluated on the final URL: HTML entities decoded, invisible
/// characters (Unicode tags decoded to the ASCII they smuggle, zero-width, bidi, controls) removed, backslashes and
/// extra slashes folded as browsers do, protocol-relative URLs resolved to https, userinfo split off, the host in
/// punycode, and percent-encoding decoded repeatedly for the data checks. Immutable and thread-safe.
/// </summary>
internal sealed partial class UrlEgressPolicy
{
    private static readonly HashSet<string> s_scriptSchemes = new(StringComparer.Ordinal)
    {
        "javascript", "vbscript", "livescript", "mocha", "data", "blob", "filesystem", "jar", "file", "view-source", "about",
    };

    private readonly HashSet<string> _hosts;
    private readonly bool _subdomains;
    private readonly HashSet<string> _schemes;
    private readonly bool _relative;
    private readonly OutputLinkPolicy _linkPolicy;
    private readonly Func<string, bool>? _inspector;

    public UrlEgressPolicy(OutputSanitizerOptions options)
    {
        _hosts = new HashSet<string>(StringComparer.Ordinal);
        foreach (string h in options.AllowedHosts)
        {
            if (OutputSanitizerOptions.NormalizeHostEntry(h) is { } n) _hosts.Add(n);
        }

        _schemes = new HashSet<string>(options.AllowedSchemes.Select(s => s.Trim().ToLowerInvariant()), StringComparer.Ordinal);
        _subdomains = options.AllowSubdomains;
        _relative = options.AllowRelativeUrls;
        _linkPolicy = options.LinkPolicy;
        _inspector = options.SensitiveDataInspector;
    }

    public OutputLinkPolicy LinkPolicy => _linkPolicy;

    /// <summary>Whether <paramref name="host"/> (punycode, lower case) is allowed.</summary>
    public bool IsHostAllowed(string host)
    {
        host = host.TrimEnd('.');
        if (_hosts.Contains(host)) return true;
        if (!_subdomains) return false;
        for (int i = host.IndexOf('.'); i >= 0 && i < host.Length - 1; i = host.IndexOf('.', i + 1))
        {
            if (_hosts.Contains(host[(i + 1)..])) return true;
        }

        return false;
    }

    /// <summary>Decides what happens to <paramref name="raw"/> used as <paramref name="use"/>.</summary>
    public UrlDecision Evaluate(string? raw, UrlUse use)
    {
        if (string.IsNullOrWhiteSpace(raw)) return new(UrlVerdict.Remove, null, FindingKind.UnsafeMarkup, null);

        string cleaned = Clean(raw, out bool invisible);
        if (cleaned.Length == 0) return new(UrlVerdict.Remove, null, FindingKind.UnsafeMarkup, invisible ? "url.invisible-characters" : null);

        var scheme = SchemeRegex().Match(cleaned);
        string candidate;
        if (scheme.Success)
        {
            string s = scheme.Groups[1].Value.ToLowerInvariant();
            if (s_scriptSchemes.Contains(s)) return new(UrlVerdict.Remove, null, FindingKind.UnsafeMarkup, "url.script-scheme");
            if (!_schemes.Contains(s)) return new(UrlVerdict.Remove, null, FindingKind.UnsafeMarkup, "url.scheme-not-allowed");
            if (use == UrlUse.Image && s is not ("https" or "http"))
                return new(UrlVerdict.Remove, null, FindingKind.UnsafeMarkup, "url.image-scheme-not-allowed");
            if (s == "mailto") return EvaluateMailto(cleaned[scheme.Length..], invisible);
            string rest = cleaned[scheme.Length..];
            candidate = s is "http" or "https" ? s + "://" + rest.TrimStart('/') : cleaned;
        }
        else if (cleaned.StartsWith("//", StringComparison.Ordinal))
        {
            candidate = "https://" + cleaned.TrimStart('/');
        }
        else
        {
            return EvaluateRelative(cleaned, use, invisible);
        }

        if (!Uri.TryCreate(candidate, UriKind.Absolute, out Uri? uri) || uri.IsFile || uri.IsUnc)
            return new(UrlVerdict.Remove, null, FindingKind.Exfiltration, "url.unparseable");

        string host;
        try
        {
            host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        }
        catch (UriFormatException)
        {
            return new(UrlVerdict.Remove, null, FindingKind.Exfiltration, "url.unparseable");
        }

        if (host.Length == 0) return new(UrlVerdict.Remove, null, FindingKind.Exfiltration, "url.no-host");

        string authority = host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? "[" + host + "]" : host;
        string prefix = uri.Scheme + "://" + authority + (uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture));
        string tail = uri.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped);
        string canonical = EscapeForEmbedding(prefix + tail);
        string decodedTail = DecodeRepeated(tail).Replace('\\', '/');
        string decodedUserInfo = DecodeRepeated(uri.UserInfo);
        bool allowed = IsHostAllowed(host);

        string? secretRule = SecretRule(host, decodedTail, decodedUserInfo, canonical, invisible);
        if (allowed)
        {
            if (secretRule is not null) return new(UrlVerdict.Remove, null, FindingKind.Exfiltration, secretRule);
            return UrlDecision.Allowed(canonical);
        }

        string? dataRule = secretRule ?? DataRule(host, decodedTail);
        if (dataRule is not null) return new(UrlVerdict.Remove, null, FindingKind.Exfiltration, dataRule);
        if (use == UrlUse.Image) return new(UrlVerdict.Remove, canonical, FindingKind.Exfiltration, "url.image-host-not-allowed");
        if (_linkPolicy == OutputLinkPolicy.StripQuery)
        {
            string stripped = EscapeForEmbedding(prefix + uri.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped));
            return new(UrlVerdict.StripQuery, stripped, FindingKind.Exfiltration, "url.link-host-not-allowed.query-stripped");
        }

        return new(UrlVerdict.Neutralize, canonical, FindingKind.Exfiltration, "url.link-host-not-allowed.neutralized");
    }

    private UrlDecision EvaluateRelative(string cleaned, UrlUse use, bool invisible)
    {
        string canonical = EscapeForEmbedding(cleaned);
        string decoded = DecodeRepeated(cleaned).Replace('\\', '/');
        string? rule = SecretRule("", decoded, "", canonical, invisible);
        if (rule is not null) return new(UrlVerdict.Remove, null, FindingKind.Exfiltration, rule);
        if (cleaned[0] == '#' && use == UrlUse.Link) return UrlDecision.Allowed(canonical);

        // A colon in the first segment ("ᡞjavascript:x") is not a valid relative reference (RFC 3986 4.2) and reads as a
        // scheme to lenient parsers: fail closed.
        int segmentEnd = cleaned.AsSpan().IndexOfAny("/?#");
        if (cleaned.AsSpan(0, segmentEnd < 0 ? cleaned.Length : segmentEnd).Contains(':'))
            return new(UrlVerdict.Remove, null, FindingKind.UnsafeMarkup, "url.relative-colon");
        if (!_relative)
        {
            return use == UrlUse.Image
                ? new(UrlVerdict.Remove, canonical, FindingKind.Exfiltration, "url.relative-not-allowed")
                : new(UrlVerdict.Neutralize, canonical, FindingKind.Exfiltration, "url.relative-not-allowed");
        }

        return UrlDecision.Allowed(canonical);
    }

    private UrlDecision EvaluateMailto(string rest, bool invisible)
    {
        int q = rest.IndexOf('?', StringComparison.Ordinal);
        string addresses = DecodeRepeated(q >= 0 ? rest[..q] : rest);
        string query = q >= 0 ? rest[q..] : "";
        string decodedQuery = DecodeRepeated(query);
        bool allowed = true;
        int count = 0;
        foreach (string part in addresses.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int at = part.LastIndexOf('@');
            string? domain = at > 0 ? OutputSanitizerOptions.NormalizeHostEntry(part[(at + 1)..]) : null;
            if (domain is null) return new(UrlVerdict.Remove, null, FindingKind.Exfiltration, "url.mailto-invalid");
            allowed &= IsHostAllowed(domain);
            count++;
        }

        string canonical = EscapeForEmbedding("mailto:" + rest);
        string? secretRule = SecretRule("", decodedQuery, "", canonical, invisible);
        if (allowed && count > 0)
        {
            return secretRule is not null ? new(UrlVerdict.Remove, null, FindingKind.Exfiltration, secretRule) : UrlDecision.Allowed(canonical);
        }

        string? dataRule = secretRule ?? DataRule("", decodedQuery);
        if (dataRule is not null) return new(UrlVerdict.Remove, null, FindingKind.Exfiltration, dataRule);
        if (_linkPolicy == OutputLinkPolicy.StripQuery && count > 0)
            return new(UrlVerdict.StripQuery, EscapeForEmbedding("mailto:" + (q >= 0 ? rest[..q] : rest)), FindingKind.Exfiltration, "url.link-host-not-allowed.query-stripped");
        return new(UrlVerdict.Neutralize, canonical, FindingKind.Exfiltration, "url.link-host-not-allowed.neutralized");
    }

    /// <summary>Rules that remove a URL even for an allowed host: secrets, credentials, invisible data, open redirects, the inspector.</summary>
    private string? SecretRule(string host, string decodedTail, string decodedUserInfo, string canonical, bool invisible)
    {
        if (invisible) return "url.data-carrying.invisible-characters";
        if (decodedUserInfo.Length > 0) return "url.data-carrying.userinfo";
        if (SecretTokenRegex().IsMatch(decodedTail) || SecretTokenRegex().IsMatch(host) || SecretTokenRegex().IsMatch(decodedUserInfo))
            return "url.data-carrying.secret-token";
        foreach (Match m in NestedUrlRegex().Matches(decodedTail))
        {
            string h = m.Groups["h"].Value;
            int at = h.LastIndexOf('@');
            if (at >= 0) h = h[(at + 1)..];
            int colon = h.LastIndexOf(':');
            if (colon > 0 && !h.EndsWith(']')) h = h[..colon];
            string? n = OutputSanitizerOptions.NormalizeHostEntry(h.Trim('[', ']'));
            if (n is null || !IsHostAllowed(n)) return "url.data-carrying.nested-url";
        }

        if (_inspector is not null)
        {
            try
            {
                if (_inspector(canonical) || _inspector(host + decodedTail)) return "url.data-carrying.sensitive-inspector";
            }
            catch (Exception)
            {
                return "url.data-carrying.sensitive-inspector-failed";
            }
        }

        return null;
    }

    /// <summary>Rules that remove a URL to a host that is not allowed: data-shaped content anywhere in it.</summary>
    private static string? DataRule(string host, string decodedTail)
    {
        if (HexRunRegex().IsMatch(decodedTail) || HexRunRegex().IsMatch(host)) return "url.data-carrying.hex-run";
        if (DigitRunRegex().IsMatch(decodedTail)) return "url.data-carrying.digit-run";
        if (EmailRegex().IsMatch(decodedTail)) return "url.data-carrying.email";
        if (HasHighEntropyRun(decodedTail) || HasHighEntropyRun(host)) return "url.data-carrying.high-entropy";
        return null;
    }

    private static bool HasHighEntropyRun(string s)
    {
        foreach (Match m in Base64RunRegex().Matches(s))
        {
            string v = m.Value;
            bool digit = false, letter = false;
            foreach (char c in v)
            {
                digit |= char.IsAsciiDigit(c);
                letter |= char.IsAsciiLetter(c);
            }

            if (digit && letter && ShannonEntropy(v) >= 3.5) return true;
        }

        return false;
    }

    private static double ShannonEntropy(string s)
    {
        Span<int> counts = stackalloc int[128];
        foreach (char c in s) counts[c & 0x7F]++;
        double h = 0;
        foreach (int n in counts)
        {
            if (n == 0) continue;
            double p = (double)n / s.Length;
            h -= p * Math.Log2(p);
        }

        return h;
    }

    /// <summary>Entity-decodes, strips invisible and control characters as browsers and attackers use them, trims, folds backslashes.</summary>
    internal static string Clean(string raw, out bool invisible)
    {
        invisible = false;
        string s = raw;
        for (int i = 0; i < 3 && s.Contains('&', StringComparison.Ordinal); i++)
        {
            string d = WebUtility.HtmlDecode(s);
            if (d == s) break;
            s = d;
        }

        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\uDB40' && i + 1 < s.Length && s[i + 1] is >= '\uDC00' and <= '\uDC7F')
            {
                int ascii = s[i + 1] - 0xDC00;
                if (ascii is > 0x20 and < 0x7F) sb.Append((char)ascii);
                invisible = true;
                i++;
                continue;
            }

            if (c is '\t' or '\n' or '\r') continue;
            if (char.IsControl(c) || c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2069')
                or '\uFEFF' or '\u00AD' or '\u180E' or '\u061C' or '\u034F' || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))))
            {
                invisible = true;
                continue;
            }

            sb.Append(c == '\\' ? '/' : c);
        }

        return sb.ToString().Trim();
    }

    internal static string DecodeRepeated(string s)
    {
        for (int i = 0; i < 5 && s.Contains('%', StringComparison.Ordinal); i++)
        {
            string d = Uri.UnescapeDataString(s);
            if (d == s) break;
            s = d;
        }

        return s;
    }

    /// <summary>Percent-encodes the few characters that would break out of an attribute, a Markdown destination or a code span.</summary>
    private static string EscapeForEmbedding(string url)
    {
        if (url.AsSpan().IndexOfAny(" \"'<>`|\\()[]*_{}") < 0) return url;
        var sb = new StringBuilder(url.Length + 16);
        foreach (char c in url)
        {
            switch (c)
            {
                case ' ': sb.Append("%20"); break;
                case '"': sb.Append("%22"); break;
                case '\'': sb.Append("%27"); break;
                case '<': sb.Append("%3C"); break;
                case '>': sb.Append("%3E"); break;
                case '`': sb.Append("%60"); break;
                case '|': sb.Append("%7C"); break;
                case '\\': sb.Append("%5C"); break;
                case '(': sb.Append("%28"); break;
                case ')': sb.Append("%29"); break;
                case '[': sb.Append("%5B"); break;
                case ']': sb.Append("%5D"); break;
                case '*': sb.Append("%2A"); break;
                case '_': sb.Append(c); break;
                case '{': sb.Append("%7B"); break;
                case '}': sb.Append("%7D"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex SchemeRegex();

    [GeneratedRegex(@"(?:sk-(?:proj-|ant-|svcacct-|admin-)?[A-Za-z0-9_\-]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{20,}|glpat-[\w\-]{20}|xox[abposr]-[\w\-]{10,}|(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}|AIza[\w\-]{35}|(?:sk|rk|pk)_(?:live|test)_\w{10,}|npm_\w{36}|eyJ[\w\-]{8,}\.eyJ[\w\-]{8,}\.[\w\-]*|-----BEGIN)")]
    private static partial Regex SecretTokenRegex();

    [GeneratedRegex(@"(?:[A-Za-z][A-Za-z0-9+.\-]*:|(?<=[=?&]))//+(?<h>[^/?#\s&'""<>]+)")]
    private static partial Regex NestedUrlRegex();

    [GeneratedRegex(@"[0-9a-fA-F]{32,}")]
    private static partial Regex HexRunRegex();

    [GeneratedRegex(@"\d{9,}")]
    private static partial Regex DigitRunRegex();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"[A-Za-z0-9+/_]{24,}={0,2}")]
    private static partial Regex Base64RunRegex();
}
