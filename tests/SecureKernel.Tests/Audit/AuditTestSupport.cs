using Microsoft.Extensions.Logging;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Audit;

internal static class AuditTestSupport
{
    public static string TempFile()
    {
        return Path.Combine(TestScratch.NewDirectory("audit-"), "audit.jsonl");
    }

    public static AuditRecord Record(int i, string? content = null) => new()
    {
        Timestamp = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(i),
        Kind = AuditRecord.DecisionKind,
        Stage = "retrieval",
        Action = "tag",
        Reason = $"decision {i}",
        FindingKinds = ["instruction_override"],
        Score = 0.9,
        Scores = new Dictionary<string, double> { ["instruction_override"] = 0.9 },
        Subject = "Docs.search",
        UserId = "u1",
        InputLength = 100 + i,
        Content = content,
    };
}

/// <summary>Collects records; can fail a number of times, always fail, or wait on a gate.</summary>
internal sealed class TestSink(string name) : IAuditSink
{
    private readonly Lock _lock = new();
    private readonly List<AuditRecord> _records = [];

    public string Name => name;

    public int FailuresLeft { get; set; }

    public bool AlwaysFail { get; set; }

    public TaskCompletionSource? Gate { get; set; }

    public int Calls;

    public IReadOnlyList<AuditRecord> Records
    {
        get { lock (_lock) return _records.ToArray(); }
    }

    public async ValueTask WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        if (Gate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        if (AlwaysFail) throw new IOException("sink down");
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new IOException("transient");
        }

        lock (_lock) _records.AddRange(records);
    }
}

internal sealed class ListLogger : ILogger
{
    private readonly Lock _lock = new();
    private readonly List<(LogLevel Level, EventId Id, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, EventId Id, string Message)> Entries
    {
        get { lock (_lock) return _entries.ToArray(); }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lock) _entries.Add((logLevel, eventId, formatter(state, exception)));
    }
}

internal sealed class ListLoggerProvider : ILoggerProvider
{
    public ListLogger Logger { get; } = new();

    public ILogger CreateLogger(string categoryName) => Logger;

    public void Dispose()
    {
    }
}
