using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SecureKernel;

/// <summary>
/// Buffers audit records in a bounded channel and writes them to every sink from one background writer, in batches.
/// When a sink throws or exceeds <see cref="AuditOptions.SinkTimeout"/>, the batch is retried <see cref="AuditOptions.SinkRetries"/>
/// times; meanwhile the buffer fills and <see cref="AuditOptions.FailureMode"/> decides whether callers wait or records
/// are dropped. A record is never lost silently: every drop is counted (<see cref="Dropped"/>, metric
/// <c>securekernel.audit.dropped</c>), logged as an error, and reported in the trail by an <see cref="AuditRecord.DroppedKind"/> record.
/// </summary>
public sealed class AuditPipeline : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;

    private readonly Channel<AuditRecord> _channel;
    private readonly IAuditSink[] _sinks;
    private readonly AuditOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Task _writer;
    private long _enqueued;
    private long _processed;
    private long _dropped;
    private long _unreported;
    private int _disposed;

    /// <summary>Creates a pipeline and starts its background writer.</summary>
    /// <param name="sinks">The sinks; at least one.</param>
    /// <param name="options">Buffer size, failure mode, timeouts and retries.</param>
    /// <param name="logger">Receives drop and sink-failure errors (never record content).</param>
    /// <param name="timeProvider">Clock for the timestamps of drop records.</param>
    public AuditPipeline(IEnumerable<IAuditSink> sinks, AuditOptions options, ILogger? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        ArgumentNullException.ThrowIfNull(options);
        _sinks = sinks.ToArray();
        if (_sinks.Length == 0 || _sinks.Any(s => s is null)) throw new ArgumentException("At least one sink, and no null sink, is required.", nameof(sinks));
        var errors = new List<string>();
        options.Validate(errors);
        if (options.BufferSize < 1) errors.Add("Audit.BufferSize: must be at least 1.");
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors), nameof(options));
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _channel = Channel.CreateBounded<AuditRecord>(new BoundedChannelOptions(options.BufferSize)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
        _writer = Task.Run(RunAsync);
    }

    /// <summary>Records accepted into the buffer.</summary>
    public long Enqueued => Interlocked.Read(ref _enqueued);

    /// <summary>Records dropped so far (buffer full, pipeline closed, or not written to a sink that kept failing).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The sinks, in order.</summary>
    public IReadOnlyList<IAuditSink> Sinks => _sinks;

    /// <summary>
    /// Queues a record. Returns at once when there is buffer space; otherwise applies <see cref="AuditOptions.FailureMode"/>
    /// (wait up to <see cref="AuditOptions.BlockTimeout"/>, or drop). Returns false when the record was dropped (counted and logged).
    /// </summary>
    public bool Write(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_channel.Writer.TryWrite(record))
        {
            Interlocked.Increment(ref _enqueued);
            return true;
        }

        if (Volatile.Read(ref _disposed) != 0)
        {
            CountDrop(1, "pipeline_closed");
            return false;
        }

        if (_options.FailureMode == AuditFailureMode.Block && _options.BlockTimeout > TimeSpan.Zero)
        {
            using var cts = new CancellationTokenSource(_options.BlockTimeout);
            try
            {
                _channel.Writer.WriteAsync(record, cts.Token).AsTask().GetAwaiter().GetResult();
                Interlocked.Increment(ref _enqueued);
                return true;
            }
            catch (OperationCanceledException)
            {
            }
            catch (ChannelClosedException)
            {
            }
        }

        CountDrop(1, "buffer_full");
        return false;
    }

    /// <summary>Waits until every record queued before the call was handed to the sinks (written, or dropped and counted).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        long target = Interlocked.Read(ref _enqueued);
        while (Interlocked.Read(ref _processed) < target && !_writer.IsCompleted)
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops accepting records and waits (up to 30 seconds) for the buffer to drain; what remains is counted as dropped.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _channel.Writer.TryComplete();
        try
        {
            await _writer.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            long left = 0;
            while (_channel.Reader.TryRead(out _)) left++;
            if (left > 0) CountDrop(left, "shutdown_timeout");
        }
    }

    /// <inheritdoc cref="DisposeAsync"/>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task RunAsync()
    {
        var reader = _channel.Reader;
        var batch = new List<AuditRecord>(MaxBatch + 1);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            int taken = 0;
            while (taken < MaxBatch && reader.TryRead(out var r))
            {
                batch.Add(r);
                taken++;
            }

            AddDropNotice(batch);
            await WriteBatchAsync(batch).ConfigureAwait(false);
            Interlocked.Add(ref _processed, taken);
        }

        // Drops after the last batch (e.g. a sink that failed on it) are still reported in the trail.
        batch.Clear();
        AddDropNotice(batch);
        if (batch.Count > 0) await WriteBatchAsync(batch).ConfigureAwait(false);
    }

    private void AddDropNotice(List<AuditRecord> batch)
    {
        long unreported = Interlocked.Exchange(ref _unreported, 0);
        if (unreported == 0) return;
        batch.Insert(0, new AuditRecord
        {
            Timestamp = _timeProvider.GetUtcNow(),
            Kind = AuditRecord.DroppedKind,
            Stage = "audit",
            Action = "dropped",
            Reason = $"{unreported} audit record(s) were dropped before this one (buffer full, pipeline closed, or a sink that kept failing); {Dropped} in total",
            Endpoint = _options.Endpoint,
            Decisions = (int)Math.Min(unreported, int.MaxValue),
        });
    }

    private async Task WriteBatchAsync(List<AuditRecord> batch)
    {
        var records = batch.ToArray();
        foreach (var sink in _sinks)
        {
            Exception? last = null;
            int attempts = 0;
            for (; attempts <= _options.SinkRetries; attempts++)
            {
                if (attempts > 0) await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(50 * (1 << Math.Min(attempts, 6)), 2000))).ConfigureAwait(false);
                using var cts = new CancellationTokenSource(_options.SinkTimeout);
                try
                {
                    await sink.WriteAsync(records, cts.Token).AsTask().WaitAsync(_options.SinkTimeout).ConfigureAwait(false);
                    SecureKernelTelemetry.AuditRecords.Add(records.Length, new KeyValuePair<string, object?>("securekernel.audit.sink", sink.Name));
                    last = null;
                    break;
                }
                catch (Exception ex)
                {
                    last = ex;
                    if (attempts < _options.SinkRetries) _logger.AuditSinkRetry(sink.Name, attempts + 1, ex);
                }
            }

            if (last is not null)
            {
                _logger.AuditSinkGaveUp(sink.Name, attempts, records.Length, last);
                CountDrop(records.Length, "sink_failed:" + sink.Name);
            }
        }
    }

    private void CountDrop(long count, string reason)
    {
        long total = Interlocked.Add(ref _dropped, count);
        Interlocked.Add(ref _unreported, count);
        SecureKernelTelemetry.AuditDropped.Add(count, new KeyValuePair<string, object?>("securekernel.audit.reason", reason));
        _logger.AuditDropped(count, reason, total);
    }
}
