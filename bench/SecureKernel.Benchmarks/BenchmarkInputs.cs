using SecureKernel;

namespace SecureKernel.Benchmarks;

/// <summary>The inputs every ONNX benchmark scans: seeded filler text, so runs on different machines scan the same words.</summary>
internal static class BenchmarkInputs
{
    private static readonly string[] s_vocab = "the report shows that revenue grew in the third quarter while costs for logistics and staff remained stable across all regions of the company and its partners please review".Split(' ');

    /// <summary>SECUREKERNEL_MODEL, else <c>models/{name}</c> under the repository root.</summary>
    public static string ModelDirectory(string name) => Environment.GetEnvironmentVariable("SECUREKERNEL_MODEL") ?? RepositoryPath("models", name);

    /// <summary>
    /// SECUREKERNEL_CPU_MODEL, else <see cref="ModelDirectory"/>: the CPU rows of the device benchmarks may run a model's CPU
    /// form (e.g. the int8 <c>injection-minilm</c> against <c>injection-minilm-gpu</c> on CUDA, the pair a user deploys).
    /// </summary>
    public static string CpuModelDirectory(string name) => Environment.GetEnvironmentVariable("SECUREKERNEL_CPU_MODEL") ?? ModelDirectory(name);

    /// <summary>A path under the repository root (the folder holding SecureKernel.sln above the app, else the current directory).</summary>
    public static string RepositoryPath(params string[] parts) => Path.Combine([FindRoot(), .. parts]);

    /// <summary>Ten chunks of 300 words: one retrieval.</summary>
    public static List<ScanRequest> Retrieval()
    {
        var rnd = new Random(7);
        return Enumerable.Range(0, 10).Select(_ => new ScanRequest(Words(rnd, 300), ContentOrigin.Retrieved)).ToList();
    }

    /// <summary>
    /// <paramref name="count"/> retrievals of 3 to 15 chunks of 20 to 500 words each: batches of many different shapes, as a
    /// live service sees them (a GPU library may tune its kernels per new shape).
    /// </summary>
    public static List<List<ScanRequest>> VariedRetrievals(int count)
    {
        var rnd = new Random(17);
        return Enumerable.Range(0, count)
            .Select(_ => Enumerable.Range(0, rnd.Next(3, 16)).Select(_ => new ScanRequest(Words(rnd, rnd.Next(20, 501)), ContentOrigin.Retrieved)).ToList())
            .ToList();
    }

    /// <summary>One 330-word input (about 384 tokens, LLM Guard's reference size).</summary>
    public static List<ScanRequest> Single384() => [new ScanRequest(Words(new Random(11), 330), ContentOrigin.Retrieved)];

    /// <summary><paramref name="count"/> texts that each fill exactly one window of <paramref name="detector"/>'s model.</summary>
    public static List<ScanRequest> FullWindows(OnnxInjectionDetector detector, int count)
    {
        var rnd = new Random(13);
        var result = new List<ScanRequest>(count);
        for (int i = 0; i < count; i++)
        {
            string[] words = Words(rnd, 400).Split(' ');
            int lo = 1, hi = words.Length;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                // the tokenizer alone decides the window count (running the model per step took ~7 minutes for 2,048
                // injection-minilm texts on the CPU, which once looked like a slow GPU start)
                if (detector.CountTokens(string.Join(' ', words[..mid])) <= detector.ContentTokensPerWindow) lo = mid; else hi = mid - 1;
            }

            result.Add(new ScanRequest(string.Join(' ', words[..lo]), ContentOrigin.Retrieved));
        }

        return result;
    }

    private static string Words(Random rnd, int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => s_vocab[rnd.Next(s_vocab.Length)]));

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "SecureKernel.sln"))) return d.FullName;
        }

        return Directory.GetCurrentDirectory();
    }
}
