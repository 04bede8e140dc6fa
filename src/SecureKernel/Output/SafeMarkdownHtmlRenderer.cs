using System.Buffers;
using System.Globalization;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SecureKernel.Output;

/// <summary>
/// Renders a settled Markdown parse (the rewriter found nothing left to change) straight to HTML that is constrained by
/// construction, so that HtmlSanitizer and a first AngleSharp parse are not needed:
/// <list type="bullet">
/// <item>Only a closed set of syntax nodes is rendered (CommonMark blocks and inlines, GFM pipe tables, footnotes,
/// autolinks, emphasis extras); any other node, raw HTML included, makes it return null and the caller takes the full
/// HtmlSanitizer path.</item>
/// <item>Every tag comes from a fixed list written by this class (<c>p h1–h6 em strong del ins mark sub sup code pre a
/// img ul ol li blockquote hr br table thead tbody tr th td div</c>); the only attributes are <c>href src alt title
/// start rel referrerpolicy</c> and <c>style="text-align: …"</c> from a fixed list; never <c>id</c>, <c>class</c> or
/// <c>name</c>.</item>
/// <item>All text and every attribute value goes through one escape (<c>&amp; &lt; &gt; "</c>), and attribute values are
/// always double-quoted, so no text can open a tag, an attribute or a comment.</item>
/// <item>Every <c>href</c>/<c>src</c> is decided by the egress policy at render time: a link only when the policy allows
/// it (or strips its query) and its canonical form equals the URL in the parse; an image only when allowed, canonical,
/// and within the per-message cap. The attribute value is that canonical URL, so a browser sees exactly the URL the
/// policy checked.</item>
/// </list>
/// Thread-safe (no state).
/// </summary>
internal static class SafeMarkdownHtmlRenderer
{
    private static readonly SearchValues<char> s_escape = SearchValues.Create("&<>\"");

    /// <summary>Renders <paramref name="document"/>, or returns null when it holds anything outside the closed set above.</summary>
    public static string? TryRender(MarkdownDocument document, UrlEgressPolicy policy, int maxImages, int capacityHint)
    {
        // Small inputs get their buffer at once; large ones grow in StringBuilder's chunks (at most 8,000 chars each) rather
        // than one presized large-object-heap array, which would force a gen-2 collection per call.
        var context = new Context(policy, maxImages, new StringBuilder(Math.Min(capacityHint + (capacityHint / 4) + 64, 8000)));
        try
        {
            if (!WriteChildren(context, document, implicitParagraph: false)) return null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }

        return context.Output.ToString();
    }

    private sealed class Context(UrlEgressPolicy policy, int maxImages, StringBuilder output)
    {
        public UrlEgressPolicy Policy { get; } = policy;

        public int MaxImages { get; } = maxImages;

        public StringBuilder Output { get; } = output;

        public int Images { get; set; }

        public void EnsureLine()
        {
            if (Output.Length > 0 && Output[^1] != '\n') Output.Append('\n');
        }
    }

    private static bool WriteChildren(Context c, ContainerBlock container, bool implicitParagraph)
    {
        foreach (var child in container)
        {
            if (!WriteBlock(c, child, implicitParagraph)) return false;
        }

        return true;
    }

    private static bool WriteBlock(Context c, Block block, bool implicitParagraph)
    {
        var o = c.Output;
        switch (block)
        {
            case ParagraphBlock paragraph:
                if (!implicitParagraph)
                {
                    c.EnsureLine();
                    o.Append("<p>");
                }

                if (paragraph.Inline is not null && !WriteInlines(c, paragraph.Inline)) return false;
                if (!implicitParagraph)
                {
                    o.Append("</p>");
                    c.EnsureLine();
                }

                return true;
            case HeadingBlock heading:
                if (heading.Level is < 1 or > 6) return false;
                o.Append("<h").Append((char)('0' + heading.Level)).Append('>');
                if (heading.Inline is not null && !WriteInlines(c, heading.Inline)) return false;
                o.Append("</h").Append((char)('0' + heading.Level)).Append(">\n");
                return true;
            case ThematicBreakBlock:
                c.EnsureLine();
                o.Append("<hr />\n");
                return true;
            case CodeBlock code: // fenced and indented; the info string (a class) is not rendered
                c.EnsureLine();
                o.Append("<pre><code>");
                var lines = code.Lines;
                for (int i = 0; i < lines.Count; i++)
                {
                    AppendEscaped(o, lines.Lines[i].Slice.AsSpan());
                    o.Append('\n');
                }

                o.Append("</code></pre>\n");
                return true;
            case QuoteBlock quote:
                c.EnsureLine();
                o.Append("<blockquote>\n");
                if (!WriteChildren(c, quote, implicitParagraph: false)) return false;
                c.EnsureLine();
                o.Append("</blockquote>\n");
                return true;
            case ListBlock list:
                return WriteList(c, list);
            case Table table:
                return WriteTable(c, table);
            case FootnoteGroup group:
                c.EnsureLine();
                o.Append("<div>\n<hr />\n<ol>\n");
                foreach (var item in group)
                {
                    if (item is not Footnote footnote) return false;
                    o.Append("<li>\n");
                    if (!WriteChildren(c, footnote, implicitParagraph: false)) return false;
                    c.EnsureLine();
                    o.Append("</li>\n");
                }

                o.Append("</ol>\n</div>\n");
                return true;
            case LinkReferenceDefinitionGroup:
            case LinkReferenceDefinition:
            case BlankLineBlock:
            case EmptyBlock:
                // Definitions render as nothing (every use was rewritten to an inline link); so do blank lines.
                return true;
            default:
                // HtmlBlock (cannot be in a settled parse) and anything unknown: let the full sanitizer decide.
                return false;
        }
    }

    private static bool WriteList(Context c, ListBlock list)
    {
        var o = c.Output;
        c.EnsureLine();
        if (list.IsOrdered)
        {
            o.Append("<ol");
            if (list.OrderedStart is { Length: > 0 } start && start != list.DefaultOrderedStart)
            {
                foreach (char ch in start)
                {
                    if (!char.IsAsciiDigit(ch)) return false;
                }

                o.Append(" start=\"").Append(start).Append('"');
            }

            o.Append(">\n");
        }
        else
        {
            o.Append("<ul>\n");
        }

        foreach (var item in list)
        {
            if (item is not ListItemBlock listItem) return false;
            o.Append("<li>");
            if (!WriteChildren(c, listItem, implicitParagraph: !list.IsLoose)) return false;
            o.Append("</li>\n");
        }

        o.Append(list.IsOrdered ? "</ol>\n" : "</ul>\n");
        return true;
    }

    private static bool WriteTable(Context c, Table table)
    {
        var o = c.Output;
        c.EnsureLine();
        o.Append("<table>\n");
        bool headerOpen = false, hadHeader = false, bodyOpen = false;
        foreach (var rowBlock in table)
        {
            if (rowBlock is not TableRow row) return false;
            if (row.IsHeader)
            {
                if (bodyOpen) return false; // a header row after body rows: not something pipe tables produce
                if (!hadHeader) o.Append("<thead>\n");
                headerOpen = hadHeader = true;
            }
            else if (!bodyOpen)
            {
                if (headerOpen) o.Append("</thead>\n");
                headerOpen = false;
                o.Append("<tbody>\n");
                bodyOpen = true;
            }

            o.Append("<tr>\n");
            var columns = table.ColumnDefinitions;
            for (int i = 0; i < row.Count; i++)
            {
                if (row[i] is not TableCell cell || cell.ColumnSpan != 1 || cell.RowSpan != 1) return false;
                string tag = row.IsHeader ? "th" : "td";
                o.Append('<').Append(tag);
                if (columns.Count > 0)
                {
                    // Markdig's column choice: the cell's index when set, else its position, capped at the last column.
                    int column = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex;
                    switch (columns[Math.Min(column, columns.Count - 1)].Alignment)
                    {
                        case TableColumnAlign.Left: o.Append(" style=\"text-align: left;\""); break;
                        case TableColumnAlign.Center: o.Append(" style=\"text-align: center;\""); break;
                        case TableColumnAlign.Right: o.Append(" style=\"text-align: right;\""); break;
                    }
                }

                o.Append('>');
                if (!WriteChildren(c, cell, implicitParagraph: true)) return false;
                o.Append("</").Append(tag).Append(">\n");
            }

            o.Append("</tr>\n");
        }

        if (bodyOpen) o.Append("</tbody>\n");
        else if (headerOpen) o.Append("</thead>\n");
        o.Append("</table>\n");
        return true;
    }

    private static bool WriteInlines(Context c, ContainerInline container)
    {
        var o = c.Output;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendEscaped(o, literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    o.Append("<code>");
                    AppendEscaped(o, code.Content.AsSpan());
                    o.Append("</code>");
                    break;
                case HtmlEntityInline entity:
                    AppendEscaped(o, entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline lineBreak:
                    // As Markdig: a break that ends its container writes nothing.
                    if (lineBreak.NextSibling is null) break;
                    if (lineBreak.IsHard) o.Append("<br />");
                    c.EnsureLine();
                    break;
                case FootnoteLink footnoteLink:
                    if (!WriteFootnoteLink(c, footnoteLink)) return false;
                    break;
                case LinkInline link:
                    if (!(link.IsImage ? WriteImage(c, link) : WriteLink(c, link))) return false;
                    break;
                case AutolinkInline autolink:
                    if (!WriteAutolink(c, autolink)) return false;
                    break;
                case EmphasisInline emphasis:
                    string? tag = EmphasisTag(emphasis);
                    if (tag is null) return false;
                    o.Append('<').Append(tag).Append('>');
                    if (!WriteInlines(c, emphasis)) return false;
                    o.Append("</").Append(tag).Append('>');
                    break;
                case DelimiterInline delimiter:
                    // An unmatched "[" or "![" (or emphasis delimiter) stays text, as Markdig renders it.
                    AppendEscaped(o, delimiter.ToLiteral());
                    if (!WriteInlines(c, delimiter)) return false;
                    break;
                case ContainerInline plain when plain.GetType() == typeof(ContainerInline):
                    // A bare group (table cells wrap their content in one): only its children are rendered.
                    if (!WriteInlines(c, plain)) return false;
                    break;
                default:
                    // HtmlInline (cannot be in a settled parse) and anything unknown.
                    return false;
            }
        }

        return true;
    }

    /// <summary>The tags Markdig's emphasis renderer (with the emphasis-extras extension) uses; null for anything else.</summary>
    private static string? EmphasisTag(EmphasisInline emphasis) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('*' or '_', 2) => "strong",
        ('*' or '_', 1) => "em",
        ('~', 2) => "del",
        ('~', 1) => "sub",
        ('^', 1) => "sup",
        ('+', 2) => "ins",
        ('=', 2) => "mark",
        _ => null,
    };

    private static bool WriteLink(Context c, LinkInline link)
    {
        string? raw = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (raw is null) return false;
        var d = c.Policy.Evaluate(raw, UrlUse.Link);
        if (d.Verdict is not (UrlVerdict.Allow or UrlVerdict.StripQuery) || !string.Equals(d.Url, raw, StringComparison.Ordinal)) return false;
        var o = c.Output;
        o.Append("<a href=\"");
        AppendEscaped(o, raw);
        o.Append('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            o.Append(" title=\"");
            AppendEscaped(o, link.Title);
            o.Append('"');
        }

        AppendRel(o, raw);
        o.Append('>');
        if (!WriteInlines(c, link)) return false;
        o.Append("</a>");
        return true;
    }

    private static bool WriteImage(Context c, LinkInline image)
    {
        string? raw = image.GetDynamicUrl?.Invoke() ?? image.Url;
        if (raw is null) return false;
        var d = c.Policy.Evaluate(raw, UrlUse.Image);
        if (d.Verdict != UrlVerdict.Allow || !string.Equals(d.Url, raw, StringComparison.Ordinal) || ++c.Images > c.MaxImages) return false;
        var o = c.Output;
        o.Append("<img src=\"");
        AppendEscaped(o, raw);
        o.Append("\" alt=\"");
        if (!AppendAltText(o, image)) return false;
        o.Append('"');
        if (!string.IsNullOrEmpty(image.Title))
        {
            o.Append(" title=\"");
            AppendEscaped(o, image.Title);
            o.Append('"');
        }

        o.Append(" referrerpolicy=\"no-referrer\" />");
        return true;
    }

    private static bool WriteAutolink(Context c, AutolinkInline autolink)
    {
        string raw = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        var d = c.Policy.Evaluate(raw, UrlUse.Link);
        if (d.Verdict is not (UrlVerdict.Allow or UrlVerdict.StripQuery) || !string.Equals(d.Url, raw, StringComparison.Ordinal)) return false;
        var o = c.Output;
        o.Append("<a href=\"");
        AppendEscaped(o, raw);
        o.Append('"');
        AppendRel(o, raw);
        o.Append('>');
        AppendEscaped(o, autolink.Url);
        o.Append("</a>");
        return true;
    }

    private static bool WriteFootnoteLink(Context c, FootnoteLink link)
    {
        // Only integers go into these fragment URLs; they still pass the policy like every other href.
        string href = link.IsBackLink
            ? "#fnref:" + link.Index.ToString(CultureInfo.InvariantCulture)
            : "#fn:" + link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        var d = c.Policy.Evaluate(href, UrlUse.Link);
        if (d.Verdict != UrlVerdict.Allow || !string.Equals(d.Url, href, StringComparison.Ordinal)) return false;
        var o = c.Output;
        o.Append("<a href=\"").Append(href).Append("\">");
        if (link.IsBackLink) o.Append('\u21A9');
        else o.Append("<sup>").Append(link.Footnote.Order.ToString(CultureInfo.InvariantCulture)).Append("</sup>");
        o.Append("</a>");
        return true;
    }

    private static void AppendRel(StringBuilder o, string url)
    {
        if (url.Contains("//", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal))
            o.Append(" rel=\"nofollow noopener noreferrer\"");
    }

    /// <summary>The alt text as Markdig writes it: the label's text without markup.</summary>
    private static bool AppendAltText(StringBuilder o, ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: AppendEscaped(o, literal.Content.AsSpan()); break;
                case CodeInline code: AppendEscaped(o, code.Content.AsSpan()); break;
                case HtmlEntityInline entity: AppendEscaped(o, entity.Transcoded.AsSpan()); break;
                case LineBreakInline: o.Append('\n'); break;
                case ContainerInline nested: if (!AppendAltText(o, nested)) return false; break;
                case AutolinkInline autolink: AppendEscaped(o, autolink.Url); break;
                default: return false;
            }
        }

        return true;
    }

    /// <summary>Appends <paramref name="text"/> with <c>&amp; &lt; &gt; "</c> escaped: safe as element text and as a double-quoted attribute value.</summary>
    internal static void AppendEscaped(StringBuilder o, ReadOnlySpan<char> text)
    {
        while (true)
        {
            int i = text.IndexOfAny(s_escape);
            if (i < 0)
            {
                o.Append(text);
                return;
            }

            o.Append(text[..i]);
            o.Append(text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            text = text[(i + 1)..];
        }
    }
}
