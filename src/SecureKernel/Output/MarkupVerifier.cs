using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SecureKernel.Output;

/// <summary>
/// Re-parses HTML with AngleSharp, as a browser would, and lists what could run script, clobber the page, submit data
/// or load a URL that the egress policy does not allow. Independent of the sanitizer's own code path: used as the
/// fail-closed post-check and by the tests. Thread-safe.
/// </summary>
internal static partial class MarkupVerifier
{
    private static readonly HashSet<string> s_forbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "fencedframe", "form", "input",
        "button", "select", "textarea", "option", "meta", "base", "link", "svg", "math", "template", "audio", "video", "source",
        "track", "picture", "animate", "set", "animatemotion", "animatetransform", "image", "use", "foreignobject", "xmp",
        "plaintext", "noembed", "noframes", "noscript", "isindex", "keygen", "dialog", "marquee", "bgsound", "xml", "import",
        "param", "listing", "slot", "search",
    };

    private static readonly HashSet<string> s_urlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "poster", "background", "action", "formaction", "data", "ping", "cite", "longdesc", "lowsrc",
        "dynsrc", "codebase", "usemap", "manifest", "icon", "xlink:href", "archive", "classid", "profile", "itemtype", "imagesrcset",
        "attributionsrc",
    };

    private static readonly HashSet<string> s_forbiddenAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "id", "form", "srcdoc", "is", "xmlns", "http-equiv", "autofocus", "popover", "popovertarget", "contenteditable",
        "tabindex", "class", "slot", "nonce", "integrity", "fetchpriority", "loading", "download", "target",
    };

    /// <summary>Lists violations (rule ids with the element name) in <paramref name="html"/>; empty when it is safe.</summary>
    public static IReadOnlyList<string> FindViolations(string html, UrlEgressPolicy policy, int maxImages)
    {
        ArgumentNullException.ThrowIfNull(html);
        var violations = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        string roundTrip;
        using (var first = parser.ParseDocument(html))
        {
            Scan(first, policy, maxImages, violations);
            roundTrip = (first.Head?.InnerHtml ?? "") + (first.Body?.InnerHtml ?? "");
        }

        // mXSS: what the serializer writes must parse to the same safe tree. (<noscript>, whose parse differs with
        // scripting off, is itself a violation, so one scripting mode suffices.)
        using (var second = parser.ParseDocument(roundTrip))
        {
            Scan(second, policy, maxImages, violations);
        }

        return violations.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Lists violations in one parse of <paramref name="html"/> (no serialize/parse round trip). For output whose every tag
    /// and attribute comes from <see cref="SafeMarkdownHtmlRenderer"/>. The scan rejects every element through which a
    /// serialize/parse round trip can turn text into markup (script/style and other raw-text elements, SVG/MathML,
    /// noscript, template, forms); what remains can only be re-nested by a second parse, not gain elements or attributes.
    /// </summary>
    public static IReadOnlyList<string> FindViolationsSingleParse(string html, UrlEgressPolicy policy, int maxImages)
    {
        ArgumentNullException.ThrowIfNull(html);
        var violations = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        using (var document = parser.ParseDocument(html))
        {
            Scan(document, policy, maxImages, violations);
        }

        return violations;
    }

    internal static void Scan(IDocument document, UrlEgressPolicy policy, int maxImages, List<string> violations)
    {
        int images = 0;
        foreach (var element in AllElements(document))
        {
            string name = element.LocalName.ToLowerInvariant();
            if (name is "html" or "head" or "body") 
            {
                if (element.Attributes.Length > 0) violations.Add("attribute-on-root:" + name);
                continue;
            }

            if (s_forbiddenElements.Contains(name)) violations.Add("element:" + name);
            if (element.NamespaceUri is { } ns && ns != NamespaceNames.HtmlUri) violations.Add("foreign-namespace:" + name);
            if (name == "img") images++;

            foreach (var attr in element.Attributes)
            {
                string an = attr.Name.ToLowerInvariant();
                if (an.StartsWith("on", StringComparison.Ordinal)) violations.Add("event-handler:" + name);
                else if (s_forbiddenAttributes.Contains(an) || an.Contains(':', StringComparison.Ordinal) && !s_urlAttributes.Contains(an))
                    violations.Add("attribute:" + an);
                else if (an == "style" && IsDangerousCss(attr.Value)) violations.Add("style-url-or-script:" + name);
                else if (an == "rel" && name != "a") violations.Add("attribute:rel");
                else if (s_urlAttributes.Contains(an)) CheckUrl(name, an, attr.Value, policy, violations);
            }
        }

        if (images > maxImages) violations.Add("image-cap");

        // Text inside <style>/<script> would already be flagged by element; CSS in any leftover style sheet too.
        foreach (var sheet in document.StyleSheets) violations.Add("stylesheet");
    }

    /// <summary>
    /// Every element in tree order, as <c>QuerySelectorAll("*")</c> returns them, without materializing the list (on a
    /// large answer that list is a large-object-heap array per call).
    /// </summary>
    internal static IEnumerable<IElement> AllElements(IDocument document)
    {
        // Child lists by index: AngleSharp's NextElementSibling searches the parent's list, quadratic on a long body.
        var stack = new Stack<(INodeList Children, int Next)>();
        stack.Push((document.ChildNodes, 0));
        while (stack.Count > 0)
        {
            var (children, next) = stack.Pop();
            if (next >= children.Length) continue;
            stack.Push((children, next + 1));
            if (children[next] is IElement element)
            {
                yield return element;
                if (element.ChildNodes.Length > 0) stack.Push((element.ChildNodes, 0));
            }
        }
    }

    private static void CheckUrl(string element, string attribute, string value, UrlEgressPolicy policy, List<string> violations)
    {
        if ((element is "a" or "area") && attribute == "href")
        {
            var d = policy.Evaluate(value, UrlUse.Link);
            bool ok = d.Verdict == UrlVerdict.Allow
                || (d.Verdict == UrlVerdict.StripQuery && string.Equals(d.Url, value, StringComparison.Ordinal) && !value.Contains('?') && !value.Contains('#'));
            if (!ok) violations.Add(IsScriptUrl(value) ? "script-url:a" : "link-not-allowed");
            return;
        }

        if (element == "img" && attribute == "src")
        {
            if (policy.Evaluate(value, UrlUse.Image).Verdict != UrlVerdict.Allow)
                violations.Add(IsScriptUrl(value) ? "script-url:img" : "image-not-allowed");
            return;
        }

        violations.Add((IsScriptUrl(value) ? "script-url:" : "url-attribute:") + element + "." + attribute);
    }

    /// <summary>Whether a URL, after the browser's clean-up, uses a scheme that runs script or renders active content.</summary>
    internal static bool IsScriptUrl(string value)
    {
        string v = UrlEgressPolicy.Clean(value, out _).ToLowerInvariant();
        return v.StartsWith("javascript:", StringComparison.Ordinal) || v.StartsWith("vbscript:", StringComparison.Ordinal)
            || v.StartsWith("livescript:", StringComparison.Ordinal) || v.StartsWith("mocha:", StringComparison.Ordinal)
            || (v.StartsWith("data:", StringComparison.Ordinal) && !v.StartsWith("data:image/png", StringComparison.Ordinal)
                && !v.StartsWith("data:image/gif", StringComparison.Ordinal) && !v.StartsWith("data:image/jpeg", StringComparison.Ordinal));
    }

    /// <summary>CSS that loads a URL or runs script: url(), image-set(), @import, expression(), -moz-binding, behavior.</summary>
    internal static bool IsDangerousCss(string css)
    {
        // The only style the Markdown renderer writes (table alignment): no function, escape, comment or at-rule.
        if (css is "text-align: left;" or "text-align: center;" or "text-align: right;") return false;
        string s = CssCommentRegex().Replace(css, "");
        s = CssEscapeRegex().Replace(s, m =>
        {
            string hex = m.Groups[1].Value;
            if (hex.Length == 0) return m.Groups[2].Value;
            return int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int cp) && cp is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
                ? char.ConvertFromUtf32(cp)
                : "\uFFFD";
        });
        s = CompatibilityNormalizer.Normalize(s).ToLowerInvariant();
        s = WhitespaceRegex().Replace(s, "");
        return s.Contains("url(", StringComparison.Ordinal) || s.Contains("image(", StringComparison.Ordinal) || s.Contains("image-set(", StringComparison.Ordinal)
            || s.Contains("@import", StringComparison.Ordinal) || s.Contains("expression(", StringComparison.Ordinal)
            || s.Contains("-moz-binding", StringComparison.Ordinal) || s.Contains("behavior", StringComparison.Ordinal)
            || s.Contains("javascript:", StringComparison.Ordinal) || s.Contains("src(", StringComparison.Ordinal) || s.Contains("element(", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/\*.*?(\*/|$)", RegexOptions.Singleline)]
    private static partial Regex CssCommentRegex();

    [GeneratedRegex(@"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", RegexOptions.Singleline)]
    private static partial Regex CssEscapeRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
