namespace SecureKernel;

/// <summary>Options of <see cref="OnnxInjectionDetector"/>. Checked by <see cref="Validate"/> when the detector is created.</summary>
public sealed class OnnxInjectionDetectorOptions
{
    /// <summary>The model folder holding <c>manifest.json</c>, the ONNX file and the tokenizer files. Required.</summary>
    public string ModelDirectory { get; set; } = string.Empty;

    /// <summary>Where the model runs.</summary>
    /// <value>The default is <see cref="OnnxDevice.Auto"/>.</value>
    public OnnxDevice Device { get; set; } = OnnxDevice.Auto;

    /// <summary>The most windows per inference run. All windows of one scan go through the model in ceil(windows / BatchSize) runs.</summary>
    /// <value>The default is 64.</value>
    public int BatchSize { get; set; } = 64;

    /// <summary>The decision threshold; null uses the calibrated threshold of the manifest.</summary>
    public double? Threshold { get; set; }

    /// <summary>Tokens between window starts; null uses the manifest's stride.</summary>
    public int? Stride { get; set; }

    /// <summary>
    /// The most windows scanned per text. Text beyond the last window is not scanned and is reported in
    /// <see cref="InjectionScanResult.UnscannedChars"/> with a <see cref="FindingKind.Unscanned"/> finding.
    /// </summary>
    /// <value>The default is 512 (about 50,000 tokens at the bundled model's stride).</value>
    public int MaxWindowsPerText { get; set; } = 512;

    /// <summary>The most characters of one text that are tokenized; the rest is reported as unscanned.</summary>
    /// <value>The default is 1,000,000.</value>
    public int MaxCharsPerText { get; set; } = 1_000_000;

    /// <summary>Threads ONNX Runtime uses inside one run on the CPU; 0 lets ONNX Runtime decide.</summary>
    /// <value>The default is 0.</value>
    public int IntraOpThreads { get; set; }

    /// <summary>The CUDA device id used when the CUDA execution provider is selected.</summary>
    public int CudaDeviceId { get; set; }

    /// <summary>The detector name used in findings; null gives <c>onnx:&lt;model name&gt;</c>.</summary>
    public string? Name { get; set; }

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(ModelDirectory)) errors.Add("ModelDirectory: required.");
        if (!Enum.IsDefined(Device)) errors.Add("Device: must be Auto, Cpu or Cuda.");
        if (BatchSize is < 1 or > 4096) errors.Add("BatchSize: must be between 1 and 4096.");
        if (Threshold is { } t && (double.IsNaN(t) || t <= 0 || t >= 1)) errors.Add("Threshold: must be in (0, 1).");
        if (Stride is < 1) errors.Add("Stride: must be at least 1 (and at most the window size).");
        if (MaxWindowsPerText is < 1 or > 1_000_000) errors.Add("MaxWindowsPerText: must be between 1 and 1,000,000.");
        if (MaxCharsPerText < 1) errors.Add("MaxCharsPerText: must be at least 1.");
        if (IntraOpThreads is < 0 or > 1024) errors.Add("IntraOpThreads: must be between 0 and 1024.");
        if (CudaDeviceId < 0) errors.Add("CudaDeviceId: must not be negative.");
        if (Name is not null && string.IsNullOrWhiteSpace(Name)) errors.Add("Name: must not be blank.");
        return errors;
    }
}
