using System.Net;
using Markdig;
using Microsoft.Extensions.Options;
using SecureKernel.Output;

namespace SecureKernel;

/// <summary>
/// Makes model output safe to render: HTML is sanitized with a configuration hardened for LLM output (no script, event
/// handlers, forms, frames, SVG/MathML, <c>name</c>/<c>id</c> clobbering, URL-loading CSS, meta refresh or base), and
/// one egress policy is applied to every URL (links, images, autolinks, reference definitions, footnotes, HTML URL
/// attributes): images load only from allowed hosts and up to a cap, links to other hosts are neutralized to text or
/// stripped of query data, and URLs that carry data never survive to hosts that are not allowed.
/// Markdown gets two outputs: safe Markdown (the policy applied to the Markdown text) and safe HTML rendered from it.
/// Thread-safe: create one instance and reuse it.
/// </summary>
public sealed class OutputSanitizer
{
    private readonly UrlEgressPolicy _policy;
    private readonly HtmlEgressSanitizer _html;
    private readonly MarkdownEgressRewriter _markdown;
    private readonly int _maxInputChars;
    private readonly int _maxImages;
    private readonly bool _verify;

    /// <summary>Creates a sanitizer with default options: no allowed hosts, so no remote image loads and no remote link is clickable.</summary>
    public OutputSanitizer()
        : this(new OutputSanitizerOptions())
    {
    }

    /// <summary>Creates a sanitizer; <paramref name="options"/> are validated and copied.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid; every error is listed.</exception>
    public OutputSanitizer(OutputSanitizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0) throw new OptionsValidationException(nameof(OutputSanitizerOptions), typeof(OutputSanitizerOptions), errors);
        _policy = new UrlEgressPolicy(options);
        _html = new HtmlEgressSanitizer(options, _policy);
        _markdown = new MarkdownEgressRewriter(options, _policy);
        _maxInputChars = options.MaxInputChars;
        _maxImages = options.MaxImagesPerMessage;
        _verify = options.VerifyOutput;
    }

    /// <summary>Sanitizes model output that is HTML.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="html"/> is longer than <see cref="OutputSanitizerOptions.MaxInputChars"/>.</exception>
    public SanitizedOutput SanitizeHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        CheckLength(html, nameof(html));
        var findings = new FindingCollector();
        string safe = SanitizeHtmlCore(html, findings);
        return new SanitizedOutput(safe, null, findings.ToList());
    }

    /// <summary>Sanitizes model output that is Markdown: returns safe Markdown and safe HTML rendered from it with Markdig (raw HTML escaped).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="markdown"/> is longer than <see cref="OutputSanitizerOptions.MaxInputChars"/>.</exception>
    public SanitizedOutput SanitizeMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        CheckLength(markdown, nameof(markdown));
        var findings = new FindingCollector();
        string safeMarkdown = _markdown.Rewrite(markdown, findings, out var settled);

        // Fast path: a settled parse rendered by the constrained renderer (fixed tags and attributes, everything escaped,
        // every URL decided by the policy at render time), then, when verifying, one AngleSharp parse of exactly that
        // string checked by the verifier. Anything the renderer does not know, or any violation, takes the full path.
        if (settled is not null && SafeMarkdownHtmlRenderer.TryRender(settled, _policy, _maxImages, markdown.Length) is { } fast
            && (!_verify || MarkupVerifier.FindViolationsSingleParse(fast, _policy, _maxImages).Count == 0))
        {
            return new SanitizedOutput(fast, safeMarkdown, findings.ToList());
        }

        string rendered;
        try
        {
            // The settled parse has no raw HTML (any would have been an edit), so rendering it equals rendering the
            // text with raw HTML disabled, without a third parse.
            rendered = settled is not null
                ? MarkdownEgressRewriter.RenderSettled(settled)
                : Markdown.ToHtml(safeMarkdown, MarkdownEgressRewriter.RenderPipeline);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            findings.Add(FindingKind.UnsafeMarkup, "markdown.render-failed.fail-closed");
            rendered = "<pre><code>" + WebUtility.HtmlEncode(markdown) + "</code></pre>";
            safeMarkdown = MarkdownEgressRewriter.CodeFence(markdown);
        }

        // Full path: the rendered HTML goes through HtmlSanitizer and the egress policy; what Markdig itself emits
        // (footnote ids, classes) is not a finding, anything about URLs or the post-check is.
        var renderFindings = new FindingCollector();
        string html = SanitizeHtmlCore(rendered, renderFindings);
        foreach (var f in renderFindings.ToList())
        {
            if (!f.Detail.StartsWith("html.", StringComparison.Ordinal)) findings.Add(f.Kind, f.Detail);
        }

        return new SanitizedOutput(html, safeMarkdown, findings.ToList());
    }

    /// <summary>
    /// Lists what in <paramref name="html"/> could run script, clobber the page, submit a form or load or link a URL that
    /// this sanitizer's policy does not allow, as re-parsed by AngleSharp. Empty when safe.
    /// </summary>
    internal IReadOnlyList<string> Verify(string html) => MarkupVerifier.FindViolations(html, _policy, _maxImages);

    private string SanitizeHtmlCore(string html, FindingCollector findings)
    {
        // HTML5 tree building is quadratic in nesting depth (AngleSharp: 20,000 nested <div> take seconds). Refuse
        // such depth before parsing: the input comes back as escaped text, which is inert.
        if (EstimateNestingDepth(html) > MaxHtmlNesting)
        {
            findings.Add(FindingKind.UnsafeMarkup, "html.too-deeply-nested.fail-closed");
            return WebUtility.HtmlEncode(html);
        }

        string safe = _html.Sanitize(html, findings);
        if (!_verify) return safe;
        if (MarkupVerifier.FindViolations(safe, _policy, _maxImages).Count == 0) return safe;

        // Fail closed: the post-check found something the sanitizer let through; keep only the text, escaped.
        findings.Add(FindingKind.UnsafeMarkup, "verify.failed-closed");
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var document = parser.ParseDocument(safe);
        return WebUtility.HtmlEncode(document.Body?.TextContent ?? "");
    }

    private const int MaxHtmlNesting = 512;

    private static readonly HashSet<string> s_voidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    /// <summary>
    /// An upper-bound estimate of element nesting from a linear scan of start and end tags (void elements and
    /// self-closing tags ignored). Over-estimates rather than under-estimates, which only makes the guard stricter.
    /// </summary>
    internal static int EstimateNestingDepth(string html)
    {
        int depth = 0, max = 0;
        for (int i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            char next = html[i + 1];
            if (next == '/')
            {
                if (depth > 0) depth--;
                continue;
            }

            if (!char.IsAsciiLetter(next)) continue;
            int end = i + 1;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-')) end++;
            if (s_voidElements.Contains(html[(i + 1)..end])) continue;
            int close = html.IndexOf('>', end, Math.Min(1024, html.Length - end));
            if (close > 0 && html[close - 1] == '/') continue;
            if (++depth > max) max = depth;
        }

        return max;
    }

    private void CheckLength(string input, string paramName)
    {
        if (input.Length > _maxInputChars)
            throw new ArgumentException($"Input is {input.Length} characters; the limit (MaxInputChars) is {_maxInputChars}.", paramName);
    }
}
