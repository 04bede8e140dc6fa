using System.Security.Cryptography;

namespace SecureKernel.Monitoring;

/// <summary>
/// A MinHash fingerprint of an input's normalized character shingles (16 bits per permutation) plus a keyed hash of the
/// normalized text. Neither can be turned back into the text. Normalization: lower case, whitespace runs collapsed,
/// digits folded to <c>0</c> for the shingles only (so numeric sweeps are near-duplicates, while the exact hash still tells
/// a plain retry apart).
/// </summary>
internal sealed class InputFingerprint
{
    public const int Permutations = 32;

    private readonly ulong _seed;
    private readonly ulong[] _salts;
    private readonly int _shingle;

    public InputFingerprint(int shingleSize)
    {
        _shingle = shingleSize;
        _seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
        _salts = new ulong[Permutations];
        for (int i = 0; i < Permutations; i++) _salts[i] = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) | 1;
    }

    /// <summary>Computes the signature into <paramref name="signature"/> and returns the exact hash.</summary>
    public ulong Compute(ReadOnlySpan<char> text, Span<ushort> signature)
    {
        var mins = new uint[Permutations];
        Array.Fill(mins, uint.MaxValue);
        var window = new char[_shingle];
        int filled = 0;
        ulong exact = _seed ^ 0x9E3779B97F4A7C15UL;
        bool pendingSpace = false, any = false;
        foreach (char raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = any;
                continue;
            }

            if (pendingSpace)
            {
                Push(' ', ref exact);
                pendingSpace = false;
            }

            Push(char.ToLowerInvariant(raw), ref exact);
            any = true;
        }

        if (filled > 0 && filled < _shingle) AddShingle(window.AsSpan(0, filled)); // shorter than one shingle: the whole text is one
        for (int i = 0; i < Permutations; i++) signature[i] = (ushort)(mins[i] >> 16);
        return Mix(exact);

        void Push(char c, ref ulong h)
        {
            h = (h ^ c) * 0x100000001B3UL;
            char folded = char.IsDigit(c) ? '0' : c;
            if (filled < _shingle)
            {
                window[filled++] = folded;
                if (filled == _shingle) AddShingle(window);
                return;
            }

            Array.Copy(window, 1, window, 0, _shingle - 1);
            window[^1] = folded;
            AddShingle(window);
        }

        void AddShingle(ReadOnlySpan<char> s)
        {
            ulong h = _seed;
            foreach (char c in s) h = (h ^ c) * 0x100000001B3UL;
            h = Mix(h);
            for (int i = 0; i < Permutations; i++)
            {
                uint v = (uint)(Mix(h ^ _salts[i]) >> 32);
                if (v < mins[i]) mins[i] = v;
            }
        }
    }

    /// <summary>Estimated Jaccard similarity of two signatures.</summary>
    public static double Similarity(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        int same = 0;
        for (int i = 0; i < Permutations; i++)
            if (a[i] == b[i]) same++;
        return same / (double)Permutations;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
