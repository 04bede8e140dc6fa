using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Markdig;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Output;

/// <summary>
/// Renders sanitized outputs in real headless Chromium (Debian's <c>chromium</c>, driven over the DevTools protocol)
/// from a page served on 127.0.0.1, with alert/confirm/prompt/print hooked and every network request recorded; DNS
/// for any other host is mapped to NOTFOUND so nothing leaves the machine. Skipped when /usr/bin/chromium is missing. The browser harness is <see cref="ChromiumBrowser"/>.
/// </summary>
// A real browser is CPU-hungry: run alone, not beside other tests on the two workers, so machine load cannot time it out.
[TestClass]
[DoNotParallelize]
public sealed class ChromiumRenderTests
{
    private const string Allowed = "trusted.example";
    private const string Hook = "<script>window.alert=window.confirm=window.prompt=window.print=function(){try{top.__fired++;}catch(e){}};</script>";

    private static readonly OutputSanitizer s_sanitizer = new(new OutputSanitizerOptions { AllowedHosts = { Allowed } });

    private static readonly int[] s_captionNestings = [0, 2];

    // Frames per served page, and render attempts per page (a fresh browser each) before a hang fails the test.
    private const int PageSize = 80;
    private const int MaxAttempts = 3;

    private static readonly MarkdownPipeline s_client = new MarkdownPipelineBuilder()
        .UsePipeTables().UseAutoLinks().UseFootnotes().UseTaskLists().UseEmphasisExtras().Build();

    [TestMethod]
    [Timeout(1_200_000, CooperativeCancellation = true)]
    public async Task SanitizedCorpus_InChromium_NoScriptRunsAndNoRequestLeaves()
    {
        ChromiumBrowser.SkipIfMissing();
        var vectors = SharedData.XssVectors();
        var shapes = SharedData.Shapes();

        var pages = new Dictionary<string, List<string>>
        {
            ["control-raw-dompurify"] = vectors.Where(v => v.Set == "dompurify").Select(v => v.Payload).ToList(),
            ["control-raw-shapes"] = shapes.Select(s => Markdown.ToHtml(s.Markdown, s_client)).ToList(),
            ["xss-html"] = vectors.Select(v => s_sanitizer.SanitizeHtml(v.Payload).Html).ToList(),
            ["xss-md-html"] = vectors.Select(v => s_sanitizer.SanitizeMarkdown(v.Payload).Html).ToList(),
            ["xss-md-client"] = vectors.Select(v => Markdown.ToHtml(s_sanitizer.SanitizeMarkdown(v.Payload).Markdown!, s_client)).ToList(),
            ["shapes-html"] = shapes.Select(s => s_sanitizer.SanitizeHtml(Markdown.ToHtml(s.Markdown, s_client)).Html).ToList(),
            ["shapes-md-html"] = shapes.Select(s => s_sanitizer.SanitizeMarkdown(s.Markdown).Html).ToList(),
            ["shapes-md-client"] = shapes.Select(s => Markdown.ToHtml(s_sanitizer.SanitizeMarkdown(s.Markdown).Markdown!, s_client)).ToList(),

            // Vectors inside image descriptions (kept, and as nested images and links in one), shown by a client
            // that renders descriptions as HTML captions; the control is the same, unsanitized.
            ["control-raw-nested-captions"] = vectors.Where(v => v.Set == "dompurify").Select(v => MarkdownClients.RenderWithCaptions(OutputCorpusTests.Nest(OutputCorpusTests.Nestings[0], v.Payload))).ToList(),
        };
        foreach (int n in s_captionNestings)
        {
            // One page per nesting, the size of the other pages.
            pages[$"xss-md-nested{n}-captions"] = vectors.Select(v => OutputCorpusTests.Nest(OutputCorpusTests.Nestings[n], v.Payload))
                .Select(md => MarkdownClients.RenderWithCaptions(s_sanitizer.SanitizeMarkdown(md).Markdown!)).ToList();
        }

        // Each set is served as pages of at most PageSize frames: a page of ~570 frames took minutes to load on a
        // starved CI machine, and one hung navigation lost the whole run.
        var served = new Dictionary<string, string>();
        var parts = new Dictionary<string, List<string>>();
        foreach (var (name, outputs) in pages)
        {
            parts[name] = [];
            for (int i = 0; i * PageSize < outputs.Count; i++)
            {
                string path = $"/{name}/{i}";
                served[path] = BuildPage(outputs.Skip(i * PageSize).Take(PageSize).ToList());
                parts[name].Add(path);
            }
        }

        using var server = new PageServer(served);
        var browser = await ChromiumBrowser.StartAsync();
        var results = new Dictionary<string, (int Fired, List<string> Foreign)>();
        try
        {
            foreach (var name in pages.Keys)
            {
                int fired = 0, retries = 0;
                var foreign = new List<string>();
                var sw = Stopwatch.StartNew();
                foreach (string path in parts[name])
                {
                    for (int attempt = 1; ; attempt++)
                    {
                        try
                        {
                            var (f, r) = await RenderAsync(browser, $"http://127.0.0.1:{server.Port}{path}");
                            fired += f;
                            foreign.AddRange(r);
                            break;
                        }
                        catch (TimeoutException e) when (attempt < MaxAttempts)
                        {
                            // The browser hung or was starved (not a verdict on the page): render the same page again
                            // in a fresh browser. A page that never loads still fails the test after MaxAttempts.
                            Console.WriteLine($"chromium {path}: attempt {attempt} timed out ({e.Message}); restarting the browser");
                            retries++;
                            await browser.DisposeAsync();
                            browser = await ChromiumBrowser.StartAsync();
                        }
                    }
                }

                results[name] = (fired, foreign.Distinct().ToList());
                Console.WriteLine($"chromium {name}: outputs={pages[name].Count} pages={parts[name].Count} fired={fired} foreign-requests={results[name].Foreign.Count} retries={retries} seconds={sw.Elapsed.TotalSeconds:F1}");
            }
        }
        finally
        {
            await browser.DisposeAsync();
        }

        // Positive control: the harness must see script run from unsanitized vectors, or the test proves nothing.
        Assert.IsGreaterThan(0, results["control-raw-dompurify"].Fired, "control: raw DOMPurify vectors must fire");
        Assert.IsNotEmpty(results["control-raw-shapes"].Foreign, "control: raw Markdown shapes must try to reach the attacker host");
        Assert.IsGreaterThan(0, results["control-raw-nested-captions"].Fired, "control: raw vectors in image descriptions must fire in a caption-rendering client");
        foreach (var (name, (fired, foreign)) in results.Where(r => !r.Key.StartsWith("control-", StringComparison.Ordinal)))
        {
            Assert.AreEqual(0, fired, $"{name}: script ran");
            Assert.IsEmpty(foreign, $"{name}: requests to hosts that are not allowed: {string.Join(", ", foreign.Take(10))}");
        }
    }

    private static string BuildPage(List<string> outputs)
    {
        var sb = new StringBuilder("<!doctype html><html><head><meta charset=utf-8><script>window.__fired=0;</script>").Append(Hook).Append("</head><body>");
        foreach (string html in outputs)
        {
            // Each output in its own srcdoc frame (same origin): <script>, meta refresh and base take effect there.
            sb.Append("<iframe srcdoc=\"").Append(WebUtility.HtmlEncode(Hook + html)).Append("\"></iframe>");
        }

        return sb.Append("</body></html>").ToString();
    }

    private sealed class PageServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Dictionary<string, string> _pages;

        public PageServer(Dictionary<string, string> pages)
        {
            _pages = pages;
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public int Port { get; }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext ctx;
                try
                {
                    ctx = await _listener.GetContextAsync();
                }
                catch (Exception)
                {
                    return;
                }

                byte[] body = Encoding.UTF8.GetBytes(_pages.TryGetValue(ctx.Request.Url!.AbsolutePath, out var page) ? page : "");
                ctx.Response.StatusCode = page is null ? 404 : 200;
                ctx.Response.ContentType = "text/html; charset=utf-8";
                await ctx.Response.OutputStream.WriteAsync(body);
                ctx.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }

    private static async Task<(int Fired, List<string> Foreign)> RenderAsync(ChromiumBrowser browser, string url)
    {
        browser.ClearRecords();
        await browser.NavigateAsync(url, TimeSpan.FromSeconds(120));
        await Task.Delay(1500); // timers, late loads
        var v = await browser.EvaluateAsync("window.__fired");
        int fired = v.ValueKind == JsonValueKind.Number ? v.GetInt32() : -1;
        var foreign = browser.Requests.Where(u => !IsLocal(u)).Distinct().ToList();
        return (Math.Max(fired, 0) + browser.Dialogs + (fired < 0 ? 1 : 0), foreign);
    }

    private static bool IsLocal(string url)
    {
        if (url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal)) return true;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u)) return false;
        return u.Host == "127.0.0.1" || u.Host == Allowed || u.Host.EndsWith("." + Allowed, StringComparison.Ordinal);
    }
}
