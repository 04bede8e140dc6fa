using System.Collections.Concurrent;

namespace SecureKernel.Runtime;

/// <summary>
/// A thread-safe map of partition key to state with a hard cap. Entries back at their initial state are evicted
/// losslessly (on a periodic sweep and whenever the cap is reached); when the cap is reached with every entry still
/// holding state, no new partition is created and the caller fails closed.
/// </summary>
internal sealed class BoundedPartitions<T>(int capacity, Func<T, bool> tryRetire)
    where T : class
{
    private const int SweepEvery = 4096;
    private readonly ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);
    private int _count;
    private int _operations;

    public int Count => Volatile.Read(ref _count);

    public int Capacity => capacity;

    /// <summary>Gets or creates the entry of <paramref name="key"/>; false when the cap is reached.</summary>
    public bool TryGet(string key, Func<T> factory, out T value)
    {
        if (Interlocked.Increment(ref _operations) % SweepEvery == 0) Sweep();
        if (_entries.TryGetValue(key, out value!)) return true;
        if (!Reserve())
        {
            Sweep();
            if (!Reserve()) return _entries.TryGetValue(key, out value!);
        }

        // A slot is reserved before the entry exists, so the cap holds under concurrency too.
        var created = factory();
        if (_entries.TryAdd(key, created))
        {
            value = created;
            return true;
        }

        Interlocked.Decrement(ref _count);
        return _entries.TryGetValue(key, out value!) || TryGet(key, factory, out value);
    }

    private bool Reserve()
    {
        if (Interlocked.Increment(ref _count) <= capacity) return true;
        Interlocked.Decrement(ref _count);
        return false;
    }

    /// <summary>Removes a retired entry (so the next lookup creates a fresh one).</summary>
    public void Remove(string key, T value)
    {
        if (_entries.TryRemove(new KeyValuePair<string, T>(key, value))) Interlocked.Decrement(ref _count);
    }

    /// <summary>Evicts every entry that is back at its initial state.</summary>
    public void Sweep()
    {
        foreach (var (key, value) in _entries)
        {
            if (tryRetire(value)) Remove(key, value);
        }
    }
}
