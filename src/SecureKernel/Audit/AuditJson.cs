using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SecureKernel.Audit;

/// <summary>
/// The hash-chained JSON Lines form of an audit record. A line is <c>P,"hash":"H"}</c> where <c>P</c> is the record as a
/// JSON object, fields in a fixed order, ending with <c>"prev_hash":"…"</c> and left open, and <c>H</c> is the lower-case
/// hex SHA-256 of <c>P</c>'s UTF-8 bytes. <c>prev_hash</c> of the first record is 64 zeros.
/// </summary>
internal static class AuditJson
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public const string HashPrefix = ",\"hash\":\"";

    /// <summary>Length of <c>,"hash":"</c> + 64 hex digits + <c>"}</c>.</summary>
    public const int SuffixLength = 9 + 64 + 2;

    private static readonly JsonWriterOptions s_options = new() { SkipValidation = true, Indented = false };

    /// <summary>Appends one chained line (with its trailing newline) and returns its hash.</summary>
    public static string WriteChained(ArrayBufferWriter<byte> buffer, AuditRecord record, string prevHash)
    {
        int start = buffer.WrittenCount;
        using (var w = new Utf8JsonWriter(buffer, s_options))
        {
            w.WriteStartObject();
            w.WriteString("ts", record.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            w.WriteString("record_id", record.RecordId);
            w.WriteString("kind", record.Kind);
            WriteOptional(w, "user_id", record.UserId);
            WriteOptional(w, "turn_id", record.TurnId);
            WriteOptional(w, "endpoint", record.Endpoint);
            WriteOptional(w, "profile", record.Profile);
            w.WriteString("stage", record.Stage);
            w.WriteString("action", record.Action);
            w.WriteString("reason", record.Reason);
            w.WriteBoolean("observed", record.Observed);
            w.WriteStartArray("finding_kinds");
            foreach (var k in record.FindingKinds) w.WriteStringValue(k);
            w.WriteEndArray();
            w.WriteNumber("score", Round(record.Score));
            w.WriteStartObject("scores");
            foreach (var (k, v) in record.Scores.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(k, Round(v));
            w.WriteEndObject();
            WriteOptional(w, "subject", record.Subject);
            w.WriteStartArray("taint_sources");
            foreach (var s in record.TaintSources) w.WriteStringValue(s);
            w.WriteEndArray();
            if (record.InputLength is { } il) w.WriteNumber("input_length", il);
            if (record.OutputLength is { } ol) w.WriteNumber("output_length", ol);
            if (record.LatencyMs is { } lat) w.WriteNumber("latency_ms", Math.Round(lat, 3));
            if (record.Decisions is { } d) w.WriteNumber("decisions", d);
            if (record.InputTokens is { } it) w.WriteNumber("input_tokens", it);
            if (record.OutputTokens is { } ot) w.WriteNumber("output_tokens", ot);
            WriteOptional(w, "content", record.Content);
            w.WriteString("prev_hash", prevHash);
            w.Flush();
        }

        string hash = Hash(buffer.WrittenSpan[start..]);
        Span<byte> tail = buffer.GetSpan(SuffixLength + 1);
        int n = Encoding.ASCII.GetBytes(HashPrefix + hash + "\"}\n", tail);
        buffer.Advance(n);
        return hash;
    }

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Splits a line into its hashed prefix and its stated hash; false when it does not have the chained shape.</summary>
    public static bool TrySplit(string line, out string prefix, out string hash)
    {
        prefix = hash = "";
        if (line.Length < SuffixLength + 2 || !line.EndsWith("\"}", StringComparison.Ordinal)) return false;
        int at = line.Length - SuffixLength;
        if (string.CompareOrdinal(line, at, HashPrefix, 0, HashPrefix.Length) != 0) return false;
        string h = line.Substring(at + HashPrefix.Length, 64);
        if (!h.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f')) return false;
        prefix = line[..at];
        hash = h;
        return true;
    }

    private static double Round(double v) => double.IsFinite(v) ? Math.Round(v, 6) : 0;

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }
}
