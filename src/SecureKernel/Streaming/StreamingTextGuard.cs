using System.Text;

namespace SecureKernel;

/// <summary>
/// Guards streamed model output without early disclosure: deltas are buffered, the trailing
/// <see cref="StreamingTextGuardOptions.HoldBackChars"/> are always held back, and text is released only after the
/// whole pending window (plus a little already-released context) has been checked for canaries and entities. A
/// release point never falls inside a detected entity, so an entity, URL or canary split across deltas is still caught.
/// A canary, a blocking entity type or a blocking transform ends the stream: the held text is discarded and every later
/// call returns the same terminal verdict (fail closed). Not thread-safe: one instance per stream.
/// </summary>
public sealed class StreamingTextGuard
{
    private const int ContextChars = 64;

    private readonly StreamingTextGuardOptions _options;
    private readonly StringBuilder _pending = new();
    private readonly HashSet<string>? _blockTypes;
    private string _context = string.Empty;
    private StreamingGuardResult? _terminal;
    private bool _completed;

    /// <summary>Initializes a guard.</summary>
    /// <param name="options">Options.</param>
    public StreamingTextGuard(StreamingTextGuardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.HoldBackChars);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPendingChars, options.HoldBackChars + 1);
        _options = options;
        _blockTypes = options.BlockOnEntityTypes is { Count: > 0 } b ? new HashSet<string>(b, StringComparer.Ordinal) : null;
    }

    /// <summary>Gets whether the stream was blocked.</summary>
    public bool IsBlocked => _terminal is not null;

    /// <summary>Gets the number of characters currently held back.</summary>
    public int PendingLength => _pending.Length;

    /// <summary>Adds a delta and returns whatever can now be released.</summary>
    /// <param name="delta">The next piece of streamed text.</param>
    /// <returns>Releasable text, or a terminal block.</returns>
    public StreamingGuardResult Append(string? delta)
    {
        if (_terminal is not null)
        {
            return _terminal;
        }

        if (_completed)
        {
            throw new InvalidOperationException("The stream was already completed.");
        }

        if (!string.IsNullOrEmpty(delta))
        {
            _pending.Append(delta);
        }

        if (_pending.Length <= _options.HoldBackChars)
        {
            return StreamingGuardResult.Empty;
        }

        return Process(final: false);
    }

    /// <summary>Checks and releases everything still held. Call once when the model's stream ends.</summary>
    /// <returns>The rest of the text, or a terminal block.</returns>
    public StreamingGuardResult Complete()
    {
        if (_terminal is not null)
        {
            return _terminal;
        }

        if (_completed)
        {
            return StreamingGuardResult.Empty;
        }

        _completed = true;
        return _pending.Length == 0 ? StreamingGuardResult.Empty : Process(final: true);
    }

    private StreamingGuardResult Process(bool final)
    {
        string pending = _pending.ToString();
        string scan = _context.Length == 0 ? pending : _context + pending;
        int offset = _context.Length;

        if (_options.Canaries?.FindCanary(scan) is not null)
        {
            return Terminate("canary");
        }

        IReadOnlyList<PiiEntity> entities = [];
        if (_options.Redactor is not null)
        {
            entities = _options.Redactor.Analyze(scan, _options.Redaction?.EntityTypes);
            if (_blockTypes is not null)
            {
                foreach (PiiEntity e in entities)
                {
                    if (_blockTypes.Contains(e.Type))
                    {
                        return Terminate("blocked-entity:" + e.Type);
                    }
                }
            }
        }

        int cut = pending.Length;
        if (!final)
        {
            cut = pending.Length - _options.HoldBackChars;
            bool forced = pending.Length > _options.MaxPendingChars;

            // Prefer a whitespace boundary so words (and URLs, tokens) are released whole; past the pending limit,
            // cut anyway.
            int ws = pending.AsSpan(0, cut).LastIndexOfAny(' ', '\n', '\t');
            if (ws >= 0 || !forced)
            {
                cut = ws + 1;
            }

            // Never release the start of an HTML tag without its end: a transform that sees "<img " alone treats it
            // as text, and the next segment would complete the tag in the caller's buffer (past the pending limit the
            // text is cut anyway and the transform sees the rest on its own).
            if (!forced && cut > 0)
            {
                int lt = pending.LastIndexOf('<', cut - 1);
                if (lt >= 0 && pending.IndexOf('>', lt, cut - lt) < 0)
                {
                    cut = lt;
                }
            }

            // Never release part of an entity: move the cut to the start of any entity that spans it (past the pending
            // limit the partial entity is released redacted instead).
            bool moved = true;
            while (moved && cut > 0 && !forced)
            {
                moved = false;
                foreach (PiiEntity e in entities)
                {
                    int s = e.Start - offset;
                    int en = e.End - offset;
                    if (s < cut && en > cut)
                    {
                        cut = Math.Max(0, s);
                        moved = true;
                    }
                }
            }

            if (cut <= 0)
            {
                return StreamingGuardResult.Empty;
            }
        }

        string segment = pending[..cut];
        var segmentEntities = new List<PiiEntity>();
        foreach (PiiEntity e in entities)
        {
            int s = e.Start - offset;
            int en = e.End - offset;
            if (en > 0 && s < cut)
            {
                segmentEntities.Add(e with { Start = Math.Max(0, s), End = Math.Min(cut, en) });
            }
        }

        string released = segment;
        IReadOnlyList<PiiEntity> applied = [];
        if (_options.Redactor is not null && segmentEntities.Count > 0)
        {
            RedactionResult r = _options.Redactor.Apply(segment, segmentEntities, _options.Operator, _options.Redaction);
            released = r.Text;
            applied = r.Entities;
        }

        if (_options.Transform is not null)
        {
            StreamingTransformResult t;
            try
            {
                t = _options.Transform(released);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return Terminate("transform-failed");
            }

            if (t.Blocked)
            {
                return Terminate(t.Reason ?? "transform-blocked");
            }

            released = t.Text;
        }

        _pending.Remove(0, cut);
        string raw = segment.Length >= ContextChars ? segment[^ContextChars..] : (_context + segment)[^Math.Min(ContextChars, _context.Length + segment.Length)..];
        _context = raw;
        return new StreamingGuardResult(released, false, null, applied);
    }

    private StreamingGuardResult Terminate(string reason)
    {
        _pending.Clear();
        _context = string.Empty;
        _terminal = new StreamingGuardResult(string.Empty, true, reason, []);
        return _terminal;
    }
}
