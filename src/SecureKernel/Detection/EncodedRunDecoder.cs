using System.Buffers;
using System.Text;

namespace SecureKernel.Detection;

/// <summary>Finds base64, hex and percent-encoded runs in a text and decodes the ones that turn into readable text.</summary>
internal static class EncodedRunDecoder
{
    private const int MinBase64Run = 24;
    private const int MinHexRun = 32;
    private const int MinPercentEscapes = 6;
    private const int MaxRunChars = 16 * 1024;

    private static readonly SearchValues<char> s_base64Chars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_");
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>One decoded run.</summary>
    public readonly record struct DecodedRun(string Encoding, string Text, int Start, int Length);

    /// <summary>Decodes readable encoded runs of <paramref name="text"/>, spending at most <paramref name="budget"/> decoded characters.</summary>
    public static List<DecodedRun>? Decode(string text, ref int budget)
    {
        List<DecodedRun>? runs = null;
        if (budget <= 0) return null;
        ReadOnlySpan<char> span = text;

        // base64 / hex runs: maximal runs of the base64 alphabet.
        int i = 0;
        while (i < span.Length && budget > 0)
        {
            int rel = span[i..].IndexOfAny(s_base64Chars);
            if (rel < 0) break;
            int start = i + rel;
            int rest = span[start..].IndexOfAnyExcept(s_base64Chars);
            int end = rest < 0 ? span.Length : start + rest;
            int len = end - start;
            if (len >= MinBase64Run)
            {
                ReadOnlySpan<char> run = span.Slice(start, Math.Min(len, MaxRunChars));
                string? decoded = IsHex(run) ? TryHex(run) : TryBase64(run);
                if (decoded is not null)
                {
                    decoded = decoded.Length > budget ? decoded[..budget] : decoded;
                    budget -= decoded.Length;
                    (runs ??= []).Add(new(IsHex(run) ? "hex" : "base64", decoded, start, len));
                }
            }
            i = end;
        }

        // percent-encoded runs: a whitespace-free run holding enough %XX escapes.
        i = 0;
        while (i < span.Length && budget > 0)
        {
            int rel = span[i..].IndexOf('%');
            if (rel < 0) break;
            int p = i + rel;
            int start = p;
            while (start > 0 && !char.IsWhiteSpace(span[start - 1]) && p - start < 256) start--;
            int end = p, escapes = 0;
            while (end < span.Length && !char.IsWhiteSpace(span[end]) && end - start < MaxRunChars)
            {
                if (span[end] == '%' && end + 2 < span.Length && char.IsAsciiHexDigit(span[end + 1]) && char.IsAsciiHexDigit(span[end + 2]))
                {
                    escapes++;
                    end += 3;
                }
                else
                {
                    end++;
                }
            }

            if (escapes >= MinPercentEscapes)
            {
                string decoded;
                try
                {
                    decoded = Uri.UnescapeDataString(span[start..end].ToString().Replace('+', ' '));
                }
                catch (UriFormatException)
                {
                    decoded = string.Empty;
                }

                if (decoded.Length > 0 && IsReadable(decoded))
                {
                    decoded = decoded.Length > budget ? decoded[..budget] : decoded;
                    budget -= decoded.Length;
                    (runs ??= []).Add(new("percent", decoded, start, end - start));
                }
            }
            i = Math.Max(end, p + 1);
        }

        return runs;
    }

    private static bool IsHex(ReadOnlySpan<char> run) => run.Length >= MinHexRun && run.Length % 2 == 0 && !run.ContainsAnyExcept(SearchValuesHex.Values);

    private static string? TryHex(ReadOnlySpan<char> run)
    {
        byte[] bytes = ArrayPool<byte>.Shared.Rent(run.Length / 2);
        try
        {
            for (int k = 0; k < run.Length / 2; k++)
                bytes[k] = (byte)((HexVal(run[2 * k]) << 4) | HexVal(run[2 * k + 1]));
            return ToReadable(bytes.AsSpan(0, run.Length / 2));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string? TryBase64(ReadOnlySpan<char> run)
    {
        // Accept the URL-safe alphabet and missing padding; a run with no letter/digit mix is not base64-looking text.
        int letters = 0, digitsOrUpper = 0;
        foreach (char c in run)
        {
            if (char.IsAsciiLetterLower(c)) letters++;
            else if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) digitsOrUpper++;
        }
        if (letters == 0 || digitsOrUpper == 0) return null;

        int trimmed = run.TrimEnd('=').Length;
        int padded = (trimmed + 3) / 4 * 4;
        char[] buf = ArrayPool<char>.Shared.Rent(padded);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(padded);
        try
        {
            for (int k = 0; k < trimmed; k++)
            {
                char c = run[k];
                buf[k] = c switch { '-' => '+', '_' => '/', _ => c };
            }
            for (int k = trimmed; k < padded; k++) buf[k] = '=';
            if (padded - trimmed == 3) return null; // not a valid base64 length
            if (!Convert.TryFromBase64Chars(buf.AsSpan(0, padded), bytes, out int written)) return null;
            return ToReadable(bytes.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buf);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string? ToReadable(ReadOnlySpan<byte> bytes)
    {
        string s;
        try
        {
            s = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return IsReadable(s) ? s : null;
    }

    private static bool IsReadable(string s)
    {
        if (s.Length < 8) return false;
        int ok = 0, spaces = 0;
        foreach (char c in s)
        {
            if (c == ' ') spaces++;
            if (!char.IsControl(c) || c is '\n' or '\r' or '\t') ok++;
        }
        return spaces > 0 && ok >= s.Length * 0.95;
    }

    private static int HexVal(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static class SearchValuesHex
    {
        public static readonly SearchValues<char> Values = SearchValues.Create("0123456789abcdefABCDEF");
    }
}
