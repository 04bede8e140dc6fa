using System.Security.Cryptography;
using System.Text;
using SecureKernel.Pii.Recognizers;

namespace SecureKernel;

/// <summary>
/// Finds and rewrites personal data and secrets in text, with no dependency on Semantic Kernel. Recognizers use
/// patterns plus checksums (Luhn, IBAN mod-97, Base58Check/Bech32, EIP-55, SSN/NINO rules), context words for
/// formats that are ambiguous alone (dates of birth, passports, medical record numbers), prefix rules and entropy for
/// secrets, and small gazetteers for names, places and organizations. Thread-safe; never throws on any string.
/// </summary>
public sealed class PiiRedactor
{
    private readonly double _minScore;
    private readonly HashSet<string>? _types;
    private readonly byte[] _processHashKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>Initializes a redactor.</summary>
    /// <param name="options">Options; <see langword="null"/> for defaults.</param>
    public PiiRedactor(PiiRedactorOptions? options = null)
    {
        options ??= new PiiRedactorOptions();
        if (double.IsNaN(options.MinScore) || options.MinScore is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MinScore must be between 0 and 1.");
        }

        _minScore = options.MinScore;
        _types = options.EntityTypes is null ? null : ValidateTypes(options.EntityTypes);
    }

    /// <summary>Gets a shared redactor with default options.</summary>
    public static PiiRedactor Default { get; } = new();

    /// <summary>
    /// Finds entities in <paramref name="text"/>. Overlaps are resolved deterministically: the higher score wins, then
    /// the longer span, then the earlier start. Results are sorted by start offset.
    /// </summary>
    /// <param name="text">The text to analyze.</param>
    /// <param name="entityTypes">Types to look for; <see langword="null"/> for all types this redactor is configured for.</param>
    /// <returns>Non-overlapping entities with UTF-16 offsets into <paramref name="text"/>.</returns>
    public IReadOnlyList<PiiEntity> Analyze(string text, IReadOnlyCollection<string>? entityTypes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        HashSet<string>? types = _types;
        if (entityTypes is not null)
        {
            HashSet<string> requested = ValidateTypes(entityTypes);
            if (types is not null)
            {
                requested.IntersectWith(types);
            }

            types = requested;
            if (types.Count == 0)
            {
                return [];
            }
        }

        var raw = new List<PiiEntity>();
        PiiRecognizerEngine.Recognize(text, types, raw);
        return Resolve(raw, _minScore, text.Length);
    }

    /// <summary>Finds and rewrites entities in <paramref name="text"/>.</summary>
    /// <param name="text">The text to redact.</param>
    /// <param name="op">How each entity is rewritten.</param>
    /// <param name="options">Per-call options (session/vault, types, mask character, hash key).</param>
    /// <returns>The redacted text and the entities, with offsets into <paramref name="text"/>.</returns>
    public RedactionResult Redact(string text, RedactionOperator op = RedactionOperator.Replace, RedactionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<PiiEntity> entities = Analyze(text, options?.EntityTypes);
        if (!Enum.IsDefined(op))
        {
            throw new ArgumentOutOfRangeException(nameof(op));
        }

        // Analyze's entities are already inside the text, non-overlapping and sorted by start: resolving them again (as
        // Apply does for caller-supplied entities) would return the same list.
        return entities.Count == 0 ? new RedactionResult(text, entities) : Rewrite(text, entities, op, options);
    }

    /// <summary>
    /// Rewrites the given <paramref name="entities"/> of <paramref name="text"/> (for example entities found earlier by
    /// <see cref="Analyze"/> over a larger window). Entities are clipped to the text and overlaps resolved as in
    /// <see cref="Analyze"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="entities">Entities with offsets into <paramref name="text"/>.</param>
    /// <param name="op">How each entity is rewritten.</param>
    /// <param name="options">Per-call options.</param>
    /// <returns>The redacted text and the entities applied.</returns>
    public RedactionResult Apply(string text, IReadOnlyList<PiiEntity> entities, RedactionOperator op = RedactionOperator.Replace, RedactionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        if (!Enum.IsDefined(op))
        {
            throw new ArgumentOutOfRangeException(nameof(op));
        }

        var clipped = new List<PiiEntity>(entities.Count);
        foreach (PiiEntity e in entities)
        {
            int start = Math.Clamp(e.Start, 0, text.Length);
            int end = Math.Clamp(e.End, start, text.Length);
            if (end > start && e.Type is not null)
            {
                clipped.Add(e with { Start = start, End = end });
            }
        }

        IReadOnlyList<PiiEntity> final = Resolve(clipped, 0, text.Length);
        return final.Count == 0 ? new RedactionResult(text, final) : Rewrite(text, final, op, options);
    }

    private RedactionResult Rewrite(string text, IReadOnlyList<PiiEntity> final, RedactionOperator op, RedactionOptions? options)
    {
        RedactionSession session = options?.Session ?? new RedactionSession();
        char maskChar = options?.MaskChar ?? '*';
        byte[] key = options?.HashKey ?? _processHashKey;
        var sb = new StringBuilder(text.Length + 16);
        int copied = 0;
        foreach (PiiEntity e in final)
        {
            sb.Append(text, copied, e.Start - copied);
            string value = text.Substring(e.Start, e.Length);
            switch (op)
            {
                case RedactionOperator.Replace:
                    sb.Append(session.GetPlaceholder(e.Type, value));
                    break;
                case RedactionOperator.Mask:
                    sb.Append(maskChar, e.Length);
                    break;
                case RedactionOperator.Hash:
                    sb.Append('<').Append(e.Type).Append(':').Append(HashValue(key, value)).Append('>');
                    break;
                case RedactionOperator.Redact:
                    break;
            }

            copied = e.End;
        }

        sb.Append(text, copied, text.Length - copied);
        return new RedactionResult(sb.ToString(), final);
    }

    internal static string HashValue(byte[] key, string value)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value), mac);
        return Convert.ToHexStringLower(mac[..8]);
    }

    internal static IReadOnlyList<PiiEntity> Resolve(List<PiiEntity> raw, double minScore, int textLength)
    {
        if (raw.Count == 0)
        {
            return [];
        }

        raw.RemoveAll(e => e.Score < minScore || e.Start < 0 || e.End > textLength || e.End <= e.Start);
        raw.Sort(static (a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            if (c != 0)
            {
                return c;
            }

            c = b.Length.CompareTo(a.Length);
            if (c != 0)
            {
                return c;
            }

            c = a.Start.CompareTo(b.Start);
            return c != 0 ? c : string.CompareOrdinal(a.Type, b.Type);
        });

        // Accepted spans are kept sorted by start, so each overlap test is a binary search.
        var accepted = new List<PiiEntity>(raw.Count);
        var starts = new List<int>(raw.Count);
        foreach (PiiEntity e in raw)
        {
            int index = starts.BinarySearch(e.Start);
            if (index < 0)
            {
                index = ~index;
            }
            else
            {
                continue; // same start as an accepted span: overlaps
            }

            bool overlaps = (index > 0 && accepted[index - 1].End > e.Start) || (index < accepted.Count && accepted[index].Start < e.End);
            if (!overlaps)
            {
                accepted.Insert(index, e);
                starts.Insert(index, e.Start);
            }
        }

        return accepted;
    }

    private static HashSet<string> ValidateTypes(IReadOnlyCollection<string> types)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (string t in types)
        {
            if (!PiiEntityTypes.IsKnown(t))
            {
                throw new ArgumentException("Unknown PII entity type; see PiiEntityTypes.All.", nameof(types));
            }

            set.Add(t);
        }

        return set;
    }
}
