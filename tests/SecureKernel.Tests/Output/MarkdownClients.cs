using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SecureKernel.Tests.Output;

/// <summary>
/// How clients that render the safe Markdown themselves may show it, written independently of the library: a naive
/// GFM-style renderer (raw HTML on), the same renderer showing every image description as an HTML caption (raw HTML on,
/// nested images and links live), and a syntax-tree scan for raw HTML and URLs anywhere, image descriptions included.
/// </summary>
internal static class MarkdownClients
{
    /// <summary>Raw HTML on, tables, autolinks (bare URLs and www.), footnotes, task lists, strikethrough, media links.</summary>
    public static MarkdownPipeline Naive { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables().UseAutoLinks().UseFootnotes().UseTaskLists().UseEmphasisExtras().UseMediaLinks().Build();

    /// <summary>The naive client's HTML.</summary>
    public static string Render(string markdown) => Markdown.ToHtml(markdown, Naive);

    /// <summary>
    /// The naive client's HTML, but each image is followed by its description rendered as HTML (raw HTML on), the way a
    /// client with image captions shows it. Markdig itself drops raw HTML from alt text, so this is what exposes raw HTML
    /// or live images left inside an image description.
    /// </summary>
    public static string RenderWithCaptions(string markdown)
    {
        var document = Markdown.Parse(markdown, Naive);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new CaptionLinkRenderer());
        Naive.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Every raw HTML node (block or inline) anywhere in the naive client's parse, as "kind: text".</summary>
    public static List<string> RawHtml(string markdown) =>
        Markdown.Parse(markdown, Naive).Descendants()
            .Select(o => o switch
            {
                HtmlBlock block => "html block: " + block.Lines.ToString(),
                HtmlInline inline => "html inline: " + inline.Tag,
                _ => null,
            })
            .OfType<string>().ToList();

    /// <summary>Every link, image and autolink destination anywhere in the naive client's parse, image descriptions included.</summary>
    public static List<(string Kind, string Url)> Urls(string markdown) =>
        Markdown.Parse(markdown, Naive).Descendants()
            .Select(o => o switch
            {
                LinkInline link => (link.IsImage ? "image" : "link", link.GetDynamicUrl?.Invoke() ?? link.Url ?? ""),
                AutolinkInline auto => ("autolink", auto.Url),
                _ => ((string, string)?)null,
            })
            .OfType<(string, string)>().ToList();

    private sealed class CaptionLinkRenderer : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            bool html = renderer.EnableHtmlForInline;
            base.Write(renderer, link);
            if (!link.IsImage || !html) return; // inside an alt attribute: plain text only, as Markdig does

            renderer.Write("<span>");
            renderer.WriteChildren(link);
            renderer.Write("</span>");
        }
    }
}
