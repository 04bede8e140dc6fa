using System.ComponentModel.DataAnnotations;

namespace SecureKernel;

/// <summary>
/// Rolling baseline per endpoint: flag rate, block rate and mean output length of the current window are compared with
/// the completed windows before it. A deviation beyond <see cref="Factor"/> raises a monitoring event (audit record, log,
/// metric, <see cref="MonitoringOptions.OnEvent"/>), at most once per metric and window.
/// </summary>
public sealed class EndpointBaselineOptions
{
    /// <summary>Whether baselines are kept.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>The length of one window.</summary>
    /// <value>The default is 5 minutes.</value>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many completed windows before the current one form the baseline.</summary>
    /// <value>The default is 12 (one hour with the default window).</value>
    [Range(1, 10_000)]
    public int BaselineWindows { get; set; } = 12;

    /// <summary>How many completed windows with at least <see cref="MinTurnsPerWindow"/> turns are needed before anything is compared.</summary>
    /// <value>The default is 3.</value>
    [Range(1, 10_000)]
    public int MinBaselineWindows { get; set; } = 3;

    /// <summary>Turns a window needs before its rates mean anything (both for the current window and for baseline windows).</summary>
    /// <value>The default is 20.</value>
    [Range(1, 10_000_000)]
    public int MinTurnsPerWindow { get; set; } = 20;

    /// <summary>
    /// The deviation factor: a rate above <c>Factor × max(baseline, MinBaselineRate)</c> is a spike; a mean output length above
    /// <c>Factor ×</c> or below <c>1 / Factor ×</c> the baseline is a deviation.
    /// </summary>
    /// <value>The default is 3.</value>
    [Range(1.01, 1000)]
    public double Factor { get; set; } = 3;

    /// <summary>The floor for a baseline rate, so one flagged turn after a quiet hour is not an infinite spike.</summary>
    /// <value>The default is 0.02.</value>
    [Range(0.0001, 1)]
    public double MinBaselineRate { get; set; } = 0.02;

    /// <summary>Endpoints tracked at once (further endpoints are not tracked, and that is logged once).</summary>
    /// <value>The default is 1,000.</value>
    [Range(1, 1_000_000)]
    public int MaxEndpoints { get; set; } = 1_000;

    internal void Validate(List<string> errors)
    {
        const string P = "Monitoring.Baseline.";
        if (Window < TimeSpan.FromSeconds(1) || Window > TimeSpan.FromDays(1)) errors.Add(P + "Window: must be between 1 second and 1 day.");
        if (MinBaselineWindows > BaselineWindows) errors.Add(P + $"MinBaselineWindows: {MinBaselineWindows} exceeds BaselineWindows ({BaselineWindows}).");
    }
}
