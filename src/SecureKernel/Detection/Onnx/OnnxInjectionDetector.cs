using System.Buffers;
using System.Numerics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace SecureKernel;

/// <summary>
/// A learned prompt-injection classifier run in-process with ONNX Runtime. Loads a model folder (see
/// <see cref="OnnxModelManifest"/>) after verifying every file's SHA-256, splits long texts into overlapping windows
/// (the text score is the maximum over its windows; nothing is silently truncated), and runs all windows of all texts
/// of one <see cref="ScanAsync"/> call in ceil(windows / <see cref="BatchSize"/>) batched runs; concurrent scans that wait
/// for a run share the next ones (<see cref="OnnxInjectionDetectorOptions.CoalesceConcurrentScans"/>).
/// Thread-safe; the session is shared by every detector on the same model file and device.
/// </summary>
public sealed partial class OnnxInjectionDetector : IInjectionDetector, IModelBackedDetector, IDisposable
{
    // Below this much text a scan tokenizes on one thread: starting parallel work would cost more than it saves.
    private const long ParallelTokenizationChars = 8_192;

    private readonly OnnxSessionCache.SharedSession _shared;
    private readonly string? _cpuOnlyReason;
    private readonly OnnxWindowTokenizer _tokenizer;
    private readonly OnnxInjectionDetectorOptions _options;
    private readonly ILogger _logger;
    private readonly string[] _inputNames;
    private readonly string _outputName;
    private readonly bool _int32Inputs;
    private readonly bool _hasTokenTypes;
    private readonly bool _hasOrigin;
    private readonly int _contentTokens;
    private readonly int _stride;
    private long _sessionRuns;
    private int _disposed;

    /// <summary>Loads the model folder named by <paramref name="options"/>.</summary>
    /// <param name="options">The options; validated here.</param>
    /// <param name="logger">Receives the CPU-fallback reason (once per process) and diagnostics; never scanned text above Trace.</param>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    /// <exception cref="OnnxModelIntegrityException">A model file is missing, corrupt or mismatched, or (with trusted keys) the signature is missing, invalid or by an unknown key; the message names the file and the reason.</exception>
    /// <exception cref="InvalidOperationException"><see cref="OnnxDevice.Cuda"/> was requested and CUDA is not available.</exception>
    public OnnxInjectionDetector(OnnxInjectionDetectorOptions options, ILogger<OnnxInjectionDetector>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate().ToList();
        var trustedKeys = errors.Count == 0 ? options.ParseTrustedKeys(errors) : [];
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid OnnxInjectionDetectorOptions: " + string.Join(" ", errors), nameof(options));
        }

        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;

        // The signature over manifest.json is checked before the manifest's file hashes are trusted, and both before any session exists.
        Manifest = trustedKeys.Count > 0 ? OnnxModelManifest.Load(options.ModelDirectory, trustedKeys) : OnnxModelManifest.Load(options.ModelDirectory);
        Threshold = options.Threshold ?? Manifest.Threshold;
        Name = options.Name ?? "onnx:" + Manifest.Name;

        byte[] tokenizerBytes = ReadVerified(Manifest, Manifest.TokenizerFile);
        _tokenizer = new OnnxWindowTokenizer(Manifest, tokenizerBytes, options.NormalizeText);
        _contentTokens = Manifest.WindowTokens - _tokenizer.SpecialTokens;
        _stride = Math.Min(options.Stride ?? Manifest.Stride, _contentTokens);
        if (_contentTokens < 1)
        {
            throw new OnnxModelIntegrityException(OnnxModelManifest.FileName, $"Model file '{OnnxModelManifest.FileName}' is invalid: 'windowTokens' leaves no room for text.");
        }

        OnnxDevice device = options.Device;
        if (!Manifest.RunsOnCuda && device != OnnxDevice.Cpu)
        {
            _cpuOnlyReason = $"model '{Manifest.Name}' lists only the CPU in its manifest ('devices'): ONNX Runtime's CUDA execution provider cannot run it as a whole";
            if (device == OnnxDevice.Cuda)
            {
                throw new InvalidOperationException($"OnnxDevice.Cuda was requested but {_cpuOnlyReason}. Use OnnxDevice.Cpu or Auto, or a GPU form of the model (models/injection-minilm-gpu for injection-minilm).");
            }

            _logger.LogInformation("ONNX classifier {Model} runs on the CPU: {Reason}.", Manifest.Name, _cpuOnlyReason);
            device = OnnxDevice.Cpu;
        }

        string modelPath = OnnxModelManifest.Resolve(Manifest.Directory, Manifest.ModelFile);
        string expected = Manifest.Files.First(f => f.Path == Manifest.ModelFile).Sha256;
        try
        {
            _shared = OnnxSessionCache.Acquire(modelPath + "|" + expected, () => ReadVerified(Manifest, Manifest.ModelFile), device, options.IntraOpThreads, options.MaxConcurrentRuns, new OnnxSessionCache.CudaSettings(options.CudaDeviceId, options.CudaProviderOptions), _logger);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new OnnxModelIntegrityException(Manifest.ModelFile, $"Model file '{Manifest.ModelFile}' could not be loaded by ONNX Runtime: {ex.Message}", ex);
        }

        try
        {
            (_inputNames, _outputName, _int32Inputs, _hasTokenTypes, _hasOrigin) = Bind(Manifest, _shared.Session);
        }
        catch
        {
            OnnxSessionCache.Release(_shared);
            throw;
        }

        _logger.ModelLoaded(ModelId, Manifest.SignatureStatus, Manifest.SignatureKeyId ?? "none");
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The verified manifest of the loaded model.</summary>
    public OnnxModelManifest Manifest { get; }

    /// <inheritdoc/>
    public string ModelId => $"{Manifest.Name} {Manifest.Version}".Trim();

    /// <inheritdoc/>
    /// <value>Always <see langword="true"/>: the constructor checks every file's SHA-256 against the manifest and refuses to load on a mismatch.</value>
    public bool ModelVerified => true;

    /// <inheritdoc/>
    /// <value>
    /// <see cref="ModelSignatureStatus.Verified"/> when <see cref="OnnxInjectionDetectorOptions.TrustedPublicKeys"/> were configured
    /// (the constructor refuses a model without a valid signature then); otherwise <see cref="ModelSignatureStatus.NotVerified"/>
    /// or <see cref="ModelSignatureStatus.Unsigned"/>, depending on whether the folder holds a <c>manifest.sig</c>.
    /// </value>
    public ModelSignatureStatus SignatureStatus => Manifest.SignatureStatus;

    /// <inheritdoc/>
    public string? SignatureKeyId => Manifest.SignatureKeyId;

    /// <summary>The decision threshold in use.</summary>
    public double Threshold { get; }

    /// <summary>
    /// The most windows per inference run: <see cref="OnnxInjectionDetectorOptions.BatchSize"/>, or when that is 0, 256 with
    /// CUDA and on the CPU the manifest's <see cref="OnnxModelManifest.CpuBatchSize"/>, else 16.
    /// </summary>
    public int BatchSize => _options.BatchSize > 0 ? _options.BatchSize
        : _shared.ExecutionProvider == OnnxSessionCache.CudaProvider ? 256
        : Manifest.CpuBatchSize ?? DefaultCpuBatchSize;

    /// <summary>Windows per run on the CPU when neither the options nor the manifest give a size.</summary>
    internal const int DefaultCpuBatchSize = 16;

    /// <summary>The most inference runs the shared session makes at once (<see cref="OnnxInjectionDetectorOptions.MaxConcurrentRuns"/>; <see cref="int.MaxValue"/> when unlimited).</summary>
    public int MaxConcurrentRuns => _shared.MaxConcurrentRuns;

    /// <summary>Whether batches are padded to fixed shapes: <see cref="OnnxInjectionDetectorOptions.ShapePadding"/>, where Auto means with CUDA only.</summary>
    public bool PadsShapes => _options.ShapePadding == OnnxShapePadding.Fixed
        || (_options.ShapePadding == OnnxShapePadding.Auto && _shared.ExecutionProvider == OnnxSessionCache.CudaProvider);

    /// <summary>The execution provider that runs the model (<c>CUDAExecutionProvider</c> or <c>CPUExecutionProvider</c>).</summary>
    public string ExecutionProvider => _shared.ExecutionProvider;

    /// <summary>Why CUDA is not used although <see cref="OnnxDevice.Auto"/> asked for it; null otherwise.</summary>
    public string? DeviceFallbackReason => _cpuOnlyReason ?? _shared.FallbackReason;

    /// <summary>
    /// Whether the model takes the content's origin as an input (a float <c>origin</c> [batch]: 0 for text the principal
    /// wrote, <see cref="ContentOrigin.User"/> and <see cref="ContentOrigin.System"/>, 1 for everything else, i.e. retrieved
    /// content, tool results and model output, as the rule detector's "indirect" weights), so the same text can score
    /// differently as a user's prompt and inside a retrieved document.
    /// </summary>
    public bool UsesOrigin => _hasOrigin;

    /// <summary>The shared session object (tests check that detectors share it).</summary>
    internal object SessionIdentity => _shared;

    /// <summary>How many inference runs this detector has made (observable batching).</summary>
    internal long SessionRuns => Interlocked.Read(ref _sessionRuns);

    /// <summary>The most runs the shared session had in flight at once.</summary>
    internal int PeakRunsInFlight => _shared.PeakRunsInFlight;

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<InjectionScanResult>> ScanAsync(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (requests.Count == 0)
        {
            return [];
        }

        // Tokenizing and running the model are CPU-bound: keep the caller's thread free.
        return await Task.Run(() => Scan(requests, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Scores texts synchronously (the work behind <see cref="ScanAsync"/>).</summary>
    internal IReadOnlyList<InjectionScanResult> Scan(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken)
    {
        var tokenized = Tokenize(requests, cancellationToken);
        var windows = new List<Window>();
        var plans = new TextPlan[requests.Count];
        for (int r = 0; r < requests.Count; r++)
        {
            plans[r] = Plan(r, requests[r].Text.Length, tokenized[r], requests[r].Origin is ContentOrigin.User or ContentOrigin.System ? 0f : 1f, windows);
        }

        var scores = new float[windows.Count];
        RunBatches(windows, scores, cancellationToken);

        var results = new InjectionScanResult[requests.Count];
        for (int r = 0; r < requests.Count; r++)
        {
            results[r] = Result(plans[r], windows, scores);
        }

        return results;
    }

    /// <summary>
    /// Tokenizes every text, in parallel across texts when there is enough text to pay for it: on a GPU the tokenizer, not
    /// the model, bounds throughput (README, "GPU").
    /// </summary>
    private Tokenized[] Tokenize(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken)
    {
        long chars = 0;
        for (int r = 0; r < requests.Count; r++)
        {
            string? text = requests[r].Text ?? throw new ArgumentException($"Request {r} has a null Text.", nameof(requests));
            chars += text.Length;
        }

        var tokenized = new Tokenized[requests.Count];
        int threads = _options.TokenizationThreads == 0 ? Environment.ProcessorCount : _options.TokenizationThreads;
        if (threads < 2 || requests.Count < 2 || chars < ParallelTokenizationChars)
        {
            for (int r = 0; r < requests.Count; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                tokenized[r] = Tokenize(requests[r].Text);
            }

            return tokenized;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, requests.Count, parallel, r => tokenized[r] = Tokenize(requests[r].Text));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return tokenized;
    }

    /// <summary>Tokens of model content per window (the window less its special tokens).</summary>
    internal int ContentTokensPerWindow => _contentTokens;

    /// <summary>
    /// The tokens a scan of <paramref name="text"/> would window (special tokens excluded), without running the model: one
    /// window when it is between 1 and <see cref="ContentTokensPerWindow"/>. For benchmark inputs and tests.
    /// </summary>
    internal int CountTokens(string text) => Tokenize(text).Encoding?.Ids.Length ?? 0;

    private Tokenized Tokenize(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Tokenized(null, text.Length);
        }

        int scanChars = Math.Min(text.Length, _options.MaxCharsPerText);
        if (scanChars < text.Length && char.IsHighSurrogate(text[scanChars - 1]))
        {
            scanChars--;
        }

        string scanned = scanChars == text.Length ? text : text[..scanChars];
        return new Tokenized(_tokenizer.Encode(scanned), scanChars);
    }

    private TextPlan Plan(int request, int textLength, Tokenized tokenized, float origin, List<Window> windows)
    {
        int first = windows.Count;
        if (tokenized.Encoding is not { } enc)
        {
            // empty or whitespace only: nothing to scan, nothing missed
            return new TextPlan(first, 0, 0, textLength);
        }

        int scanChars = tokenized.ScanChars;
        int n = enc.Ids.Length;
        if (n == 0)
        {
            return new TextPlan(first, 0, textLength - scanChars, textLength);
        }

        int count = 0;
        int coveredEnd = 0;
        for (int start = 0; ; start += _stride)
        {
            int end = Math.Min(n, start + _contentTokens);
            if (count == _options.MaxWindowsPerText)
            {
                break;
            }

            windows.Add(new Window(request, enc.Ids, start, end - start, enc.Starts[start], enc.Ends[end - 1], origin));
            count++;
            coveredEnd = end;
            if (end >= n)
            {
                break;
            }
        }

        int unscanned = textLength - scanChars;
        if (coveredEnd < n)
        {
            unscanned += scanChars - enc.Ends[coveredEnd - 1];
        }

        return new TextPlan(first, count, Math.Max(0, unscanned), textLength);
    }

    /// <summary>Runs one batch; returns a score per window of <paramref name="windows"/>, in order.</summary>
    private float[] RunBatch(List<Window> windows, RunOptions runOptions)
    {
        var batch = new int[windows.Count];
        for (int i = 0; i < batch.Length; i++)
        {
            batch[i] = i;
        }

        var scores = new float[windows.Count];
        int special = _tokenizer.SpecialTokens;
        int maxLen = 0;
        foreach (int w in batch)
        {
            maxLen = Math.Max(maxLen, windows[w].Length + special);
        }

        // Fixed shapes: full window length, rows rounded up to a power of two (repeating the first window; their scores are dropped).
        int scored = batch.Length;
        if (PadsShapes && Manifest.Signature != OnnxInputSignature.UseSparse)
        {
            maxLen = Math.Max(maxLen, Manifest.WindowTokens);
            int rows = Math.Max(scored, Math.Min(BatchSize, (int)BitOperations.RoundUpToPowerOf2((uint)scored)));
            if (rows > scored)
            {
                var padded = new int[rows];
                batch.CopyTo(padded, 0);
                padded.AsSpan(scored).Fill(batch[0]);
                batch = padded;
            }
        }

        var values = new List<OrtValue>(4);
        try
        {
            if (Manifest.Signature == OnnxInputSignature.UseSparse)
            {
                int total = 0;
                foreach (int w in batch)
                {
                    total += windows[w].Length;
                }

                var indices = new int[total * 2];
                var ids = new int[total];
                int k = 0;
                for (int row = 0; row < batch.Length; row++)
                {
                    var win = windows[batch[row]];
                    for (int j = 0; j < win.Length; j++, k++)
                    {
                        indices[2 * k] = row;
                        indices[(2 * k) + 1] = j;
                        ids[k] = win.Ids[win.Start + j];
                    }
                }

                values.Add(OrtValue.CreateTensorValueFromMemory(indices, [total, 2]));
                values.Add(OrtValue.CreateTensorValueFromMemory(ids, [total]));
            }
            else
            {
                int size = batch.Length * maxLen;
                long[] shape = [batch.Length, maxLen];
                if (_int32Inputs)
                {
                    var ids = new int[size];
                    var mask = new int[size];
                    Fill(windows, batch, maxLen, (i, v) => ids[i] = v, i => mask[i] = 1);
                    values.Add(OrtValue.CreateTensorValueFromMemory(ids, shape));
                    values.Add(OrtValue.CreateTensorValueFromMemory(mask, shape));
                    if (_hasTokenTypes)
                    {
                        values.Add(OrtValue.CreateTensorValueFromMemory(new int[size], shape));
                    }
                }
                else
                {
                    var ids = new long[size];
                    var mask = new long[size];
                    Fill(windows, batch, maxLen, (i, v) => ids[i] = v, i => mask[i] = 1);
                    values.Add(OrtValue.CreateTensorValueFromMemory(ids, shape));
                    values.Add(OrtValue.CreateTensorValueFromMemory(mask, shape));
                    if (_hasTokenTypes)
                    {
                        values.Add(OrtValue.CreateTensorValueFromMemory(new long[size], shape));
                    }
                }
            }

            if (_hasOrigin)
            {
                var origin = new float[batch.Length];
                for (int row = 0; row < batch.Length; row++)
                {
                    origin[row] = windows[batch[row]].Origin;
                }

                values.Add(OrtValue.CreateTensorValueFromMemory(origin, [batch.Length]));
            }

            using var outputs = _shared.Session.Run(runOptions, _inputNames, values, [_outputName]);
            Interlocked.Increment(ref _sessionRuns);
            var logits = outputs[0].GetTensorDataAsSpan<float>();
            int labels = Manifest.Labels.Count;
            if (logits.Length != batch.Length * labels)
            {
                throw new InvalidOperationException($"Model '{Manifest.Name}' returned {logits.Length} values for {batch.Length} windows and {labels} labels.");
            }

            for (int row = 0; row < scored; row++)
            {
                scores[batch[row]] = Probability(logits.Slice(row * labels, labels), Manifest.PositiveLabelIndex);
            }
        }
        finally
        {
            foreach (var v in values)
            {
                v.Dispose();
            }
        }

        return scores;
    }

    private void Fill(List<Window> windows, ReadOnlySpan<int> batch, int maxLen, Action<int, int> setId, Action<int> setMask)
    {
        for (int row = 0; row < batch.Length; row++)
        {
            var win = windows[batch[row]];
            int at = row * maxLen;
            if (_tokenizer.ClsId >= 0)
            {
                setId(at, _tokenizer.ClsId);
                setMask(at++);
            }

            for (int j = 0; j < win.Length; j++)
            {
                setId(at, win.Ids[win.Start + j]);
                setMask(at++);
            }

            if (_tokenizer.SepId >= 0)
            {
                setId(at, _tokenizer.SepId);
                setMask(at);
            }
        }
    }

    internal static float Probability(ReadOnlySpan<float> logits, int positive)
    {
        if (logits.Length == 1)
        {
            return 1f / (1f + MathF.Exp(-logits[0]));
        }

        float max = float.NegativeInfinity;
        foreach (float l in logits)
        {
            max = MathF.Max(max, l);
        }

        float sum = 0;
        foreach (float l in logits)
        {
            sum += MathF.Exp(l - max);
        }

        float p = MathF.Exp(logits[positive] - max) / sum;
        return float.IsNaN(p) ? 1f : p;
    }

    private InjectionScanResult Result(TextPlan plan, List<Window> windows, float[] scores)
    {
        var findings = new List<SecurityFinding>(2);
        double best = 0;
        int bestWindow = -1;
        for (int i = 0; i < plan.Count; i++)
        {
            if (scores[plan.First + i] > best || bestWindow < 0)
            {
                best = scores[plan.First + i];
                bestWindow = plan.First + i;
            }
        }

        bool flagged = bestWindow >= 0 && best >= Threshold;
        if (flagged)
        {
            var w = windows[bestWindow];
            findings.Add(new SecurityFinding(FindingKind.ClassifierScore, $"model {Manifest.Name} {Manifest.Version}: window {bestWindow - plan.First + 1} of {plan.Count} scored above {Threshold:0.###}", best, Name, w.CharStart, w.CharEnd - w.CharStart));
        }

        if (plan.Unscanned > 0)
        {
            findings.Add(new SecurityFinding(FindingKind.Unscanned, $"{plan.Unscanned} characters beyond the scan limit were not scanned", 0, Name, plan.TextLength - plan.Unscanned, plan.Unscanned));
        }

        return new InjectionScanResult
        {
            Score = best,
            Flagged = flagged,
            Findings = findings,
            Windows = plan.Count,
            UnscannedChars = plan.Unscanned,
        };
    }

    private static (string[] Inputs, string Output, bool Int32, bool TokenTypes, bool Origin) Bind(OnnxModelManifest manifest, InferenceSession session)
    {
        var inputs = session.InputMetadata;
        OnnxModelIntegrityException Bad(string what) => new(manifest.ModelFile, $"Model file '{manifest.ModelFile}' does not have the '{manifest.Signature}' signature its manifest declares: {what}.");
        if (session.OutputMetadata.Count < 1)
        {
            throw Bad("no output");
        }

        string output = session.OutputMetadata.ContainsKey("logits") ? "logits" : session.OutputMetadata.Keys.First();
        if (session.OutputMetadata[output].ElementDataType != TensorElementType.Float)
        {
            throw Bad("the logits output is not float");
        }

        if (manifest.Signature == OnnxInputSignature.UseSparse)
        {
            if (!inputs.ContainsKey("indices") || !inputs.ContainsKey("values") || inputs.Count != 2)
            {
                throw Bad("expected exactly the inputs 'indices' and 'values'");
            }

            return (["indices", "values"], output, true, false, false);
        }

        if (!inputs.TryGetValue("input_ids", out var ids) || !inputs.ContainsKey("attention_mask"))
        {
            throw Bad("expected the inputs 'input_ids' and 'attention_mask'");
        }

        bool tokenTypes = inputs.ContainsKey("token_type_ids");
        // an origin-aware model (tools/classifier/train_student.py --origin) also takes a float 'origin' [batch]
        bool origin = inputs.TryGetValue("origin", out var originMeta);
        if (origin && (originMeta!.ElementDataType != TensorElementType.Float || originMeta.Dimensions.Length != 1))
        {
            throw Bad("'origin' must be a float tensor of shape [batch]");
        }

        if (inputs.Count != 2 + (tokenTypes ? 1 : 0) + (origin ? 1 : 0))
        {
            throw Bad("unexpected extra inputs");
        }

        bool int32 = ids.ElementDataType == TensorElementType.Int32;
        if (!int32 && ids.ElementDataType != TensorElementType.Int64)
        {
            throw Bad("'input_ids' must be int32 or int64");
        }

        var names = new List<string>(4) { "input_ids", "attention_mask" };
        if (tokenTypes)
        {
            names.Add("token_type_ids");
        }

        if (origin)
        {
            names.Add("origin");
        }

        return ([.. names], output, int32, tokenTypes, origin);
    }

    private static byte[] ReadVerified(OnnxModelManifest manifest, string relative)
    {
        string path = OnnxModelManifest.Resolve(manifest.Directory, relative);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OnnxModelIntegrityException(relative, $"Model file '{relative}' cannot be read.", ex);
        }

        // Hash the very bytes that are loaded, so a file swapped after the manifest check is still refused.
        string actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        string expected = manifest.Files.First(f => f.Path == relative).Sha256;
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new OnnxModelIntegrityException(relative, $"Model file '{relative}' does not match its SHA-256 in the manifest (expected {expected}, found {actual}).");
        }

        return bytes;
    }

    /// <summary>Releases this detector's reference to the shared session.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            OnnxSessionCache.Release(_shared);
        }
    }

    private readonly record struct Window(int Request, int[] Ids, int Start, int Length, int CharStart, int CharEnd, float Origin);

    private readonly record struct TextPlan(int First, int Count, int Unscanned, int TextLength);

    /// <summary>A text's tokens (null for empty or whitespace-only text) and how many of its characters were tokenized.</summary>
    private readonly record struct Tokenized(OnnxWindowTokenizer.Encoded? Encoding, int ScanChars);
}
