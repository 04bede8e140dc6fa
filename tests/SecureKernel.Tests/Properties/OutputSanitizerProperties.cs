using AngleSharp.Html.Parser;
using Markdig;
using FsCheck.Fluent;
using SecureKernel.Tests.Output;

namespace SecureKernel.Tests.Properties;

[TestClass]
public sealed class OutputSanitizerProperties
{
    private const int Cases = 1000;
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

    private static void AssertSafe(string html, string input, string prefix = "")
    {
        string shown = PropertyGen.Show(input);
        List<string> problems = IndependentDomCheck.Problems(html, AllowedHost);
        Assert.IsEmpty(problems, $"{prefix}{string.Join("; ", problems)} for {shown} -> {html}");

        // Images never load from a host that is not allowed (relative sources resolve against the page, which is ours;
        // on Unix Uri also takes "/x" as an absolute file URI, so only http(s) and scheme-relative sources count as remote).
        using var doc = new HtmlParser().ParseDocument(html);
        foreach (var img in doc.QuerySelectorAll("img"))
        {
            string? src = img.GetAttribute("src");
            if (src is null) continue;
            string trimmed = src.Trim();
            bool remote = trimmed.StartsWith("//", StringComparison.Ordinal)
                || (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https");
            Assert.IsTrue(!remote || new Uri(trimmed.StartsWith("//", StringComparison.Ordinal) ? "https:" + trimmed : trimmed).IdnHost.EndsWith(AllowedHost, StringComparison.OrdinalIgnoreCase),
                $"{prefix}image from {src} for {shown}");
        }
    }
}
