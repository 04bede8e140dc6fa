namespace SecureKernel;

/// <summary>Options of <see cref="EnsembleInjectionDetector"/>.</summary>
public sealed class EnsembleInjectionDetectorOptions
{
    /// <summary>How the scores are combined.</summary>
    /// <value>The default is <see cref="EnsemblePolicy.EitherFlags"/>.</value>
    public EnsemblePolicy Policy { get; set; } = EnsemblePolicy.EitherFlags;

    /// <summary>The threshold on the combined score for <see cref="EnsemblePolicy.Max"/> and <see cref="EnsemblePolicy.Weighted"/>.</summary>
    /// <value>The default is 0.5.</value>
    public double Threshold { get; set; } = 0.5;

    /// <summary>One non-negative weight per detector, in order, for <see cref="EnsemblePolicy.Weighted"/>; null weighs them equally.</summary>
    public IReadOnlyList<double>? Weights { get; set; }

    /// <summary>
    /// When true (the default), a detector that throws makes the text flagged with a <see cref="FindingKind.DetectorFailure"/>
    /// finding (fail closed); when false the failure is reported and the other detectors decide.
    /// </summary>
    public bool FailClosed { get; set; } = true;

    /// <summary>The ensemble's name in findings and audit.</summary>
    /// <value>The default is <c>ensemble</c>.</value>
    public string Name { get; set; } = "ensemble";

    /// <summary>Lists every problem with these options for <paramref name="detectorCount"/> detectors; empty when valid.</summary>
    /// <param name="detectorCount">How many detectors the ensemble combines.</param>
    public IReadOnlyList<string> Validate(int detectorCount)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Policy)) errors.Add("Policy: must be Max, Weighted, EitherFlags, Calibrated or CalibratedMean.");
        if (double.IsNaN(Threshold) || Threshold <= 0 || Threshold > 1) errors.Add("Threshold: must be in (0, 1].");
        if (Weights is not null)
        {
            if (Weights.Count != detectorCount) errors.Add($"Weights: needs one weight per detector ({detectorCount}).");
            if (Weights.Any(w => double.IsNaN(w) || double.IsInfinity(w) || w < 0)) errors.Add("Weights: must be finite and non-negative.");
            if (Weights.Sum() <= 0) errors.Add("Weights: at least one must be positive.");
        }

        if (string.IsNullOrWhiteSpace(Name)) errors.Add("Name: required.");
        return errors;
    }
}
