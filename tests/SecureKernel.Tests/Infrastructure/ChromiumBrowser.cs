using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SecureKernel.Tests.Infrastructure;

/// <summary>
/// Headless Chromium (Debian's <c>/usr/bin/chromium</c>) driven over the DevTools protocol, for tests that render pages
/// in a real browser. DNS for every host other than 127.0.0.1 maps to NOTFOUND, so nothing leaves the machine, and
/// every request the page tries is recorded (<see cref="Requests"/>); JavaScript dialogs are counted and dismissed.
/// Tests call <see cref="SkipIfMissing"/> first: without Chromium they end inconclusive.
/// </summary>
internal sealed partial class ChromiumBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private int _dialogs;
    private int _nextId;
    private TaskCompletionSource _load = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromiumBrowser(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Every URL the page requested since the last <see cref="ClearRecords"/>.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>JavaScript dialogs (alert, confirm, prompt, print) opened since the last <see cref="ClearRecords"/>.</summary>
    public int Dialogs => Volatile.Read(ref _dialogs);

    /// <summary>Ends the test as inconclusive when Chromium is not installed.</summary>
    public static void SkipIfMissing()
    {
        if (!File.Exists(ChromiumPath)) Assert.Inconclusive($"{ChromiumPath} is not installed (apt-get install -y chromium).");
    }

    /// <summary>Starts Chromium with one page target, network and page events enabled; optionally with a fixed viewport.</summary>
    public static async Task<ChromiumBrowser> StartAsync(int? width = null, int? height = null)
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
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        })
        {
            psi.ArgumentList.Add(a);
        }

        if (width is not null && height is not null) { psi.ArgumentList.Add($"--window-size={width},{height}"); psi.ArgumentList.Add("--hide-scrollbars"); }
        psi.ArgumentList.Add("about:blank");

        var process = Process.Start(psi)!;
        var browser = new ChromiumBrowser(process, profile);
        string? wsBrowser = null;
        var deadline = Stopwatch.StartNew();
        while (wsBrowser is null && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            string? line = await process.StandardError.ReadLineAsync();
            if (line is null) break;
            var m = DevToolsRegex().Match(line);
            if (m.Success) wsBrowser = m.Groups[1].Value;
        }

        if (wsBrowser is null)
        {
            await browser.DisposeAsync();
            Assert.Inconclusive("Chromium started but printed no DevTools endpoint.");
        }

        _ = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        int port = new Uri(wsBrowser!).Port;
        using var http = new HttpClient();
        string list = await http.GetStringAsync($"http://127.0.0.1:{port}/json/list");
        using var targets = JsonDocument.Parse(list);
        string wsPage = targets.RootElement.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page").GetProperty("webSocketDebuggerUrl").GetString()!;
        await browser._socket.ConnectAsync(new Uri(wsPage), CancellationToken.None);
        _ = Task.Run(browser.ReceiveLoopAsync);
        await browser.SendAsync("Network.enable", new { });
        await browser.SendAsync("Page.enable", new { });
        if (width is not null && height is not null)
            await browser.SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false });
        return browser;
    }

    /// <summary>Forgets recorded requests and dialogs.</summary>
    public void ClearRecords()
    {
        _requests.Clear();
        Interlocked.Exchange(ref _dialogs, 0);
    }

    /// <summary>Runs <paramref name="source"/> in every new document before its own scripts (content security policy does not apply).</summary>
    public Task AddInitScriptAsync(string source) => SendAsync("Page.addScriptToEvaluateOnNewDocument", new { source });

    /// <summary>
    /// Navigates and waits for the load event: at most <paramref name="timeout"/> (default 180 s; a loaded machine can
    /// take long on heavy pages) for both together. Throws <see cref="TimeoutException"/> when the navigation is not
    /// committed or the page does not finish loading in time, so a caller never reads a half-loaded page as a result.
    /// </summary>
    public async Task NavigateAsync(string url, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(180);
        var sw = Stopwatch.StartNew();
        _load = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var r = await SendAsync("Page.navigate", new { url }, limit);
        if (r.ValueKind == JsonValueKind.Object && r.TryGetProperty("errorText", out var error))
            throw new InvalidOperationException($"Navigation to {url} failed: {error}");
        var left = limit - sw.Elapsed;
        if (left <= TimeSpan.Zero || await Task.WhenAny(_load.Task, Task.Delay(left)) != _load.Task)
            throw new TimeoutException($"{url} did not fire its load event within {limit.TotalSeconds:F0} s.");
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value (by value; promises awaited).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var r = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (r.TryGetProperty("exceptionDetails", out var ex)) Assert.Fail($"Script failed: {expression}: {ex}");
        return r.TryGetProperty("result", out var res) && res.TryGetProperty("value", out var v) ? v.Clone() : default;
    }

    /// <summary>Polls <paramref name="condition"/> (a JavaScript boolean expression) until it is true; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(string condition, TimeSpan timeout, string what)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout)
        {
            if ((await EvaluateAsync($"!!({condition})")).ValueKind == JsonValueKind.True) return;
            await Task.Delay(100);
        }

        Assert.Fail($"Timed out waiting for {what} ({condition}).");
    }

    /// <summary>Clicks the centre of the first element matching <paramref name="selector"/> with real mouse events.</summary>
    public async Task ClickAsync(string selector)
    {
        var box = await EvaluateAsync($"(() => {{ const e = document.querySelector({JsonSerializer.Serialize(selector)}); if (!e) return null; e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); return {{ x: r.x + r.width / 2, y: r.y + r.height / 2 }}; }})()");
        if (box.ValueKind != JsonValueKind.Object) Assert.Fail($"No element matches {selector}.");
        double x = box.GetProperty("x").GetDouble(), y = box.GetProperty("y").GetDouble();
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseMoved", x, y });
        await SendAsync("Input.dispatchMouseEvent", new { type = "mousePressed", x, y, button = "left", clickCount = 1 });
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseReleased", x, y, button = "left", clickCount = 1 });
    }

    /// <summary>Focuses the element matching <paramref name="selector"/> (by clicking it) and types <paramref name="text"/>.</summary>
    public async Task TypeAsync(string selector, string text)
    {
        await ClickAsync(selector);
        await SendAsync("Input.insertText", new { text });
    }

    /// <summary>Saves a PNG screenshot of the whole page.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var r = await SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true });
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(r.GetProperty("data").GetString()!));
    }

    /// <summary>Sends a DevTools command and returns its result (throws <see cref="TimeoutException"/> after 60 s).</summary>
    public Task<JsonElement> SendAsync(string method, object parameters) => SendAsync(method, parameters, TimeSpan.FromSeconds(60));

    /// <summary>Sends a DevTools command and returns its result (throws <see cref="TimeoutException"/> after <paramref name="timeout"/>: the browser is hung or starved).</summary>
    public async Task<JsonElement> SendAsync(string method, object parameters, TimeSpan timeout)
    {
        int id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters });
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        var done = await Task.WhenAny(tcs.Task, Task.Delay(timeout));
        if (done != tcs.Task)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException($"DevTools call {method} timed out after {timeout.TotalSeconds:F0} s.");
        }

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
