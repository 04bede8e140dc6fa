using System.Globalization;
using System.Threading.RateLimiting;

namespace SecureKernel.Runtime;

/// <summary>
/// The tool-call rate limits of every trust profile: the per-user, per-tool limit of a <see cref="ToolPolicy"/> and the
/// partitioned <see cref="RateLimitRule"/>s, each partition a <see cref="ClockedRateLimiter"/> on the guard's clock.
/// Partitions are bounded (<see cref="BoundedPartitions{T}"/>); a call is refused when a new partition cannot be created.
/// </summary>
internal sealed class ToolRateLimiter(TimeProvider time, int capacity)
{
    private readonly BoundedPartitions<ClockedRateLimiter> _partitions = new(capacity, l => l.TryRetire());

    /// <summary>Active partitions (for tests and diagnostics).</summary>
    public int PartitionCount => _partitions.Count;

    /// <summary>Takes one permit from every limit that covers the call; null when allowed, else why not (no permit is kept).</summary>
    public RateLimitRefusal? TryAcquire(string profile, ToolCall call, string user, ToolPolicy policy, IList<RateLimitRule> rules)
    {
        if (policy.RateLimitPermits <= 0 && rules.Count == 0) return null;
        var taken = new List<(ClockedRateLimiter Limiter, RateLimitLease Lease)>();
        RateLimitRefusal? refusal = null;
        if (policy.RateLimitPermits > 0)
        {
            string key = string.Join('\u001f', "policy", profile, call.PolicyKey ?? call.DisplayName, user, policy.RateLimitPermits.ToString(CultureInfo.InvariantCulture), policy.RateLimitWindow.Ticks.ToString(CultureInfo.InvariantCulture));
            refusal = Acquire(key, () => new ClockedRateLimiter(time, RateLimitAlgorithm.SlidingWindow, policy.RateLimitPermits, policy.RateLimitWindow, 4), taken,
                retry => new RateLimitRefusal($"rate limit of {policy.RateLimitPermits} calls per {policy.RateLimitWindow} reached for this user{retry}", "per_user_tool"));
        }

        for (int i = 0; refusal is null && i < rules.Count; i++)
        {
            var rule = rules[i];
            if (!Covers(rule.Target, call)) continue;
            string partition = rule.Partition switch
            {
                RateLimitPartition.User => "u:" + user,
                RateLimitPartition.Plugin => "p:" + (call.PluginName ?? ""),
                RateLimitPartition.Tool => "t:" + call.DisplayName,
                RateLimitPartition.UserAndPlugin => "u:" + user + "\u001fp:" + (call.PluginName ?? ""),
                _ => "u:" + user + "\u001ft:" + call.DisplayName,
            };
            string key = string.Join('\u001f', "rule", profile, i.ToString(CultureInfo.InvariantCulture), Fingerprint(rule), partition);
            refusal = Acquire(key, () => new ClockedRateLimiter(time, rule.Algorithm, rule.PermitLimit, rule.Window, rule.SegmentsPerWindow, rule.TokensPerPeriod), taken,
                retry => new RateLimitRefusal($"rate limit '{rule.DisplayName}' reached: {Describe(rule)} {PartitionText(rule.Partition)}{retry}", rule.DisplayName));
        }

        if (refusal is not null)
        {
            foreach (var (limiter, lease) in taken) limiter.Refund(lease);
        }

        foreach (var (_, lease) in taken) lease.Dispose();
        return refusal;
    }

    private RateLimitRefusal? Acquire(string key, Func<ClockedRateLimiter> factory, List<(ClockedRateLimiter, RateLimitLease)> taken, Func<string, RateLimitRefusal> refused)
    {
        while (true)
        {
            if (!_partitions.TryGet(key, factory, out var limiter))
                return new RateLimitRefusal($"too many active rate-limit partitions (limit {_partitions.Capacity}); new callers are refused until partitions become idle", "partition_capacity");
            var lease = limiter.AttemptAcquire(1);
            if (ClockedRateLimiter.IsRetiredLease(lease))
            {
                _partitions.Remove(key, limiter);
                continue;
            }

            if (lease.IsAcquired)
            {
                taken.Add((limiter, lease));
                return null;
            }

            string retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? $"; retry after {Math.Ceiling(after.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s" : "";
            lease.Dispose();
            return refused(retry);
        }
    }

    /// <summary>Whether a rule's target covers the call: null covers every tool; a plugin name its functions; a function name that function.</summary>
    internal static bool Covers(string? target, ToolCall call)
    {
        if (target is null) return true;
        var cmp = StringComparison.OrdinalIgnoreCase;
        if (call.PluginName is { } plugin)
        {
            if (string.Equals(target, plugin, cmp)) return true;
            if (string.Equals(target, plugin + "." + call.FunctionName, cmp) || string.Equals(target, plugin + "_" + call.FunctionName, cmp)) return true;
        }

        return string.Equals(target, call.FunctionName, cmp);
    }

    internal static string Describe(RateLimitRule rule) => rule.Algorithm switch
    {
        RateLimitAlgorithm.TokenBucket => $"token bucket of {rule.PermitLimit}, {rule.TokensPerPeriod} per {rule.Window}",
        RateLimitAlgorithm.FixedWindow => $"{rule.PermitLimit} calls per fixed window of {rule.Window}",
        _ => $"{rule.PermitLimit} calls per sliding window of {rule.Window}",
    };

    private static string PartitionText(RateLimitPartition partition) => partition switch
    {
        RateLimitPartition.User => "for this user",
        RateLimitPartition.Plugin => "for this plugin (all users)",
        RateLimitPartition.Tool => "for this tool (all users)",
        RateLimitPartition.UserAndPlugin => "for this user and plugin",
        _ => "for this user and tool",
    };

    private static string Fingerprint(RateLimitRule r) => string.Join(',', r.Algorithm, r.Partition, r.PermitLimit.ToString(CultureInfo.InvariantCulture), r.Window.Ticks.ToString(CultureInfo.InvariantCulture),
        r.SegmentsPerWindow.ToString(CultureInfo.InvariantCulture), r.TokensPerPeriod.ToString(CultureInfo.InvariantCulture), r.Target ?? "*");
}

/// <summary>Why a rate limit refused a call.</summary>
internal sealed record RateLimitRefusal(string Reason, string Detail);
