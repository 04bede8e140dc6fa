using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Detection;

/// <summary>Locates the test and bundled models and makes scratch copies of model folders.</summary>
internal static class OnnxTestModels
{
    public static string TinyBert => Path.Combine(AppContext.BaseDirectory, "Assets", "tiny-bert");

    /// <summary>tiny-bert with a float <c>origin</c> input (tools/classifier/make_test_model.py --origin).</summary>
    public static string TinyBertOrigin => Path.Combine(AppContext.BaseDirectory, "Assets", "tiny-bert-origin");

    /// <summary>A DeBERTa-v3-shaped model: SentencePiece, windows wrapped in [CLS] 1 ... [SEP] 2 (make_test_model.py --deberta).</summary>
    public static string TinyDeberta => Path.Combine(AppContext.BaseDirectory, "Assets", "tiny-deberta");

    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SecureKernel.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>A bundled model folder (models/<paramref name="name"/>), or null when it is genuinely absent.</summary>
    public static string? Bundled(string name = "use-lite-injection")
    {
        string? root = RepoRoot();
        if (root is null)
        {
            return null;
        }

        string dir = Path.Combine(root, "models", name);
        return File.Exists(Path.Combine(dir, "manifest.json")) ? dir : null;
    }

    /// <summary>A bundled model folder, or an inconclusive test when it is absent (<see cref="Bundled"/>).</summary>
    public static string RequireBundled(string name) => Bundled(name) ?? throw new AssertInconclusiveException($"models/{name} is absent.");

    public static string CopyToTemp(string source)
    {
        string dest = TestScratch.NewDirectory("sk-onnx-");
        foreach (var f in Directory.GetFiles(source))
        {
            File.Copy(f, Path.Combine(dest, Path.GetFileName(f)));
        }

        return dest;
    }

    /// <summary>A scratch copy of tiny-bert whose manifest also has <paramref name="jsonFields"/> (e.g. <c>"devices": ["cpu"]</c>).</summary>
    public static string TinyBertWithManifestFields(string jsonFields) =>
        CopyWithManifest(TinyBert, m => m.Replace("\"windowTokens\"", jsonFields + ", \"windowTokens\"", StringComparison.Ordinal));

    /// <summary>A scratch copy of <paramref name="source"/> with its manifest text rewritten by <paramref name="edit"/>.</summary>
    public static string CopyWithManifest(string source, Func<string, string> edit)
    {
        string dir = CopyToTemp(source);
        string path = Path.Combine(dir, "manifest.json");
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return dir;
    }

    public static OnnxInjectionDetector Tiny(int batchSize = 64, int maxWindows = 512, string? dir = null) =>
        new(new OnnxInjectionDetectorOptions { ModelDirectory = dir ?? TinyBert, Device = OnnxDevice.Cpu, BatchSize = batchSize, MaxWindowsPerText = maxWindows, IntraOpThreads = 1 });
}
