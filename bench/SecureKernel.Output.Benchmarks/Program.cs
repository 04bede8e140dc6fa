// dotnet run -c Release --project bench/SecureKernel.Output.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project bench/SecureKernel.Output.Benchmarks -- per-type   (Stopwatch: cost of each PII type alone)
using System.Diagnostics;
using BenchmarkDotNet.Running;
using SecureKernel;
using SecureKernel.Benchmarks;

if (args.Length > 0 && args[0] == "per-type")
{
    string text = BenchmarkInputs.MixedText(1 << 20);
    var sets = PiiEntityTypes.All.Select(t => (Name: t, Types: (IReadOnlyList<string>)[t])).ToList();
    sets.Add(("pattern-based", PiiEntityTypes.PatternBased));
    sets.AddRange(PiiEntityTypes.PatternBased.Select(t => ("pattern-based minus " + t, (IReadOnlyList<string>)PiiEntityTypes.PatternBased.Where(x => x != t).ToList())));
    // Optional: per-type NAME RUNS measures only that set (e.g. per-type pattern-based 30).
    string? only = args.Length > 1 ? args[1] : null;
    int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
    foreach ((string type, IReadOnlyList<string> types) in sets)
    {
        if (only is not null && type != only)
        {
            continue;
        }

        var redactor = new PiiRedactor(new PiiRedactorOptions { EntityTypes = types });
        redactor.Analyze(text);
        // Wall time and this process's CPU time, best of RUNS each: on a shared machine the CPU figure excludes waiting for a core.
        double best = double.MaxValue;
        double bestCpu = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < runs; i++)
        {
            process.Refresh();
            TimeSpan cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            redactor.Analyze(text);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu0).TotalMilliseconds);
        }

        Console.WriteLine($"{type,-44} wall {best,8:F2} ms, CPU {bestCpu,8:F2} ms per {text.Length:N0} chars");
    }

    return;
}

if (args.Length > 0 && args[0] == "md-breakdown")
{
    // Stopwatch (best of 10) of each stage of SanitizeMarkdown on the benchmark's 64 KB answer.
    string md = BenchmarkInputs.Markdown(64 * 1024);
    var options = new OutputSanitizerOptions { AllowedHosts = { "trusted.example" } };
    var policy = new SecureKernel.Output.UrlEgressPolicy(options);
    var rewriter = new SecureKernel.Output.MarkdownEgressRewriter(options, policy);
    var sanitizer = new OutputSanitizer(options);
    Markdig.Syntax.MarkdownDocument? settled = null;
    string safe = "";
    string rendered = "";
    string? finished = null;
    void Time(string name, Action action)
    {
        action();
        double best = double.MaxValue;
        for (int i = 0; i < 10; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{name,-40} {best,8:F2} ms");
    }

    Time("Markdig parse (rewriter pipeline)", () => Markdig.Markdown.Parse(md, SecureKernel.Output.MarkdownEgressRewriter.ParsePipeline));
    Time("rewrite (all passes)", () => safe = rewriter.Rewrite(md, new SecureKernel.Output.FindingCollector(), out settled));
    Time("render settled", () => rendered = SecureKernel.Output.MarkdownEgressRewriter.RenderSettled(settled!));
    Time("constrained render", () => finished = SecureKernel.Output.SafeMarkdownHtmlRenderer.TryRender(settled!, policy, 8, md.Length));
    Console.WriteLine($"fast path taken: {finished is not null}");
    Time("verify (one parse + scan)", () => SecureKernel.Output.MarkupVerifier.FindViolationsSingleParse(finished!, policy, 8));
    Time("AngleSharp parse of rendered", () => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(rendered).Dispose());
    using (var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(finished ?? ""))
    {
        var urls = doc.QuerySelectorAll("a[href]").Select(e => e.GetAttribute("href")!).ToArray();
        Time($"policy.Evaluate x {urls.Length} hrefs", () => { foreach (string u in urls) policy.Evaluate(u, SecureKernel.Output.UrlUse.Link); });
        Time("QuerySelectorAll(*)", () => doc.QuerySelectorAll("*").Length.ToString());
        Time("Body.InnerHtml", () => _ = doc.Body!.InnerHtml);
    }

    Time("SanitizeMarkdown total", () => sanitizer.SanitizeMarkdown(md));
    return;
}

if (args.Length > 0 && args[0] == "md-loop")
{
    // For a profiler (dotnet-trace): SanitizeMarkdown on the benchmark's answer (64 KB, or CHARS) in a loop for N seconds.
    // dotnet-trace collect --format speedscope -- dotnet SecureKernel.Output.Benchmarks.dll md-loop [SECONDS] [CHARS]
    string md = BenchmarkInputs.Markdown(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 64 * 1024);
    var sanitizer = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { "trusted.example" } });
    double seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
    var sw = Stopwatch.StartNew();
    int n = 0;
    while (sw.Elapsed.TotalSeconds < seconds)
    {
        sanitizer.SanitizeMarkdown(md);
        n++;
    }

    Console.WriteLine($"{n} calls, {sw.Elapsed.TotalMilliseconds / n:F2} ms per call, {(double)GC.CollectionCount(2) / n:F2} gen-2 GCs per call");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RedactionBenchmarks).Assembly).Run(args);
