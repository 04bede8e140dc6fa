using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace SecureKernel;

/// <summary>One thread-safe ONNX Runtime session per model file, device and thread setting, shared by every detector (reference counted).</summary>
internal static class OnnxSessionCache
{
    private static readonly Dictionary<string, SharedSession> s_sessions = new(StringComparer.Ordinal);
    private static readonly Lock s_lock = new();
    private static int s_fallbackLogged;

    internal const string CudaProvider = "CUDAExecutionProvider";
    internal const string CpuProvider = "CPUExecutionProvider";

    internal static int Count
    {
        get
        {
            lock (s_lock)
            {
                return s_sessions.Count;
            }
        }
    }

    /// <summary>Gets or creates the shared session. <paramref name="modelBytes"/> is read (and hash-checked) by the caller.</summary>
    internal static SharedSession Acquire(string key, Func<byte[]> modelBytes, OnnxDevice device, int intraOpThreads, int maxConcurrentRuns, CudaSettings cuda, ILogger logger)
    {
        string fullKey = $"{key}|{device}|{intraOpThreads}|{maxConcurrentRuns}|{cuda.Key}";
        lock (s_lock)
        {
            if (s_sessions.TryGetValue(fullKey, out var existing))
            {
                existing.References++;
                return existing;
            }

            var created = Create(fullKey, modelBytes(), device, intraOpThreads, maxConcurrentRuns, cuda, logger);
            s_sessions[fullKey] = created;
            return created;
        }
    }

    internal static void Release(SharedSession session)
    {
        lock (s_lock)
        {
            if (--session.References > 0)
            {
                return;
            }

            s_sessions.Remove(session.Key);
        }

        session.Session.Dispose();
        session.Gate?.Dispose();
    }

    private static SharedSession Create(string key, byte[] model, OnnxDevice device, int intraOpThreads, int maxConcurrentRuns, CudaSettings cuda, ILogger logger)
    {
        string? reason = null;
        if (device != OnnxDevice.Cpu)
        {
            IReadOnlyList<string> providers;
            try
            {
                providers = OrtEnv.Instance().GetAvailableProviders();
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException)
            {
                providers = [];
                reason = $"ONNX Runtime could not list its execution providers ({ex.GetType().Name})";
            }

            if (reason is null && !providers.Contains(CudaProvider))
            {
                reason = "the ONNX Runtime native library in use has no CUDA execution provider (reference Microsoft.ML.OnnxRuntime.Gpu instead of Microsoft.ML.OnnxRuntime)";
            }

            if (reason is null)
            {
                try
                {
                    var session = NewSession(model, intraOpThreads, cuda);
                    return new SharedSession(key, session, CudaProvider, null, RunLimit(maxConcurrentRuns, CudaProvider, intraOpThreads));
                }
                catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException)
                {
                    reason = $"the CUDA execution provider failed to start on device {cuda.DeviceId} ({ex.GetType().Name}: {ex.Message})";
                }
            }

            if (device == OnnxDevice.Cuda)
            {
                throw new InvalidOperationException($"OnnxDevice.Cuda was requested but {reason}. Use OnnxDevice.Auto to fall back to the CPU.");
            }

            if (Interlocked.Exchange(ref s_fallbackLogged, 1) == 0)
            {
                logger.LogWarning("ONNX classifier runs on the CPU: {Reason}.", reason);
            }
        }

        return new SharedSession(key, NewSession(model, intraOpThreads, cuda: null), CpuProvider, reason, RunLimit(maxConcurrentRuns, CpuProvider, intraOpThreads));
    }

    /// <summary>Runs at once on CUDA by default: enough to keep the GPU busy while the next batch is prepared, few enough
    /// that concurrent scans queue and share batches (measured, README "GPU").</summary>
    internal const int CudaDefaultRuns = 4;

    /// <summary>
    /// The most runs at once: a positive <paramref name="configured"/> as given; 0 by device (see
    /// <see cref="OnnxInjectionDetectorOptions.MaxConcurrentRuns"/>).
    /// </summary>
    private static int RunLimit(int configured, string provider, int intraOpThreads) =>
        configured > 0 ? configured
        : provider == CudaProvider ? CudaDefaultRuns
        : Math.Max(1, Environment.ProcessorCount / (intraOpThreads > 0 ? intraOpThreads : Environment.ProcessorCount));

    private static InferenceSession NewSession(byte[] model, int intraOpThreads, CudaSettings? cuda)
    {
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            // ONNX Runtime's CPU arena keeps the buffers of one run for the next. Without it every run mallocs and frees its
            // tensors and glibc's adaptive mmap threshold leaves the freed memory resident: 10 x 300-word retrievals with the
            // bundled model measured 151-311 MB resident (15 runs) without the arena, 122 MB in every run with it, and faster
            // (p50 3.8 vs 4.3 ms; the USE-Lite teacher 113 vs 141 ms, peak 322-335 vs 393-416 MB). README, "Bundled ONNX classifier".
            EnableCpuMemArena = true,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            InterOpNumThreads = 1,
            IntraOpNumThreads = intraOpThreads,
        };
        if (cuda is not null)
        {
            using var provider = new OrtCUDAProviderOptions();
            var settings = new Dictionary<string, string>(cuda.Options, StringComparer.Ordinal) { ["device_id"] = cuda.DeviceId.ToString(CultureInfo.InvariantCulture) };
            provider.UpdateOptions(settings);
            options.AppendExecutionProvider_CUDA(provider);
        }

        return new InferenceSession(model, options);
    }

    /// <summary>The CUDA device and the provider options passed through to ONNX Runtime.</summary>
    internal sealed class CudaSettings
    {
        /// <summary>
        /// cuDNN's convolution algorithm search unless the options say otherwise. ONNX Runtime's default, EXHAUSTIVE, cost
        /// retrievals of varied shapes 17-26 ms p50 against 3.3-3.9 ms with HEURISTIC (bundled model, H200, two runs on 2026-11-26;
        /// README, "GPU").
        /// </summary>
        internal const string DefaultConvAlgoSearch = "HEURISTIC";

        public CudaSettings(int deviceId, IEnumerable<KeyValuePair<string, string>> options)
        {
            DeviceId = deviceId;
            var settings = options.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            settings.TryAdd("cudnn_conv_algo_search", DefaultConvAlgoSearch);
            Options = settings;
        }

        public int DeviceId { get; }

        public IReadOnlyDictionary<string, string> Options { get; }

        /// <summary>Part of the cache key: sessions with different provider options are different sessions.</summary>
        public string Key => DeviceId.ToString(CultureInfo.InvariantCulture) + string.Concat(Options.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"|{p.Key}={p.Value}"));
    }

    internal sealed class SharedSession(string key, InferenceSession session, string provider, string? fallbackReason, int maxConcurrentRuns)
    {
        public string Key { get; } = key;

        public InferenceSession Session { get; } = session;

        public string ExecutionProvider { get; } = provider;

        public string? FallbackReason { get; } = fallbackReason;

        public int References { get; set; } = 1;

        private int _inFlight;
        private int _peakInFlight;

        /// <summary>The most runs at once (<see cref="int.MaxValue"/>: no limit).</summary>
        public int MaxConcurrentRuns { get; } = maxConcurrentRuns;

        /// <summary>Admits at most <see cref="MaxConcurrentRuns"/> runs at once; null when there is no limit.</summary>
        public SemaphoreSlim? Gate { get; } = maxConcurrentRuns == int.MaxValue ? null : new SemaphoreSlim(maxConcurrentRuns, maxConcurrentRuns);

        /// <summary>The most runs that were in flight at once since the session was created (observable limit).</summary>
        public int PeakRunsInFlight => Volatile.Read(ref _peakInFlight);

        /// <summary>Waits for a turn under <see cref="MaxConcurrentRuns"/>; pair with <see cref="ExitRun"/>.</summary>
        public void EnterRun(CancellationToken cancellationToken)
        {
            Gate?.Wait(cancellationToken);
            int now = Interlocked.Increment(ref _inFlight);
            int peak;
            while (now > (peak = Volatile.Read(ref _peakInFlight)) && Interlocked.CompareExchange(ref _peakInFlight, now, peak) != peak)
            {
            }
        }

        public void ExitRun()
        {
            Interlocked.Decrement(ref _inFlight);
            Gate?.Release();
        }
    }
}
