using System.Collections.Concurrent;

namespace SecureKernel.LoadRun;

/// <summary>Counts audit records per kind and request records per user; keeps no records (memory stays flat).</summary>
internal sealed class CountingAuditSink : IAuditSink
{
    private readonly ConcurrentDictionary<string, long> _kinds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _requestsPerUser = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _blockedRequestsPerUser = new(StringComparer.Ordinal);

    public string Name => "counting";

    public IReadOnlyDictionary<string, long> Kinds => _kinds;

    public IReadOnlyDictionary<string, long> RequestsPerUser => _requestsPerUser;

    public IReadOnlyDictionary<string, long> BlockedRequestsPerUser => _blockedRequestsPerUser;

    public long Total => _kinds.Values.Sum();

    public ValueTask WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        foreach (var r in records)
        {
            _kinds.AddOrUpdate(r.Kind, 1, (_, n) => n + 1);
            if (r.Kind != AuditRecord.RequestKind) continue;
            string user = r.UserId ?? "(none)";
            _requestsPerUser.AddOrUpdate(user, 1, (_, n) => n + 1);
            if (r.Action == "block") _blockedRequestsPerUser.AddOrUpdate(user, 1, (_, n) => n + 1);
        }

        return ValueTask.CompletedTask;
    }
}
