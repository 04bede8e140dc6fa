using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecureKernel;

/// <summary>
/// The <c>manifest.json</c> of a classifier model folder: files with their SHA-256, labels, window size, input signature,
/// tokenizer, calibrated threshold, licence and version. <see cref="Load(string)"/> verifies every file before anything is
/// used; <see cref="Load(string, IReadOnlyCollection{OnnxModelPublicKey})"/> verifies the manifest's signature first.
/// </summary>
public sealed class OnnxModelManifest
{
    /// <summary>The manifest's file name inside a model folder.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    private OnnxModelManifest()
    {
    }

    /// <summary>The full path of the model folder.</summary>
    public string Directory { get; private init; } = string.Empty;

    /// <summary>The model name.</summary>
    public string Name { get; private init; } = string.Empty;

    /// <summary>The model version.</summary>
    public string Version { get; private init; } = string.Empty;

    /// <summary>The licence (SPDX id).</summary>
    public string License { get; private init; } = string.Empty;

    /// <summary>The ONNX file, relative to the folder.</summary>
    public string ModelFile { get; private init; } = string.Empty;

    /// <summary>Every file with its expected SHA-256. The model and tokenizer files are always among them.</summary>
    public IReadOnlyList<OnnxModelFile> Files { get; private init; } = [];

    /// <summary>The output labels, in logit order.</summary>
    public IReadOnlyList<string> Labels { get; private init; } = [];

    /// <summary>The index of the attack label in <see cref="Labels"/>.</summary>
    public int PositiveLabelIndex { get; private init; }

    /// <summary>The input signature.</summary>
    public OnnxInputSignature Signature { get; private init; }

    /// <summary>Tokens per window, special tokens included.</summary>
    public int WindowTokens { get; private init; }

    /// <summary>Tokens between the starts of two consecutive windows (less than <see cref="WindowTokens"/> gives overlap).</summary>
    public int Stride { get; private init; }

    /// <summary>
    /// The most windows per inference run on the CPU that the model asks for (<c>cpuBatchSize</c>; optional), used when
    /// <see cref="OnnxInjectionDetectorOptions.BatchSize"/> is 0 and the model runs on the CPU: 1 for a model that quantizes
    /// activations with one scale per tensor, whose scores would otherwise depend on the windows batched together. Null when
    /// the manifest gives none (the detector then uses 16).
    /// </summary>
    public int? CpuBatchSize { get; private init; }

    /// <summary>
    /// False when the manifest's <c>devices</c> lists only <c>cpu</c>: a graph that ONNX Runtime's CUDA execution provider
    /// cannot run as a whole (e.g. dynamic int8 quantization, whose matrix products it would leave on the CPU with copies
    /// between the devices). Such a model runs on the CPU under <see cref="OnnxDevice.Auto"/> and refuses
    /// <see cref="OnnxDevice.Cuda"/>. True when the manifest gives no <c>devices</c>.
    /// </summary>
    public bool RunsOnCuda { get; private init; } = true;

    /// <summary>The tokenizer kind.</summary>
    public OnnxTokenizerKind TokenizerKind { get; private init; }

    /// <summary>The tokenizer file, relative to the folder.</summary>
    public string TokenizerFile { get; private init; } = string.Empty;

    /// <summary>True when text is NFKC-normalized before tokenization.</summary>
    public bool NormalizeNfkc { get; private init; }

    /// <summary>True when a WordPiece tokenizer lower-cases.</summary>
    public bool LowerCase { get; private init; }

    /// <summary>
    /// True when a WordPiece tokenizer strips accents (decomposes and drops non-spacing marks, so "für" is read as "fur"), as an
    /// uncased BERT vocabulary was built. Manifest <c>tokenizer.stripAccents</c>; when absent it follows <see cref="LowerCase"/>,
    /// as HuggingFace's BERT tokenizer does.
    /// </summary>
    public bool StripAccents { get; private init; }

    /// <summary>
    /// For a SentencePiece model whose windows the model expects wrapped in a classification and a separator token, as
    /// DeBERTa-v3 classifiers (Prompt Guard 2, ProtectAI's deberta-v3 prompt-injection models, PIGuard) do: the id put before
    /// each window (manifest <c>tokenizer.clsTokenId</c>, for DeBERTa-v3 1, <c>[CLS]</c>). Null: no special tokens, as the
    /// bundled SentencePiece models were trained. A WordPiece model always gets its vocabulary's <c>[CLS]</c> and <c>[SEP]</c>.
    /// </summary>
    public int? ClsTokenId { get; private init; }

    /// <summary>The id put after each window with <see cref="ClsTokenId"/> (manifest <c>tokenizer.sepTokenId</c>; DeBERTa-v3: 2, <c>[SEP]</c>).</summary>
    public int? SepTokenId { get; private init; }

    /// <summary>The calibrated decision threshold on the attack probability.</summary>
    public double Threshold { get; private init; }

    /// <summary>How the signature of the model folder was checked when it was loaded.</summary>
    /// <value>
    /// <see cref="ModelSignatureStatus.Verified"/> when it was loaded with trusted keys; otherwise
    /// <see cref="ModelSignatureStatus.NotVerified"/> when the folder holds a <c>manifest.sig</c> and
    /// <see cref="ModelSignatureStatus.Unsigned"/> when it does not.
    /// </value>
    public ModelSignatureStatus SignatureStatus { get; private init; }

    /// <summary>The id of the trusted key whose signature was verified; null unless <see cref="SignatureStatus"/> is <see cref="ModelSignatureStatus.Verified"/>.</summary>
    public string? SignatureKeyId { get; private init; }

    /// <summary>
    /// Reads <c>manifest.json</c> from <paramref name="directory"/> and verifies the SHA-256 of every listed file. A signature
    /// (<c>manifest.sig</c>) is not checked: use <see cref="Load(string, IReadOnlyCollection{OnnxModelPublicKey})"/> for that.
    /// </summary>
    /// <param name="directory">The model folder.</param>
    /// <exception cref="OnnxModelIntegrityException">A file is missing, corrupt or mismatched, or the manifest is invalid. The message names the file.</exception>
    public static OnnxModelManifest Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string root = Path.GetFullPath(directory);
        byte[] bytes = ReadManifestBytes(root);
        var status = File.Exists(Path.Combine(root, OnnxModelSignature.FileName)) ? ModelSignatureStatus.NotVerified : ModelSignatureStatus.Unsigned;
        return LoadVerified(root, bytes, status, null);
    }

    /// <summary>
    /// Reads <c>manifest.json</c> from <paramref name="directory"/>, verifies its signature (<c>manifest.sig</c>, see
    /// <see cref="OnnxModelSignature"/>) with one of <paramref name="trustedKeys"/>, then parses the very bytes that were
    /// verified and checks the SHA-256 of every listed file. A folder without a signature, with a signature by another
    /// key, or with a manifest changed after signing is refused.
    /// </summary>
    /// <param name="directory">The model folder.</param>
    /// <param name="trustedKeys">The keys trusted to sign models; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="trustedKeys"/> is empty.</exception>
    /// <exception cref="OnnxModelIntegrityException">The signature is missing, invalid or by an unknown key, the manifest changed, or a file is missing, corrupt or mismatched. The message names the file and the reason.</exception>
    public static OnnxModelManifest Load(string directory, IReadOnlyCollection<OnnxModelPublicKey> trustedKeys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(trustedKeys);
        if (trustedKeys.Count == 0 || trustedKeys.Any(k => k is null))
        {
            throw new ArgumentException("At least one trusted key is required (and none may be null); use Load(directory) to load without a signature check.", nameof(trustedKeys));
        }

        string root = Path.GetFullPath(directory);
        byte[] bytes = ReadManifestBytes(root);
        var key = OnnxModelSignature.VerifyManifest(root, bytes, trustedKeys);
        return LoadVerified(root, bytes, ModelSignatureStatus.Verified, key.KeyId);
    }

    /// <summary>Reads the manifest's bytes (at most 1 MiB).</summary>
    internal static byte[] ReadManifestBytes(string root)
    {
        if (!System.IO.Directory.Exists(root))
        {
            throw new OnnxModelIntegrityException(FileName, $"Model folder '{root}' does not exist, so '{FileName}' is missing.");
        }

        string manifestPath = Path.Combine(root, FileName);
        if (!File.Exists(manifestPath))
        {
            throw new OnnxModelIntegrityException(FileName, $"Model file '{FileName}' is missing in '{root}'.");
        }

        try
        {
            using var stream = File.OpenRead(manifestPath);
            if (stream.Length > 1 << 20)
            {
                throw new OnnxModelIntegrityException(FileName, $"Model file '{FileName}' is larger than 1 MiB.");
            }

            byte[] bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OnnxModelIntegrityException(FileName, $"Model file '{FileName}' cannot be read.", ex);
        }
    }

    /// <summary>Parses <paramref name="bytes"/> (already signature-checked when a key is given) and verifies every file hash.</summary>
    internal static OnnxModelManifest LoadVerified(string root, byte[] bytes, ModelSignatureStatus status, string? keyId)
    {
        Dto dto;
        try
        {
            ReadOnlySpan<byte> json = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;
            dto = JsonSerializer.Deserialize<Dto>(json, s_json) ?? throw new OnnxModelIntegrityException(FileName, $"Model file '{FileName}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new OnnxModelIntegrityException(FileName, $"Model file '{FileName}' is not valid JSON: {ex.Message}", ex);
        }

        var manifest = FromDto(dto, root, status, keyId);
        foreach (var file in manifest.Files)
        {
            VerifyFile(root, file);
        }

        return manifest;
    }

    /// <summary>Computes the lower-case hex SHA-256 of a file.</summary>
    /// <param name="path">The file.</param>
    public static string ComputeSha256(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void VerifyFile(string root, OnnxModelFile file)
    {
        string full = Resolve(root, file.Path);
        if (!File.Exists(full))
        {
            throw new OnnxModelIntegrityException(file.Path, $"Model file '{file.Path}' is missing.");
        }

        string actual;
        try
        {
            actual = ComputeSha256(full);
        }
        catch (IOException ex)
        {
            throw new OnnxModelIntegrityException(file.Path, $"Model file '{file.Path}' cannot be read.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new OnnxModelIntegrityException(file.Path, $"Model file '{file.Path}' cannot be read.", ex);
        }

        if (!string.Equals(actual, file.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new OnnxModelIntegrityException(file.Path, $"Model file '{file.Path}' does not match its SHA-256 in the manifest (expected {file.Sha256}, found {actual}).");
        }
    }

    internal static string Resolve(string root, string relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Contains("..", StringComparison.Ordinal))
        {
            throw new OnnxModelIntegrityException(relative ?? string.Empty, $"Model file path '{relative}' must be relative to the model folder and must not contain '..'.");
        }

        string full = Path.GetFullPath(Path.Combine(root, relative));
        string rootWithSep = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSep, StringComparison.Ordinal))
        {
            throw new OnnxModelIntegrityException(relative, $"Model file path '{relative}' leaves the model folder.");
        }

        return full;
    }

    private static OnnxModelManifest FromDto(Dto d, string root, ModelSignatureStatus status, string? keyId)
    {
        static OnnxModelIntegrityException Bad(string what) => new(FileName, $"Model file '{FileName}' is invalid: {what}.");

        if (string.IsNullOrWhiteSpace(d.Name)) throw Bad("'name' is required");
        if (string.IsNullOrWhiteSpace(d.Version)) throw Bad("'version' is required");
        if (string.IsNullOrWhiteSpace(d.License)) throw Bad("'license' is required");
        if (string.IsNullOrWhiteSpace(d.Model)) throw Bad("'model' is required");
        if (d.Files is null || d.Files.Count == 0) throw Bad("'files' must list every file with its sha256");
        if (d.Labels is null || d.Labels.Count < 1) throw Bad("'labels' is required");
        if (d.Tokenizer is null || string.IsNullOrWhiteSpace(d.Tokenizer.File)) throw Bad("'tokenizer.file' is required");
        if (d.WindowTokens is < 8 or > 8192) throw Bad("'windowTokens' must be between 8 and 8192");
        if (d.Stride < 1 || d.Stride > d.WindowTokens) throw Bad("'stride' must be between 1 and 'windowTokens'");
        if (double.IsNaN(d.Threshold) || d.Threshold <= 0 || d.Threshold >= 1) throw Bad("'threshold' must be in (0, 1)");
        if (d.CpuBatchSize is < 1 or > 4096) throw Bad("'cpuBatchSize' must be between 1 and 4096");
        if (d.Devices is { } devices && (devices.Count == 0 || !devices.Contains("cpu") || devices.Any(x => x is not ("cpu" or "cuda"))))
            throw Bad("'devices' must list 'cpu' and may list 'cuda'");

        var files = new List<OnnxModelFile>(d.Files.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in d.Files)
        {
            if (f is null || string.IsNullOrWhiteSpace(f.Path)) throw Bad("a file entry has no 'path'");
            if (string.IsNullOrWhiteSpace(f.Sha256) || f.Sha256.Length != 64 || !f.Sha256.All(char.IsAsciiHexDigit))
            {
                throw new OnnxModelIntegrityException(f.Path, $"Model file '{f.Path}' has no valid sha256 (64 hex digits) in '{FileName}'.");
            }

            _ = Resolve(root, f.Path);
            if (!seen.Add(f.Path)) throw Bad($"file '{f.Path}' is listed twice");
            files.Add(new OnnxModelFile(f.Path, f.Sha256.ToLowerInvariant()));
        }

        if (!seen.Contains(d.Model))
        {
            throw new OnnxModelIntegrityException(d.Model, $"Model file '{d.Model}' is not listed with a sha256 in '{FileName}'.");
        }

        if (!seen.Contains(d.Tokenizer.File))
        {
            throw new OnnxModelIntegrityException(d.Tokenizer.File, $"Model file '{d.Tokenizer.File}' is not listed with a sha256 in '{FileName}'.");
        }

        var signature = d.Signature?.Trim().ToLowerInvariant() switch
        {
            "bert" => OnnxInputSignature.Bert,
            "use-sparse" => OnnxInputSignature.UseSparse,
            _ => throw Bad("'signature' must be 'bert' or 'use-sparse'"),
        };
        var tokenizerKind = d.Tokenizer.Kind?.Trim().ToLowerInvariant() switch
        {
            "sentencepiece" => OnnxTokenizerKind.SentencePiece,
            "wordpiece" => OnnxTokenizerKind.WordPiece,
            _ => throw Bad("'tokenizer.kind' must be 'sentencepiece' or 'wordpiece'"),
        };
        string positive = string.IsNullOrWhiteSpace(d.PositiveLabel) ? d.Labels[^1] : d.PositiveLabel;
        int positiveIndex = d.Labels.IndexOf(positive);
        if (positiveIndex < 0) throw Bad("'positiveLabel' is not one of 'labels'");
        string normalization = d.Tokenizer.Normalization?.Trim().ToLowerInvariant() ?? "none";
        if (normalization is not ("none" or "nfkc")) throw Bad("'tokenizer.normalization' must be 'none' or 'nfkc'");
        if (d.Tokenizer.ClsTokenId.HasValue != d.Tokenizer.SepTokenId.HasValue) throw Bad("'tokenizer.clsTokenId' and 'tokenizer.sepTokenId' go together");
        if (d.Tokenizer.ClsTokenId is < 0 || d.Tokenizer.SepTokenId is < 0) throw Bad("'tokenizer.clsTokenId' and 'tokenizer.sepTokenId' must not be negative");
        if (d.Tokenizer.ClsTokenId.HasValue && tokenizerKind != OnnxTokenizerKind.SentencePiece)
            throw Bad("'tokenizer.clsTokenId' and 'tokenizer.sepTokenId' are for 'sentencepiece' (a WordPiece vocabulary has its own [CLS] and [SEP])");

        return new OnnxModelManifest
        {
            Directory = root,
            Name = d.Name,
            Version = d.Version,
            License = d.License,
            ModelFile = d.Model,
            Files = files,
            Labels = d.Labels.ToArray(),
            PositiveLabelIndex = positiveIndex,
            Signature = signature,
            WindowTokens = d.WindowTokens,
            Stride = d.Stride,
            CpuBatchSize = d.CpuBatchSize,
            RunsOnCuda = d.Devices is null || d.Devices.Contains("cuda"),
            TokenizerKind = tokenizerKind,
            TokenizerFile = d.Tokenizer.File,
            NormalizeNfkc = normalization == "nfkc",
            LowerCase = d.Tokenizer.LowerCase,
            StripAccents = d.Tokenizer.StripAccents ?? d.Tokenizer.LowerCase,
            ClsTokenId = d.Tokenizer.ClsTokenId,
            SepTokenId = d.Tokenizer.SepTokenId,
            Threshold = d.Threshold,
            SignatureStatus = status,
            SignatureKeyId = keyId,
        };
    }

    private sealed class Dto
    {
        public string? Name { get; set; }
        public string? Version { get; set; }
        public string? License { get; set; }
        public string? Model { get; set; }
        public List<FileDto>? Files { get; set; }
        public List<string>? Labels { get; set; }
        public string? PositiveLabel { get; set; }
        public string? Signature { get; set; }
        public int WindowTokens { get; set; }
        public int Stride { get; set; }
        public int? CpuBatchSize { get; set; }
        public List<string>? Devices { get; set; }
        public TokenizerDto? Tokenizer { get; set; }
        public double Threshold { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Extra { get; set; }
    }

    private sealed class FileDto
    {
        public string? Path { get; set; }
        public string? Sha256 { get; set; }
    }

    private sealed class TokenizerDto
    {
        public string? Kind { get; set; }
        public string? File { get; set; }
        public string? Normalization { get; set; }
        public bool LowerCase { get; set; }

        public bool? StripAccents { get; set; }

        public int? ClsTokenId { get; set; }

        public int? SepTokenId { get; set; }
    }
}
