using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;

namespace SecureKernel.Testing.Internal;

/// <summary>
/// Finds URLs to a host in an answer as a permissive Markdown client would render it (GFM extensions, autolinks, raw HTML
/// passed through): the URL candidates in every attribute value and every <c>&lt;style&gt;</c> text of the rendered
/// HTML are resolved against a page URL, as a browser would, and their hosts compared. Text that is only shown (escaped
/// markup, a host name in prose) and relative URLs that merely contain the host in their path do not count.
/// </summary>
internal static partial class RenderedUrlFinder
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly Uri s_page = new("https://app.invalid/chat/");

    public static bool HasUrlToHost(string markdown, string host)
    {
        if (markdown.IndexOf(host, StringComparison.OrdinalIgnoreCase) < 0) return false;
        string html = Markdown.ToHtml(markdown, s_pipeline);
        using var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (Candidates(attribute.Value).Any(c => PointsTo(c, host))) return true;
            }
            if (element.LocalName == "style" && Candidates(element.TextContent).Any(c => PointsTo(c, host))) return true;
        }
        return false;
    }

    /// <summary>The URL-like tokens of an attribute or CSS text: whitespace/comma-separated words, <c>url(…)</c> and <c>url=…</c> values.</summary>
    private static IEnumerable<string> Candidates(string value)
    {
        foreach (Match m in CssUrlRegex().Matches(value)) yield return m.Groups["u"].Value;
        foreach (string token in value.Split([' ', '\t', '\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return token.StartsWith("url=", StringComparison.OrdinalIgnoreCase) ? token[4..] : token;
        }
    }

    private static bool PointsTo(string candidate, string host)
    {
        string c = candidate.Trim().Trim('"', '\'');
        if (c.IndexOf(host, StringComparison.OrdinalIgnoreCase) < 0) return false;
        if (!Uri.TryCreate(s_page, c, out Uri? uri)) return false;
        string h = uri.IdnHost;
        return h.Equals(host, StringComparison.OrdinalIgnoreCase) || h.EndsWith("." + host, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"url\(\s*['""]?(?<u>[^'"")\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssUrlRegex();
}
