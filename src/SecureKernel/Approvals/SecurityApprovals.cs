using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SecureKernel;

/// <summary>
/// The approval queue for tools that need a human decision. Approval is asynchronous: a call that needs it is not run,
/// the auto-invocation loop is terminated with a notice, and the app resumes the turn after <see cref="Approve"/>.
/// An approval is bound to the hash of the function name and its exact arguments and is used once. Thread-safe.
/// </summary>
public sealed class SecurityApprovals
{
    private readonly ConcurrentDictionary<string, ApprovalRequest> _requests = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan? _expiry;

    /// <summary>Creates an empty queue whose requests never expire.</summary>
    public SecurityApprovals(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <summary>Creates an empty queue whose requests expire <paramref name="expiry"/> after their creation (never when null).</summary>
    public SecurityApprovals(TimeProvider? timeProvider, TimeSpan? expiry)
    {
        if (expiry is { } e && e <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(expiry), "must be greater than zero");
        _time = timeProvider ?? TimeProvider.System;
        _expiry = expiry;
    }

    /// <summary>Raised when a new approval request is created.</summary>
    public event Action<ApprovalRequest>? Requested;

    /// <summary>Requests waiting for a decision.</summary>
    public IReadOnlyList<ApprovalRequest> Pending => _requests.Values.Select(Fresh).Where(r => r.Status == ApprovalStatus.Pending).OrderBy(r => r.CreatedAt).ToList();

    /// <summary>Gets a request by id.</summary>
    public ApprovalRequest? Get(string id) => _requests.TryGetValue(id, out var r) ? Fresh(r) : null;

    /// <summary>Approves a pending request. Returns false when it is unknown or not pending.</summary>
    public bool Approve(string id, string approver) => Decide(id, approver, ApprovalStatus.Approved);

    /// <summary>Denies a pending request. Returns false when it is unknown or not pending.</summary>
    public bool Deny(string id, string approver) => Decide(id, approver, ApprovalStatus.Denied);

    /// <summary>Computes the hash an approval is bound to: SHA-256 over the function name and canonical JSON of the arguments.</summary>
    public static string ComputeCallHash(string? pluginName, string functionName, IEnumerable<KeyValuePair<string, object?>> arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(functionName);
        var canonical = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (k, v) in arguments)
        {
            if (k == SecurityPrincipal.ArgumentName) continue;
            canonical[k] = Canonical(v);
        }
        string json = JsonSerializer.Serialize(new { f = (pluginName ?? "") + "." + functionName, a = canonical });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    internal static string? Canonical(object? value) => value switch
    {
        null => null,
        string s => s,
        JsonElement e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText(),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, value.GetType()),
    };

    /// <summary>Finds the decision for a call: an approved grant is consumed and returned.</summary>
    internal ApprovalStatus? TryConsume(string callHash, string userId, out ApprovalRequest? request)
    {
        foreach (var stored in _requests.Values)
        {
            if (stored.CallHash != callHash || stored.UserId != userId) continue;
            var r = Fresh(stored);
            if (r.Status == ApprovalStatus.Approved)
            {
                var consumed = r with { Status = ApprovalStatus.Consumed };
                if (_requests.TryUpdate(r.Id, consumed, r))
                {
                    Count("consumed");
                    request = consumed;
                    return ApprovalStatus.Approved;
                }
            }
        }

        request = _requests.Values.Select(Fresh).FirstOrDefault(r => r.CallHash == callHash && r.UserId == userId && r.Status is ApprovalStatus.Pending or ApprovalStatus.Denied);
        return request?.Status;
    }

    internal ApprovalRequest Create(string? pluginName, string functionName, string callHash, IEnumerable<KeyValuePair<string, object?>> arguments, string reason, string userId, string? toolCallId)
    {
        var existing = _requests.Values.Select(Fresh).FirstOrDefault(r => r.CallHash == callHash && r.UserId == userId && r.Status == ApprovalStatus.Pending);
        if (existing is not null) return existing;

        var request = new ApprovalRequest
        {
            Id = "apr_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            PluginName = pluginName,
            FunctionName = functionName,
            CallHash = callHash,
            Arguments = arguments.Where(a => a.Key != SecurityPrincipal.ArgumentName).ToDictionary(a => a.Key, a => Canonical(a.Value)),
            Reason = reason,
            UserId = userId,
            ToolCallId = toolCallId,
            CreatedAt = _time.GetUtcNow(),
            Status = ApprovalStatus.Pending,
        };
        _requests[request.Id] = request;
        Count("requested");
        Requested?.Invoke(request);
        return request;
    }

    private bool Decide(string id, string approver, ApprovalStatus status)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(approver);
        while (_requests.TryGetValue(id, out var stored))
        {
            var r = Fresh(stored);
            if (r.Status != ApprovalStatus.Pending) return false;
            if (_requests.TryUpdate(id, r with { Status = status, DecidedBy = approver }, r))
            {
                Count(status == ApprovalStatus.Approved ? "granted" : "denied");
                return true;
            }
        }
        return false;
    }

    /// <summary>The request as it is now: a pending or unused approved request past its expiry becomes Expired (once, counted).</summary>
    private ApprovalRequest Fresh(ApprovalRequest r)
    {
        if (_expiry is not { } expiry || r.Status is not (ApprovalStatus.Pending or ApprovalStatus.Approved) || _time.GetUtcNow() - r.CreatedAt < expiry) return r;
        var expired = r with { Status = ApprovalStatus.Expired };
        if (_requests.TryUpdate(r.Id, expired, r))
        {
            Count("expired");
            return expired;
        }

        return _requests.TryGetValue(r.Id, out var now) ? now : expired;
    }

    private static void Count(string outcome) =>
        SecureKernelTelemetry.Approvals.Add(1, new KeyValuePair<string, object?>("securekernel.approval.outcome", outcome));
}
