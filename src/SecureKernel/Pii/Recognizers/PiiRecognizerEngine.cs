using System.Buffers;
using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace SecureKernel.Pii.Recognizers;

/// <summary>
/// Runs every recognizer over a text and collects raw (possibly overlapping) entities. Stateless and thread-safe.
/// </summary>
internal static class PiiRecognizerEngine
{
    private const int ContextWindow = 48;

    private static readonly string[] s_phoneRegions = ["US", "GB", "DE", "FR", "IN", "IL", "BR", "AU", "JP", "CN", "IT", "ES", "NL", "MX"];

    private static readonly Lazy<PhoneNumberUtil> s_phoneUtil = new(PhoneNumberUtil.GetInstance);

    // Literal prefixes of the prefix-anchored secret rules: the rule's pattern only runs when one of them occurs.
    private static readonly SearchValues<string> s_secretPrefixes = SearchValues.Create(
        ["AKIA", "ASIA", "ABIA", "ACCA", "gho_", "ghp_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "sk_live_", "sk_test_",
         "rk_live_", "rk_test_", "sk-", "AIza", "npm_", "oy2", "SG.", "hf_"],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> s_authorizationWords = SearchValues.Create(["bearer", "basic", "token"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> s_asciiAlphanumeric = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> s_walletFirstChars = SearchValues.Create("013bB");

    private static readonly SearchValues<char> s_numberChars = SearchValues.Create("0123456789 -.()/+");

    public static void Recognize(string text, HashSet<string>? types, List<PiiEntity> results)
    {
        bool Want(string type) => types is null || types.Contains(type);

        if (Want(PiiEntityTypes.PrivateKey))
        {
            PrivateKeys(text, results);
        }

        if (Want(PiiEntityTypes.ApiKey))
        {
            Secrets(text, results);
        }

        if (Want(PiiEntityTypes.Jwt) || Want(PiiEntityTypes.ApiKey))
        {
            Jwts(text, results, Want(PiiEntityTypes.Jwt) ? PiiEntityTypes.Jwt : PiiEntityTypes.ApiKey);
        }

        if (Want(PiiEntityTypes.UrlWithCredentials))
        {
            UrlCredentials(text, results);
        }

        if (Want(PiiEntityTypes.Email))
        {
            Emails(text, results);
        }

        bool hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (hasDigit)
        {
            List<DigitWindow> windows = DigitWindows(text);

            // Regex \d also matches non-ASCII decimal digits, which the (ASCII) digit windows do not see: patterns that
            // are narrowed to windows run over the whole text instead when the text has any non-ASCII character.
            bool ascii = Ascii.IsValid(text);
            if (Want(PiiEntityTypes.CreditCard))
            {
                CreditCards(text, windows, results);
            }

            if (Want(PiiEntityTypes.Iban))
            {
                Ibans(text, ascii ? windows : null, results);
            }

            if (Want(PiiEntityTypes.UsSsn))
            {
                Ssns(text, windows, results);
            }

            if (Want(PiiEntityTypes.IpAddress))
            {
                IpAddresses(text, windows, results);
            }

            if (Want(PiiEntityTypes.UkNino))
            {
                UkNinos(text, ascii ? windows : null, results);
            }

            if (Want(PiiEntityTypes.CryptoWallet))
            {
                CryptoWallets(text, results);
            }

            if (Want(PiiEntityTypes.Phone))
            {
                Phones(text, windows, results);
            }

            if (Want(PiiEntityTypes.DateOfBirth))
            {
                DatesOfBirth(text, results);
            }

            if (Want(PiiEntityTypes.Passport))
            {
                Passports(text, results);
            }

            if (Want(PiiEntityTypes.MedicalRecordNumber))
            {
                MedicalRecordNumbers(text, results);
            }

            if (Want(PiiEntityTypes.StreetAddress))
            {
                Add(results, PiiPatterns.StreetAddress(), text, PiiEntityTypes.StreetAddress, 0.75);
                Add(results, PiiPatterns.PoBox(), text, PiiEntityTypes.StreetAddress, 0.7);
            }
        }

        if (Want(PiiEntityTypes.Person) || Want(PiiEntityTypes.Location) || Want(PiiEntityTypes.Organization))
        {
            NamesPlacesOrganizations(text, results, Want(PiiEntityTypes.Person), Want(PiiEntityTypes.Location), Want(PiiEntityTypes.Organization));
        }
    }

    private static void Add(List<PiiEntity> results, Regex regex, string text, string type, double score)
    {
        foreach (ValueMatch m in regex.EnumerateMatches(text))
        {
            results.Add(new PiiEntity(type, m.Index, m.Index + m.Length, score));
        }
    }

    /// <summary>A maximal run of digits and number punctuation (space, '-', '.', '(', ')', '/', '+').</summary>
    internal readonly record struct DigitWindow(int Start, int End, int Digits, int Dots);

    internal static List<DigitWindow> DigitWindows(string text)
    {
        var windows = new List<DigitWindow>();
        ReadOnlySpan<char> s = text;
        int i = 0;
        while (i < s.Length)
        {
            int d = s[i..].IndexOfAnyInRange('0', '9');
            if (d < 0)
            {
                break;
            }

            int start = i + d;
            while (start > i && s_numberChars.Contains(s[start - 1]))
            {
                start--;
            }

            int end = start;
            int digits = 0, dots = 0;
            while (end < s.Length && s_numberChars.Contains(s[end]))
            {
                char c = s[end];
                digits += char.IsAsciiDigit(c) ? 1 : 0;
                dots += c == '.' ? 1 : 0;
                end++;
            }

            windows.Add(new DigitWindow(start, end, digits, dots));
            i = end;
        }

        return windows;
    }

    /// <summary>
    /// Runs a digit-led pattern only inside windows that have enough digits. A window's neighbours are never digits or
    /// number punctuation, so the only difference from matching the whole text is at its edges, where a letter or
    /// underscore next to the match rejects it.
    /// </summary>
    private static List<(int Index, int Length)> MatchesInWindows(Regex regex, string text, List<DigitWindow> windows, int minDigits, int minDots = 0)
    {
        var found = new List<(int, int)>();
        foreach (DigitWindow w in windows)
        {
            if (w.Digits < minDigits || w.Dots < minDots)
            {
                continue;
            }

            foreach (ValueMatch m in regex.EnumerateMatches(text.AsSpan(w.Start, w.End - w.Start)))
            {
                int a = w.Start + m.Index;
                int z = a + m.Length;
                if ((a == w.Start && a > 0 && IsWordChar(text[a - 1])) || (z == w.End && z < text.Length && IsWordChar(text[z])))
                {
                    continue;
                }

                found.Add((a, m.Length));
            }
        }

        return found;

        static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
    }

    private static void PrivateKeys(string text, List<PiiEntity> results)
    {
        if (!text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match begin in PiiPatterns.PrivateKeyBegin().Matches(text))
        {
            Match end = PiiPatterns.PrivateKeyEnd().Match(text, begin.Index + begin.Length);

            // A block without its END line (truncated output) is redacted to the end of the text: fail closed.
            int stop = end.Success ? end.Index + end.Length : text.Length;
            results.Add(new PiiEntity(PiiEntityTypes.PrivateKey, begin.Index, stop, 1.0));
        }
    }

    private static void Secrets(string text, List<PiiEntity> results)
    {
        int firstPrefix = text.AsSpan().IndexOfAny(s_secretPrefixes);
        if (firstPrefix >= 0)
        {
            PrefixedSecrets(text, Math.Max(0, firstPrefix - 1), results);
        }

        SecretAssignments(text, results);

        if (text.AsSpan().IndexOfAny(s_authorizationWords) < 0)
        {
            return;
        }

        foreach (Match m in PiiPatterns.AuthorizationValue().Matches(text))
        {
            Group value = m.Groups["value"];
            if (Checksums.ShannonEntropy(value.ValueSpan) >= 3.5)
            {
                results.Add(new PiiEntity(PiiEntityTypes.ApiKey, value.Index, value.Index + value.Length, 0.8));
            }
        }
    }

    private static void PrefixedSecrets(string text, int startAt, List<PiiEntity> results)
    {
        // Jump from one literal prefix to the next and run the pattern only in a short window there.
        int cursor = startAt;
        while (cursor < text.Length)
        {
            int next = text.AsSpan(cursor).IndexOfAny(s_secretPrefixes);
            if (next < 0)
            {
                return;
            }

            int pos = cursor + next;
            int windowEnd = Math.Min(text.Length, pos + 320);
            ValueMatch m = default;
            bool found = false;
            foreach (ValueMatch candidate in PiiPatterns.PrefixedSecret().EnumerateMatches(text.AsSpan(0, windowEnd), pos))
            {
                m = candidate;
                found = candidate.Index == pos;
                break;
            }

            if (!found)
            {
                cursor = pos + 1;
                continue;
            }

            if (m.Index + m.Length == windowEnd && windowEnd < text.Length)
            {
                // A key that may run past the window: match it unbounded at this position.
                Match full = PiiPatterns.PrefixedSecret().Match(text, pos);
                AddPrefixedSecret(text, full.Index, full.Length, results);
                cursor = Math.Max(pos + 1, full.Index + full.Length);
                continue;
            }

            AddPrefixedSecret(text, m.Index, m.Length, results);
            cursor = m.Index + m.Length;
        }
    }

    private static void AddPrefixedSecret(string text, int index, int length, List<PiiEntity> results)
    {
        // Prefix-anchored keys are random: a long run of one character or a low-entropy body is a placeholder.
        if (length > 0 && Checksums.ShannonEntropy(text.AsSpan(index, length)) >= 3.0)
        {
            results.Add(new PiiEntity(PiiEntityTypes.ApiKey, index, index + length, 0.95));
        }
    }

    private static readonly string[] s_secretKeySuffixes =
    [
        "password", "passwd", "passphrase", "pwd", "secret", "secretkey", "apikey", "apisecret", "apitoken", "token",
        "privatekey", "accountkey", "sharedaccesskey", "sharedaccesssignature", "clientsecret", "appsecret",
    ];

    private static void SecretAssignments(string text, List<PiiEntity> results)
    {
        ReadOnlySpan<char> s = text;
        Span<char> key = stackalloc char[48];
        int i = 0;
        while (i < s.Length)
        {
            int op = s[i..].IndexOfAny('=', ':');
            if (op < 0)
            {
                return;
            }

            op += i;
            i = op + 1;

            // The key: an identifier right before the operator, optionally quoted, within a few spaces.
            int k = op - 1;
            while (k >= 0 && op - k <= 4 && (s[k] == ' ' || s[k] == '"' || s[k] == '\''))
            {
                k--;
            }

            int keyEnd = k + 1;
            while (k >= 0 && keyEnd - k <= 48 && (char.IsAsciiLetterOrDigit(s[k]) || s[k] is '_' or '-' or '.'))
            {
                k--;
            }

            int keyStart = k + 1;
            if (keyEnd - keyStart < 3 || keyEnd - keyStart > 48)
            {
                continue;
            }

            int n = 0;
            foreach (char c in s[keyStart..keyEnd])
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    key[n++] = char.ToLowerInvariant(c);
                }
            }

            ReadOnlySpan<char> normalized = key[..n];
            bool isPassword = false, isSecret = false;
            foreach (string suffix in s_secretKeySuffixes)
            {
                if (normalized.EndsWith(suffix, StringComparison.Ordinal))
                {
                    isSecret = true;
                    isPassword = suffix is "password" or "passwd" or "passphrase" or "pwd";
                    break;
                }
            }

            if (!isSecret)
            {
                continue;
            }

            // The value: skip "=>", ":=", spaces and an opening quote; stop at whitespace, quotes and separators.
            int v = op + 1;
            while (v < s.Length && v - op <= 4 && (s[v] is ' ' or '"' or '\'' or '>' or '='))
            {
                v++;
            }

            int vEnd = v;
            while (vEnd < s.Length && vEnd - v < 512 && !char.IsWhiteSpace(s[vEnd]) && s[vEnd] is not ('"' or '\'' or '`' or ',' or ';' or '<' or '>' or ')' or ']' or '}'))
            {
                vEnd++;
            }

            ReadOnlySpan<char> value = s[v..vEnd];

            // Passwords are secrets whatever they look like; other values need to look random enough.
            if (isPassword ? value.Length < 4 || IsPlaceholderValue(value) : value.Length < 8 || Checksums.ShannonEntropy(value) < 3.0 || IsPlaceholderValue(value))
            {
                continue;
            }

            results.Add(new PiiEntity(PiiEntityTypes.ApiKey, v, vEnd, isPassword ? 0.85 : 0.8));
            i = vEnd;
        }
    }

    private static bool IsPlaceholderValue(ReadOnlySpan<char> v) =>
        v.StartsWith("${", StringComparison.Ordinal) || v.StartsWith("{{", StringComparison.Ordinal) ||
        v.StartsWith("<", StringComparison.Ordinal) || v.StartsWith("%", StringComparison.Ordinal) ||
        v.Equals("null", StringComparison.OrdinalIgnoreCase) || v.Equals("none", StringComparison.OrdinalIgnoreCase) ||
        v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("false", StringComparison.OrdinalIgnoreCase) ||
        v.Equals("required", StringComparison.OrdinalIgnoreCase) || v.Trim('*').IsEmpty || v.Trim('x').IsEmpty ||
        v.Trim('X').IsEmpty || v.Trim('.').IsEmpty;

    private static void Jwts(string text, List<PiiEntity> results, string type)
    {
        if (!text.Contains("eyJ", StringComparison.Ordinal))
        {
            return;
        }

        foreach (ValueMatch m in PiiPatterns.Jwt().EnumerateMatches(text))
        {
            ReadOnlySpan<char> token = text.AsSpan(m.Index, m.Length);
            int dot = token.IndexOf('.');
            if (IsJwtHeader(token[..dot]))
            {
                results.Add(new PiiEntity(type, m.Index, m.Index + m.Length, 0.95));
            }
        }
    }

    private static bool IsJwtHeader(ReadOnlySpan<char> header)
    {
        if (header.Length > 1024)
        {
            return false;
        }

        Span<byte> utf8 = stackalloc byte[header.Length];
        for (int i = 0; i < header.Length; i++)
        {
            utf8[i] = (byte)header[i];
        }

        Span<byte> decoded = stackalloc byte[Base64Url.GetMaxDecodedLength(header.Length)];
        if (Base64Url.DecodeFromUtf8(utf8, decoded, out _, out int written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        string json = Encoding.UTF8.GetString(decoded[..written]);
        return json.Contains("\"alg\"", StringComparison.Ordinal) || json.Contains("\"typ\"", StringComparison.Ordinal);
    }

    private static void UrlCredentials(string text, List<PiiEntity> results)
    {
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            return;
        }

        foreach ((int urlIndex, int urlLength) in FindUrls(text))
        {
            (int Index, int Length) url = (urlIndex, urlLength);
            ReadOnlySpan<char> u = text.AsSpan(url.Index, url.Length);
            int schemeEnd = u.IndexOf("://", StringComparison.Ordinal) + 3;
            ReadOnlySpan<char> afterScheme = u[schemeEnd..];
            int authorityEnd = afterScheme.IndexOfAny('/', '?', '#');
            ReadOnlySpan<char> authority = authorityEnd < 0 ? afterScheme : afterScheme[..authorityEnd];
            int at = authority.LastIndexOf('@');
            if (at > 0)
            {
                ReadOnlySpan<char> userInfo = authority[..at];

                // user:password, or a lone token used as the user name (https://TOKEN@github.com/...).
                bool hasPassword = userInfo.IndexOf(':') > 0 && userInfo.IndexOf(':') < userInfo.Length - 1;
                bool tokenUser = userInfo.Length >= 16 && Checksums.ShannonEntropy(userInfo) >= 3.5;
                if (hasPassword || tokenUser)
                {
                    int start = url.Index + schemeEnd;
                    results.Add(new PiiEntity(PiiEntityTypes.UrlWithCredentials, start, start + at, 0.98));
                }
            }

            if (u.IndexOfAny('?', '#', ';') < 0)
            {
                continue;
            }

            string urlText = text.Substring(url.Index, url.Length);
            foreach (Match p in PiiPatterns.UrlSecretParameter().Matches(urlText))
            {
                Group value = p.Groups["value"];
                string name = p.Groups["name"].Value;
                bool strongName = !name.Equals("code", StringComparison.OrdinalIgnoreCase) && !name.Equals("key", StringComparison.OrdinalIgnoreCase) && !name.Equals("session", StringComparison.OrdinalIgnoreCase);
                if (!strongName && (value.Length < 12 || Checksums.ShannonEntropy(value.ValueSpan) < 3.0))
                {
                    continue;
                }

                results.Add(new PiiEntity(PiiEntityTypes.UrlWithCredentials, url.Index + value.Index, url.Index + value.Index + value.Length, 0.9));
            }
        }
    }

    internal static List<(int Index, int Length)> FindUrls(string text)
    {
        var urls = new List<(int, int)>();
        ReadOnlySpan<char> s = text;
        int from = 0;
        while (from < s.Length)
        {
            int sep = s[from..].IndexOf("://", StringComparison.Ordinal);
            if (sep < 0)
            {
                break;
            }

            sep += from;
            int start = sep;
            while (start > 0 && sep - start < 16 && (char.IsAsciiLetterOrDigit(s[start - 1]) || s[start - 1] is '+' or '.' or '-'))
            {
                start--;
            }

            int end = sep + 3;
            while (end < s.Length && !char.IsWhiteSpace(s[end]) && s[end] is not ('"' or '\'' or '<' or '>' or '`'))
            {
                end++;
            }

            if (sep - start >= 2 && char.IsAsciiLetter(s[start]) && end > sep + 3)
            {
                urls.Add((start, end - start));
            }

            from = Math.Max(end, sep + 3);
        }

        return urls;
    }

    private static void Emails(string text, List<PiiEntity> results)
    {
        ReadOnlySpan<char> s = text;
        int at = s.IndexOf('@');
        while (at >= 0)
        {
            int start = at;
            while (start > 0 && start > at - 64 && IsLocalChar(s[start - 1]))
            {
                start--;
            }

            // Trim leading dots from the local part.
            while (start < at && s[start] == '.')
            {
                start++;
            }

            int end = at + 1;
            int lastDot = -1;
            while (end < s.Length && end - at <= 255 && (char.IsAsciiLetterOrDigit(s[end]) || s[end] == '-' || s[end] == '.'))
            {
                if (s[end] == '.')
                {
                    lastDot = end;
                }

                end++;
            }

            // Drop trailing dots and hyphens (sentence punctuation).
            while (end > at + 1 && (s[end - 1] == '.' || s[end - 1] == '-'))
            {
                end--;
            }

            lastDot = s[..end].LastIndexOf('.');
            if (start < at && lastDot > at + 1 && end - lastDot - 1 >= 2 && IsTld(s[(lastDot + 1)..end]) && !s[(at + 1)..end].Contains("..", StringComparison.Ordinal))
            {
                results.Add(new PiiEntity(PiiEntityTypes.Email, start, end, 0.95));
            }

            int next = s[(at + 1)..].IndexOf('@');
            at = next < 0 ? -1 : at + 1 + next;
        }

        static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';

        static bool IsTld(ReadOnlySpan<char> tld)
        {
            if (tld.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
            {
                return tld.Length > 4;
            }

            foreach (char c in tld)
            {
                if (!char.IsAsciiLetter(c))
                {
                    return false;
                }
            }

            return tld.Length <= 24;
        }
    }

    private static void CreditCards(string text, List<DigitWindow> windows, List<PiiEntity> results)
    {
        foreach ((int Index, int Length) m in MatchesInWindows(PiiPatterns.CreditCard(), text, windows, minDigits: 13))
        {
            AddCard(text, m.Index, m.Length, results);
        }

        // Bare 13-19 digit runs (the grouped pattern above covers 15/16 digits with or without separators). Every digit
        // belongs to exactly one window, so only windows with at least 13 digits can hold such a run.
        ReadOnlySpan<char> s = text;
        foreach (DigitWindow w in windows)
        {
            if (w.Digits < 13)
            {
                continue;
            }

            int i = w.Start;
            while (i < w.End)
            {
                int d = s[i..w.End].IndexOfAnyInRange('0', '9');
                if (d < 0)
                {
                    break;
                }

                int start = i + d;
                int end = start;
                while (end < s.Length && char.IsAsciiDigit(s[end]))
                {
                    end++;
                }

                int len = end - start;
                if (len is >= 13 and <= 19 and not 15 and not 16 && (start == 0 || !char.IsAsciiLetter(s[start - 1])) && (end == s.Length || !char.IsAsciiLetter(s[end])))
                {
                    AddCard(text, start, len, results);
                }

                i = end;
            }
        }

        static void AddCard(string text, int index, int length, List<PiiEntity> results)
        {
            ReadOnlySpan<char> span = text.AsSpan(index, length);
            int digits = 0;
            bool allSame = true;
            char first = span[0];
            foreach (char c in span)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                    allSame &= c == first;
                }
            }

            // Issuer prefixes 1-6; a bare 13-digit number starting with 1 is not a card (Presidio's rule).
            if (digits is < 13 or > 19 || allSame || first is '0' or '7' or '8' or '9' || (first == '1' && digits == 13) || !Checksums.Luhn(span))
            {
                return;
            }

            bool grouped = span.IndexOfAny(' ', '-') >= 0;
            results.Add(new PiiEntity(PiiEntityTypes.CreditCard, index, index + length, grouped ? 0.95 : 0.9));
        }
    }

    private static void Ibans(string text, List<DigitWindow>? windows, List<PiiEntity> results)
    {
        ReadOnlySpan<char> s = text;
        Span<char> compact = stackalloc char[34];
        Span<int> endAt = stackalloc int[34];
        foreach ((int Index, int Length) m in IbanStarts(text, windows))
        {
            if (!Checksums.IsIbanCountry(s.Slice(m.Index, 2)))
            {
                continue;
            }

            // Walk forward over upper-case letters/digits with single space or hyphen separators, validating every
            // length that ends at a group boundary, longest first, so trailing words are not swallowed.
            int n = 0;
            int pos = m.Index;
            while (pos < s.Length && n < 34)
            {
                char c = s[pos];
                if (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
                {
                    compact[n] = c;
                    endAt[n] = pos + 1;
                    n++;
                    pos++;
                }
                else if ((c is ' ' or '-') && pos + 1 < s.Length && (char.IsAsciiDigit(s[pos + 1]) || char.IsAsciiLetterUpper(s[pos + 1])) && n >= 4)
                {
                    pos++;
                }
                else
                {
                    break;
                }
            }

            for (int len = n; len >= 15; len--)
            {
                int end = endAt[len - 1];
                if (end < s.Length && char.IsAsciiLetterOrDigit(s[end]))
                {
                    continue;
                }

                if (Checksums.Iban(compact[..len]))
                {
                    results.Add(new PiiEntity(PiiEntityTypes.Iban, m.Index, end, 1.0));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The matches of <see cref="PiiPatterns.IbanStart"/> over the whole text, found from the digit windows: a match is
    /// two upper-case letters then two digits, and since a letter is not number punctuation those digits start a window.
    /// The pattern runs only at such window starts (with the full text before it, so <c>\b</c> sees the real context).
    /// <paramref name="windows"/> is null for text that is not all ASCII: the whole text is scanned.
    /// </summary>
    private static List<(int Index, int Length)> IbanStarts(string text, List<DigitWindow>? windows)
    {
        var found = new List<(int Index, int Length)>();
        if (windows is null)
        {
            foreach (ValueMatch m in PiiPatterns.IbanStart().EnumerateMatches(text))
            {
                found.Add((m.Index, m.Length));
            }

            return found;
        }

        // Like a whole-text scan, a match never starts inside the previous one.
        int lastEnd = 0;
        foreach (DigitWindow w in windows)
        {
            int p = w.Start - 2;
            if (w.Digits < 2 || p < lastEnd || !char.IsAsciiLetterUpper(text[p]) || !char.IsAsciiLetterUpper(text[p + 1]))
            {
                continue;
            }

            // The pattern is at most six characters long.
            foreach (ValueMatch m in PiiPatterns.IbanStart().EnumerateMatches(text.AsSpan(0, Math.Min(text.Length, p + 6)), p))
            {
                if (m.Index == p)
                {
                    found.Add((m.Index, m.Length));
                    lastEnd = p + m.Length;
                }

                break;
            }
        }

        return found;
    }

    private static void Ssns(string text, List<DigitWindow> windows, List<PiiEntity> results)
    {
        Span<char> digits = stackalloc char[9];
        List<(int Index, int Length)> formatted = MatchesInWindows(PiiPatterns.SsnFormatted(), text, windows, minDigits: 9);
        foreach ((int Index, int Length) m in formatted)
        {
            if (CompactDigits(text.AsSpan(m.Index, m.Length), digits) == 9 && Checksums.UsSsn(digits))
            {
                results.Add(new PiiEntity(PiiEntityTypes.UsSsn, m.Index, m.Index + m.Length, 0.6));
            }
        }

        // Bare nine digits (or odd groupings) only next to SSN context words.
        if (!text.Contains("ssn", StringComparison.OrdinalIgnoreCase) && !text.Contains("soc", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        List<(int Start, int End)> context = ContextMatches(PiiPatterns.SsnContext(), text);
        if (context.Count == 0)
        {
            return;
        }

        foreach ((int Index, int Length) m in MatchesInWindows(PiiPatterns.SsnBare(), text, windows, minDigits: 9))
        {
            if (HasContextBefore(context, m.Index, ContextWindow) && CompactDigits(text.AsSpan(m.Index, m.Length), digits) == 9 && Checksums.UsSsn(digits))
            {
                results.Add(new PiiEntity(PiiEntityTypes.UsSsn, m.Index, m.Index + m.Length, 0.7));
            }
        }

        // Context also lifts formatted ones.
        foreach ((int Index, int Length) m in formatted)
        {
            if (HasContextBefore(context, m.Index, ContextWindow) && CompactDigits(text.AsSpan(m.Index, m.Length), digits) == 9 && Checksums.UsSsn(digits))
            {
                results.Add(new PiiEntity(PiiEntityTypes.UsSsn, m.Index, m.Index + m.Length, 0.85));
            }
        }
    }

    private static int CompactDigits(ReadOnlySpan<char> s, Span<char> into)
    {
        int n = 0;
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == into.Length)
                {
                    return n + 1;
                }

                into[n++] = c;
            }
        }

        return n;
    }

    private static void IpAddresses(string text, List<DigitWindow> windows, List<PiiEntity> results)
    {
        if (text.Contains('.'))
        {
            foreach ((int Index, int Length) m in MatchesInWindows(PiiPatterns.IPv4(), text, windows, minDigits: 4, minDots: 3))
            {
                ReadOnlySpan<char> span = text.AsSpan(m.Index, m.Length);
                int slash = span.IndexOf('/');
                ReadOnlySpan<char> address = slash < 0 ? span : span[..slash];
                if (!IsStrictIPv4(address))
                {
                    continue;
                }

                int length = m.Length;
                if (slash >= 0 && (!int.TryParse(span[(slash + 1)..], out int prefix) || prefix > 32))
                {
                    length = slash;
                }

                results.Add(new PiiEntity(PiiEntityTypes.IpAddress, m.Index, m.Index + length, 0.9));
            }
        }

        if (text.Contains(':'))
        {
            foreach ((int Index, int Length) m in IPv6Candidates(text))
            {
                ReadOnlySpan<char> span = text.AsSpan(m.Index, m.Length);
                int slash = span.IndexOf('/');
                ReadOnlySpan<char> address = slash < 0 ? span : span[..slash];
                int colons = address.Count(':');
                bool compressed = address.Contains("::", StringComparison.Ordinal);
                bool embeddedV4 = address.Contains('.');
                if (address.Length < 3 || (!compressed && colons != 7 && !(embeddedV4 && colons == 6)) ||
                    !IPAddress.TryParse(address, out IPAddress? ip) || ip.AddressFamily != AddressFamily.InterNetworkV6)
                {
                    continue;
                }

                if (embeddedV4 && !IsStrictIPv4(address[(address.LastIndexOf(':') + 1)..]))
                {
                    continue;
                }

                int length = m.Length;
                if (slash >= 0 && (!int.TryParse(span[(slash + 1)..], out int prefix) || prefix > 128))
                {
                    length = slash;
                }

                results.Add(new PiiEntity(PiiEntityTypes.IpAddress, m.Index, m.Index + length, 0.9));
            }
        }
    }

    private static List<(int Index, int Length)> IPv6Candidates(string text)
    {
        // Expand around each ':' over address characters, then run the IPv6 pattern on that small window only.
        var found = new List<(int, int)>();
        ReadOnlySpan<char> s = text;
        int i = 0;
        while (i < s.Length)
        {
            int c = s[i..].IndexOf(':');
            if (c < 0)
            {
                break;
            }

            c += i;
            int start = c;
            while (start > 0 && c - start < 45 && IsAddressChar(s[start - 1]))
            {
                start--;
            }

            int end = c;
            int colons = 0;
            bool zone = false;
            while (end < s.Length && end - start < 64 && (IsAddressChar(s[end]) || s[end] is '%' or '/' || (zone && char.IsAsciiLetterOrDigit(s[end]))))
            {
                colons += s[end] == ':' ? 1 : 0;
                zone |= s[end] == '%';
                end++;
            }

            if (colons >= 2)
            {
                foreach (ValueMatch m in PiiPatterns.IPv6().EnumerateMatches(s[start..end]))
                {
                    // The window edges are not address characters, so the pattern's look-arounds see the real context
                    // except at the window edge itself; re-check that edge.
                    int a = start + m.Index;
                    int z = a + m.Length;
                    if ((a > 0 && (char.IsAsciiLetterOrDigit(s[a - 1]) || s[a - 1] == ':')) || (z < s.Length && (char.IsAsciiLetterOrDigit(s[z]) || s[z] is ':' or '_')))
                    {
                        continue;
                    }

                    found.Add((a, m.Length));
                }
            }

            i = Math.Max(end, c + 1);
        }

        return found;

        static bool IsAddressChar(char ch) => char.IsAsciiHexDigit(ch) || ch is ':' or '.';
    }

    private static bool IsStrictIPv4(ReadOnlySpan<char> address)
    {
        int parts = 0;
        foreach (Range r in address.Split('.'))
        {
            ReadOnlySpan<char> part = address[r];
            if (part.IsEmpty || part.Length > 3 || !int.TryParse(part, out int v) || v > 255 || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            parts++;
        }

        return parts == 4;
    }

    private static void UkNinos(string text, List<DigitWindow>? windows, List<PiiEntity> results)
    {
        // Body "12 34 56 C" found by a digit-led pattern; the two-letter prefix is checked by hand (HMRC rules: first
        // letter not D F I Q U V, second not D F I O Q U V, and not BG GB NK KN NT TN ZZ).
        foreach ((int Index, int Length) m in UkNinoBodies(text, windows))
        {
            int p = m.Index;
            if (p >= 1 && text[p - 1] == ' ')
            {
                p--;
            }

            if (p < 2 || !char.IsAsciiLetter(text[p - 1]) || !char.IsAsciiLetter(text[p - 2]) || (p >= 3 && char.IsAsciiLetterOrDigit(text[p - 3])))
            {
                continue;
            }

            char a = char.ToUpperInvariant(text[p - 2]);
            char b = char.ToUpperInvariant(text[p - 1]);
            if ("DFIQUV".Contains(a) || "DFIOQUV".Contains(b) || (a, b) is ('B', 'G') or ('G', 'B') or ('N', 'K') or ('K', 'N') or ('N', 'T') or ('T', 'N') or ('Z', 'Z'))
            {
                continue;
            }

            // Spacing must be all or nothing between the pairs ("AB 12 34 56 C" or "AB123456C").
            results.Add(new PiiEntity(PiiEntityTypes.UkNino, p - 2, m.Index + m.Length, 0.6));
        }
    }

    /// <summary>
    /// The matches of <see cref="PiiPatterns.UkNinoBody"/> over the whole text, found window by window: the body's digits
    /// and spaces all lie in one digit window (with at least six digits) and only its final letter (plus the character
    /// that <c>\b</c> looks at) lies past the window's end, so the pattern runs over each such window plus two characters. <paramref name="windows"/> is null for text that
    /// is not all ASCII: the whole text is scanned.
    /// </summary>
    private static List<(int Index, int Length)> UkNinoBodies(string text, List<DigitWindow>? windows)
    {
        var found = new List<(int Index, int Length)>();
        if (windows is null)
        {
            foreach (ValueMatch m in PiiPatterns.UkNinoBody().EnumerateMatches(text))
            {
                found.Add((m.Index, m.Length));
            }

            return found;
        }

        foreach (DigitWindow w in windows)
        {
            if (w.Digits < 6)
            {
                continue;
            }

            foreach (ValueMatch m in PiiPatterns.UkNinoBody().EnumerateMatches(text.AsSpan(0, Math.Min(text.Length, w.End + 2)), w.Start))
            {
                found.Add((m.Index, m.Length));
            }
        }

        return found;
    }

    private static void CryptoWallets(string text, List<PiiEntity> results)
    {
        // Every match is ASCII letters and digits with no word character on either side, so it is a whole maximal run of
        // ASCII letters and digits, 14-74 long, starting with 1, 3, b, B or 0; the pattern runs only at such runs (with
        // the text before and one character after, so its look-arounds see the real context). The three alternatives
        // start with different characters, so the first character says which one matched.
        ReadOnlySpan<char> s = text;
        int i = 0;
        while (i < s.Length)
        {
            int a = s[i..].IndexOfAny(s_walletFirstChars);
            if (a < 0)
            {
                return;
            }

            int start = i + a;
            i = start + 1;
            if (start > 0 && s_asciiAlphanumeric.Contains(s[start - 1]))
            {
                continue; // not the start of a run
            }

            int runLength = s[start..].IndexOfAnyExcept(s_asciiAlphanumeric);
            int end = runLength < 0 ? s.Length : start + runLength;
            i = end;
            if (end - start is < 14 or > 74)
            {
                continue;
            }

            foreach (ValueMatch m in PiiPatterns.Crypto().EnumerateMatches(s[..Math.Min(s.Length, end + 1)], start))
            {
                if (m.Index == start)
                {
                    AddCryptoWallet(text, m.Index, m.Length, results);
                }

                break;
            }
        }
    }

    private static void AddCryptoWallet(string text, int index, int length, List<PiiEntity> results)
    {
        ReadOnlySpan<char> v = text.AsSpan(index, length);
        if (v[0] is '1' or '3')
        {
            if (Checksums.Base58Check(v))
            {
                results.Add(new PiiEntity(PiiEntityTypes.CryptoWallet, index, index + length, 1.0));
            }
        }
        else if (v[0] is 'b' or 'B')
        {
            if (Checksums.Bech32(v))
            {
                results.Add(new PiiEntity(PiiEntityTypes.CryptoWallet, index, index + length, 1.0));
            }
        }
        else
        {
            int eip55 = Checksums.Eip55(v[2..]);
            if (eip55 >= 0)
            {
                // Single-case addresses carry no checksum: still an address shape, lower confidence.
                results.Add(new PiiEntity(PiiEntityTypes.CryptoWallet, index, index + length, eip55 == 1 ? 1.0 : 0.7));
            }
        }
    }

    private static void Phones(string text, List<DigitWindow> windows, List<PiiEntity> results)
    {
        // Digits already claimed by a checksummed entity (cards, IBANs, IPs) are not re-parsed as phone numbers.
        var claimed = new List<(int Start, int End)>();
        foreach (PiiEntity e in results)
        {
            if (e.Score >= 0.9)
            {
                claimed.Add((e.Start, e.End));
            }
        }

        claimed.Sort();
        List<(int Start, int End)>? context = null;
        foreach ((int Index, int Length) m in MatchesInWindows(PiiPatterns.PhoneCandidate(), text, windows, minDigits: 7))
        {
            ReadOnlySpan<char> span = text.AsSpan(m.Index, m.Length);
            int digits = 0;
            int separators = 0;
            foreach (char c in span)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else
                {
                    separators++;
                }
            }

            if (digits is < 7 or > 15 || IsClaimed(claimed, m.Index, m.Index + m.Length))
            {
                continue;
            }

            bool international = span[0] == '+';
            bool formatted = separators > 0;
            if (!international && LooksLikeDateOrVersion(span))
            {
                continue;
            }

            if (!international && !formatted)
            {
                context ??= ContextMatches(PiiPatterns.PhoneContext(), text);
                if (!HasContextBefore(context, m.Index, ContextWindow))
                {
                    continue;
                }
            }

            if (IsValidPhone(new string(span), international))
            {
                results.Add(new PiiEntity(PiiEntityTypes.Phone, m.Index, m.Index + m.Length, international ? 0.8 : formatted ? 0.7 : 0.6));
            }
        }
    }

    private static bool IsClaimed(List<(int Start, int End)> claimed, int start, int end)
    {
        // claimed is sorted by start: find the last span starting at or before 'start' and scan back a little.
        int lo = 0, hi = claimed.Count - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (claimed[mid].Start <= start)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (int i = last; i >= 0 && i > last - 8; i--)
        {
            if (claimed[i].End >= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeDateOrVersion(ReadOnlySpan<char> s)
    {
        // 2021-05-21, 21.05.2021, 1.2.3.4 and similar are dates, versions or addresses, not phone numbers.
        int dots = s.Count('.');
        if (dots >= 2 && s.IndexOfAny(' ', '-', '(') < 0)
        {
            return true;
        }

        if (s.Length is 8 or 10 && s.Count('-') == 2 && s.IndexOf(' ') < 0)
        {
            int firstDash = s.IndexOf('-');
            return firstDash is 4 or 2 or 1;
        }

        return s.Count('/') > 0;
    }

    private static bool IsValidPhone(string candidate, bool international)
    {
        // NANP (+1 / US national) numbers are checked by their numbering-plan rules directly; libphonenumber's
        // parser costs tens of microseconds per call and is kept for everything else.
        Span<char> digits = stackalloc char[16];
        int nd = CompactDigits(candidate, digits);
        if (nd <= 15)
        {
            ReadOnlySpan<char> d = digits[..nd];
            bool nanpShape = international ? nd == 11 && d[0] == '1' : nd == 10 || (nd == 11 && d[0] == '1');
            if (nanpShape)
            {
                ReadOnlySpan<char> ten = d[^10..];
                bool valid = ten[0] is >= '2' and <= '9' && ten[1] != '9' && ten[3] is >= '2' and <= '9' && !(ten[4] == '1' && ten[5] == '1') && !(ten[1] == '1' && ten[2] == '1');
                if (valid)
                {
                    return true;
                }

                if (international)
                {
                    return false;
                }
            }
        }

        PhoneNumberUtil util = s_phoneUtil.Value;
        if (international)
        {
            return TryParse(util, candidate, null, out PhoneNumber? n) && util.IsValidNumber(n);
        }

        // Try the regions whose national format fits: a leading 0 is a trunk prefix (GB, DE, FR, IL, IN, AU, JP, IT,
        // NL, ES, BR, MX), 11 digits starting with 1 is a Chinese mobile, everything else is tried as NANP first.
        int firstDigit = -1;
        foreach (char ch in candidate)
        {
            if (char.IsAsciiDigit(ch))
            {
                firstDigit = ch - '0';
                break;
            }
        }

        foreach (string region in s_phoneRegions)
        {
            bool plausible = region switch
            {
                "US" => false,
                "CN" => firstDigit == 1,
                "ES" or "IT" or "BR" or "MX" or "IN" => true,
                _ => firstDigit == 0,
            };
            if (plausible && TryParse(util, candidate, region, out PhoneNumber? number) && util.IsValidNumberForRegion(number, region))
            {
                return true;
            }
        }

        return false;

        static bool TryParse(PhoneNumberUtil util, string text, string? region, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PhoneNumber? number)
        {
            try
            {
                number = util.Parse(text, region);
                return true;
            }
            catch (NumberParseException)
            {
                number = null;
                return false;
            }
        }
    }

    private static void DatesOfBirth(string text, List<PiiEntity> results)
    {
        if (!(text.Contains("born", StringComparison.OrdinalIgnoreCase) || text.Contains("birth", StringComparison.OrdinalIgnoreCase) ||
              text.Contains("dob", StringComparison.OrdinalIgnoreCase) || text.Contains("d.o.b", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        List<(int Start, int End)> context = ContextMatches(PiiPatterns.DobContext(), text);
        if (context.Count == 0)
        {
            return;
        }

        int scannedTo = 0;
        foreach ((int _, int end) in context)
        {
            int from = Math.Max(end, scannedTo);
            int windowEnd = Math.Min(text.Length, end + ContextWindow + 32);
            if (from >= windowEnd)
            {
                continue;
            }

            foreach (ValueMatch m in PiiPatterns.Date().EnumerateMatches(text.AsSpan(from, windowEnd - from)))
            {
                int start = from + m.Index;
                int stop = start + m.Length;
                if (start - end <= ContextWindow && (stop == text.Length || !char.IsAsciiLetterOrDigit(text[stop])) && PlausibleBirthYear(text.AsSpan(start, m.Length)))
                {
                    results.Add(new PiiEntity(PiiEntityTypes.DateOfBirth, start, stop, 0.85));
                }
            }

            scannedTo = windowEnd;
        }
    }

    private static bool PlausibleBirthYear(ReadOnlySpan<char> date)
    {
        // Four-digit years must fall in 1880..this year; two-digit years are accepted.
        for (int i = 0; i + 4 <= date.Length; i++)
        {
            if (char.IsAsciiDigit(date[i]) && char.IsAsciiDigit(date[i + 1]) && char.IsAsciiDigit(date[i + 2]) && char.IsAsciiDigit(date[i + 3]) &&
                (i + 4 == date.Length || !char.IsAsciiDigit(date[i + 4])) && (i == 0 || !char.IsAsciiDigit(date[i - 1])))
            {
                int year = int.Parse(date.Slice(i, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
                return year >= 1880 && year <= DateTime.UtcNow.Year;
            }
        }

        return true;
    }

    private static void Passports(string text, List<PiiEntity> results)
    {
        if (text.Contains("P<", StringComparison.Ordinal))
        {
            foreach (Match m in PiiPatterns.PassportMrz().Matches(text))
            {
                if (MrzCheckDigit(m.Groups["doc"].ValueSpan) == m.Groups["check"].ValueSpan[0] - '0')
                {
                    results.Add(new PiiEntity(PiiEntityTypes.Passport, m.Index, m.Index + m.Length, 0.95));
                }
            }
        }

        if (!text.Contains("pass", StringComparison.OrdinalIgnoreCase) && !text.Contains("travel document", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        List<(int Start, int End)> context = ContextMatches(PiiPatterns.PassportContext(), text);
        foreach ((int _, int end) in context)
        {
            int windowEnd = Math.Min(text.Length, end + ContextWindow);
            foreach (ValueMatch m in PiiPatterns.PassportNumber().EnumerateMatches(text.AsSpan(end, windowEnd - end)))
            {
                int start = end + m.Index;
                int stop = start + m.Length;
                if (stop < text.Length && char.IsAsciiLetterOrDigit(text[stop]))
                {
                    continue;
                }

                results.Add(new PiiEntity(PiiEntityTypes.Passport, start, stop, 0.8));
            }
        }
    }

    private static int MrzCheckDigit(ReadOnlySpan<char> field)
    {
        ReadOnlySpan<int> weights = [7, 3, 1];
        int sum = 0;
        for (int i = 0; i < field.Length; i++)
        {
            char c = field[i];
            int v = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 0,
            };
            sum += v * weights[i % 3];
        }

        return sum % 10;
    }

    private static void MedicalRecordNumbers(string text, List<PiiEntity> results)
    {
        if (!(text.Contains("mrn", StringComparison.OrdinalIgnoreCase) || text.Contains("m.r.n", StringComparison.OrdinalIgnoreCase) ||
              text.Contains("med", StringComparison.OrdinalIgnoreCase) || text.Contains("patient", StringComparison.OrdinalIgnoreCase) ||
              text.Contains("chart", StringComparison.OrdinalIgnoreCase) || text.Contains("hospital", StringComparison.OrdinalIgnoreCase) ||
              text.Contains("record", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        List<(int Start, int End)> context = ContextMatches(PiiPatterns.MrnContext(), text);
        foreach ((int _, int end) in context)
        {
            int windowEnd = Math.Min(text.Length, end + 32);
            foreach (ValueMatch m in PiiPatterns.MrnNumber().EnumerateMatches(text.AsSpan(end, windowEnd - end)))
            {
                int start = end + m.Index;
                int stop = start + m.Length;
                if (stop < text.Length && char.IsAsciiLetterOrDigit(text[stop]))
                {
                    continue;
                }

                results.Add(new PiiEntity(PiiEntityTypes.MedicalRecordNumber, start, stop, 0.8));
            }
        }
    }

    private static void NamesPlacesOrganizations(string text, List<PiiEntity> results, bool person, bool location, bool organization)
    {
        if (person)
        {
            foreach (Match m in PiiPatterns.TitledPerson().Matches(text))
            {
                Group g = m.Groups["name"];
                results.Add(new PiiEntity(PiiEntityTypes.Person, g.Index, g.Index + g.Length, 0.85));
            }

            foreach (Match m in PiiPatterns.ContextPerson().Matches(text))
            {
                Group g = m.Groups["name"];
                string firstToken = g.Value.Split(' ')[0];
                if (!Gazetteers.NameStopWords.Contains(firstToken) && !Gazetteers.Locations.Contains(g.Value))
                {
                    results.Add(new PiiEntity(PiiEntityTypes.Person, g.Index, g.Index + g.Length, 0.75));
                }
            }
        }

        if (organization)
        {
            foreach (ValueMatch m in PiiPatterns.OrgOfPattern().EnumerateMatches(text))
            {
                results.Add(new PiiEntity(PiiEntityTypes.Organization, m.Index, m.Index + m.Length, 0.75));
            }
        }

        if (location)
        {
            foreach (Match m in PiiPatterns.CityState().Matches(text))
            {
                results.Add(new PiiEntity(PiiEntityTypes.Location, m.Index, m.Index + m.Length, 0.75));
            }
        }

        foreach (ValueMatch run in PiiPatterns.CapitalizedRun().EnumerateMatches(text))
        {
            ClassifyRun(text, run.Index, run.Length, results, person, location, organization);
        }
    }

    private static void ClassifyRun(string text, int index, int length, List<PiiEntity> results, bool person, bool location, bool organization)
    {
        // Split the run into word tokens with their offsets; connectors ("of", "and", ",") stay between tokens.
        ReadOnlySpan<char> s = text.AsSpan(index, length);
        Span<(int Start, int End)> tokens = stackalloc (int, int)[16];
        int n = 0;
        int i = 0;
        while (i < s.Length && n < tokens.Length)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == ','))
            {
                i++;
            }

            int start = i;
            while (i < s.Length && s[i] != ' ' && s[i] != ',')
            {
                i++;
            }

            if (i > start)
            {
                tokens[n++] = (start, i);
            }
        }

        if (n == 0)
        {
            return;
        }

        // Organizations: a run ending in a legal/organizational suffix.
        if (organization && n >= 2)
        {
            for (int t = n - 1; t >= 1; t--)
            {
                string tok = new(s[tokens[t].Start..tokens[t].End]);
                if (Gazetteers.OrganizationSuffixes.Contains(tok) || Gazetteers.OrganizationSuffixes.Contains(tok.TrimEnd('.')))
                {
                    int first = Gazetteers.NameStopWords.Contains(new string(s[tokens[0].Start..tokens[0].End])) ? 1 : 0;
                    if (t > first)
                    {
                        int end = tokens[t].End;

                        // Keep the "." of an abbreviated suffix ("Inc.", "Ltd.", "Co.").
                        if (index + end < text.Length && text[index + end] == '.' && tok is "Inc" or "Ltd" or "Corp" or "Co" or "Bros")
                        {
                            end++;
                        }

                        results.Add(new PiiEntity(PiiEntityTypes.Organization, index + tokens[first].Start, index + end, 0.8));
                        return;
                    }
                }
            }
        }

        // Locations: the longest gazetteer phrase (up to 4 tokens) starting at each token.
        Span<bool> used = stackalloc bool[16];
        used.Clear();
        if (location)
        {
            for (int t = 0; t < n; t++)
            {
                for (int len = Math.Min(4, n - t); len >= 1; len--)
                {
                    int a = tokens[t].Start;
                    int b = tokens[t + len - 1].End;
                    string phrase = new(s[a..b]);
                    if (Gazetteers.Locations.Contains(phrase) || Gazetteers.Locations.Contains(phrase.TrimEnd('.')))
                    {
                        int stop = phrase.EndsWith('.') && !Gazetteers.Locations.Contains(phrase) ? b - 1 : b;
                        results.Add(new PiiEntity(PiiEntityTypes.Location, index + a, index + stop, len > 1 ? 0.75 : 0.65));
                        for (int k = t; k < t + len; k++)
                        {
                            used[k] = true;
                        }

                        t += len - 1;
                        break;
                    }
                }
            }
        }

        if (!person)
        {
            return;
        }

        // People: a known first name followed by one or two capitalized tokens, or two tokens ending in a known surname.
        for (int t = 0; t + 1 < n; t++)
        {
            if (used[t] || used[t + 1])
            {
                continue;
            }

            string a = new(s[tokens[t].Start..tokens[t].End]);
            string b = new(s[tokens[t + 1].Start..tokens[t + 1].End]);
            if (Gazetteers.NameStopWords.Contains(a) || Gazetteers.NameStopWords.Contains(b) || !IsNameToken(b))
            {
                continue;
            }

            bool firstKnown = Gazetteers.FirstNames.Contains(a);
            bool lastKnown = Gazetteers.Surnames.Contains(b.TrimEnd('.'));
            if (!(firstKnown || (lastKnown && IsNameToken(a))))
            {
                continue;
            }

            int endToken = t + 1;
            if (t + 2 < n && !used[t + 2])
            {
                string c = new(s[tokens[t + 2].Start..tokens[t + 2].End]);
                if (IsNameToken(c) && !Gazetteers.NameStopWords.Contains(c) && (Gazetteers.Surnames.Contains(c) || b.Length == 2))
                {
                    endToken = t + 2;
                }
            }

            // Only runs joined by single spaces form a name.
            ReadOnlySpan<char> between = s[tokens[t].End..tokens[endToken].Start];
            if (between.Contains(',') || between.Contains(" of ", StringComparison.Ordinal) || between.Contains(" and ", StringComparison.Ordinal) || between.Contains('&'))
            {
                continue;
            }

            results.Add(new PiiEntity(PiiEntityTypes.Person, index + tokens[t].Start, index + tokens[endToken].End, firstKnown && lastKnown ? 0.85 : 0.7));
            t = endToken;
        }

        static bool IsNameToken(string token) =>
            token.Length >= 2 && char.IsAsciiLetterUpper(token[0]) && (token.Length == 2 ? token[1] == '.' : token.AsSpan(1).IndexOfAnyInRange('A', 'Z') < 0 || token.Contains('\'') || token.StartsWith("Mc", StringComparison.Ordinal));
    }

    private static List<(int Start, int End)> ContextMatches(Regex regex, string text)
    {
        var list = new List<(int, int)>();
        foreach (ValueMatch m in regex.EnumerateMatches(text))
        {
            list.Add((m.Index, m.Index + m.Length));
        }

        return list;
    }

    private static bool HasContextBefore(List<(int Start, int End)> context, int position, int window)
    {
        foreach ((int start, int end) in context)
        {
            if (end <= position && position - end <= window)
            {
                return true;
            }

            if (start >= position)
            {
                break;
            }
        }

        return false;
    }
}
