using System.Globalization;

namespace SecureKernel;

/// <summary>
/// Settings of <see cref="OutputSanitizer"/>: the URL egress policy (allowed hosts, schemes, images, links) and input limits.
/// The sanitizer copies them when it is created; later changes have no effect on an existing instance.
/// </summary>
/// <remarks>
/// Decision for data-carrying URLs: a URL to a host that is not allowed is removed entirely (not even shown as text)
/// when it carries data (secret-shaped tokens, long base64/hex or digit runs, e-mail addresses, credentials, invisible
/// characters, a nested URL to another host, or a match of <see cref="SensitiveDataInspector"/>). A URL to an allowed
/// host is kept unless it carries a secret-shaped token, credentials, a nested URL to a host that is not allowed, or
/// <see cref="SensitiveDataInspector"/> matches (canaries, PII): high-entropy data alone (content hashes on a CDN) is allowed there.
/// </remarks>
public sealed class OutputSanitizerOptions
{
    /// <summary>
    /// Hosts that links and images may point to. An entry <c>example.com</c> allows <c>example.com</c> and, when
    /// <see cref="AllowSubdomains"/> is set, every <c>*.example.com</c>. Internationalized names are compared in
    /// punycode form; a leading <c>*.</c> is accepted and means the same as the bare domain.
    /// </summary>
    /// <value>Empty by default: no remote image loads and no link is clickable.</value>
    public IList<string> AllowedHosts { get; set; } = new List<string>();

    /// <summary>Whether subdomains of an allowed host are allowed too.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool AllowSubdomains { get; set; } = true;

    /// <summary>URL schemes a link may use. Images only ever load over <c>https</c> or <c>http</c>.</summary>
    /// <value><c>https</c>, <c>http</c> and <c>mailto</c>. <c>javascript</c>, <c>vbscript</c>, <c>data</c> and <c>file</c> are refused by validation.</value>
    public IList<string> AllowedSchemes { get; set; } = new List<string> { "https", "http", "mailto" };

    /// <summary>Whether relative URLs (resolved against the page that shows the output) and fragment links are kept.</summary>
    /// <value>The default is <see langword="true"/>; <c>&lt;base&gt;</c> is always removed, so they resolve against the host page.</value>
    public bool AllowRelativeUrls { get; set; } = true;

    /// <summary>What happens to images that are not allowed.</summary>
    /// <value>The default is <see cref="OutputImagePolicy.ReplaceWithNotice"/>.</value>
    public OutputImagePolicy ImagePolicy { get; set; } = OutputImagePolicy.ReplaceWithNotice;

    /// <summary>What happens to links to hosts that are not allowed.</summary>
    /// <value>The default is <see cref="OutputLinkPolicy.Neutralize"/>.</value>
    public OutputLinkPolicy LinkPolicy { get; set; } = OutputLinkPolicy.Neutralize;

    /// <summary>Maximum number of images kept in one message; later ones are treated as not allowed. 0 removes every image.</summary>
    /// <value>The default is 8.</value>
    public int MaxImagesPerMessage { get; set; } = 8;

    /// <summary>Maximum input length in UTF-16 characters; longer input is refused with <see cref="ArgumentException"/>.</summary>
    /// <value>The default is 2,000,000.</value>
    public int MaxInputChars { get; set; } = 2_000_000;

    /// <summary>
    /// Re-parses every HTML result with AngleSharp (scripting on) and checks it for anything executable, any clobbering
    /// attribute and any URL the policy does not allow. HTML sanitized by HtmlSanitizer is checked again after a
    /// serialize/parse round trip (mXSS); Markdown rendered by the constrained renderer is checked on one parse, since the
    /// check admits no raw-text, foreign-content, template or form element, the only ways a round trip turns text into
    /// new elements or attributes. On a finding, Markdown falls back to the
    /// HtmlSanitizer path, and HTML is replaced by its text content, HTML-escaped (fail closed).
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool VerifyOutput { get; set; } = true;

    /// <summary>
    /// Optional hook for the PII redactor and the canary registry: called with the final, decoded URL; returning
    /// <see langword="true"/> marks the URL as carrying sensitive data, which removes it even for an allowed host.
    /// Must be thread-safe and must not throw; an exception is treated as <see langword="true"/> (fail closed).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Func<string, bool>? SensitiveDataInspector { get; set; }

    private static readonly string[] s_forbiddenSchemes = ["javascript", "vbscript", "data", "file", "livescript", "mocha", "blob", "filesystem", "jar"];

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (AllowedHosts is null)
        {
            errors.Add("AllowedHosts: must not be null.");
        }
        else
        {
            for (int i = 0; i < AllowedHosts.Count; i++)
            {
                if (NormalizeHostEntry(AllowedHosts[i]) is null)
                    errors.Add($"AllowedHosts[{i}]: not a valid host name (use a bare host such as example.com, no scheme, path or port).");
            }
        }

        if (AllowedSchemes is null)
        {
            errors.Add("AllowedSchemes: must not be null.");
        }
        else
        {
            for (int i = 0; i < AllowedSchemes.Count; i++)
            {
                string? s = AllowedSchemes[i];
                if (string.IsNullOrWhiteSpace(s) || !IsSchemeName(s))
                    errors.Add($"AllowedSchemes[{i}]: not a valid scheme name.");
                else if (s_forbiddenSchemes.Contains(s.ToLowerInvariant()))
                    errors.Add($"AllowedSchemes[{i}]: the scheme '{s.ToLowerInvariant()}' can run script or read local data and cannot be allowed.");
            }
        }

        if (!Enum.IsDefined(ImagePolicy)) errors.Add($"ImagePolicy: {(int)ImagePolicy} is not a valid OutputImagePolicy.");
        if (!Enum.IsDefined(LinkPolicy)) errors.Add($"LinkPolicy: {(int)LinkPolicy} is not a valid OutputLinkPolicy.");
        if (MaxImagesPerMessage is < 0 or > 1000) errors.Add("MaxImagesPerMessage: must be between 0 and 1000.");
        if (MaxInputChars is < 1 or > 100_000_000) errors.Add("MaxInputChars: must be between 1 and 100,000,000.");
        return errors;
    }

    /// <summary>Returns the punycode, lower-case form of an allow-list entry, or null when it is not a host name.</summary>
    internal static string? NormalizeHostEntry(string? entry)
    {
        if (string.IsNullOrWhiteSpace(entry)) return null;
        if (entry.Length > MaxCachedHostEntry) return NormalizeHostEntryCore(entry);

        // IdnMapping goes through ICU and dominated e-mail link checks; the function is pure, so results are memoized in
        // a small bounded cache (cleared when full: attacker-chosen names cannot grow it without limit).
        if (s_hostEntryCache.TryGetValue(entry, out string? cached)) return cached;
        string? normalized = NormalizeHostEntryCore(entry);
        if (s_hostEntryCache.Count >= MaxCachedHostEntries) s_hostEntryCache.Clear();
        s_hostEntryCache.TryAdd(entry, normalized);
        return normalized;
    }

    private const int MaxCachedHostEntry = 256;
    private const int MaxCachedHostEntries = 4096;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> s_hostEntryCache = new(StringComparer.Ordinal);

    private static string? NormalizeHostEntryCore(string entry)
    {
        string h = entry.Trim().TrimEnd('.');
        if (h.StartsWith("*.", StringComparison.Ordinal)) h = h[2..];
        if (h.Length == 0 || h.Length > 253) return null;
        foreach (char c in h)
        {
            if (c is '/' or '\\' or ':' or '@' or '?' or '#' or '*' or '%' || char.IsWhiteSpace(c) || char.IsControl(c)) return null;
        }

        try
        {
            h = new IdnMapping().GetAscii(h).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        return Uri.CheckHostName(h) is UriHostNameType.Dns or UriHostNameType.IPv4 ? h : null;
    }

    private static bool IsSchemeName(string s)
    {
        if (!char.IsAsciiLetter(s[0])) return false;
        foreach (char c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }

        return true;
    }
}
