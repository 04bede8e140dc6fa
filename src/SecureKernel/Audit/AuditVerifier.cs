using System.Text;
using System.Text.Json;
using SecureKernel.Audit;

namespace SecureKernel;

/// <summary>
/// Checks a <see cref="JsonLinesAuditSink"/> file: each record's hash must match its content and its <c>prev_hash</c>
/// must equal the previous record's hash, so a modified, inserted, removed or reordered record breaks the chain at the
/// first affected line. Removing records from the end leaves a valid shorter chain: compare <see cref="AuditVerificationResult.LastHash"/>
/// with a value anchored elsewhere to detect that.
/// </summary>
public static class AuditVerifier
{
    /// <summary>Verifies the file at <paramref name="path"/>, streaming it.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static AuditVerificationResult Verify(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: false,
            new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite, Options = FileOptions.SequentialScan });
        return Verify(reader);
    }

    /// <summary>Verifies records read from <paramref name="reader"/>.</summary>
    public static AuditVerificationResult Verify(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string prev = AuditJson.GenesisHash;
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (!AuditJson.TrySplit(text, out string prefix, out string hash))
                return Broken("not a hash-chained audit record (no valid \"hash\" at the end of the line)");

            string? statedPrev;
            try
            {
                using var doc = JsonDocument.Parse(prefix + "}");
                if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("prev_hash", out var p) || p.ValueKind != JsonValueKind.String)
                    return Broken("the record has no \"prev_hash\"");
                statedPrev = p.GetString();
            }
            catch (JsonException)
            {
                return Broken("the record is not valid JSON");
            }

            if (!string.Equals(AuditJson.Hash(Encoding.UTF8.GetBytes(prefix)), hash, StringComparison.Ordinal))
                return Broken("hash mismatch: the record was modified");
            if (!string.Equals(statedPrev, prev, StringComparison.Ordinal))
                return Broken("prev_hash does not match the previous record's hash: a record was removed, inserted or reordered before this line");
            prev = hash;
        }

        return new AuditVerificationResult(true, line, null, null, prev);

        AuditVerificationResult Broken(string error) => new(false, line - 1, line, error, prev);
    }
}
