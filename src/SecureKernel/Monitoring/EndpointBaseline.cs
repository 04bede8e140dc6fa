namespace SecureKernel.Monitoring;

/// <summary>
/// Rolling window statistics of one endpoint: a ring of <see cref="EndpointBaselineOptions.BaselineWindows"/> + 1 buckets.
/// The current bucket is compared with the completed buckets before it; windows that raised an event are left out of the
/// baseline, so a sustained campaign keeps being reported instead of becoming normal.
/// </summary>
internal sealed class EndpointBaseline(EndpointBaselineOptions options)
{
    public const string FlagRate = "flag_rate";
    public const string BlockRate = "block_rate";
    public const string OutputLength = "output_length";

    private readonly Bucket[] _buckets = Enumerable.Range(0, options.BaselineWindows + 1).Select(_ => new Bucket { Index = long.MinValue }).ToArray();

    /// <summary>Adds one finished turn and returns the deviations it makes visible (each metric at most once per window).</summary>
    public List<Deviation>? Add(DateTimeOffset now, bool flagged, bool blocked, long outputChars, bool hasOutput)
    {
        long index = now.UtcTicks / options.Window.Ticks;
        lock (_buckets)
        {
            var current = _buckets[(int)(index % _buckets.Length)];
            if (current.Index != index) current.Reset(index);
            current.Turns++;
            if (flagged) current.Flagged++;
            if (blocked) current.Blocked++;
            if (hasOutput)
            {
                current.OutputTurns++;
                current.OutputChars += outputChars;
            }

            if (current.Turns < options.MinTurnsPerWindow) return null;

            long turns = 0, flags = 0, blocks = 0, outTurns = 0, outChars = 0;
            int windows = 0;
            foreach (var b in _buckets)
            {
                if (b.Index >= index || b.Index < index - options.BaselineWindows || b.Alerted != 0 || b.Turns < options.MinTurnsPerWindow) continue;
                windows++;
                turns += b.Turns;
                flags += b.Flagged;
                blocks += b.Blocked;
                outTurns += b.OutputTurns;
                outChars += b.OutputChars;
            }

            if (windows < options.MinBaselineWindows) return null;

            List<Deviation>? result = null;
            Check(1, FlagRate, current.Flagged / (double)current.Turns, flags / (double)turns, rate: true);
            Check(2, BlockRate, current.Blocked / (double)current.Turns, blocks / (double)turns, rate: true);
            if (outTurns > 0 && current.OutputTurns >= options.MinTurnsPerWindow)
                Check(4, OutputLength, current.OutputChars / (double)current.OutputTurns, outChars / (double)outTurns, rate: false);
            return result;

            void Check(int bit, string metric, double value, double baseline, bool rate)
            {
                if ((current.Alerted & bit) != 0) return;
                double reference = rate ? Math.Max(baseline, options.MinBaselineRate) : baseline;
                bool deviates = rate
                    ? value > options.Factor * reference
                    : reference > 0 && (value > options.Factor * reference || value < reference / options.Factor);
                if (!deviates) return;
                current.Alerted |= bit;
                (result ??= []).Add(new Deviation(metric, value, baseline, windows, current.Turns));
            }
        }
    }

    private sealed class Bucket
    {
        public long Index;
        public long Turns;
        public long Flagged;
        public long Blocked;
        public long OutputTurns;
        public long OutputChars;
        public int Alerted;

        public void Reset(long index)
        {
            Index = index;
            Turns = Flagged = Blocked = OutputTurns = OutputChars = 0;
            Alerted = 0;
        }
    }
}

/// <summary>One metric of the current window beyond the configured factor of its baseline.</summary>
internal readonly record struct Deviation(string Metric, double Current, double Baseline, int BaselineWindows, long Turns);
