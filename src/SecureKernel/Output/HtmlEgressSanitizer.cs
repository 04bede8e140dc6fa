using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace SecureKernel.Output;

/// <summary>
/// HtmlSanitizer configured for LLM output, followed by the URL egress policy applied on the sanitized DOM.
/// The allow-lists are built once; each call gets its own <see cref="HtmlSanitizer"/> so that the event handlers
/// that record findings never share state across threads.
/// </summary>
internal sealed class HtmlEgressSanitizer
{
    private static readonly string[] s_tags =
    [
        "a", "abbr", "b", "bdi", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr", "center", "font", "big", "section",
        "article", "aside", "header", "footer", "nav", "main", "address", "abbr", "acronym",
    ];

    private static readonly string[] s_attributes =
    [
        "href", "src", "alt", "title", "width", "height", "align", "valign", "colspan", "rowspan", "start", "reversed", "type",
        "lang", "dir", "abbr", "scope", "headers", "datetime", "open", "span", "color", "size", "face", "border", "cellpadding",
        "cellspacing", "nowrap", "value", "style",
    ];

    private static readonly string[] s_cssProperties =
    [
        "text-align", "vertical-align", "color", "background-color", "font-weight", "font-style", "font-size",
        "font-variant", "text-decoration", "text-decoration-line", "text-decoration-style", "text-decoration-color", "text-transform",
        "white-space", "word-break", "word-wrap", "overflow-wrap", "line-height", "letter-spacing", "text-indent",
        "padding", "padding-left", "padding-right", "padding-top", "padding-bottom", "margin", "margin-left", "margin-right",
        "margin-top", "margin-bottom", "border-collapse", "border-spacing", "width", "height", "max-width", "min-width",
        "display", "float", "clear", "direction",
    ];

    private static readonly string[] s_uriAttributes =
    [
        "href", "src", "srcset", "poster", "background", "action", "formaction", "data", "ping", "cite", "longdesc", "lowsrc",
        "dynsrc", "codebase", "usemap", "manifest", "icon", "xlink:href", "archive", "classid", "imagesrcset",
    ];

    private readonly HtmlSanitizerOptions _options;
    private readonly UrlEgressPolicy _policy;
    private readonly OutputImagePolicy _imagePolicy;
    private readonly int _maxImages;

    public HtmlEgressSanitizer(OutputSanitizerOptions options, UrlEgressPolicy policy)
    {
        _policy = policy;
        _imagePolicy = options.ImagePolicy;
        _maxImages = options.MaxImagesPerMessage;
        _options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(s_tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(s_attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(s_cssProperties, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(options.AllowedSchemes.Select(s => s.Trim().ToLowerInvariant()), StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(s_uriAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal),
            AllowCssCustomProperties = false,
            AllowDataAttributes = false,
        };
    }

    /// <summary>Sanitizes <paramref name="html"/>, recording what it changed in <paramref name="findings"/>.</summary>
    public string Sanitize(string html, FindingCollector findings)
    {
        var sanitizer = new HtmlSanitizer(_options)
        {
            // Disallow CSS values that load or evaluate anything, on top of the property allow-list.
            DisallowCssPropertyValue = new System.Text.RegularExpressions.Regex(
                @"[<>]|\b(?:url|image|image-set|src|element|expression|attr|var|env)\s*\(|@import|-moz-binding|behavior|javascript:|\\",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1)),
        };
        sanitizer.RemovingTag += (_, e) => findings.Add(FindingKind.UnsafeMarkup, "html.tag-removed");
        sanitizer.RemovingAttribute += (_, e) =>
        {
            string n = e.Attribute.Name.ToLowerInvariant();
            // A dropped name/id is a clobbering attempt; on* handlers and URL attributes are script vectors.
            findings.Add(FindingKind.UnsafeMarkup, n.StartsWith("on", StringComparison.Ordinal) ? "html.event-handler-removed"
                : n is "name" or "id" ? "html.clobbering-attribute-removed"
                : e.Reason == RemoveReason.NotAllowedUrlValue ? "html.url-not-allowed-removed"
                : "html.attribute-removed");
        };
        sanitizer.RemovingStyle += (_, e) => findings.Add(FindingKind.UnsafeMarkup, "html.style-removed");
        sanitizer.RemovingAtRule += (_, e) => findings.Add(FindingKind.UnsafeMarkup, "html.css-at-rule-removed");
        sanitizer.RemovingCssClass += (_, e) => { };
        sanitizer.PostProcessDom += (_, e) => ApplyEgress(e.Document, findings);
        return sanitizer.Sanitize(html);
    }

    private void ApplyEgress(IHtmlDocument document, FindingCollector findings)
    {
        var body = document.Body;
        if (body is null) return;
        int images = 0;
        foreach (var element in body.QuerySelectorAll("*").ToArray())
        {
            if (element.Parent is null) continue;
            string name = element.LocalName;
            foreach (var attr in element.Attributes.ToArray())
            {
                string an = attr.Name.ToLowerInvariant();
                bool linkHref = name is "a" && an == "href";
                bool imgSrc = name is "img" && an == "src";
                if (!linkHref && !imgSrc && Array.IndexOf(s_uriAttributes, an) >= 0)
                {
                    element.RemoveAttribute(attr.Name);
                    findings.Add(FindingKind.Exfiltration, "html.url-attribute-removed");
                }
            }

            if (name == "img")
            {
                ApplyImage(document, element, ref images, findings);
            }
            else if (name == "a" && element.GetAttribute("href") is { } href)
            {
                ApplyLink(document, element, href, findings);
            }
        }
    }

    private void ApplyImage(IHtmlDocument document, IElement img, ref int images, FindingCollector findings)
    {
        string? src = img.GetAttribute("src");
        if (src is null) return;
        var d = _policy.Evaluate(src, UrlUse.Image);
        if (d.Verdict == UrlVerdict.Allow && images < _maxImages)
        {
            images++;
            img.SetAttribute("src", d.Url!);
            img.SetAttribute("referrerpolicy", "no-referrer");
            return;
        }

        if (d.Verdict == UrlVerdict.Allow)
        {
            findings.Add(FindingKind.Exfiltration, "image.cap-exceeded");
        }
        else if (d.Rule is not null)
        {
            findings.Add(d.Kind, d.Rule);
        }

        string? displayUrl = d.Verdict == UrlVerdict.Allow ? d.Url : d.Url;
        if (_imagePolicy == OutputImagePolicy.Remove)
        {
            img.Remove();
            return;
        }

        var notice = document.CreateElement("span");
        string alt = img.GetAttribute("alt") ?? "";
        notice.AppendChild(document.CreateTextNode("[image: " + (alt.Length > 0 ? alt : "untitled") + (displayUrl is null ? ", removed]" : "] ")));
        if (displayUrl is not null)
        {
            var code = document.CreateElement("code");
            code.TextContent = displayUrl;
            notice.AppendChild(code);
        }

        img.Replace(notice);
    }

    private void ApplyLink(IHtmlDocument document, IElement a, string href, FindingCollector findings)
    {
        var d = _policy.Evaluate(href, UrlUse.Link);
        if (d.Rule is not null) findings.Add(d.Kind, d.Rule);
        switch (d.Verdict)
        {
            case UrlVerdict.Allow:
            case UrlVerdict.StripQuery:
                a.SetAttribute("href", d.Url!);
                if (d.Url!.Contains("//", StringComparison.Ordinal) || d.Url.StartsWith("mailto:", StringComparison.Ordinal)) a.SetAttribute("rel", "nofollow noopener noreferrer");
                return;
            case UrlVerdict.Neutralize:
                Unwrap(document, a, d.Url, null);
                return;
            default:
                Unwrap(document, a, null, d.Kind == FindingKind.UnsafeMarkup ? " [link removed]" : " [link removed: it carried data]");
                return;
        }
    }

    /// <summary>Replaces a link by its content followed by the URL as code text (or a notice): nothing clickable remains.</summary>
    private static void Unwrap(IHtmlDocument document, IElement a, string? displayUrl, string? notice)
    {
        var parent = a.Parent!;
        string text = UrlEgressPolicy.Clean(a.TextContent, out _);
        string href = UrlEgressPolicy.Clean(a.GetAttribute("href") ?? "", out _);
        bool labelIsUrl = text.Length == 0 || text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || string.Equals(text, href, StringComparison.OrdinalIgnoreCase)
            || (href.Length > 0 && href.EndsWith(text, StringComparison.OrdinalIgnoreCase));
        if (!labelIsUrl)
        {
            foreach (var c in a.ChildNodes.ToArray()) parent.InsertBefore(c, a);
        }

        if (displayUrl is not null)
        {
            if (!labelIsUrl) parent.InsertBefore(document.CreateTextNode(" ("), a);
            var code = document.CreateElement("code");
            code.TextContent = displayUrl;
            parent.InsertBefore(code, a);
            if (!labelIsUrl) parent.InsertBefore(document.CreateTextNode(")"), a);
        }
        else if (notice is not null)
        {
            parent.InsertBefore(document.CreateTextNode(labelIsUrl ? notice.TrimStart() : notice), a);
        }

        a.Remove();
    }
}
