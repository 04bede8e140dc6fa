using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SecureKernel.Output;

/// <summary>
/// Applies the egress policy to Markdown text itself: parses it with Markdig (CommonMark plus GFM tables, autolinks,
/// footnotes), rewrites every link, image, autolink, reference definition and raw HTML anywhere in the tree (image
/// descriptions, link text, table cells, emphasis, footnotes and block containers included) through source-span edits, and
/// repeats until a parse finds nothing left to change (so text that becomes Markdown after an edit is checked too).
/// If that does not settle, the whole text is returned inside a code fence (fail closed). Thread-safe.
/// </summary>
internal sealed class MarkdownEgressRewriter
{
    private const int MaxPasses = 6;
    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    internal static readonly MarkdownPipeline ParsePipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation().UsePipeTables().UseFootnotes().UseAutoLinks().UseEmphasisExtras().Build();

    /// <summary>Renders a settled parse (no raw HTML left in it) to HTML.</summary>
    public static string RenderSettled(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        ParsePipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    internal static readonly MarkdownPipeline RenderPipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseFootnotes().UseAutoLinks().UseEmphasisExtras().DisableHtml().Build();

    private readonly UrlEgressPolicy _policy;
    private readonly OutputImagePolicy _imagePolicy;
    private readonly int _maxImages;

    public MarkdownEgressRewriter(OutputSanitizerOptions options, UrlEgressPolicy policy)
    {
        _policy = policy;
        _imagePolicy = options.ImagePolicy;
        _maxImages = options.MaxImagesPerMessage;
    }

    /// <summary>Returns safe Markdown for <paramref name="markdown"/>.</summary>
    /// <param name="markdown">The input.</param>
    /// <param name="findings">Where findings go.</param>
    /// <param name="settled">
    /// The parse of the returned text when it settled (it then holds no raw HTML, so it renders like the
    /// <see cref="RenderPipeline"/>); null when the text was fenced as code instead.
    /// </param>
    public string Rewrite(string markdown, FindingCollector findings, out MarkdownDocument? settled)
    {
        settled = null;
        string text = markdown;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            MarkdownDocument document;
            try
            {
                document = Markdown.Parse(text, ParsePipeline);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
            {
                // Markdig refuses pathological nesting; the text is returned as inert code.
                findings.Add(FindingKind.UnsafeMarkup, "markdown.parse-failed.fail-closed");
                return CodeFence(markdown);
            }

            var state = new State(text, findings);
            CollectBlock(document, state.Edits, state);
            if (state.Edits.Count == 0)
            {
                settled = document;
                return text;
            }

            text = Apply(text, 0, text.Length, state.Edits);
        }

        findings.Add(FindingKind.UnsafeMarkup, "markdown.not-settled.fail-closed");
        return CodeFence(markdown);
    }

    private void CollectBlock(Block block, List<Edit> edits, State state)
    {
        switch (block)
        {
            case HtmlBlock html:
                state.Findings.Add(FindingKind.UnsafeMarkup, "markdown.raw-html-escaped");
                edits.Add(new Edit(html.Span.Start, html.Span.End + 1, EscapeHtml(state.Slice(html.Span))));
                return;
            case Markdig.Extensions.Footnotes.FootnoteLinkReferenceDefinition:
                return;
            case LinkReferenceDefinition definition:
                var d = _policy.Evaluate(definition.Url, UrlUse.Link);
                if (d.Rule is not null && d.Verdict == UrlVerdict.Remove) state.Findings.Add(d.Kind, d.Rule);
                // Every use of a definition is rewritten to an inline link with the checked URL, so definitions go.
                if (!definition.Span.IsEmpty) edits.Add(new Edit(definition.Span.Start, definition.Span.End + 1, ""));
                return;
            case CodeBlock:
                return;
            case LeafBlock leaf when leaf.Inline is not null:
                CollectInlines(leaf.Inline, edits, state);
                return;
            case ContainerBlock container:
                foreach (var child in container) CollectBlock(child, edits, state);
                return;
        }
    }

    private void CollectInlines(ContainerInline container, List<Edit> edits, State state)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline link:
                    HandleLink(link, edits, state);
                    break;
                case AutolinkInline autolink:
                    HandleAutolink(autolink, edits, state);
                    break;
                case HtmlInline html:
                    state.Findings.Add(FindingKind.UnsafeMarkup, "markdown.raw-html-escaped");
                    edits.Add(new Edit(html.Span.Start, html.Span.End + 1, EscapeHtml(state.Slice(html.Span))));
                    break;
                case ContainerInline nested:
                    CollectInlines(nested, edits, state);
                    break;
            }
        }
    }

    private void HandleAutolink(AutolinkInline autolink, List<Edit> edits, State state)
    {
        string url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        var d = _policy.Evaluate(url, UrlUse.Link);
        if (d.Rule is not null) state.Findings.Add(d.Kind, d.Rule);
        string original = state.Slice(autolink.Span);
        string replacement = d.Verdict switch
        {
            UrlVerdict.Allow or UrlVerdict.StripQuery => "<" + d.Url + ">",
            UrlVerdict.Neutralize => Code(d.Url!),
            _ => @"\[link removed\]",
        };
        if (replacement != original) edits.Add(new Edit(autolink.Span.Start, autolink.Span.End + 1, replacement));
    }

    private void HandleLink(LinkInline link, List<Edit> edits, State state)
    {
        string? raw = link.GetDynamicUrl?.Invoke() ?? link.Url;
        string original = state.Slice(link.Span);
        string replacement;
        if (link.IsImage)
        {
            var d = _policy.Evaluate(raw, UrlUse.Image);
            if (d.Verdict == UrlVerdict.Allow && state.Images < _maxImages)
            {
                state.Images++;
                if (link.Reference is null && raw == d.Url && original.Contains("](", StringComparison.Ordinal))
                {
                    // An inline image whose source is already the checked URL keeps its description, but that description
                    // is Markdown too: raw HTML in it is escaped and nested images, links and autolinks go through the
                    // policy like anywhere else (a client may render the description, not only use it as alt text).
                    var childEdits = new List<Edit>();
                    CollectInlines(link, childEdits, state);
                    replacement = Apply(state.Source, link.Span.Start, link.Span.End + 1, childEdits);
                }
                else
                {
                    replacement = "![" + Escape(PlainText(link, state)) + "](<" + d.Url + ">)";
                }
            }
            else
            {
                string alt = PlainText(link, state);
                if (d.Verdict == UrlVerdict.Allow) state.Findings.Add(FindingKind.Exfiltration, "image.cap-exceeded");
                else if (d.Rule is not null) state.Findings.Add(d.Kind, d.Rule);
                replacement = _imagePolicy == OutputImagePolicy.Remove ? ""
                    : @"\[image: " + Escape(alt.Length > 0 ? alt : "untitled") + (d.Url is null ? @", removed\]" : @"\] " + Code(d.Url));
            }
        }
        else
        {
            var d = _policy.Evaluate(raw, UrlUse.Link);
            if (d.Rule is not null) state.Findings.Add(d.Kind, d.Rule);
            if (link.IsAutoLink)
            {
                replacement = d.Verdict switch
                {
                    UrlVerdict.Allow => original == d.Url ? original : "<" + d.Url + ">",
                    UrlVerdict.StripQuery => "<" + d.Url + ">",
                    UrlVerdict.Neutralize => Code(d.Url!),
                    _ => @"\[link removed\]",
                };
            }
            else if (d.Verdict == UrlVerdict.Allow && link.Reference is null && raw == d.Url && original.Contains("](", StringComparison.Ordinal))
            {
                // An inline link whose destination is already the checked URL keeps its text; only nested images change.
                var childEdits = new List<Edit>();
                CollectInlines(link, childEdits, state);
                replacement = Apply(state.Source, link.Span.Start, link.Span.End + 1, childEdits);
            }
            else
            {
                var childEdits = new List<Edit>();
                CollectInlines(link, childEdits, state);
                string label = "";
                if (link.FirstChild is not null && link.LastChild is not null && !link.FirstChild.Span.IsEmpty && !link.LastChild.Span.IsEmpty)
                    label = Apply(state.Source, link.FirstChild.Span.Start, link.LastChild.Span.End + 1, childEdits);
                string plain = UrlEgressPolicy.Clean(PlainText(link, state: null), out _);
                bool labelIsUrl = plain.Length == 0 || plain.Contains("://", StringComparison.Ordinal) || plain.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                    || plain.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
                replacement = d.Verdict switch
                {
                    UrlVerdict.Allow or UrlVerdict.StripQuery => "[" + label + "](<" + d.Url + ">)",
                    UrlVerdict.Neutralize => labelIsUrl ? Code(d.Url!) : label + " (" + Code(d.Url!) + ")",
                    _ => labelIsUrl ? @"\[link removed\]" : label + @" \[link removed\]",
                };
            }
        }

        if (replacement != original) edits.Add(new Edit(link.Span.Start, link.Span.End + 1, replacement));
    }

    /// <summary>
    /// The plain text of a description or label (callers escape it before it goes back into Markdown). Raw HTML in it is
    /// kept as text, as CommonMark does for alt text, and reported as escaped when <paramref name="state"/> is given;
    /// nested images contribute nothing (their URLs are dropped with them).
    /// </summary>
    private static string PlainText(ContainerInline container, State? state)
    {
        var sb = new StringBuilder();
        if (AppendPlain(container, sb) && state is not null) state.Findings.Add(FindingKind.UnsafeMarkup, "markdown.raw-html-escaped");
        return sb.ToString().Replace('\n', ' ').Replace('\r', ' ').Trim();
    }

    private static bool AppendPlain(ContainerInline container, StringBuilder sb)
    {
        bool html = false;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
                case HtmlInline raw: sb.Append(raw.Tag); html = true; break;
                case LineBreakInline: sb.Append(' '); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline nested: html |= AppendPlain(nested, sb); break;
            }
        }

        return html;
    }

    /// <summary>Backslash-escapes every ASCII punctuation character so the text stays literal.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (Punctuation.Contains(c, StringComparison.Ordinal)) sb.Append('\\');
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A code span: not a link, not auto-linked and not unfurled by chat clients.</summary>
    internal static string Code(string text)
    {
        int run = 0, max = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            max = Math.Max(max, run);
        }

        string fence = new('`', max + 1);
        return text.StartsWith('`') || text.EndsWith('`') ? fence + " " + text + " " + fence : fence + text + fence;
    }

    internal static string CodeFence(string text)
    {
        int run = 0, max = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            max = Math.Max(max, run);
        }

        string fence = new('`', Math.Max(3, max + 1));
        return fence + "text\n" + text + "\n" + fence + "\n";
    }

    private static string EscapeHtml(string raw) => raw.Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Apply(string source, int start, int end, List<Edit> edits)
    {
        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sb = new StringBuilder(Math.Min(end - start + 64, 8000)); // chunks, not one large-object-heap array
        int pos = start;
        foreach (var e in edits)
        {
            if (e.Start < pos || e.End > end) continue; // overlapping or outside: cannot happen with outermost-first edits
            sb.Append(source, pos, e.Start - pos).Append(e.Replacement);
            pos = e.End;
        }

        sb.Append(source, pos, end - pos);
        return sb.ToString();
    }

    private readonly record struct Edit(int Start, int End, string Replacement);

    private sealed class State(string source, FindingCollector findings)
    {
        public string Source { get; } = source;

        public FindingCollector Findings { get; } = findings;

        public List<Edit> Edits { get; } = [];

        public int Images { get; set; }

        public string Slice(SourceSpan span) => span.IsEmpty || span.Start < 0 ? "" : Source.Substring(span.Start, Math.Min(span.Length, Source.Length - span.Start));
    }
}
