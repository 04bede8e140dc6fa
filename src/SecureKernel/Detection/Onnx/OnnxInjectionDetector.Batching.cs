using System.Runtime.ExceptionServices;
using Microsoft.ML.OnnxRuntime;

namespace SecureKernel;

/// <summary>
/// Batching across concurrent scans (<see cref="OnnxInjectionDetectorOptions.CoalesceConcurrentScans"/>): every scan queues
/// its windows on the detector; whoever holds a run slot (<see cref="OnnxInjectionDetectorOptions.MaxConcurrentRuns"/>)
/// takes up to <see cref="BatchSize"/> windows from the front of the queue, its own or other scans', runs them and hands each
/// score to the scan it belongs to. A scan alone on the detector runs exactly the batches it ran before (its windows, longest
/// first, <see cref="BatchSize"/> at a time); under concurrency the windows that waited for a slot share the next runs.
/// </summary>
public sealed partial class OnnxInjectionDetector
{
    private readonly object _queueLock = new();
    private readonly Queue<QueuedWindow> _queue = new();

    /// <summary>Windows queued and not yet taken by a run (tests observe coalescing with it).</summary>
    internal int QueuedWindows
    {
        get
        {
            lock (_queueLock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Holds one of the shared session's run slots until disposed (tests make scans queue with it).</summary>
    internal IDisposable HoldRunSlot()
    {
        _shared.EnterRun(CancellationToken.None);
        return new RunSlot(_shared);
    }

    /// <summary>Called with the window count before each shared run (tests make a run fail with it).</summary>
    internal Action<int>? BeforeQueuedRun { get; set; }

    private void RunBatches(List<Window> windows, float[] scores, CancellationToken cancellationToken)
    {
        if (windows.Count == 0)
        {
            return;
        }

        // Similar lengths share a batch, so little padding is computed.
        var order = new int[windows.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => windows[b].Length.CompareTo(windows[a].Length));

        // Without coalescing the scan queues its windows where no other scan looks, so the same loop runs only its own.
        var (queue, sync) = _options.CoalesceConcurrentScans ? (_queue, _queueLock) : (new Queue<QueuedWindow>(order.Length), new object());
        var scan = new PendingScan(scores, windows.Count);
        lock (sync)
        {
            foreach (int w in order)
            {
                queue.Enqueue(new QueuedWindow(scan, w, windows[w]));
            }
        }

        try
        {
            while (!scan.IsComplete)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool queued;
                lock (sync)
                {
                    queued = queue.Count > 0;
                }

                if (!queued)
                {
                    // every window of this scan is in another scan's run, which completes or fails it
                    scan.Wait(cancellationToken);
                    continue;
                }

                _shared.EnterRun(cancellationToken);
                try
                {
                    RunQueued(queue, sync, scan, cancellationToken);
                }
                finally
                {
                    _shared.ExitRun();
                }
            }
        }
        catch
        {
            // cancelled or failed: windows of this scan still queued are skipped by every runner from now on
            scan.Abandon();
            throw;
        }

        scan.ThrowIfFailed();
    }

    /// <summary>Takes up to <see cref="BatchSize"/> windows from <paramref name="queue"/>, runs them and completes their scans (one run slot held).</summary>
    private void RunQueued(Queue<QueuedWindow> queue, object sync, PendingScan caller, CancellationToken cancellationToken)
    {
        var batch = new List<QueuedWindow>(BatchSize);
        lock (sync)
        {
            while (batch.Count < BatchSize && queue.TryDequeue(out var next))
            {
                if (!next.Scan.IsAbandoned)
                {
                    batch.Add(next);
                }
            }
        }

        if (batch.Count == 0)
        {
            return;
        }

        // A run of this scan's windows alone stops when the scan is cancelled; a run shared with other scans finishes (one
        // batch), so one caller's timeout never fails the others.
        bool ownOnly = batch.TrueForAll(q => ReferenceEquals(q.Scan, caller));
        float[] batchScores;
        try
        {
            using var runOptions = new RunOptions();
            using var registration = ownOnly ? cancellationToken.Register(static o => ((RunOptions)o!).Terminate = true, runOptions) : default;
            BeforeQueuedRun?.Invoke(batch.Count);
            batchScores = RunBatch(batch.ConvertAll(q => q.Window), runOptions);
        }
        catch (OnnxRuntimeException) when (ownOnly && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception ex)
        {
            // whatever failed, every other scan with a window in this batch wakes with the failure (none may wait forever);
            // this scan throws it as it is
            foreach (var q in batch)
            {
                if (!ReferenceEquals(q.Scan, caller)) q.Scan.Fail(ex);
            }

            throw;
        }

        for (int i = 0; i < batch.Count; i++)
        {
            batch[i].Scan.Complete(batch[i].Index, batchScores[i]);
        }
    }

    private sealed class RunSlot(OnnxSessionCache.SharedSession shared) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) shared.ExitRun();
        }
    }

    private readonly record struct QueuedWindow(PendingScan Scan, int Index, Window Window);

    /// <summary>
    /// One scan's windows in the queue: scores arrive from whichever scan runs them. Its event is never disposed: another
    /// scan's run may still complete a window of an abandoned or failed scan, and the event holds no kernel handle unless
    /// one is asked for.
    /// </summary>
    private sealed class PendingScan(float[] scores, int windows)
    {
        private readonly ManualResetEventSlim _done = new(false, spinCount: 0);
        private int _remaining = windows;
        private ExceptionDispatchInfo? _error;
        private volatile bool _abandoned;

        public bool IsComplete => Volatile.Read(ref _remaining) == 0 || Volatile.Read(ref _error) is not null;

        public bool IsAbandoned => _abandoned;

        public void Complete(int index, float score)
        {
            scores[index] = score;
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                _done.Set();
            }
        }

        public void Fail(Exception error)
        {
            // the first failure wins; the scan throws it when it wakes
            Interlocked.CompareExchange(ref _error, ExceptionDispatchInfo.Capture(new InvalidOperationException(
                "The inference run this scan shared with concurrent scans failed: " + error.Message, error)), null);
            _done.Set();
        }

        public void Abandon() => _abandoned = true;

        public void Wait(CancellationToken cancellationToken) => _done.Wait(cancellationToken);

        public void ThrowIfFailed() => Volatile.Read(ref _error)?.Throw();
    }
}
