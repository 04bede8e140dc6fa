using BenchmarkDotNet.Attributes;
using Markdig;

namespace SecureKernel.Benchmarks;

/// <summary>
/// <see cref="OutputSanitizer.SanitizeMarkdown"/> over a ~64 KB and a ~1 MB answer (ASCII: 1 char = 1 byte). Baseline: plain
/// Markdig rendering of the same text with the default pipeline (no policy, no verification).
/// </summary>
[MemoryDiagnoser]
public class MarkdownSanitizerBenchmarks
{
    private string _markdown = "";

    /// <summary>Input size in characters (the 2.3 KB answer repeated).</summary>
    [Params(64 * 1024, 1024 * 1024)]
    public int Chars { get; set; }
    private OutputSanitizer _verified = null!;
    private OutputSanitizer _unverified = null!;

    [GlobalSetup]
    public void Setup()
    {
        _markdown = BenchmarkInputs.Markdown(Chars);
        _verified = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { "trusted.example" } });
        _unverified = new OutputSanitizer(new OutputSanitizerOptions { AllowedHosts = { "trusted.example" }, VerifyOutput = false });
        SanitizedOutput check = _verified.SanitizeMarkdown(_markdown);
        foreach (string bad in new[] { "=\"https://attacker.example", "<script" })
        {
            int at = check.Html.IndexOf(bad, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                throw new InvalidOperationException("The sanitizer let a disallowed URL or a script through: " + check.Html.Substring(Math.Max(0, at - 80), 160));
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Markdig ToHtml (baseline)")]
    public string MarkdigToHtml() => Markdown.ToHtml(_markdown);

    [Benchmark(Description = "SanitizeMarkdown (VerifyOutput=true, default)")]
    public SanitizedOutput SanitizeVerified() => _verified.SanitizeMarkdown(_markdown);

    [Benchmark(Description = "SanitizeMarkdown (VerifyOutput=false)")]
    public SanitizedOutput SanitizeUnverified() => _unverified.SanitizeMarkdown(_markdown);
}
