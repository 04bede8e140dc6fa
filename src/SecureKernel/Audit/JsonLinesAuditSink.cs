using System.Buffers;
using System.Text;
using SecureKernel.Audit;

namespace SecureKernel;

/// <summary>
/// Appends audit records to a JSON Lines file, hash-chained: each line carries <c>prev_hash</c> (the previous line's
/// hash) and <c>hash</c> (SHA-256 over the line's canonical bytes, which include <c>prev_hash</c>), so modifying,
/// removing, inserting or reordering a record is detected by <see cref="AuditVerifier"/>. After a restart the chain
/// continues from the file's last record (whose own hash is checked first). A failed write is rolled back so the file
/// never keeps a partial line. One writer per file.
/// </summary>
public sealed class JsonLinesAuditSink : IAuditSink
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _lastHash;
    private long _knownLength = -1;

    /// <summary>Creates a sink that appends to <paramref name="path"/> (created, with its folder, on first write).</summary>
    public JsonLinesAuditSink(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = Path.GetFullPath(path);
    }

    /// <summary>The full path of the file.</summary>
    public string FilePath { get; }

    /// <inheritdoc/>
    public string Name => "jsonl";

    /// <inheritdoc/>
    /// <exception cref="InvalidDataException">The file's last line is not an intact chained record (run <c>securekernel audit verify</c>).</exception>
    public async ValueTask WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Path.GetDirectoryName(FilePath) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
            await using var fs = new FileStream(FilePath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 4096, FileOptions.Asynchronous);
            long length = fs.Length;
            if (_lastHash is null || length != _knownLength)
                _lastHash = await ReadLastHashAsync(fs, length, cancellationToken).ConfigureAwait(false);

            var buffer = new ArrayBufferWriter<byte>(4096);
            string prev = _lastHash;
            foreach (var r in records)
            {
                ArgumentNullException.ThrowIfNull(r, nameof(records));
                prev = AuditJson.WriteChained(buffer, r, prev);
            }

            fs.Position = length;
            try
            {
                await fs.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                fs.Flush(flushToDisk: true);
            }
            catch
            {
                _knownLength = -1;
                _lastHash = null;
                try
                {
                    fs.SetLength(length);
                }
                catch (IOException)
                {
                    // The verifier reports the partial line; nothing more can be done here.
                }

                throw;
            }

            _lastHash = prev;
            _knownLength = length + buffer.WrittenCount;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<string> ReadLastHashAsync(FileStream fs, long length, CancellationToken cancellationToken)
    {
        if (length == 0) return AuditJson.GenesisHash;
        var one = new byte[1];
        fs.Position = length - 1;
        if (await fs.ReadAsync(one, cancellationToken).ConfigureAwait(false) != 1 || one[0] != (byte)'\n')
            throw new InvalidDataException($"The audit file '{Path.GetFileName(fs.Name)}' ends with an incomplete record; verify it before appending.");

        long end = length - 1;
        int window = 64 * 1024;
        while (true)
        {
            long start = Math.Max(0, end - window);
            var bytes = new byte[end - start];
            fs.Position = start;
            await fs.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            int nl = Array.LastIndexOf(bytes, (byte)'\n');
            if (nl >= 0 || start == 0)
            {
                string line = Encoding.UTF8.GetString(bytes, nl + 1, bytes.Length - nl - 1);
                if (!AuditJson.TrySplit(line, out string prefix, out string hash) || AuditJson.Hash(Encoding.UTF8.GetBytes(prefix)) != hash)
                    throw new InvalidDataException($"The last record of the audit file '{Path.GetFileName(fs.Name)}' is not an intact chained record; verify it before appending.");
                return hash;
            }

            if (window >= int.MaxValue / 2) throw new InvalidDataException("The last audit record is too long.");
            window *= 2;
        }
    }
}
