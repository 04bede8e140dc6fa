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
    foreach ((string type, IReadOnlyList<string> types) in sets)
    {
        var redactor = new PiiRedactor(new PiiRedactorOptions { EntityTypes = types });
        redactor.Analyze(text);
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            redactor.Analyze(text);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{type,-44} {best,8:F2} ms per {text.Length:N0} chars");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RedactionBenchmarks).Assembly).Run(args);
