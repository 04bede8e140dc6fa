using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace SecureKernel.Benchmarks;

/// <summary>
/// The fast student classifier (models/injection-cnn, 128-token windows) against the fine-tuned USE-Lite teacher
/// (models/use-lite-injection, 64-token windows) on the same texts, in the same run; the teacher is the baseline of each
/// category, so the Ratio column is student time / teacher time for the same input. Each model runs with its default CPU
/// batch size (the manifest's cpuBatchSize, else 16).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ModelComparisonBenchmarks
{
    private OnnxInjectionDetector _teacher = null!;
    private OnnxInjectionDetector _student = null!;
    private List<ScanRequest> _windows = null!;
    private List<ScanRequest> _retrieval = null!;

    /// <summary>Threads ONNX Runtime may use (2 = the target machine).</summary>
    [Params(2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string teacher = Environment.GetEnvironmentVariable("SECUREKERNEL_BASELINE_MODEL") ?? BenchmarkInputs.RepositoryPath("models", "use-lite-injection");
        string student = BenchmarkInputs.ModelDirectory("injection-cnn");
        _teacher = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = teacher, Device = OnnxDevice.Cpu, IntraOpThreads = Threads, TokenizationThreads = Threads });
        _student = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = student, Device = OnnxDevice.Cpu, IntraOpThreads = Threads, TokenizationThreads = Threads });

        // 64 texts that each fill exactly one student window (128 tokens); windows/s of the student = 64 / mean
        _windows = BenchmarkInputs.FullWindows(_student, 64);
        _retrieval = BenchmarkInputs.Retrieval();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _teacher.Dispose();
        _student.Dispose();
    }

    /// <summary>64 texts of 128 tokens, teacher (3 windows of 64 tokens each).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Texts64x128Tokens")]
    public Task<IReadOnlyList<InjectionScanResult>> Teacher_Texts64x128Tokens() => _teacher.ScanAsync(_windows).AsTask();

    /// <summary>64 texts of 128 tokens, student (one window each).</summary>
    [Benchmark]
    [BenchmarkCategory("Texts64x128Tokens")]
    public Task<IReadOnlyList<InjectionScanResult>> Student_Texts64x128Tokens() => _student.ScanAsync(_windows).AsTask();

    /// <summary>One retrieval of 10 chunks x 300 words, teacher.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Retrieval10x300Words")]
    public Task<IReadOnlyList<InjectionScanResult>> Teacher_Retrieval10x300Words() => _teacher.ScanAsync(_retrieval).AsTask();

    /// <summary>One retrieval of 10 chunks x 300 words, student.</summary>
    [Benchmark]
    [BenchmarkCategory("Retrieval10x300Words")]
    public Task<IReadOnlyList<InjectionScanResult>> Student_Retrieval10x300Words() => _student.ScanAsync(_retrieval).AsTask();
}
