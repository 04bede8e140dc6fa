using System.Collections.Concurrent;

namespace SecureKernel.Monitoring;

/// <summary>
/// Per-user rings of input fingerprints (no text). An input is a <em>variant</em> when it is a near-duplicate of an
/// earlier input in the window but not the same normalized text again. Thread-safe; memory bounded by
/// <see cref="ExtractionDetectionOptions.MaxTrackedUsers"/> × <see cref="ExtractionDetectionOptions.HistoryPerUser"/>.
/// </summary>
internal sealed class ExtractionDetector
{
    private readonly ExtractionDetectionOptions _options;
    private readonly InputFingerprint _fingerprint;
    private readonly ConcurrentDictionary<string, UserHistory> _users = new(StringComparer.Ordinal);
    private readonly Lock _evictLock = new();

    public ExtractionDetector(ExtractionDetectionOptions options)
    {
        _options = options;
        _fingerprint = new InputFingerprint(options.ShingleSize);
    }

    public int TrackedUsers => _users.Count;

    public ExtractionObservation Observe(string userId, string text, DateTimeOffset now)
    {
        var signature = new ushort[InputFingerprint.Permutations];
        ulong exact = _fingerprint.Compute(text, signature);
        if (!_users.TryGetValue(userId, out var user))
        {
            if (_users.Count >= _options.MaxTrackedUsers) Evict(now);
            user = _users.GetOrAdd(userId, _ => new UserHistory(_options.HistoryPerUser));
        }

        lock (user)
        {
            user.LastSeen = now;
            var since = now - _options.Window;
            bool variant = false;
            int variants = 0;
            for (int i = 0; i < user.Count; i++)
            {
                ref var e = ref user.Ring[i];
                if (e.Timestamp < since) continue;
                if (e.Variant) variants++;
                if (!variant && e.Exact != exact && InputFingerprint.Similarity(e.Signature, signature) >= _options.MinSimilarity) variant = true;
            }

            // The slot about to be overwritten leaves the count.
            if (user.Count == user.Ring.Length && user.Ring[user.Next] is { Variant: true } old && old.Timestamp >= since) variants--;
            user.Ring[user.Next] = new Entry(signature, exact, now, variant);
            user.Next = (user.Next + 1) % user.Ring.Length;
            if (user.Count < user.Ring.Length) user.Count++;
            if (variant) variants++;

            bool over = variants >= _options.Threshold;
            bool crossed = over && !user.Alerted;
            user.Alerted = over;
            if (crossed && _options.Action == ExtractionAction.Block) user.BlockedUntil = now + _options.BlockDuration;
            var blockedUntil = user.BlockedUntil is { } until && until > now ? until : (DateTimeOffset?)null;
            return new ExtractionObservation(variant, variants, crossed, over, blockedUntil);
        }
    }

    private void Evict(DateTimeOffset now)
    {
        lock (_evictLock)
        {
            if (_users.Count < _options.MaxTrackedUsers) return;
            var since = now - _options.Window;
            foreach (var (key, u) in _users)
            {
                if (u.LastSeen < since && !(u.BlockedUntil > now)) _users.TryRemove(key, out _);
            }

            // Still full: drop the least recently seen tenth (at least one).
            int excess = _users.Count - _options.MaxTrackedUsers + 1;
            if (excess <= 0) return;
            int drop = Math.Max(excess, _options.MaxTrackedUsers / 10);
            foreach (var (key, _) in _users.ToArray().OrderBy(kv => kv.Value.LastSeen).Take(drop))
                _users.TryRemove(key, out _);
        }
    }

    private readonly record struct Entry(ushort[] Signature, ulong Exact, DateTimeOffset Timestamp, bool Variant);

    private sealed class UserHistory(int size)
    {
        public readonly Entry[] Ring = new Entry[size];
        public int Next;
        public int Count;
        public bool Alerted;
        public DateTimeOffset LastSeen;
        public DateTimeOffset? BlockedUntil;
    }
}

/// <summary>The outcome of one observed input.</summary>
internal readonly record struct ExtractionObservation(bool IsVariant, int VariantsInWindow, bool Crossed, bool OverThreshold, DateTimeOffset? BlockedUntil);
