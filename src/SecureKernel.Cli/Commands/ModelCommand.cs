using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecureKernel.Cli;

/// <summary>
/// <c>securekernel model sign|verify|keygen</c>: signs a model folder (writes <c>manifest.sig</c>), verifies one (the
/// signature with trusted public keys, then every file hash), and makes a signing key pair. Each writes one JSON object
/// to stdout; reasons go to stderr. Exit 0 ok, 2 bad arguments, unreadable files or a refused model.
/// </summary>
internal sealed class ModelCommand : ICliCommand
{
    private static readonly JsonWriterOptions s_writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "model";

    public string Summary => "model sign|verify|keygen: sign a model folder, verify its signature and hashes, make a key pair";

    public string Usage => """
        usage: securekernel model sign --model DIR --key PRIVATE.pem [--password-env VAR]
               securekernel model verify --model DIR [--public-key PUBLIC.pem]...
               securekernel model keygen --algorithm ecdsa-p256|ecdsa-p384|rsa-2048|rsa-3072|rsa-4096 --out NAME
        sign    checks every file hash of DIR/manifest.json, then signs the manifest's exact bytes with the private key
                (ECDSA P-256/P-384 or RSA >= 2048 bits, PEM; an encrypted key takes its password from environment
                variable VAR) and writes DIR/manifest.sig. Prints {"signed": true, "algorithm", "key_id", "manifest_sha256", "signature_file"}.
        verify  with --public-key (PEM file or text; repeatable: any of them may have signed): requires a valid signature by
                a given key over manifest.json, then checks every file hash. Without --public-key: checks the file hashes
                only and reports whether a signature is present. Prints {"verified": true|false, "signature": ..., ...}.
        keygen  writes NAME.private.pem (PKCS#8, owner read/write only) and NAME.public.pem; never overwrites.
                Prints {"algorithm", "key_id", "private_key", "public_key"}.
        exit codes: 0 ok, 2 bad arguments, unreadable files, or a model refused (the reason on stderr)
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count == 0) return await Fail(stderr, "'model' needs a sub-command: sign, verify or keygen.");
        if (args[0] is "-h" or "--help")
        {
            await stderr.WriteLineAsync(Usage);
            return CliExitCodes.Success;
        }

        string sub = args[0];
        string[] known = sub switch
        {
            "sign" => ["model", "key", "password-env"],
            "verify" => ["model", "public-key"],
            "keygen" => ["algorithm", "out"],
            _ => [],
        };
        if (known.Length == 0) return await Fail(stderr, $"unknown model sub-command '{sub}'.");

        var (options, exit) = await CommandArguments.ParseOrReportAsync(args.Skip(1).ToArray(), Usage, stderr, [], known);
        if (options is null) return exit;

        return sub switch
        {
            "sign" => await SignAsync(options, stdout, stderr, cancellationToken),
            "verify" => await VerifyAsync(options, stdout, stderr, cancellationToken),
            _ => await KeygenAsync(options, stdout, stderr, cancellationToken),
        };
    }

    private async Task<int> SignAsync(CliOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? model = options.Get("model");
        string? keyPath = options.Get("key");
        if (string.IsNullOrWhiteSpace(model)) return await Fail(stderr, "'model sign' needs --model DIR.");
        if (string.IsNullOrWhiteSpace(keyPath)) return await Fail(stderr, "'model sign' needs --key PRIVATE.pem.");
        if (!Directory.Exists(model)) return await Refuse(stderr, $"model directory '{model}' not found.");

        string? password = null;
        if (options.Get("password-env") is { } variable)
        {
            password = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(password)) return await Fail(stderr, $"--password-env: environment variable '{variable}' is not set.");
        }

        string pem;
        try
        {
            pem = await File.ReadAllTextAsync(keyPath, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return await Refuse(stderr, $"cannot read key file '{keyPath}': {ex.GetType().Name}.");
        }

        OnnxModelSignature signature;
        try
        {
            signature = OnnxModelSignature.Sign(model, pem, password);
        }
        catch (OnnxModelIntegrityException ex)
        {
            return await Refuse(stderr, $"'{model}' was not signed: {ex.Message}");
        }
        catch (ArgumentException ex)
        {
            return await Refuse(stderr, $"key file '{keyPath}': {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return await Refuse(stderr, $"'{model}' was not signed: {ex.GetType().Name}: {ex.Message}");
        }

        await WriteJsonAsync(stdout, w =>
        {
            w.WriteBoolean("signed", true);
            w.WriteString("algorithm", signature.Algorithm);
            w.WriteString("key_id", signature.KeyId);
            w.WriteString("manifest_sha256", signature.ManifestSha256);
            w.WriteString("signature_file", Path.Combine(Path.GetFullPath(model), OnnxModelSignature.FileName));
        }, cancellationToken);
        return CliExitCodes.Success;
    }

    private async Task<int> VerifyAsync(CliOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? model = options.Get("model");
        if (string.IsNullOrWhiteSpace(model)) return await Fail(stderr, "'model verify' needs --model DIR.");
        var keys = new List<OnnxModelPublicKey>();
        foreach (string entry in options.GetAll("public-key"))
        {
            try
            {
                keys.Add(OnnxModelPublicKey.Load(entry));
            }
            catch (ArgumentException ex)
            {
                return await Fail(stderr, "--public-key: " + ex.Message);
            }
        }

        OnnxModelManifest manifest;
        try
        {
            manifest = await Task.Run(() => keys.Count > 0 ? OnnxModelManifest.Load(model, keys) : OnnxModelManifest.Load(model), cancellationToken);
        }
        catch (OnnxModelIntegrityException ex)
        {
            await WriteJsonAsync(stdout, w =>
            {
                w.WriteBoolean("verified", false);
                w.WriteString("file", ex.FileName);
                w.WriteString("error", ex.Message);
            }, cancellationToken);
            return await Refuse(stderr, $"model '{model}' refused: {ex.Message}");
        }

        await WriteJsonAsync(stdout, w =>
        {
            w.WriteBoolean("verified", true);
            w.WriteString("model", manifest.Name);
            w.WriteString("version", manifest.Version);
            w.WriteNumber("files", manifest.Files.Count);
            w.WriteString("signature", manifest.SignatureStatus switch
            {
                ModelSignatureStatus.Verified => "verified",
                ModelSignatureStatus.NotVerified => "present_not_verified",
                _ => "unsigned",
            });
            if (manifest.SignatureKeyId is { } id) w.WriteString("key_id", id);
        }, cancellationToken);
        if (keys.Count == 0)
        {
            await stderr.WriteLineAsync(manifest.SignatureStatus == ModelSignatureStatus.NotVerified
                ? "securekernel: note: file hashes verified; the signature in manifest.sig was not checked (give --public-key)."
                : "securekernel: note: file hashes verified; the model is not signed (manifest.sig missing).");
        }

        return CliExitCodes.Success;
    }

    private async Task<int> KeygenAsync(CliOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? algorithm = options.Get("algorithm");
        string? name = options.Get("out");
        if (string.IsNullOrWhiteSpace(algorithm)) return await Fail(stderr, "'model keygen' needs --algorithm ecdsa-p256|ecdsa-p384|rsa-2048|rsa-3072|rsa-4096.");
        if (string.IsNullOrWhiteSpace(name)) return await Fail(stderr, "'model keygen' needs --out NAME.");

        using AsymmetricAlgorithm? key = algorithm switch
        {
            "ecdsa-p256" => ECDsa.Create(ECCurve.NamedCurves.nistP256),
            "ecdsa-p384" => ECDsa.Create(ECCurve.NamedCurves.nistP384),
            "rsa-2048" => RSA.Create(2048),
            "rsa-3072" => RSA.Create(3072),
            "rsa-4096" => RSA.Create(4096),
            _ => null,
        };
        if (key is null) return await Fail(stderr, $"--algorithm must be ecdsa-p256, ecdsa-p384, rsa-2048, rsa-3072 or rsa-4096, got '{algorithm}'.");

        string privatePath = Path.GetFullPath(name + ".private.pem");
        string publicPath = Path.GetFullPath(name + ".public.pem");
        foreach (string path in new[] { privatePath, publicPath })
        {
            if (File.Exists(path)) return await Refuse(stderr, $"'{path}' already exists; keygen never overwrites a key.");
        }

        string publicPem = key.ExportSubjectPublicKeyInfoPem();
        var publicKey = OnnxModelPublicKey.Load(publicPem);
        try
        {
            await WriteNewFileAsync(privatePath, key.ExportPkcs8PrivateKeyPem(), ownerOnly: true, cancellationToken);
            await WriteNewFileAsync(publicPath, publicPem, ownerOnly: false, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return await Refuse(stderr, $"cannot write the key files '{name}.*.pem': {ex.GetType().Name}.");
        }

        await WriteJsonAsync(stdout, w =>
        {
            w.WriteString("algorithm", publicKey.Algorithm);
            w.WriteString("key_id", publicKey.KeyId);
            w.WriteString("private_key", privatePath);
            w.WriteString("public_key", publicPath);
        }, cancellationToken);
        await stderr.WriteLineAsync($"securekernel: keep '{privatePath}' secret (off the serving hosts); deploy '{publicPath}' as a trusted key.");
        return CliExitCodes.Success;
    }

    private static async Task WriteNewFileAsync(string path, string text, bool ownerOnly, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (ownerOnly && !OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text + "\n"), cancellationToken);
    }

    private static async Task WriteJsonAsync(TextWriter stdout, Action<Utf8JsonWriter> fields, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_writer))
        {
            w.WriteStartObject();
            fields(w);
            w.WriteEndObject();
        }

        await stdout.WriteLineAsync(Encoding.UTF8.GetString(stream.ToArray()));
        await stdout.FlushAsync(cancellationToken);
    }

    private static async Task<int> Refuse(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync("securekernel: " + message);
        return CliExitCodes.BadArguments;
    }

    private Task<int> Fail(TextWriter stderr, string message) => CommandArguments.FailAsync(stderr, message, Usage);
}
