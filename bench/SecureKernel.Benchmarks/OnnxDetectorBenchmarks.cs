using BenchmarkDotNet.Attributes;
using SecureKernel;

namespace SecureKernel.Benchmarks;

/// <summary>
/// CPU throughput and latency of the bundled classifier. Baseline: the same 64 windows run one per inference call
/// (batch size 1), in the same run. Also a single 384-token input, the size of LLM Guard's published reference
/// (ProtectAI v2 via ONNX: 104 ms on CPU, 7.65 ms on a GPU).
/// </summary>
[MemoryDiagnoser]
public class OnnxDetectorBenchmarks
{
    private OnnxInjectionDetector _batched = null!;
    private OnnxInjectionDetector _unbatched = null!;
    private List<ScanRequest> _fullWindows = null!;
    private List<ScanRequest> _retrieval = null!;
    private List<ScanRequest> _single384 = null!;

    /// <summary>Threads ONNX Runtime may use (2 = the target machine).</summary>
    [Params(2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string dir = BenchmarkInputs.ModelDirectory("use-lite-injection");
        _batched = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cpu, IntraOpThreads = Threads, TokenizationThreads = Threads, BatchSize = 64 });
        _unbatched = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cpu, IntraOpThreads = Threads, TokenizationThreads = Threads, BatchSize = 1 });

        // 64 texts that each fill exactly one window of the model
        _fullWindows = BenchmarkInputs.FullWindows(_batched, 64);
        _retrieval = BenchmarkInputs.Retrieval();
        _single384 = BenchmarkInputs.Single384();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _batched.Dispose();
        _unbatched.Dispose();
    }

    /// <summary>64 full windows, one inference run per window (baseline).</summary>
    [Benchmark(Baseline = true)]
    public Task<IReadOnlyList<InjectionScanResult>> Windows64_Unbatched() => _unbatched.ScanAsync(_fullWindows).AsTask();

    /// <summary>64 full windows in one batched run. windows/s = 64 / mean.</summary>
    [Benchmark]
    public Task<IReadOnlyList<InjectionScanResult>> Windows64_Batched() => _batched.ScanAsync(_fullWindows).AsTask();

    /// <summary>One retrieval: 10 chunks of 300 words, tokenization included.</summary>
    [Benchmark]
    public Task<IReadOnlyList<InjectionScanResult>> Retrieval_10x300Words() => _batched.ScanAsync(_retrieval).AsTask();

    /// <summary>One 330-word input (about 384 tokens, LLM Guard's reference size), tokenization included.</summary>
    [Benchmark]
    public Task<IReadOnlyList<InjectionScanResult>> Single_384Tokens() => _batched.ScanAsync(_single384).AsTask();
}
