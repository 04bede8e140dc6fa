using Microsoft.Extensions.Logging;

namespace SecureKernel;

/// <summary>
/// One loaded <see cref="OnnxInjectionDetector"/> per model folder and device, shared by every guard configured with
/// <see cref="RetrievalGuardOptions.Model"/> (reference counted): the first guard loads and verifies the model and runs one
/// warm-up inference, later ones reuse it, and the last one released disposes it (its ONNX Runtime session is released with it).
/// </summary>
internal static class SharedInjectionModels
{
    private static readonly Dictionary<string, Entry> s_models = new(StringComparer.Ordinal);
    private static readonly Lock s_lock = new();

    /// <summary>Gets the shared detector for the folder and device, loading it (every file's SHA-256 checked) when no guard holds it.</summary>
    /// <exception cref="OnnxModelIntegrityException">The model folder is missing a file, a file does not match its hash, or ONNX Runtime cannot load it.</exception>
    internal static Lease Acquire(string fullDirectory, OnnxDevice device, ILogger<OnnxInjectionDetector> logger)
    {
        string key = fullDirectory + "|" + device;
        lock (s_lock)
        {
            if (!s_models.TryGetValue(key, out var entry))
            {
                var detector = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions { ModelDirectory = fullDirectory, Device = device }, logger);
                try
                {
                    // The first inference pays JIT and ONNX Runtime's lazy set-up (seconds on a loaded machine): pay it here, when
                    // the guard is created, not inside the first turn's detector timeout. A model that cannot run fails here too.
                    _ = detector.Scan([new ScanRequest("warm-up", ContentOrigin.Retrieved)], CancellationToken.None);
                }
                catch
                {
                    detector.Dispose();
                    throw;
                }

                entry = new Entry(key, detector);
                s_models[key] = entry;
            }
            else
            {
                entry.References++;
            }

            return new Lease(entry);
        }
    }

    private static void Release(Entry entry)
    {
        lock (s_lock)
        {
            if (--entry.References > 0) return;
            s_models.Remove(entry.Key);
        }

        entry.Detector.Dispose();
    }

    /// <summary>One guard's hold on a shared model; disposing it releases the hold once.</summary>
    internal sealed class Lease(Entry entry) : IDisposable
    {
        private int _disposed;

        public OnnxInjectionDetector Detector => entry.Detector;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) Release(entry);
        }
    }

    internal sealed class Entry(string key, OnnxInjectionDetector detector)
    {
        public string Key { get; } = key;

        public OnnxInjectionDetector Detector { get; } = detector;

        public int References { get; set; } = 1;
    }
}
