using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SecureKernel;

/// <summary>
/// The detached signature of a model folder, <c>manifest.sig</c>: a signature over the exact bytes of
/// <c>manifest.json</c>, which pins the SHA-256 of every model file, so one signature covers the whole model. The file is
/// JSON: <c>format</c>, <c>algorithm</c>, <c>keyId</c> (the lower-case hex SHA-256 of the signer's SubjectPublicKeyInfo),
/// <c>manifestSha256</c> (a hint for error messages, not trusted) and <c>signature</c> (base64; ECDSA signatures are DER
/// encoded, RSA uses PSS with SHA-256, so <c>openssl dgst</c> can check them too). It is not listed in the manifest and
/// cannot be: the manifest is what it signs.
/// </summary>
/// <remarks>
/// Loading with trusted keys (<see cref="OnnxModelManifest.Load(string, IReadOnlyCollection{OnnxModelPublicKey})"/>,
/// <see cref="OnnxInjectionDetectorOptions.TrustedPublicKeys"/>) verifies this signature over the manifest bytes first,
/// then parses those same bytes and checks every file hash, so editing the manifest, a listed file, or both is refused.
/// </remarks>
public sealed class OnnxModelSignature
{
    /// <summary>The signature's file name inside a model folder.</summary>
    public const string FileName = "manifest.sig";

    /// <summary>The value of the <c>format</c> field.</summary>
    public const string Format = "securekernel-model-signature/1";

    /// <summary>ECDSA on NIST P-256 with SHA-256.</summary>
    public const string EcdsaP256Sha256 = "ecdsa-p256-sha256";

    /// <summary>ECDSA on NIST P-384 with SHA-384.</summary>
    public const string EcdsaP384Sha384 = "ecdsa-p384-sha384";

    /// <summary>RSA (at least 2048 bits) with PSS padding and SHA-256 (salt length 32).</summary>
    public const string RsaPssSha256 = "rsa-pss-sha256";

    private const int MaxFileBytes = 64 * 1024;

    private OnnxModelSignature(string algorithm, string keyId, string manifestSha256, byte[] value)
    {
        Algorithm = algorithm;
        KeyId = keyId;
        ManifestSha256 = manifestSha256;
        Value = value;
    }

    /// <summary>The signature algorithm (<see cref="EcdsaP256Sha256"/>, <see cref="EcdsaP384Sha384"/> or <see cref="RsaPssSha256"/>).</summary>
    public string Algorithm { get; }

    /// <summary>The id of the signing key, as the signature file states it.</summary>
    public string KeyId { get; }

    /// <summary>The SHA-256 of <c>manifest.json</c> when it was signed, as the signature file states it.</summary>
    public string ManifestSha256 { get; }

    /// <summary>The signature bytes.</summary>
    internal byte[] Value { get; }

    /// <summary>
    /// Signs the model folder <paramref name="directory"/>: checks its manifest and every file hash first (a broken folder
    /// is not signed), signs the exact bytes of <c>manifest.json</c> that were checked, and writes <c>manifest.sig</c>
    /// (replacing an earlier one).
    /// </summary>
    /// <param name="directory">The model folder.</param>
    /// <param name="privateKeyPem">The private key as PEM (PKCS#8 <c>PRIVATE KEY</c>, <c>ENCRYPTED PRIVATE KEY</c>, <c>EC PRIVATE KEY</c> or <c>RSA PRIVATE KEY</c>): ECDSA P-256/P-384 or RSA of at least 2048 bits.</param>
    /// <param name="password">The password of an <c>ENCRYPTED PRIVATE KEY</c>; null otherwise.</param>
    /// <returns>The signature written.</returns>
    /// <exception cref="OnnxModelIntegrityException">The folder fails its checks; the message names the file.</exception>
    /// <exception cref="ArgumentException">The key is not a supported private key, or a password is missing or wrong.</exception>
    /// <exception cref="IOException"><c>manifest.sig</c> cannot be written.</exception>
    public static OnnxModelSignature Sign(string directory, string privateKeyPem, string? password = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPem);
        string root = Path.GetFullPath(directory);
        byte[] manifestBytes = OnnxModelManifest.ReadManifestBytes(root);
        _ = OnnxModelManifest.LoadVerified(root, manifestBytes, ModelSignatureStatus.Unsigned, null);

        using AsymmetricAlgorithm key = ImportPrivateKey(privateKeyPem, password);
        byte[] spki = key.ExportSubjectPublicKeyInfo();
        var publicKey = OnnxModelPublicKey.FromSubjectPublicKeyInfo(spki, "the private key");
        byte[] value = key switch
        {
            RSA rsa => rsa.SignData(manifestBytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
            ECDsa ecdsa => ecdsa.SignData(manifestBytes, publicKey.Algorithm == EcdsaP384Sha384 ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence),
            _ => throw new ArgumentException("The private key is not an ECDSA or RSA key."),
        };

        if (!publicKey.Verify(manifestBytes, value))
        {
            throw new CryptographicException("The signature just made does not verify with the key's own public key.");
        }

        var signature = new OnnxModelSignature(publicKey.Algorithm, publicKey.KeyId, Convert.ToHexStringLower(SHA256.HashData(manifestBytes)), value);
        string path = Path.Combine(root, FileName);
        string temp = Path.Combine(root, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, signature.ToJson());
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }

        return signature;
    }

    /// <summary>
    /// Reads <c>manifest.sig</c> from a model folder without checking it against any key.
    /// </summary>
    /// <param name="directory">The model folder.</param>
    /// <returns>The signature, or null when the folder has none.</returns>
    /// <exception cref="OnnxModelIntegrityException">The file exists but is malformed; the message says how.</exception>
    public static OnnxModelSignature? Read(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string path = Path.Combine(Path.GetFullPath(directory), FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            using var stream = File.OpenRead(path);
            if (stream.Length > MaxFileBytes) throw Invalid($"it is larger than {MaxFileBytes / 1024} KiB");
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OnnxModelIntegrityException(FileName, $"Model file '{FileName}' cannot be read.", ex);
        }

        return Parse(bytes);
    }

    /// <summary>
    /// Checks the signature of <paramref name="manifestBytes"/> (the exact bytes that will be parsed) against the trusted keys;
    /// returns the key that signed them or throws naming the file and the reason.
    /// </summary>
    internal static OnnxModelPublicKey VerifyManifest(string root, byte[] manifestBytes, IReadOnlyCollection<OnnxModelPublicKey> trustedKeys)
    {
        var signature = Read(root) ?? throw new OnnxModelIntegrityException(FileName,
            $"Model file '{FileName}' is missing: a signature by a trusted key is required ({Keys(trustedKeys)}), and this model folder is not signed (sign it with 'securekernel model sign').");

        var key = trustedKeys.FirstOrDefault(k => string.Equals(k.KeyId, signature.KeyId, StringComparison.Ordinal)) ?? throw new OnnxModelIntegrityException(FileName,
            $"Model file '{FileName}' is signed by key {signature.KeyId}, which is not a trusted key ({Keys(trustedKeys)}).");

        if (!string.Equals(key.Algorithm, signature.Algorithm, StringComparison.Ordinal))
        {
            throw new OnnxModelIntegrityException(FileName,
                $"Model file '{FileName}' names algorithm '{signature.Algorithm}', but trusted key {key.KeyId} is a {key.Algorithm} key.");
        }

        string manifestSha256 = Convert.ToHexStringLower(SHA256.HashData(manifestBytes));
        if (!string.Equals(manifestSha256, signature.ManifestSha256, StringComparison.Ordinal))
        {
            throw new OnnxModelIntegrityException(OnnxModelManifest.FileName,
                $"Model file '{OnnxModelManifest.FileName}' was changed after it was signed (SHA-256 {manifestSha256}, signed {signature.ManifestSha256}); its signature in '{FileName}' does not cover it.");
        }

        if (!key.Verify(manifestBytes, signature.Value))
        {
            throw new OnnxModelIntegrityException(FileName,
                $"Model file '{FileName}' holds a signature that does not verify over '{OnnxModelManifest.FileName}' with trusted key {key.KeyId}: the manifest or the signature was altered.");
        }

        return key;
    }

    private static string Keys(IReadOnlyCollection<OnnxModelPublicKey> keys) =>
        "trusted key id" + (keys.Count == 1 ? " " : "s ") + string.Join(", ", keys.Select(k => k.KeyId));

    private static OnnxModelIntegrityException Invalid(string what) => new(FileName, $"Model file '{FileName}' is invalid: {what}.");

    private static OnnxModelSignature Parse(byte[] bytes)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException ex)
        {
            throw new OnnxModelIntegrityException(FileName, $"Model file '{FileName}' is not valid JSON: {ex.Message}", ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Invalid("expected a JSON object");

            string Field(string name) =>
                root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : throw Invalid($"'{name}' is required (a string)");

            string format = Field("format");
            if (format != Format) throw Invalid($"'format' is '{format}', expected '{Format}'");
            string algorithm = Field("algorithm");
            if (algorithm is not (EcdsaP256Sha256 or EcdsaP384Sha384 or RsaPssSha256))
                throw Invalid($"'algorithm' is '{algorithm}', expected {EcdsaP256Sha256}, {EcdsaP384Sha384} or {RsaPssSha256}");
            string keyId = Field("keyId");
            if (!IsSha256Hex(keyId)) throw Invalid("'keyId' must be 64 lower-case hex digits (SHA-256 of the SubjectPublicKeyInfo)");
            string manifestSha256 = Field("manifestSha256");
            if (!IsSha256Hex(manifestSha256)) throw Invalid("'manifestSha256' must be 64 lower-case hex digits");
            byte[] value;
            try
            {
                value = Convert.FromBase64String(Field("signature"));
            }
            catch (FormatException)
            {
                throw Invalid("'signature' is not valid base64");
            }

            if (value.Length is 0 or > 2048) throw Invalid("'signature' has an impossible length");
            return new OnnxModelSignature(algorithm, keyId, manifestSha256, value);
        }
    }

    private static bool IsSha256Hex(string s) => s.Length == 64 && s.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("algorithm", Algorithm);
            w.WriteString("keyId", KeyId);
            w.WriteString("manifestSha256", ManifestSha256);
            w.WriteString("signature", Convert.ToBase64String(Value));
            w.WriteEndObject();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static AsymmetricAlgorithm ImportPrivateKey(string pem, string? password)
    {
        if (!PemEncoding.TryFind(pem, out PemFields fields))
        {
            throw new ArgumentException("The private key holds no PEM block; expected '-----BEGIN PRIVATE KEY-----'.");
        }

        string label = pem[fields.Label].ToString();
        bool encrypted = label == "ENCRYPTED PRIVATE KEY";
        if (label is not ("PRIVATE KEY" or "ENCRYPTED PRIVATE KEY" or "EC PRIVATE KEY" or "RSA PRIVATE KEY"))
        {
            throw new ArgumentException($"The key holds a '{label}' PEM block, not a private key; signing needs the private key (securekernel model keygen writes it as NAME.private.pem).");
        }

        if (encrypted && string.IsNullOrEmpty(password))
        {
            throw new ArgumentException("The private key is encrypted; give its password.");
        }

        string block = pem[fields.Location];
        Exception? last = null;
        if (label != "RSA PRIVATE KEY")
        {
            var ecdsa = ECDsa.Create();
            try
            {
                if (encrypted) ecdsa.ImportFromEncryptedPem(block, password); else ecdsa.ImportFromPem(block);
                return ecdsa;
            }
            catch (Exception ex) when (ex is CryptographicException or ArgumentException)
            {
                ecdsa.Dispose();
                last = ex;
            }
        }

        if (label != "EC PRIVATE KEY")
        {
            var rsa = RSA.Create();
            try
            {
                if (encrypted) rsa.ImportFromEncryptedPem(block, password); else rsa.ImportFromPem(block);
                return rsa;
            }
            catch (Exception ex) when (ex is CryptographicException or ArgumentException)
            {
                rsa.Dispose();
                last = ex;
            }
        }

        throw new ArgumentException(encrypted
            ? "The encrypted private key could not be decrypted (wrong password?) or is not an ECDSA or RSA key."
            : "The private key is not an ECDSA (P-256, P-384) or RSA key.", last);
    }
}
