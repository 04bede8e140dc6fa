using System.Globalization;
using System.Text;

namespace SecureKernel.Cli;

/// <summary>
/// Progress of a JSON Lines run on stderr: nothing for a run shorter than <see cref="Interval"/>, then one line per
/// interval (lines read, megabytes of UTF-8 text read, average lines per second) and a final summary. Counts only, never
/// input text; constant memory whatever the number of lines. The clock is injectable so tests drive it.
/// </summary>
internal sealed class CliProgress
{
    /// <summary>How long a run goes before the first progress line, and the time between lines.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly string _verb;
    private readonly TextWriter _stderr;
    private readonly TimeProvider _time;
    private readonly bool _enabled;
    private readonly long _start;
    private TimeSpan _nextReport = Interval;
    private long _lines;
    private long _bytes;
    private long _malformed;
    private bool _shown;

    public CliProgress(string verb, TextWriter stderr, TimeProvider time, bool enabled)
    {
        _verb = verb;
        _stderr = stderr;
        _time = time;
        _enabled = enabled;
        _start = enabled ? time.GetTimestamp() : 0;
    }

    /// <summary>Whether at least one progress line was written.</summary>
    public bool Shown => _shown;

    /// <summary>Counts one input line (<paramref name="line"/> without its line break) and reports when an interval has passed.</summary>
    public void LineRead(string line)
    {
        if (!_enabled) return;
        _lines++;
        _bytes += Encoding.UTF8.GetByteCount(line) + 1;
        TimeSpan elapsed = _time.GetElapsedTime(_start);
        if (elapsed < _nextReport) return;

        _stderr.WriteLine(Format(elapsed, final: false));
        _shown = true;
        // Skip intervals that passed while one line or batch was being read or processed: one line per report, no bursts.
        while (_nextReport <= elapsed) _nextReport += Interval;
    }

    /// <summary>Counts a malformed line (already counted by <see cref="LineRead"/>).</summary>
    public void Malformed()
    {
        if (_enabled) _malformed++;
    }

    /// <summary>Writes the summary line when progress was shown, so a short run stays silent.</summary>
    public void Complete()
    {
        if (!_enabled || !_shown) return;
        _stderr.WriteLine(Format(_time.GetElapsedTime(_start), final: true));
    }

    private string Format(TimeSpan elapsed, bool final)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var sb = new StringBuilder(96);
        sb.Append("securekernel: ").Append(_verb).Append(": ");
        if (final) sb.Append("done: ");
        sb.Append(_lines.ToString("N0", c)).Append(_lines == 1 ? " line, " : " lines, ");
        sb.Append((_bytes / 1e6).ToString("0.0", c)).Append(" MB read");
        if (final) sb.Append(" in ").Append(elapsed.TotalSeconds.ToString("0.0", c)).Append(" s");
        sb.Append(", ").Append((_lines / seconds).ToString("N0", c)).Append(" lines/s");
        if (_malformed > 0) sb.Append(", ").Append(_malformed.ToString("N0", c)).Append(" malformed");
        return sb.ToString();
    }
}
