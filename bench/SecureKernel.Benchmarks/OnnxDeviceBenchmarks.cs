using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SecureKernel;

namespace SecureKernel.Benchmarks;

/// <summary>
/// CUDA against CPU for the same model and the same inputs, in the same run: each category's baseline is the CPU detector
/// limited to 2 threads (the 2-core target machine: 2 ONNX Runtime threads, 2 tokenizer threads, the default CPU batch);
/// SECUREKERNEL_CPU_MODEL gives the CPU rows the model's CPU form where it has one of its own (<c>injection-minilm</c> for
/// <c>injection-minilm-gpu</c>), so the ratio is the one a deployment sees;
/// the same CPU with every core is the second row, the GPU (batch 512, tokenizing on every core) the third. Needs a CUDA device and the GPU build of ONNX Runtime (Microsoft.ML.OnnxRuntime.Gpu):
/// setup throws when the CUDA execution provider does not start, so a CPU run is never reported as a GPU figure.
/// Run it with <c>--filter '*OnnxDeviceBenchmarks*'</c> (the other classes need no GPU).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OnnxDeviceBenchmarks
{
    private OnnxInjectionDetector _cpu = null!;
    private OnnxInjectionDetector _cpuAll = null!;
    private OnnxInjectionDetector _cuda = null!;
    private List<ScanRequest> _windows = null!;
    private List<ScanRequest> _retrieval = null!;
    private List<ScanRequest> _single384 = null!;

    [GlobalSetup]
    public void Setup()
    {
        string dir = BenchmarkInputs.ModelDirectory("injection-cnn");
        string cpuDir = BenchmarkInputs.CpuModelDirectory("injection-cnn");
        _cpu = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = cpuDir, Device = OnnxDevice.Cpu, IntraOpThreads = 2, TokenizationThreads = 2 });
        _cpuAll = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = cpuDir, Device = OnnxDevice.Cpu, IntraOpThreads = Environment.ProcessorCount });
        _cuda = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cuda, BatchSize = 512 });
        if (_cuda.ExecutionProvider != "CUDAExecutionProvider")
        {
            throw new InvalidOperationException($"The CUDA detector runs on {_cuda.ExecutionProvider}: {_cuda.DeviceFallbackReason}");
        }

        _windows = BenchmarkInputs.FullWindows(_cuda, 1024);
        _retrieval = BenchmarkInputs.Retrieval();
        _single384 = BenchmarkInputs.Single384();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cpu.Dispose();
        _cpuAll.Dispose();
        _cuda.Dispose();
    }

    /// <summary>1,024 full windows of 128 tokens on the CPU. windows/s = 1024 / mean.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Windows1024")]
    public Task<IReadOnlyList<InjectionScanResult>> Cpu_Windows1024() => _cpu.ScanAsync(_windows).AsTask();

    /// <summary>The same on the CPU with every core.</summary>
    [Benchmark]
    [BenchmarkCategory("Windows1024")]
    public Task<IReadOnlyList<InjectionScanResult>> CpuAllCores_Windows1024() => _cpuAll.ScanAsync(_windows).AsTask();

    /// <summary>The same windows on the GPU.</summary>
    [Benchmark]
    [BenchmarkCategory("Windows1024")]
    public Task<IReadOnlyList<InjectionScanResult>> Cuda_Windows1024() => _cuda.ScanAsync(_windows).AsTask();

    /// <summary>One retrieval of 10 chunks of 300 words on the CPU, tokenization included.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Retrieval10x300")]
    public Task<IReadOnlyList<InjectionScanResult>> Cpu_Retrieval() => _cpu.ScanAsync(_retrieval).AsTask();

    /// <summary>The same on the CPU with every core.</summary>
    [Benchmark]
    [BenchmarkCategory("Retrieval10x300")]
    public Task<IReadOnlyList<InjectionScanResult>> CpuAllCores_Retrieval() => _cpuAll.ScanAsync(_retrieval).AsTask();

    /// <summary>The same retrieval on the GPU.</summary>
    [Benchmark]
    [BenchmarkCategory("Retrieval10x300")]
    public Task<IReadOnlyList<InjectionScanResult>> Cuda_Retrieval() => _cuda.ScanAsync(_retrieval).AsTask();

    /// <summary>One ~384-token input on the CPU (LLM Guard's reference: ProtectAI v2, 104 ms CPU, 7.65 ms GPU).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Single384")]
    public Task<IReadOnlyList<InjectionScanResult>> Cpu_Single384() => _cpu.ScanAsync(_single384).AsTask();

    /// <summary>The same on the CPU with every core.</summary>
    [Benchmark]
    [BenchmarkCategory("Single384")]
    public Task<IReadOnlyList<InjectionScanResult>> CpuAllCores_Single384() => _cpuAll.ScanAsync(_single384).AsTask();

    /// <summary>The same input on the GPU.</summary>
    [Benchmark]
    [BenchmarkCategory("Single384")]
    public Task<IReadOnlyList<InjectionScanResult>> Cuda_Single384() => _cuda.ScanAsync(_single384).AsTask();
}
