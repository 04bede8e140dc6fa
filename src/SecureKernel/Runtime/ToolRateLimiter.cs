using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace SecureKernel.Runtime;

/// <summary>Per-user, per-tool sliding-window limits built on System.Threading.RateLimiting.</summary>
internal sealed class ToolRateLimiter
{
    private readonly ConcurrentDictionary<(string Tool, string User), (RateLimiter Limiter, int Permits, TimeSpan Window)> _limiters = new();

    public bool TryAcquire(string tool, string user, ToolPolicy policy)
    {
        var entry = _limiters.AddOrUpdate(
            (tool, user),
            _ => Create(policy),
            (_, existing) => existing.Permits == policy.RateLimitPermits && existing.Window == policy.RateLimitWindow ? existing : Create(policy));
        using var lease = entry.Limiter.AttemptAcquire(1);
        return lease.IsAcquired;
    }

    private static (RateLimiter, int, TimeSpan) Create(ToolPolicy policy) =>
        (new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = policy.RateLimitPermits,
            Window = policy.RateLimitWindow,
            SegmentsPerWindow = 4,
            QueueLimit = 0,
            AutoReplenishment = true,
        }), policy.RateLimitPermits, policy.RateLimitWindow);
}
