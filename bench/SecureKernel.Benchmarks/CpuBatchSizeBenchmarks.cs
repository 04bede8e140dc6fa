using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SecureKernel;

namespace SecureKernel.Benchmarks;

/// <summary>
/// Windows per inference run on the CPU: 64 (the default until 2026-11-26) as the baseline of each category, against the
/// default now (the manifest's <c>cpuBatchSize</c>, else 16), on the same model, inputs and threads, in the same run.
/// SECUREKERNEL_MODEL picks the model (default models/injection-cnn). Resident memory, which the smaller runs mostly save,
/// is not a BenchmarkDotNet column: <c>SecureKernel.Eval --latency-only --batch N</c> reports it.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CpuBatchSizeBenchmarks
{
    private OnnxInjectionDetector _batch64 = null!;
    private OnnxInjectionDetector _default = null!;
    private List<ScanRequest> _windows = null!;
    private List<ScanRequest> _retrieval = null!;

    /// <summary>Threads ONNX Runtime and the tokenizer may use (2 = the target machine).</summary>
    [Params(2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string dir = BenchmarkInputs.ModelDirectory("injection-cnn");
        _batch64 = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cpu, IntraOpThreads = Threads, TokenizationThreads = Threads, BatchSize = 64 });
        _default = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cpu, IntraOpThreads = Threads, TokenizationThreads = Threads });
        Console.WriteLine($"// model {_default.Manifest.Name} {_default.Manifest.Version}: default CPU batch {_default.BatchSize}");
        _windows = BenchmarkInputs.FullWindows(_default, 64);
        _retrieval = BenchmarkInputs.Retrieval();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _batch64.Dispose();
        _default.Dispose();
    }

    /// <summary>64 texts of one full window each, 64 per run. windows/s = 64 / mean.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Windows64")]
    public Task<IReadOnlyList<InjectionScanResult>> Batch64_Windows64() => _batch64.ScanAsync(_windows).AsTask();

    /// <summary>The same with the default batch size.</summary>
    [Benchmark]
    [BenchmarkCategory("Windows64")]
    public Task<IReadOnlyList<InjectionScanResult>> Default_Windows64() => _default.ScanAsync(_windows).AsTask();

    /// <summary>One retrieval of 10 chunks of ~300 words, 64 windows per run.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Retrieval10x300")]
    public Task<IReadOnlyList<InjectionScanResult>> Batch64_Retrieval() => _batch64.ScanAsync(_retrieval).AsTask();

    /// <summary>The same with the default batch size.</summary>
    [Benchmark]
    [BenchmarkCategory("Retrieval10x300")]
    public Task<IReadOnlyList<InjectionScanResult>> Default_Retrieval() => _default.ScanAsync(_retrieval).AsTask();
}
