namespace SecureKernel;

/// <summary>Options of <see cref="OnnxInjectionDetector"/>. Checked by <see cref="Validate"/> when the detector is created.</summary>
public sealed class OnnxInjectionDetectorOptions
{
    /// <summary>The model folder holding <c>manifest.json</c>, the ONNX file and the tokenizer files. Required.</summary>
    public string ModelDirectory { get; set; } = string.Empty;

    /// <summary>Where the model runs.</summary>
    /// <value>The default is <see cref="OnnxDevice.Auto"/>.</value>
    public OnnxDevice Device { get; set; } = OnnxDevice.Auto;

    /// <summary>
    /// The most windows per inference run. All windows of one scan go through the model in ceil(windows / BatchSize) runs.
    /// 0 picks by device: 256 with CUDA (measured on an H100: 36,000 windows/s of 128 tokens at 64, 132,000 at 256, 120,000
    /// at 1,024); on the CPU the model manifest's <c>cpuBatchSize</c> (1 for the int8 models that quantize activations per
    /// tensor, so that a window's score does not depend on the windows batched with it), else 16 (on 2 cores as fast as 64
    /// within a few percent, with 25-140 MB less resident memory; README, "Speed and memory").
    /// </summary>
    /// <value>The default is 0 (by device). <see cref="OnnxInjectionDetector.BatchSize"/> gives the size in use.</value>
    public int BatchSize { get; set; }

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

    /// <summary>
    /// The most inference runs the shared session makes at once, across every detector and kernel using it; further batches
    /// wait their turn (tokenization does not). ONNX Runtime's CPU memory arena holds the buffers of every run in flight and
    /// keeps them, so unbounded concurrency grows resident memory with the number of concurrent scans, while on the CPU
    /// runs beyond the cores' share gain nothing. 0 picks by device: on the CPU, the processor count divided by
    /// <see cref="IntraOpThreads"/> (1 when ONNX Runtime uses every core, its default); with CUDA, 4, so that under load the
    /// scans waiting for a run share the next ones (<see cref="CoalesceConcurrentScans"/>; README, "GPU": 64 concurrent
    /// kernels on an H100 made 1.2-1.6x the turns per second with 2-4 runs at once than with no limit and no sharing).
    /// </summary>
    /// <value>The default is 0 (by device).</value>
    public int MaxConcurrentRuns { get; set; }

    /// <summary>
    /// Whether concurrent scans share inference runs: a scan queues its windows, and whoever gets a run slot
    /// (<see cref="MaxConcurrentRuns"/>) runs up to <see cref="BatchSize"/> of the queued windows, other scans' included, so
    /// many small scans at once (many kernels sharing one guard) make a few full batches instead of many small runs. A scan
    /// alone runs exactly the batches it ran without this. Under concurrency a window's score may differ from a lone scan's
    /// in the last float digits (its batch-mates differ), and one scan's cancellation stops only runs of its own windows.
    /// </summary>
    /// <value>The default is true.</value>
    public bool CoalesceConcurrentScans { get; set; } = true;

    /// <summary>
    /// Threads that tokenize the texts of one scan in parallel (each text on one thread); 0 uses every processor, 1 tokenizes
    /// on the calling thread. Scans of less than about 8,000 characters are always tokenized on one thread.
    /// </summary>
    /// <value>The default is 0. On a GPU the tokenizer bounds throughput, so the default matters most there.</value>
    public int TokenizationThreads { get; set; }

    /// <summary>
    /// Whether the model sees text after <see cref="TextNormalizer"/>, as the rule detector does: HTML character references
    /// and text hidden in Unicode tag characters decoded, zero-width and bidi controls removed, confusable letters folded to
    /// Latin, NFKC. Off, the model sees the text as it came (NFKC only, if its manifest asks for it).
    /// </summary>
    /// <value>The default is true.</value>
    public bool NormalizeText { get; set; } = true;

    /// <summary>The CUDA device id used when the CUDA execution provider is selected.</summary>
    public int CudaDeviceId { get; set; }

    /// <summary>
    /// How batches are shaped. A session meets a batch shape it has not seen before with extra work (on CUDA, cuDNN times its
    /// convolution algorithms per shape), so on a GPU a few fixed shapes beat least padding.
    /// </summary>
    /// <value>The default is <see cref="OnnxShapePadding.Auto"/>: fixed shapes with CUDA, none on the CPU.</value>
    public OnnxShapePadding ShapePadding { get; set; } = OnnxShapePadding.Auto;

    /// <summary>
    /// Options passed to ONNX Runtime's CUDA execution provider as they are (for example <c>cudnn_conv_algo_search</c>:
    /// <c>EXHAUSTIVE</c>, <c>HEURISTIC</c> or <c>DEFAULT</c>; <c>gpu_mem_limit</c>; <c>arena_extend_strategy</c>). Unknown keys
    /// or values make the CUDA provider fail to start, which <see cref="OnnxDevice.Cuda"/> reports and
    /// <see cref="OnnxDevice.Auto"/> answers by falling back to the CPU with the reason logged. <c>device_id</c> is always
    /// <see cref="CudaDeviceId"/>.
    /// </summary>
    /// <value>
    /// The default is empty: ONNX Runtime's defaults, except <c>cudnn_conv_algo_search</c>, which is <c>HEURISTIC</c> unless set
    /// here (ONNX Runtime's EXHAUSTIVE made retrievals of varied shapes five times slower on an H200: README, "GPU").
    /// </value>
    public IDictionary<string, string> CudaProviderOptions { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The detector name used in findings; null gives <c>onnx:&lt;model name&gt;</c>.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Public keys trusted to sign the model folder, each as PEM text (<c>-----BEGIN PUBLIC KEY-----</c>: ECDSA P-256/P-384 or
    /// RSA of at least 2048 bits) or as the path of a PEM file. When any is given, the folder's <c>manifest.sig</c> must
    /// hold a valid signature by one of them over <c>manifest.json</c>, or the detector refuses to load
    /// (<see cref="OnnxModelIntegrityException"/>, before any ONNX Runtime session is created).
    /// </summary>
    /// <value>The default is empty: the signature is not checked (file hashes still are).</value>
    public IList<string> TrustedPublicKeys { get; set; } = new List<string>();

    /// <summary>
    /// When true, a valid signature by one of <see cref="TrustedPublicKeys"/> is required, and options without any trusted key
    /// are invalid, so a deployment that lost its key configuration fails at startup instead of loading an unchecked model.
    /// </summary>
    /// <value>The default is false. A signature is required anyway whenever <see cref="TrustedPublicKeys"/> is not empty.</value>
    public bool RequireSignature { get; set; }

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(ModelDirectory)) errors.Add("ModelDirectory: required.");
        if (!Enum.IsDefined(Device)) errors.Add("Device: must be Auto, Cpu or Cuda.");
        if (BatchSize is < 0 or > 4096) errors.Add("BatchSize: must be between 1 and 4096, or 0 to pick by device.");
        if (Threshold is { } t && (double.IsNaN(t) || t <= 0 || t >= 1)) errors.Add("Threshold: must be in (0, 1).");
        if (Stride is < 1) errors.Add("Stride: must be at least 1 (and at most the window size).");
        if (MaxWindowsPerText is < 1 or > 1_000_000) errors.Add("MaxWindowsPerText: must be between 1 and 1,000,000.");
        if (MaxCharsPerText < 1) errors.Add("MaxCharsPerText: must be at least 1.");
        if (IntraOpThreads is < 0 or > 1024) errors.Add("IntraOpThreads: must be between 0 and 1024.");
        if (TokenizationThreads is < 0 or > 1024) errors.Add("TokenizationThreads: must be between 0 and 1024.");
        if (MaxConcurrentRuns is < 0 or > 1024) errors.Add("MaxConcurrentRuns: must be between 1 and 1024, or 0 to pick by device.");
        if (CudaDeviceId < 0) errors.Add("CudaDeviceId: must not be negative.");
        if (!Enum.IsDefined(ShapePadding)) errors.Add("ShapePadding: must be Auto, None or Fixed.");
        if (CudaProviderOptions is null) errors.Add("CudaProviderOptions: must not be null.");
        else if (CudaProviderOptions.Any(p => string.IsNullOrWhiteSpace(p.Key) || string.IsNullOrWhiteSpace(p.Value)))
            errors.Add("CudaProviderOptions: keys and values must not be blank.");
        if (Name is not null && string.IsNullOrWhiteSpace(Name)) errors.Add("Name: must not be blank.");
        _ = ParseTrustedKeys(errors);
        return errors;
    }

    /// <summary>Reads <see cref="TrustedPublicKeys"/>, adding a message to <paramref name="errors"/> for each one that cannot be used.</summary>
    internal List<OnnxModelPublicKey> ParseTrustedKeys(List<string> errors)
    {
        var keys = new List<OnnxModelPublicKey>();
        if (TrustedPublicKeys is null)
        {
            errors.Add("TrustedPublicKeys: must not be null.");
            return keys;
        }

        for (int i = 0; i < TrustedPublicKeys.Count; i++)
        {
            string? entry = TrustedPublicKeys[i];
            if (string.IsNullOrWhiteSpace(entry))
            {
                errors.Add($"TrustedPublicKeys[{i}]: must be PEM text or the path of a PEM file, not blank.");
                continue;
            }

            try
            {
                keys.Add(OnnxModelPublicKey.Load(entry));
            }
            catch (ArgumentException ex)
            {
                errors.Add($"TrustedPublicKeys[{i}]: {ex.Message}");
            }
        }

        if (RequireSignature && TrustedPublicKeys.Count == 0)
        {
            errors.Add("RequireSignature: needs at least one entry in TrustedPublicKeys to check the signature with.");
        }

        return keys;
    }
}
