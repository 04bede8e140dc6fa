using System.Diagnostics;
using SecureKernel;
using SecureKernel.Testing;

namespace SecureKernel.Benchmarks;

/// <summary>
/// <c>--device-check</c>: scans the red-team corpus and the benchmark inputs with the CPU and the CUDA detector and compares
/// every score. Exits 1 when CUDA does not start or any score differs by more than 1e-3 or any verdict differs; prints the
/// provider, the largest difference, plain-clock throughput per batch size (BenchmarkDotNet gives the reported figures) and
/// the latency of retrievals of shapes the session has not seen yet against the same retrievals again. The GPU memory the
/// process holds (nvidia-smi) is printed once the CUDA detector has scanned. With SECUREKERNEL_ALSO_MODEL, the guard's
/// detector for two models (<see cref="EnsembleInjectionDetector.WithRules"/>: the rules and the models' mean) is checked the
/// same way: scores on the CPU against CUDA, varied retrievals on CUDA, GPU memory with both models loaded.
/// </summary>
internal static class DeviceCheck
{
    public static int Run()
    {
        string dir = BenchmarkInputs.ModelDirectory("injection-cnn");
        var requests = RedTeamCorpus.Bundled.Cases
            .Select(c => new ScanRequest(c.Text, c.Vector == RedTeamVector.Document ? ContentOrigin.Retrieved : ContentOrigin.User))
            .ToList();
        requests.AddRange(BenchmarkInputs.Retrieval());
        requests.AddRange(BenchmarkInputs.Single384());

        using var cpu = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cpu, IntraOpThreads = 2 });
        using var auto = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Auto, IntraOpThreads = 2 });
        Console.WriteLine($"model {cpu.ModelId}; Auto picked {auto.ExecutionProvider}{(auto.DeviceFallbackReason is null ? string.Empty : $" ({auto.DeviceFallbackReason})")}");
        // a CUDA detector; a search other than null sets cuDNN's convolution algorithm search (a session of its own)
        OnnxInjectionDetector Cuda(int batchSize = 0, OnnxShapePadding padding = OnnxShapePadding.Auto, string? search = null)
        {
            var options = new OnnxInjectionDetectorOptions { ModelDirectory = dir, Device = OnnxDevice.Cuda, IntraOpThreads = 2, BatchSize = batchSize, ShapePadding = padding };
            if (search is not null) options.CudaProviderOptions["cudnn_conv_algo_search"] = search;
            return new OnnxInjectionDetector(options);
        }

        using var cuda = Cuda();
        Console.WriteLine($"Cuda: {cuda.ExecutionProvider}");

        var a = cpu.ScanAsync(requests).AsTask().GetAwaiter().GetResult();
        var b = cuda.ScanAsync(requests).AsTask().GetAwaiter().GetResult();
        var (maxDiff, verdicts) = Compare(a, b);
        int windows = a.Sum(r => r.Windows);

        Console.WriteLine($"{requests.Count} texts, {windows} windows: max |score cpu - score cuda| = {maxDiff:G3}; verdicts differing: {verdicts}");
        Console.WriteLine($"GPU memory of this process, one CUDA detector after that scan: {GpuMemory()}");

        var full = BenchmarkInputs.FullWindows(cpu, 2048);
        foreach (string? search in new[] { null, "EXHAUSTIVE" })
        {
            foreach (int batch in new[] { 64, 256, 1024 })
            {
                using var c = Cuda(batch, search: search);
                for (int w = 0; w < 3; w++) c.ScanAsync(full).AsTask().GetAwaiter().GetResult();
                var sw = Stopwatch.StartNew();
                const int Reps = 10;
                for (int r = 0; r < Reps; r++) c.ScanAsync(full).AsTask().GetAwaiter().GetResult();
                Console.WriteLine($"cuda batch {batch}, {search ?? "default"} search: {full.Count * Reps / sw.Elapsed.TotalSeconds:F0} windows/s (plain clock, {Reps} x {full.Count} windows)");
            }
        }

        // Latency of retrievals whose batch shapes the session has not seen yet, then of the same retrievals again. Each CUDA
        // variant gets a session of its own (the provider options are part of the session key), so each meets the shapes first.
        var varied = BenchmarkInputs.VariedRetrievals(40);
        var variants = new List<(string Name, OnnxInjectionDetector Detector)>
        {
            ("cpu", cpu),
            ("cuda default (fixed shapes, HEURISTIC search)", cuda),
        };
        foreach (var (padding, search) in new[] { (OnnxShapePadding.None, "EXHAUSTIVE"), (OnnxShapePadding.Fixed, "EXHAUSTIVE"), (OnnxShapePadding.None, "HEURISTIC") })
        {
            variants.Add(($"cuda {padding} padding, {search} search", Cuda(padding: padding, search: search)));
        }

        foreach (var (name, detector) in variants)
        {
            TimeVaried(name, detector, varied);
        }

        foreach (var (_, detector) in variants.Skip(2))
        {
            detector.Dispose();
        }

        bool ok = cuda.ExecutionProvider == "CUDAExecutionProvider" && maxDiff <= 1e-3 && verdicts == 0;
        if (Environment.GetEnvironmentVariable("SECUREKERNEL_ALSO_MODEL") is { Length: > 0 } also)
        {
            ok &= CheckPair(dir, also, requests, varied);
        }

        Console.WriteLine(ok ? "device check passed" : "device check FAILED");
        return ok ? 0 : 1;
    }

    /// <summary>Rules + mean(model, also) on the CPU and on CUDA: scores, varied retrievals on CUDA, GPU memory.</summary>
    private static bool CheckPair(string dir, string also, List<ScanRequest> requests, List<List<ScanRequest>> varied)
    {
        OnnxInjectionDetector Load(string d, OnnxDevice device) => new(new OnnxInjectionDetectorOptions
        {
            ModelDirectory = d,
            Device = device,
            IntraOpThreads = device == OnnxDevice.Cpu ? Environment.ProcessorCount : 2,
        });

        using var cpuModel = Load(dir, OnnxDevice.Cpu);
        using var cpuAlso = Load(also, OnnxDevice.Cpu);
        using var cudaModel = Load(dir, OnnxDevice.Cuda);
        using var cudaAlso = Load(also, OnnxDevice.Cuda);
        var cpu = EnsembleInjectionDetector.WithRules(cpuModel, cpuAlso);
        var cuda = EnsembleInjectionDetector.WithRules(cudaModel, cudaAlso);
        Console.WriteLine($"pair {cuda.Name}: {cudaModel.ExecutionProvider} and {cudaAlso.ExecutionProvider}");

        var a = cpu.ScanAsync(requests).AsTask().GetAwaiter().GetResult();
        var b = cuda.ScanAsync(requests).AsTask().GetAwaiter().GetResult();
        var (maxDiff, verdicts) = Compare(a, b);

        Console.WriteLine($"pair, {requests.Count} texts: max |score cpu - score cuda| = {maxDiff:G3}; verdicts differing: {verdicts}");
        Console.WriteLine($"GPU memory of this process, both pair models on CUDA after that scan (plus the sessions above): {GpuMemory()}");
        TimeVaried("pair on cuda (default settings)", cuda, varied);
        bool ok = cudaModel.ExecutionProvider == "CUDAExecutionProvider" && cudaAlso.ExecutionProvider == "CUDAExecutionProvider" && maxDiff <= 1e-3 && verdicts == 0;
        Console.WriteLine(ok ? "pair check passed" : "pair check FAILED");
        return ok;
    }

    /// <summary>Times each retrieval twice (the first pass meets new batch shapes) and prints p50, p95 and max per pass.</summary>
    private static void TimeVaried(string name, IInjectionDetector detector, List<List<ScanRequest>> varied)
    {
        var passes = new List<double>[] { [], [] };
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var retrieval in varied)
            {
                var sw = Stopwatch.StartNew();
                detector.ScanAsync(retrieval).AsTask().GetAwaiter().GetResult();
                passes[pass].Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"{name}: {varied.Count} retrievals of varied shapes, first pass p50 {Percentile(passes[0], 0.5):F2} ms p95 {Percentile(passes[0], 0.95):F2} ms max {passes[0].Max():F2} ms; " +
            $"second pass p50 {Percentile(passes[1], 0.5):F2} ms p95 {Percentile(passes[1], 0.95):F2} ms max {passes[1].Max():F2} ms");
    }

    /// <summary>The largest score difference and the number of verdicts that differ between two scans of the same texts.</summary>
    private static (double MaxDiff, int Verdicts) Compare(IReadOnlyList<InjectionScanResult> a, IReadOnlyList<InjectionScanResult> b)
    {
        double maxDiff = 0;
        int verdicts = 0;
        for (int i = 0; i < a.Count; i++)
        {
            maxDiff = Math.Max(maxDiff, Math.Abs(a[i].Score - b[i].Score));
            if (a[i].Flagged != b[i].Flagged) verdicts++;
        }

        return (maxDiff, verdicts);
    }

    /// <summary>This process's GPU memory as nvidia-smi reports it, or why it cannot be read.</summary>
    private static string GpuMemory()
    {
        try
        {
            using var smi = Process.Start(new ProcessStartInfo("nvidia-smi", "--query-compute-apps=pid,used_memory --format=csv,noheader")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            string output = smi.StandardOutput.ReadToEnd();
            smi.WaitForExit();
            string pid = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var mine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.Split(',')[0].Trim() == pid)
                .Select(l => l.Split(',')[1].Trim())
                .ToList();
            return mine.Count > 0 ? string.Join(", ", mine) : $"not listed (nvidia-smi listed: {output.ReplaceLineEndings(" ").Trim()})";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return "nvidia-smi not available: " + e.Message;
        }
    }

    private static double Percentile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
    }
}
