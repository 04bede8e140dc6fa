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
        string dir = Environment.GetEnvironmentVariable("SECUREKERNEL_MODEL") ?? Path.Combine(FindRoot(), "models", "use-lite-injection");
        _batched = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cpu, IntraOpThreads = Threads, BatchSize = 64 });
        _unbatched = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cpu, IntraOpThreads = Threads, BatchSize = 1 });
        var rnd = new Random(7);
        string[] vocab = "the report shows that revenue grew in the third quarter while costs for logistics and staff remained stable across all regions of the company and its partners please review".Split(' ');
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => vocab[rnd.Next(vocab.Length)]));
        // 64 texts that each fill exactly one window (the manifest window: 64 tokens for the bundled model)
        _fullWindows = Enumerable.Range(0, 64).Select(_ => new ScanRequest(FullWindow(), ContentOrigin.Retrieved)).ToList();
        _retrieval = Enumerable.Range(0, 10).Select(_ => new ScanRequest(Words(300), ContentOrigin.Retrieved)).ToList();
        _single384 = [new ScanRequest(Words(330), ContentOrigin.Retrieved)];

        string FullWindow()
        {
            string[] words = Words(400).Split(' ');
            int lo = 1, hi = words.Length;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                var r = _batched.ScanAsync([new ScanRequest(string.Join(' ', words[..mid]), ContentOrigin.Retrieved)]).AsTask().GetAwaiter().GetResult()[0];
                if (r.Windows == 1) lo = mid; else hi = mid - 1;
            }

            return string.Join(' ', words[..lo]);
        }
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

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "SecureKernel.sln"))) return d.FullName;
        }

        return Directory.GetCurrentDirectory();
    }
}
