using System.Text;
using BenchmarkDotNet.Attributes;

namespace SecureKernel.Benchmarks;

/// <summary>
/// <see cref="StreamingTextGuard"/> per update: a ~16 KB answer streamed in 8-character deltas (default hold-back 256).
/// Times are per update (OperationsPerInvoke). "Guard, canaries only" is the guard's own overhead (buffering, cut
/// selection, context, canary scan); "Guard + redactor" adds PII analysis of each pending window and redaction. The
/// baseline appends the same deltas to a StringBuilder.
/// </summary>
[MemoryDiagnoser]
public class StreamingGuardBenchmarks
{
    private const int DeltaSize = 8;

    // ceil(16,419 chars / 8): checked in Setup.
    private const int Updates = 2053;

    private string[] _deltas = [];
    private CanaryRegistry _canaries = null!;
    private PiiRedactor _redactor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _deltas = BenchmarkInputs.Deltas(BenchmarkInputs.MixedText(16 * 1024), DeltaSize);
        if (_deltas.Length != Updates)
        {
            throw new InvalidOperationException("Update count mismatch.");
        }

        _canaries = new CanaryRegistry();
        _canaries.CreateToken("bench");
        _redactor = new PiiRedactor(new PiiRedactorOptions { EntityTypes = PiiEntityTypes.PatternBased });
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Updates, Description = "StringBuilder append (baseline)")]
    public int AppendOnly()
    {
        var sb = new StringBuilder();
        foreach (string d in _deltas)
        {
            sb.Append(d);
        }

        return sb.Length;
    }

    [Benchmark(OperationsPerInvoke = Updates, Description = "Guard, canaries only (overhead)")]
    public int GuardCanariesOnly() => Run(new StreamingTextGuardOptions { Canaries = _canaries });

    [Benchmark(OperationsPerInvoke = Updates, Description = "Guard + canaries + pattern redactor")]
    public int GuardWithRedactor() => Run(new StreamingTextGuardOptions { Canaries = _canaries, Redactor = _redactor });

    private int Run(StreamingTextGuardOptions options)
    {
        var guard = new StreamingTextGuard(options);
        int released = 0;
        foreach (string d in _deltas)
        {
            released += guard.Append(d).Text.Length;
        }

        return released + guard.Complete().Text.Length;
    }
}
