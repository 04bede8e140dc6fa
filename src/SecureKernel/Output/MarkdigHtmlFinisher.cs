using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace SecureKernel.Output;

/// <summary>
/// The fast path for HTML that Markdig rendered from already-safe Markdown with raw HTML disabled: one AngleSharp parse,
/// Markdig's own <c>id</c>/<c>class</c> attributes removed, then a strict allow-list (elements Markdig emits, a handful of
/// attributes, <c>text-align</c> as the only style) plus the egress policy on every <c>href</c>/<c>src</c>, and a second
/// parse of the serialized result. Anything outside the allow-list makes it return null, and the caller falls back to
/// the full HtmlSanitizer path.
/// </summary>
internal static partial class MarkdigHtmlFinisher
{
    private static readonly HashSet<string> s_elements = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "ins", "mark", "sub", "sup", "code",
        "pre", "a", "img", "ul", "ol", "li", "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "div", "span",
    };

    private static readonly HashSet<string> s_attributes = new(StringComparer.Ordinal) { "href", "src", "alt", "title", "start", "style", "rel", "referrerpolicy" };

    public static string? TryFinish(string rendered, UrlEgressPolicy policy, int maxImages, bool verify)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        string html;
        using (var document = parser.ParseDocument(rendered))
        {
            int images = 0;
            foreach (var element in document.QuerySelectorAll("*"))
            {
                string name = element.LocalName;
                if (!s_elements.Contains(name) || element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri) return null;
                element.RemoveAttribute("id");
                element.RemoveAttribute("class");
                foreach (var attr in element.Attributes)
                {
                    if (!s_attributes.Contains(attr.Name)) return null;
                    if (attr.Name == "style" && !TextAlignRegex().IsMatch(attr.Value)) return null;
                }

                if (name == "a" && element.GetAttribute("href") is { } href)
                {
                    var d = policy.Evaluate(href, UrlUse.Link);
                    if (d.Verdict is not (UrlVerdict.Allow or UrlVerdict.StripQuery) || d.Url != href) return null;
                    if (href.Contains("//", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                        element.SetAttribute("rel", "nofollow noopener noreferrer");
                }
                else if (name == "img")
                {
                    var d = policy.Evaluate(element.GetAttribute("src"), UrlUse.Image);
                    if (d.Verdict != UrlVerdict.Allow || d.Url != element.GetAttribute("src") || ++images > maxImages) return null;
                    element.SetAttribute("referrerpolicy", "no-referrer");
                }
                else if (element.HasAttribute("href") || element.HasAttribute("src"))
                {
                    return null;
                }
            }

            html = document.Body?.InnerHtml ?? "";
        }

        if (!verify) return html;
        var violations = new List<string>();
        using (var again = parser.ParseDocument(html))
        {
            MarkupVerifier.Scan(again, policy, maxImages, violations);
        }

        return violations.Count == 0 ? html : null;
    }

    [GeneratedRegex(@"^\s*text-align:\s*(?:left|right|center);?\s*$")]
    private static partial Regex TextAlignRegex();
}
