using System.Security.Cryptography;

namespace SecureKernel;

/// <summary>
/// A random per-session marker (<c>sk-canary-&lt;base32&gt;</c>) placed in system prompts and untrusted-document
/// wrappers. It never appears in legitimate output, so seeing it in output text, a URL or tool arguments means the
/// model is leaking its context.
/// </summary>
public sealed class CanaryToken
{
    /// <summary>The prefix every canary starts with.</summary>
    public const string Prefix = "sk-canary-";

    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private CanaryToken(string value, string? label)
    {
        Value = value;
        Label = label;
    }

    /// <summary>Gets the token text to embed.</summary>
    public string Value { get; }

    /// <summary>Gets an optional label saying where the token was placed (e.g. <c>system-prompt</c>); never secret.</summary>
    public string? Label { get; }

    /// <summary>Creates a token with 100 bits of randomness (20 base32 characters).</summary>
    /// <param name="label">Where it will be placed.</param>
    /// <returns>A new token.</returns>
    public static CanaryToken Create(string? label = null)
    {
        Span<byte> bytes = stackalloc byte[20];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[20];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = Base32Alphabet[bytes[i] & 31];
        }

        return new CanaryToken(Prefix + new string(chars), label);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
