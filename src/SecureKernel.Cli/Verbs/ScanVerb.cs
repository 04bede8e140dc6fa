using System.Globalization;
using System.Text.Json;

namespace SecureKernel.Cli;

/// <summary><c>scan</c>: prompt-injection detection over texts, with the built-in rule detector or a model.</summary>
internal sealed class ScanVerb : ICliVerb
{
    private IInjectionDetector? _detector;
    private ContentOrigin _origin = ContentOrigin.Retrieved;

    /// <summary>
    /// Loads a model-based detector from <c>--model DIR</c> for a device (<c>auto</c>, <c>cpu</c>, <c>cuda</c>), an optional
    /// threshold and the trusted public keys (PEM text or paths; when any is given the model must be signed by one), or
    /// returns an error message. Null while no model-based detector is part of the build.
    /// </summary>
    internal static Func<string, string, double?, IReadOnlyList<string>, (IInjectionDetector? Detector, string? Error)>? ModelLoader { get; set; } = LoadEnsemble;

    /// <summary>The bundled model folder next to the tool.</summary>
    internal static string BundledModelDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "models", "injection-cnn");

    /// <summary>
    /// The rule detector and the classifier in <paramref name="directory"/>, combined on one calibrated scale (each detector's
    /// own threshold maps to 0.5); <paramref name="threshold"/> applies to that combined score.
    /// </summary>
    internal static (IInjectionDetector? Detector, string? Error) LoadEnsemble(string directory, string device, double? threshold, IReadOnlyList<string> publicKeys)
    {
        try
        {
            var model = new OnnxInjectionDetector(new OnnxInjectionDetectorOptions
            {
                ModelDirectory = directory,
                Device = device switch { "cpu" => OnnxDevice.Cpu, "cuda" => OnnxDevice.Cuda, _ => OnnxDevice.Auto },
                TrustedPublicKeys = [.. publicKeys],
                RequireSignature = publicKeys.Count > 0,
            });
            var ensemble = new EnsembleInjectionDetector(
                [new RuleInjectionDetector(), model],
                new EnsembleInjectionDetectorOptions { Policy = EnsemblePolicy.Calibrated, Threshold = threshold ?? 0.5, Name = "rules+" + model.Name });
            return (ensemble, null);
        }
        catch (OnnxModelIntegrityException ex)
        {
            return (null, $"integrity check failed for '{ex.FileName}': {ex.Message.TrimEnd('.')}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            return (null, ex.GetType().Name + ": " + ex.Message.TrimEnd('.'));
        }
    }

    public string Name => "scan";

    public string Summary => "prompt-injection detection over texts (documents, chunks, prompts)";

    public IReadOnlyList<(string Name, string Help)> Options { get; } =
    [
        ("origin", "retrieved|user: where the texts come from (default retrieved)"),
        ("threshold", "T in (0, 1]: flag when score >= T (default: the detector's calibrated one)"),
        ("model", "DIR: a classifier model directory (default: the bundled model), combined with the rule detector"),
        ("rules-only", "(flag) use only the built-in rule detector (no model)"),
        ("device", "auto|cpu|cuda: where a model runs (default auto; rules always run on the CPU)"),
        ("public-key", "PEM: a trusted public key (file or PEM text; repeatable): the model must carry a valid signature by one of them"),
    ];

    public string? Configure(CliOptions options, TextWriter stderr)
    {
        switch (options.Get("origin") ?? "retrieved")
        {
            case "retrieved": _origin = ContentOrigin.Retrieved; break;
            case "user": _origin = ContentOrigin.User; break;
            default: return "--origin must be 'retrieved' or 'user'.";
        }

        double? threshold = null;
        if (options.Get("threshold") is string t)
        {
            if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || value <= 0 || value > 1)
                return "--threshold must be a number in (0, 1].";
            threshold = value;
        }

        string device = options.Get("device") ?? "auto";
        if (device is not ("auto" or "cpu" or "cuda")) return "--device must be 'auto', 'cpu' or 'cuda'.";

        bool rulesOnly = options.Get("rules-only") == "true"; // the parser allows only "true" or "false" for a flag
        string? model = options.Get("model");
        var publicKeys = options.GetAll("public-key");
        if (publicKeys.Count > 0 && rulesOnly) return "--public-key checks a model's signature; it cannot be combined with --rules-only.";
        if (model is null && !rulesOnly)
        {
            if (Directory.Exists(BundledModelDirectory)) model = BundledModelDirectory;
            else if (publicKeys.Count > 0) return $"--public-key: the bundled model was not found next to the tool, so there is no model to verify.";
            else stderr.WriteLine("securekernel: warning: the bundled model was not found next to the tool; scanning with the rule detector only.");
        }

        if (model is not null && !rulesOnly)
        {
            if (!Directory.Exists(model)) return $"--model: directory '{model}' not found.";
            if (!File.Exists(Path.Combine(model, "manifest.json")) && !File.Exists(Path.Combine(model, "model.onnx"))) return $"--model: directory '{model}' has no manifest.json or model.onnx.";
            if (ModelLoader is null) return $"--model: '{model}' cannot be loaded: this build has no model-based detector.";
            var (detector, error) = ModelLoader(model, device, threshold, publicKeys);
            if (detector is null) return $"--model: '{model}' failed to load: {error ?? "unknown error"}.";
            _detector = detector;
            return null;
        }

        if (device == "cuda") stderr.WriteLine("securekernel: note: the rule detector runs on the CPU; --device cuda has no effect without a model.");
        _detector = new RuleInjectionDetector(new RuleInjectionDetectorOptions { Threshold = threshold ?? RuleInjectionDetectorOptions.DefaultThreshold });
        return null;
    }

    public async ValueTask ProcessAsync(IReadOnlyList<CliInput> batch, Action<CliInput, Action<Utf8JsonWriter>> writeLine, CancellationToken cancellationToken)
    {
        IInjectionDetector detector = _detector ?? throw new InvalidOperationException("scan was not configured.");
        var requests = new ScanRequest[batch.Count];
        for (int i = 0; i < batch.Count; i++) requests[i] = new ScanRequest(batch[i].Text, _origin, Id: batch[i].Line.ToString(CultureInfo.InvariantCulture));
        IReadOnlyList<InjectionScanResult> results = await detector.ScanAsync(requests, cancellationToken);
        if (results.Count != batch.Count) throw new InvalidOperationException($"The detector returned {results.Count} results for {batch.Count} texts.");

        for (int i = 0; i < batch.Count; i++)
        {
            InjectionScanResult r = results[i];
            writeLine(batch[i], w =>
            {
                w.WriteNumber("score", Math.Round(Math.Clamp(r.Score, 0, 1), 6));
                w.WriteBoolean("flagged", r.Flagged);
                w.WriteNumber("windows", r.Windows);
                w.WriteNumber("unscanned_chars", r.UnscannedChars);
                CliJson.WriteFindings(w, r.Findings);
            });
        }
    }
}
