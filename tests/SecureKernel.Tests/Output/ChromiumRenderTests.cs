using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Markdig;

namespace SecureKernel.Tests.Output;

/// <summary>
/// Renders sanitized outputs in real headless Chromium (Debian's <c>chromium</c>, driven over the DevTools protocol)
/// from a page served on 127.0.0.1, with alert/confirm/prompt/print hooked and every network request recorded; DNS
/// for any other host is mapped to NOTFOUND so nothing leaves the machine. Skipped when /usr/bin/chromium is missing.
/// </summary>
[TestClass]
public sealed partial class ChromiumRenderTests
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string Allowed = "trusted.example";
    private const string Hook = "<script>window.alert=window.confirm=window.prompt=window.print=function(){try{top.__fired++;}catch(e){}};</script>";

    private static readonly OutputSanitizer s_sanitizer = new(new OutputSanitizerOptions { AllowedHosts = { Allowed } });

    private static readonly MarkdownPipeline s_client = new MarkdownPipelineBuilder()
        .UsePipeTables().UseAutoLinks().UseFootnotes().UseTaskLists().UseEmphasisExtras().Build();

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task SanitizedCorpus_InChromium_NoScriptRunsAndNoRequestLeaves()
    {
        if (!File.Exists(ChromiumPath)) Assert.Inconclusive($"{ChromiumPath} is not installed (apt-get install -y chromium).");
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
        };

        using var server = new PageServer(pages.ToDictionary(p => "/" + p.Key, p => BuildPage(p.Value)));
        await using var browser = await Browser.StartAsync(server.Port);

        var results = new Dictionary<string, (int Fired, List<string> Foreign)>();
        foreach (var name in pages.Keys)
        {
            results[name] = await browser.RenderAsync($"http://127.0.0.1:{server.Port}/{name}");
            Console.WriteLine($"chromium {name}: outputs={pages[name].Count} fired={results[name].Fired} foreign-requests={results[name].Foreign.Count}");
        }

        // Positive control: the harness must see script run from unsanitized vectors, or the test proves nothing.
        Assert.IsGreaterThan(0, results["control-raw-dompurify"].Fired, "control: raw DOMPurify vectors must fire");
        Assert.IsNotEmpty(results["control-raw-shapes"].Foreign, "control: raw Markdown shapes must try to reach the attacker host");
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

    private sealed partial class Browser : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly string _profile;
        private readonly ClientWebSocket _socket = new();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
        private readonly ConcurrentQueue<string> _requests = new();
        private int _dialogs;
        private int _nextId;
        private TaskCompletionSource _load = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private Browser(Process process, string profile)
        {
            _process = process;
            _profile = profile;
        }

        public static async Task<Browser> StartAsync(int serverPort)
        {
            string profile = Directory.CreateTempSubdirectory("sk-chromium-").FullName;
            var psi = new ProcessStartInfo(ChromiumPath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string a in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-default-apps", "--disable-sync", "--remote-debugging-port=0", $"--user-data-dir={profile}",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "about:blank",
            })
            {
                psi.ArgumentList.Add(a);
            }

            var process = Process.Start(psi)!;
            var browser = new Browser(process, profile);
            string? wsBrowser = null;
            var deadline = Stopwatch.StartNew();
            while (wsBrowser is null && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                string? line = await process.StandardError.ReadLineAsync();
                if (line is null) break;
                var m = DevToolsRegex().Match(line);
                if (m.Success) wsBrowser = m.Groups[1].Value;
            }

            if (wsBrowser is null) Assert.Inconclusive("Chromium started but printed no DevTools endpoint.");
            _ = process.StandardError.ReadToEndAsync();
            int port = new Uri(wsBrowser!).Port;
            using var http = new HttpClient();
            string list = await http.GetStringAsync($"http://127.0.0.1:{port}/json/list");
            using var targets = JsonDocument.Parse(list);
            string wsPage = targets.RootElement.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page").GetProperty("webSocketDebuggerUrl").GetString()!;
            await browser._socket.ConnectAsync(new Uri(wsPage), CancellationToken.None);
            _ = Task.Run(browser.ReceiveLoopAsync);
            await browser.SendAsync("Network.enable", new { });
            await browser.SendAsync("Page.enable", new { });
            return browser;
        }

        public async Task<(int Fired, List<string> Foreign)> RenderAsync(string url)
        {
            _requests.Clear();
            Interlocked.Exchange(ref _dialogs, 0);
            _load = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await SendAsync("Page.navigate", new { url });
            await Task.WhenAny(_load.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            await Task.Delay(1500); // timers, late loads
            var r = await SendAsync("Runtime.evaluate", new { expression = "window.__fired", returnByValue = true });
            int fired = r.TryGetProperty("result", out var res) && res.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : -1;
            var foreign = _requests.Where(u => !IsLocal(u)).Distinct().ToList();
            return (Math.Max(fired, 0) + _dialogs + (fired < 0 ? 1 : 0), foreign);
        }

        private static bool IsLocal(string url)
        {
            if (url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal)) return true;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var u)) return false;
            return u.Host == "127.0.0.1" || u.Host == Allowed || u.Host.EndsWith("." + Allowed, StringComparison.Ordinal);
        }

        private async Task<JsonElement> SendAsync(string method, object parameters)
        {
            int id = Interlocked.Increment(ref _nextId);
            var tcs = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = tcs;
            byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters });
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
            var done = await Task.WhenAny(tcs.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            if (done != tcs.Task) Assert.Fail($"DevTools call {method} timed out.");
            return await tcs.Task;
        }

        private async Task ReceiveLoopAsync()
        {
            var buffer = new byte[1 << 16];
            var message = new MemoryStream();
            while (_socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult result;
                try
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                }
                catch (Exception)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                using var doc = JsonDocument.Parse(message.ToArray());
                message.SetLength(0);
                var root = doc.RootElement;
                if (root.TryGetProperty("id", out var idEl) && _pending.TryRemove(idEl.GetInt32(), out var tcs))
                {
                    tcs.TrySetResult(root.TryGetProperty("result", out var r) ? r.Clone() : default);
                    continue;
                }

                switch (root.TryGetProperty("method", out var m) ? m.GetString() : null)
                {
                    case "Network.requestWillBeSent":
                        _requests.Enqueue(root.GetProperty("params").GetProperty("request").GetProperty("url").GetString() ?? "");
                        break;
                    case "Page.javascriptDialogOpening":
                        Interlocked.Increment(ref _dialogs);
                        _ = SendAsync("Page.handleJavaScriptDialog", new { accept = true });
                        break;
                    case "Page.loadEventFired":
                        _load.TrySetResult();
                        break;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_socket.State == WebSocketState.Open) await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            }
            catch (Exception)
            {
            }

            _socket.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
        private static partial Regex DevToolsRegex();
    }
}
