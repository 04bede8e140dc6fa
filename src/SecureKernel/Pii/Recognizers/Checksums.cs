using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace SecureKernel.Pii.Recognizers;

/// <summary>Check-digit and checksum validators used by the recognizers.</summary>
internal static class Checksums
{
    private const string Base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const string Bech32Alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    // IBAN lengths per country (SWIFT IBAN registry).
    private static readonly Dictionary<string, int> s_ibanLengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AO"] = 25, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16,
        ["BF"] = 28, ["BG"] = 22, ["BH"] = 22, ["BI"] = 27, ["BJ"] = 28, ["BR"] = 29, ["BY"] = 28, ["CF"] = 27,
        ["CG"] = 27, ["CH"] = 21, ["CI"] = 28, ["CM"] = 27, ["CR"] = 22, ["CV"] = 25, ["CY"] = 28, ["CZ"] = 24,
        ["DE"] = 22, ["DJ"] = 27, ["DK"] = 18, ["DO"] = 28, ["DZ"] = 26, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24,
        ["FI"] = 18, ["FK"] = 18, ["FO"] = 18, ["FR"] = 27, ["GA"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23,
        ["GL"] = 18, ["GQ"] = 27, ["GR"] = 27, ["GT"] = 28, ["GW"] = 25, ["HN"] = 28, ["HR"] = 21, ["HU"] = 28,
        ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IR"] = 26, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KM"] = 27,
        ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21,
        ["LY"] = 25, ["MA"] = 28, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MG"] = 27, ["MK"] = 19, ["ML"] = 28,
        ["MN"] = 20, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["MZ"] = 25, ["NE"] = 28, ["NI"] = 28, ["NL"] = 18,
        ["NO"] = 15, ["OM"] = 23, ["PK"] = 24, ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24,
        ["RS"] = 22, ["RU"] = 33, ["SA"] = 24, ["SC"] = 31, ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24,
        ["SM"] = 27, ["SN"] = 28, ["SO"] = 23, ["ST"] = 25, ["SV"] = 28, ["TD"] = 27, ["TG"] = 28, ["TL"] = 23,
        ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20, ["YE"] = 30,
    };

    // Countries whose BBAN is digits only (SWIFT registry format "n").
    private static readonly HashSet<string> s_ibanNumericBban = new(StringComparer.Ordinal)
    {
        "AT", "BA", "BE", "CR", "CZ", "DE", "DK", "EE", "EG", "ES", "FI", "FO", "GL", "HR", "HU", "IL", "IS", "LT",
        "ME", "MK", "NO", "PL", "PT", "RS", "SD", "SE", "SI", "SK", "TL", "TN", "XK", "LY", "SO",
    };

    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubleIt = false;
        int count = 0;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            char ch = digits[i];
            if (ch is < '0' or > '9')
            {
                continue;
            }

            int d = ch - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
            count++;
        }

        return count > 0 && sum % 10 == 0;
    }

    /// <summary>Validates a compact IBAN (no separators, upper case): country length, BBAN shape and mod-97.</summary>
    public static bool Iban(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 15 || iban.Length > 34)
        {
            return false;
        }

        string country = new(iban[..2]);
        if (!s_ibanLengths.TryGetValue(country, out int length) || length != iban.Length)
        {
            return false;
        }

        if (!char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        ReadOnlySpan<char> bban = iban[4..];
        if (s_ibanNumericBban.Contains(country))
        {
            foreach (char c in bban)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }
        }
        else if (country == "UA")
        {
            for (int i = 0; i < 6; i++)
            {
                if (!char.IsAsciiDigit(bban[i]))
                {
                    return false;
                }
            }
        }

        int remainder = 0;
        for (int k = 0; k < iban.Length; k++)
        {
            char c = iban[(k + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                int v = c - 'A' + 10;
                remainder = ((remainder * 100) + v) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    public static bool IsIbanCountry(ReadOnlySpan<char> cc) => s_ibanLengths.ContainsKey(new string(cc));

    public static bool Base58Check(ReadOnlySpan<char> address)
    {
        if (address.Length is < 26 or > 35)
        {
            return false;
        }

        BigInteger value = BigInteger.Zero;
        foreach (char c in address)
        {
            int digit = Base58Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 58) + digit;
        }

        byte[] raw = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        int leadingOnes = 0;
        while (leadingOnes < address.Length && address[leadingOnes] == '1')
        {
            leadingOnes++;
        }

        byte[] decoded = new byte[leadingOnes + raw.Length];
        raw.CopyTo(decoded, leadingOnes);
        if (decoded.Length != 25)
        {
            return false;
        }

        Span<byte> h1 = stackalloc byte[32];
        Span<byte> h2 = stackalloc byte[32];
        SHA256.HashData(decoded.AsSpan(0, 21), h1);
        SHA256.HashData(h1, h2);
        return h2[..4].SequenceEqual(decoded.AsSpan(21, 4));
    }

    /// <summary>Validates a Bech32 (witness v0) or Bech32m (v1+) segwit address with the <c>bc</c> prefix.</summary>
    public static bool Bech32(ReadOnlySpan<char> address)
    {
        if (address.Length is < 14 or > 90)
        {
            return false;
        }

        bool hasLower = false, hasUpper = false;
        foreach (char c in address)
        {
            hasLower |= char.IsAsciiLetterLower(c);
            hasUpper |= char.IsAsciiLetterUpper(c);
        }

        if (hasLower && hasUpper)
        {
            return false;
        }

        string s = new string(address).ToLowerInvariant();
        int sep = s.LastIndexOf('1');
        if (sep < 1 || sep + 7 > s.Length)
        {
            return false;
        }

        string hrp = s[..sep];
        int dataLength = s.Length - sep - 1;
        Span<int> values = stackalloc int[(hrp.Length * 2) + 1 + dataLength];
        int n = 0;
        foreach (char c in hrp)
        {
            values[n++] = c >> 5;
        }

        values[n++] = 0;
        foreach (char c in hrp)
        {
            values[n++] = c & 31;
        }

        int witnessVersion = -1;
        for (int i = sep + 1; i < s.Length; i++)
        {
            int v = Bech32Alphabet.IndexOf(s[i], StringComparison.Ordinal);
            if (v < 0)
            {
                return false;
            }

            if (witnessVersion < 0)
            {
                witnessVersion = v;
            }

            values[n++] = v;
        }

        uint polymod = Bech32Polymod(values);
        return witnessVersion == 0 ? polymod == 1 : polymod == 0x2bc830a3 && witnessVersion <= 16;
    }

    private static uint Bech32Polymod(ReadOnlySpan<int> values)
    {
        ReadOnlySpan<uint> gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
        uint chk = 1;
        foreach (int v in values)
        {
            uint top = chk >> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ (uint)v;
            for (int i = 0; i < 5; i++)
            {
                if (((top >> i) & 1) != 0)
                {
                    chk ^= gen[i];
                }
            }
        }

        return chk;
    }

    /// <summary>
    /// EIP-55: returns 1 when the mixed-case checksum is valid, 0 when the address is all one case (no checksum to
    /// verify), -1 when a mixed-case address fails its checksum.
    /// </summary>
    public static int Eip55(ReadOnlySpan<char> hex40)
    {
        bool hasLower = false, hasUpper = false;
        foreach (char c in hex40)
        {
            hasLower |= c is >= 'a' and <= 'f';
            hasUpper |= c is >= 'A' and <= 'F';
        }

        if (!(hasLower && hasUpper))
        {
            return 0;
        }

        Span<byte> lower = stackalloc byte[40];
        for (int i = 0; i < 40; i++)
        {
            lower[i] = (byte)char.ToLowerInvariant(hex40[i]);
        }

        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(lower, hash);
        for (int i = 0; i < 40; i++)
        {
            char c = hex40[i];
            if (!char.IsAsciiLetter(c))
            {
                continue;
            }

            int nibble = (i % 2 == 0) ? hash[i / 2] >> 4 : hash[i / 2] & 0x0f;
            bool shouldBeUpper = nibble >= 8;
            if (shouldBeUpper != char.IsAsciiLetterUpper(c))
            {
                return -1;
            }
        }

        return 1;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double ShannonEntropy(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return 0;
        }

        Span<int> counts = stackalloc int[128];
        counts.Clear();
        int other = 0;
        foreach (char c in s)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double h = 0;
        double len = s.Length;
        foreach (int count in counts)
        {
            if (count > 0)
            {
                double p = count / len;
                h -= p * Math.Log2(p);
            }
        }

        if (other > 0)
        {
            double p = other / len;
            h -= p * Math.Log2(p);
        }

        return h;
    }

    /// <summary>US SSN rules: area not 000/666/9xx, group not 00, serial not 0000, not all one digit, not known samples.</summary>
    public static bool UsSsn(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != 9)
        {
            return false;
        }

        int area = ((nineDigits[0] - '0') * 100) + ((nineDigits[1] - '0') * 10) + (nineDigits[2] - '0');
        if (area is 0 or 666 or >= 900)
        {
            return false;
        }

        if (nineDigits[3] == '0' && nineDigits[4] == '0')
        {
            return false;
        }

        if (nineDigits[5..].SequenceEqual("0000"))
        {
            return false;
        }

        bool allSame = true;
        for (int i = 1; i < 9; i++)
        {
            allSame &= nineDigits[i] == nineDigits[0];
        }

        return !allSame && !nineDigits.SequenceEqual("078051120") && !nineDigits.SequenceEqual("123456789");
    }

    /// <summary>Returns the characters of <paramref name="s"/> that are ASCII letters or digits, upper-cased.</summary>
    public static string Compact(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }
}
