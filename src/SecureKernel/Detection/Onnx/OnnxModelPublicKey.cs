using System.Security.Cryptography;

namespace SecureKernel;

/// <summary>
/// A public key trusted to sign model folders (see <see cref="OnnxModelSignature"/>): ECDSA on P-256 (signatures with
/// SHA-256) or P-384 (SHA-384), or RSA of at least 2048 bits (RSA-PSS with SHA-256). Identified by
/// <see cref="KeyId"/>, the lower-case hex SHA-256 of its DER SubjectPublicKeyInfo.
/// </summary>
public sealed class OnnxModelPublicKey
{
    /// <summary>The smallest RSA key accepted, in bits.</summary>
    public const int MinRsaKeySizeBits = 2048;

    private readonly byte[] _subjectPublicKeyInfo;

    private OnnxModelPublicKey(byte[] subjectPublicKeyInfo, string algorithm, int keySizeBits)
    {
        _subjectPublicKeyInfo = subjectPublicKeyInfo;
        Algorithm = algorithm;
        KeySizeBits = keySizeBits;
        KeyId = ComputeKeyId(subjectPublicKeyInfo);
    }

    /// <summary>The lower-case hex SHA-256 of the key's DER SubjectPublicKeyInfo; <c>manifest.sig</c> names its key by it.</summary>
    public string KeyId { get; }

    /// <summary>The signature algorithm this key verifies: one of the <c>OnnxModelSignature.*</c> algorithm names (<c>ecdsa-p256-sha256</c>, <c>ecdsa-p384-sha384</c>, <c>rsa-pss-sha256</c>).</summary>
    public string Algorithm { get; }

    /// <summary>The key size in bits (256 or 384 for ECDSA, the modulus size for RSA).</summary>
    public int KeySizeBits { get; }

    /// <summary>Reads a key given as PEM text (<c>-----BEGIN PUBLIC KEY-----</c>) or as the path of a PEM file.</summary>
    /// <param name="pemOrPath">PEM text, or a file path.</param>
    /// <exception cref="ArgumentException">The text or file is not one supported public key; the message says why.</exception>
    public static OnnxModelPublicKey Load(string pemOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pemOrPath);
        if (pemOrPath.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return FromPem(pemOrPath, "the PEM text");
        }

        string pem;
        try
        {
            var info = new FileInfo(pemOrPath);
            if (info.Exists && info.Length > 64 * 1024)
            {
                throw new ArgumentException($"Public key file '{pemOrPath}' is larger than 64 KiB; expected one PEM public key.");
            }

            pem = File.ReadAllText(pemOrPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"Public key file '{pemOrPath}' cannot be read ({ex.GetType().Name}).", ex);
        }

        return FromPem(pem, $"public key file '{pemOrPath}'");
    }

    /// <summary>The PEM (<c>-----BEGIN PUBLIC KEY-----</c>) of this key.</summary>
    public string ToPem() => PemEncoding.WriteString("PUBLIC KEY", _subjectPublicKeyInfo);

    /// <summary>Computes a key id: the lower-case hex SHA-256 of a DER SubjectPublicKeyInfo.</summary>
    internal static string ComputeKeyId(ReadOnlySpan<byte> subjectPublicKeyInfo) => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo));

    /// <summary>Checks <paramref name="signature"/> over <paramref name="data"/> with this key and its <see cref="Algorithm"/>.</summary>
    internal bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        try
        {
            if (Algorithm == OnnxModelSignature.RsaPssSha256)
            {
                using var rsa = RSA.Create();
                rsa.ImportSubjectPublicKeyInfo(_subjectPublicKeyInfo, out _);
                return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
            }

            using var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(_subjectPublicKeyInfo, out _);
            var hash = Algorithm == OnnxModelSignature.EcdsaP384Sha384 ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256;
            return ecdsa.VerifyData(data, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Reads a public key from PEM text; <paramref name="what"/> names the source in error messages.</summary>
    internal static OnnxModelPublicKey FromPem(string pem, string what)
    {
        if (!PemEncoding.TryFind(pem, out PemFields fields))
        {
            throw new ArgumentException($"{Capitalize(what)} holds no PEM block; expected '-----BEGIN PUBLIC KEY-----'.");
        }

        string label = pem[fields.Label].ToString();
        if (label.Contains("PRIVATE", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{Capitalize(what)} holds a private key ({label}); configure only the public key (securekernel model keygen writes it as NAME.public.pem).");
        }

        if (label != "PUBLIC KEY")
        {
            throw new ArgumentException($"{Capitalize(what)} holds a '{label}' PEM block; expected '-----BEGIN PUBLIC KEY-----' (SubjectPublicKeyInfo).");
        }

        if (pem.AsSpan(fields.Location.End).Contains("-----BEGIN".AsSpan(), StringComparison.Ordinal))
        {
            throw new ArgumentException($"{Capitalize(what)} holds more than one PEM block; give each trusted key separately.");
        }

        byte[] der = new byte[fields.DecodedDataLength];
        if (!Convert.TryFromBase64String(pem[fields.Base64Data].ToString(), der, out int written) || written != der.Length)
        {
            throw new ArgumentException($"{Capitalize(what)} has invalid base64 in its PEM block.");
        }

        return FromSubjectPublicKeyInfo(der, what);
    }

    /// <summary>Builds a key from a DER SubjectPublicKeyInfo, checking its type and size.</summary>
    internal static OnnxModelPublicKey FromSubjectPublicKeyInfo(byte[] der, string what)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(der, out int read);
            if (read != der.Length) throw new CryptographicException("trailing data");
            var p = ecdsa.ExportParameters(false);
            string? curve = p.Curve.Oid?.Value switch
            {
                "1.2.840.10045.3.1.7" => OnnxModelSignature.EcdsaP256Sha256,
                "1.3.132.0.34" => OnnxModelSignature.EcdsaP384Sha384,
                _ => null,
            };
            if (curve is null)
            {
                throw new ArgumentException($"{Capitalize(what)} is an ECDSA key on curve '{p.Curve.Oid?.FriendlyName ?? p.Curve.Oid?.Value ?? "unknown"}'; only P-256 and P-384 are accepted.");
            }

            return new OnnxModelPublicKey(der, curve, ecdsa.KeySize);
        }
        catch (CryptographicException)
        {
            // Not an EC key: try RSA below.
        }

        try
        {
            using var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(der, out int read);
            if (read != der.Length) throw new CryptographicException("trailing data");
            if (rsa.KeySize < MinRsaKeySizeBits)
            {
                throw new ArgumentException($"{Capitalize(what)} is a {rsa.KeySize}-bit RSA key; at least {MinRsaKeySizeBits} bits are required.");
            }

            return new OnnxModelPublicKey(der, OnnxModelSignature.RsaPssSha256, rsa.KeySize);
        }
        catch (CryptographicException)
        {
            throw new ArgumentException($"{Capitalize(what)} is not an ECDSA (P-256, P-384) or RSA public key.");
        }
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
