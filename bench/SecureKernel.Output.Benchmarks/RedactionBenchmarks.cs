using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SecureKernel.Benchmarks;

/// <summary>
/// PII/secret redaction over ~1 MB of mixed text (UTF-16 chars; the text is ASCII, so 1 char = 1 UTF-8 byte). The
/// baseline is a single compiled email regex scan over the same text.
/// </summary>
[MemoryDiagnoser]
public partial class RedactionBenchmarks
{
    private string _text = "";
    private PiiRedactor _patternOnly = null!;
    private PiiRedactor _all = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInputs.MixedText(1 << 20);
        _patternOnly = new PiiRedactor(new PiiRedactorOptions { EntityTypes = PiiEntityTypes.PatternBased });
        _all = new PiiRedactor();
        RedactionResult check = _patternOnly.Redact(_text);
        if (check.Text.Contains("help.desk@example.com", StringComparison.Ordinal) || check.Text.Contains("AKIAZ3MSJV4WWNKWW5FB", StringComparison.Ordinal) ||
            check.Text.Contains("4111 1111 1111 1111", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The redactor missed a planted entity.");
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [Benchmark(Baseline = true, Description = "Regex email scan (baseline)")]
    public int EmailRegexScan()
    {
        int n = 0;
        foreach (ValueMatch m in Email().EnumerateMatches(_text))
        {
            n += m.Length;
        }

        return n;
    }

    [Benchmark(Description = "Redact, pattern+checksum types")]
    public RedactionResult RedactPatternBased() => _patternOnly.Redact(_text);

    [Benchmark(Description = "Redact, all types (incl. gazetteers)")]
    public RedactionResult RedactAll() => _all.Redact(_text);
}
