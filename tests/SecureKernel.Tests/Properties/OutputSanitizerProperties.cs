using AngleSharp.Html.Parser;
using Markdig;
using FsCheck.Fluent;
using SecureKernel.Tests.Output;

namespace SecureKernel.Tests.Properties;

[TestClass]
public sealed class OutputSanitizerProperties
{
    private const int Cases = 1000;
    private const int NestedCases = 300;
    private const string AllowedHost = "trusted.example";

    private static readonly OutputSanitizer s_sanitizer = new(new OutputSanitizerOptions { AllowedHosts = { AllowedHost } });

    private static readonly string[] s_fragments =
    [
        "<script>", "</script>", "<script src=//evil.example/x.js>", "alert(1)", "<img src=", "<img src=x onerror=alert(1)>", " onerror=",
        " onload=", "onmouseover=\"", "javascript:", "JaVaScRiPt:", "java\tscript:", "vbscript:", "data:text/html;base64,PHNjcmlwdD4=",
        "&#106;avascript:", "&#x6A;avascript&#58;", "&#0000106", "&colon;", "&lt;script&gt;", "&amp;", "![x](http://evil.example/?q=",
        "![", "](", ")", "[a](//evil.example)", "[a](", "<http://evil.example/?d=", "<a href=", "</a>", "\"", "'", "`", "```", "\n\n",
        "http://trusted.example/", "https://evil.example/p?secret=", "//evil.example", "\\\\evil.example", "[r]: http://evil.example/x",
        "[r]", "![r]", "<svg onload=alert(1)>", "<math>", "<iframe src=", "<style>", "@import", "url(", "<base href=", "<meta http-equiv=refresh content=0;url=",
        "<form action=", "<object data=", "<!--", "-->", "<![CDATA[", "<noscript>", "<p>", "</p>", "<div ", "style=\"", "background:url(",
        ">", "<", "/", " ", "=", "x", "%0a", "\u0000", "&#0;",
    ];

    [TestMethod]
    public void SanitizeMarkdown_AnyText_OutputHasNothingExecutableOrExfiltrating()
    {
        PropertyGen.Check(Prop.ForAll(PropertyGen.Pieces(s_fragments), pieces =>
        {
            string input = string.Concat(pieces);
            SanitizedOutput output = s_sanitizer.SanitizeMarkdown(input);
            Assert.IsNotNull(output.Markdown);
            AssertSafe(output.Html, input);
            // The safe Markdown, rendered by a plain CommonMark renderer (raw HTML on), must be as safe as the HTML we produced.
            AssertSafe(Markdown.ToHtml(output.Markdown), input, "markdown re-render: ");
        }), Cases);
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    [DataRow(4)]
    [DataRow(5)]
    [DataRow(6)]
    [DataRow(7)]
    [DataRow(8)]
    public void SanitizeMarkdown_AnyTextInImageDescriptionsAndLinkText_MarkdownHasNothingExecutableOrExfiltrating(int nesting)
    {
        // The generated text embedded in an image description, link text, an image in a link, a table cell, emphasis or a
        // footnote (OutputCorpusTests.Nestings). The safe Markdown must hold no raw HTML node anywhere, and render safely
        // both in a naive client and in one that shows image descriptions as HTML captions.
        string wrapper = OutputCorpusTests.Nestings[nesting];
        PropertyGen.Check(Prop.ForAll(PropertyGen.Pieces(s_fragments), pieces =>
        {
            string input = OutputCorpusTests.Nest(wrapper, string.Concat(pieces));
            SanitizedOutput output = s_sanitizer.SanitizeMarkdown(input);
            Assert.IsNotNull(output.Markdown);
            AssertSafe(output.Html, input);
            var raw = MarkdownClients.RawHtml(output.Markdown);
            Assert.IsEmpty(raw, $"raw HTML {string.Join(", ", raw)} left for {PropertyGen.Show(input)} -> {output.Markdown}");
            AssertSafe(MarkdownClients.Render(output.Markdown), input, "markdown client: ", client: true);
            AssertSafe(MarkdownClients.RenderWithCaptions(output.Markdown), input, "markdown client with captions: ", client: true);
        }), NestedCases);
    }

    [TestMethod]
    public void SanitizeMarkdown_WithoutVerification_AnyText_OutputHasNothingExecutableOrExfiltrating()
    {
        // No AngleSharp re-parse in the Markdown path: the constrained renderer must be safe by construction.
        var unverified = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { AllowedHost }, VerifyOutput = false });
        PropertyGen.Check(Prop.ForAll(PropertyGen.Pieces(s_fragments), pieces =>
        {
            string input = string.Concat(pieces);
            SanitizedOutput output = unverified.SanitizeMarkdown(input);
            AssertSafe(output.Html, input);
            Assert.AreEqual(s_sanitizer.SanitizeMarkdown(input).Html, output.Html, "verification must not change safe output for " + PropertyGen.Show(input));
        }), Cases);
    }

    [TestMethod]
    public void SanitizeHtml_AnyText_OutputHasNothingExecutableOrExfiltrating()
    {
        PropertyGen.Check(Prop.ForAll(PropertyGen.Pieces(s_fragments), pieces =>
        {
            string input = string.Concat(pieces);
            SanitizedOutput output = s_sanitizer.SanitizeHtml(input);
            Assert.IsNull(output.Markdown);
            AssertSafe(output.Html, input);
        }), Cases);
    }

    [TestMethod]
    public void Sanitize_TooLong_ThrowsArgumentException_OnlyThen()
    {
        var small = new OutputSanitizer(new OutputSanitizerOptions { MaxInputChars = 64 });
        PropertyGen.Check(Prop.ForAll(PropertyGen.Pieces(s_fragments), pieces =>
        {
            string input = string.Concat(pieces);
            if (input.Length > 64)
            {
                Assert.ThrowsExactly<ArgumentException>(() => small.SanitizeHtml(input));
                Assert.ThrowsExactly<ArgumentException>(() => small.SanitizeMarkdown(input));
            }
            else
            {
                AssertSafe(small.SanitizeHtml(input).Html, input);
                AssertSafe(small.SanitizeMarkdown(input).Html, input);
            }
        }), Cases);
    }

    [TestMethod]
    public void Checker_FlagsUnsafeHtml_AndPassesSafeHtml()
    {
        // The property is only as good as its checker: it must reject each of these and accept the safe ones.
        foreach (string bad in new[]
        {
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\" java\tscript:alert(1)\">x</a>", "<a href=\"VBScript:x\">x</a>",
            "<img src=\"data:image/png,x\">", "<img src=\"https://evil.example/x.png\">", "<img src=\"//evil.example/x\">", "<a href=\"https://evil.example/\">x</a>",
        })
        {
            Assert.Throws<AssertFailedException>(() => AssertSafe(bad, bad), bad);
        }

        foreach (string good in new[] { "<p>x</p>", "<img src=\"https://trusted.example/a.png\">", "<a href=\"docs/a:b\">x</a>", "<a href=\"http://trusted.example/javascript:x\">x</a>" })
        {
            AssertSafe(good, good);
        }
    }

    private static void AssertSafe(string html, string input, string prefix = "", bool client = false)
    {
        string shown = PropertyGen.Show(input);

        // Elements, handlers and clobbering attributes: the independent checker as is. Its URL rules are stricter than
        // this property (any "javascript:" substring, any relative URL with a colon) and flag safe URLs such as
        // "http://trusted.example/javascript:x" or "a/b:c", so URLs are checked below the way a browser parses them.
        List<string> problems = IndependentDomCheck.Problems(html, AllowedHost)
            .Where(p => !p.StartsWith("script url in ", StringComparison.Ordinal) && !p.StartsWith("autoload ", StringComparison.Ordinal) && !p.StartsWith("link ", StringComparison.Ordinal))
            .Where(p => !client || p != "attribute id") // a client's own footnote ids are its markup, not the model's
            .ToList();
        Assert.IsEmpty(problems, $"{prefix}{string.Join("; ", problems)} for {shown} -> {html}");

        foreach (bool scripting in new[] { true, false })
        {
            using var doc = new HtmlParser(new HtmlParserOptions { IsScripting = scripting }).ParseDocument(html);
            foreach (var element in doc.QuerySelectorAll("*"))
            {
                foreach (var attribute in element.Attributes)
                {
                    string name = attribute.Name.ToLowerInvariant();
                    if (name is not ("href" or "src" or "srcset" or "action" or "formaction" or "poster" or "background" or "cite" or "data" or "xlink:href" or "ping"))
                        continue;

                    string url = BrowserUrl(attribute.Value);
                    string? scheme = Scheme(url);
                    Assert.IsFalse(scheme is "javascript" or "vbscript" or "data", $"{prefix}{scheme}: URL in {element.LocalName}.{name} for {shown} -> {html}");
                    Assert.IsTrue(scheme is null or "http" or "https" or "mailto", $"{prefix}scheme {scheme} in {element.LocalName}.{name} for {shown} -> {html}");
                    bool remote = scheme is "http" or "https" || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("/\\", StringComparison.Ordinal) || url.StartsWith("\\", StringComparison.Ordinal);
                    if (remote)
                    {
                        // Images, and with the default Neutralize link policy links too, only to allowed hosts.
                        string absolute = scheme is null ? "https:" + url.Replace('\\', '/') : url.Replace('\\', '/');
                        Assert.IsTrue(Uri.TryCreate(absolute, UriKind.Absolute, out var uri) && (uri.IdnHost == AllowedHost || uri.IdnHost.EndsWith("." + AllowedHost, StringComparison.Ordinal)),
                            $"{prefix}{element.LocalName}.{name} to {url} for {shown} -> {html}");
                    }
                }
            }
        }
    }

    /// <summary>What a browser's URL parser starts from: leading/trailing C0 controls and spaces stripped, tabs and newlines removed.</summary>
    private static string BrowserUrl(string value) =>
        new string(value.Trim('\u0000', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\u0008', '\u0009', '\u000A', '\u000B', '\u000C', '\u000D', '\u000E', '\u000F',
            '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016', '\u0017', '\u0018', '\u0019', '\u001A', '\u001B', '\u001C', '\u001D', '\u001E', '\u001F', ' ')
            .Where(c => c is not ('\t' or '\n' or '\r')).ToArray());

    /// <summary>The scheme as the WHATWG URL parser reads it (ASCII letter, then letters, digits, + - .), or null for a relative URL.</summary>
    private static string? Scheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return null;
        int i = 1;
        while (i < url.Length && (char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.')) i++;
        return i < url.Length && url[i] == ':' ? url[..i].ToLowerInvariant() : null;
    }
}
