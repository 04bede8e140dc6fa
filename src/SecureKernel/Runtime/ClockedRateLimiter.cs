using System.Threading.RateLimiting;

namespace SecureKernel.Runtime;

/// <summary>
/// A fixed-window, sliding-window or token-bucket <see cref="RateLimiter"/> that reads time from a <see cref="TimeProvider"/>
/// (the built-in limiters read the stopwatch and replenish on a timer, so they cannot be driven by a fake clock). It never
/// queues. Thread-safe. A limiter back at its initial state can be retired so its partition can be evicted losslessly.
/// </summary>
internal sealed class ClockedRateLimiter : RateLimiter
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly RateLimitAlgorithm _algorithm;
    private readonly int _limit;
    private readonly long _windowTicks;
    private readonly long _segmentTicks;
    private readonly int _tokensPerPeriod;
    private readonly int[] _segments; // sliding window: permits used per segment, ring indexed by segment number
    private long _start;              // fixed window: window start; sliding: current segment number; bucket: last refill
    private long _used;              // fixed window: permits used; bucket: tokens available
    private long _lastUse;
    private long _successful;
    private long _failed;

    public ClockedRateLimiter(TimeProvider time, RateLimitAlgorithm algorithm, int permitLimit, TimeSpan window, int segmentsPerWindow = 1, int tokensPerPeriod = 1)
    {
        _time = time;
        _algorithm = algorithm;
        _limit = permitLimit;
        _windowTicks = Math.Max(1, window.Ticks);
        int segments = algorithm == RateLimitAlgorithm.SlidingWindow ? (int)Math.Clamp(segmentsPerWindow, 1, _windowTicks) : 1;
        _segments = new int[segments];
        _segmentTicks = _windowTicks / segments;
        _tokensPerPeriod = tokensPerPeriod;
        long now = Now;
        _start = algorithm == RateLimitAlgorithm.SlidingWindow ? now / _segmentTicks : now;
        _used = algorithm == RateLimitAlgorithm.TokenBucket ? permitLimit : 0;
        _lastUse = now;
    }

    /// <summary>True once retired: a caller holding it must look the partition up again.</summary>
    public bool Retired { get; private set; }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                Advance(Now);
                return Available() >= _limit ? TimeSpan.FromTicks(Math.Max(0, Now - _lastUse)) : null;
            }
        }
    }

    private long Now => _time.GetUtcNow().UtcTicks;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Advance(Now);
            return new RateLimiterStatistics { CurrentAvailablePermits = Available(), CurrentQueuedCount = 0, TotalSuccessfulLeases = _successful, TotalFailedLeases = _failed };
        }
    }

    /// <summary>Retires the limiter when it holds no state (every permit is back); then its partition may be dropped.</summary>
    public bool TryRetire()
    {
        lock (_lock)
        {
            if (Retired) return true;
            Advance(Now);
            if (Available() < _limit) return false;
            Retired = true;
            return true;
        }
    }

    /// <summary>Gives back one permit taken by <paramref name="lease"/> (when another rule refused the same call).</summary>
    public void Refund(RateLimitLease lease)
    {
        if (lease is not Lease { IsAcquired: true } l) return;
        lock (_lock)
        {
            long now = Now;
            Advance(now);
            switch (_algorithm)
            {
                case RateLimitAlgorithm.FixedWindow:
                    if (l.Slot == _start && _used > 0) _used--;
                    break;
                case RateLimitAlgorithm.SlidingWindow:
                    if (l.Slot > _start - _segments.Length && l.Slot <= _start)
                    {
                        ref int count = ref _segments[(int)(l.Slot % _segments.Length)];
                        if (count > 0) count--;
                    }
                    break;
                default:
                    _used = Math.Min(_limit, _used + 1);
                    break;
            }
            _successful--;
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _limit);
        lock (_lock)
        {
            if (Retired) return Lease.RetiredLease;
            long now = Now;
            Advance(now);
            if (Available() < permitCount)
            {
                _failed++;
                return new Lease(false, 0, RetryAfter(now, permitCount));
            }

            if (permitCount == 0) return new Lease(true, 0, null);
            long slot = _start;
            switch (_algorithm)
            {
                case RateLimitAlgorithm.FixedWindow: _used += permitCount; break;
                case RateLimitAlgorithm.SlidingWindow: _segments[(int)(_start % _segments.Length)] += permitCount; break;
                default: _used -= permitCount; break;
            }
            _lastUse = now;
            _successful++;
            return new Lease(true, slot, null);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount)); // no queue: a refused call is refused now

    private long Available() => _algorithm switch
    {
        RateLimitAlgorithm.FixedWindow => _limit - _used,
        RateLimitAlgorithm.SlidingWindow => _limit - _segments.Sum(),
        _ => _used,
    };

    private void Advance(long now)
    {
        switch (_algorithm)
        {
            case RateLimitAlgorithm.FixedWindow:
                if (now - _start >= _windowTicks)
                {
                    _start += (now - _start) / _windowTicks * _windowTicks;
                    _used = 0;
                }
                break;
            case RateLimitAlgorithm.SlidingWindow:
                long segment = now / _segmentTicks;
                if (segment > _start)
                {
                    long steps = Math.Min(segment - _start, _segments.Length);
                    for (long s = 1; s <= steps; s++) _segments[(int)((_start + s) % _segments.Length)] = 0;
                    _start = segment;
                }
                break;
            default:
                if (now - _start >= _windowTicks)
                {
                    long periods = (now - _start) / _windowTicks;
                    _used = (long)Math.Min(_limit, _used + (double)periods * _tokensPerPeriod);
                    _start += periods * _windowTicks;
                }
                break;
        }
    }

    private TimeSpan RetryAfter(long now, int permits) => _algorithm switch
    {
        RateLimitAlgorithm.FixedWindow => TimeSpan.FromTicks(_start + _windowTicks - now),
        RateLimitAlgorithm.SlidingWindow => TimeSpan.FromTicks((_start + 1) * _segmentTicks - now),
        _ => TimeSpan.FromTicks(_start + ((permits - _used + _tokensPerPeriod - 1) / _tokensPerPeriod) * _windowTicks - now),
    };

    private sealed class Lease(bool acquired, long slot, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease RetiredLease = new(false, -1, null);

        public long Slot { get; } = slot;

        public override bool IsAcquired { get; } = acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            if (retryAfter is null || metadataName != MetadataName.RetryAfter.Name) return false;
            metadata = retryAfter.Value;
            return true;
        }
    }

    /// <summary>True when <paramref name="lease"/> came from a retired limiter (look the partition up again).</summary>
    public static bool IsRetiredLease(RateLimitLease lease) => ReferenceEquals(lease, Lease.RetiredLease);
}
