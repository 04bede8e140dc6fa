namespace SecureKernel;

/// <summary>How <see cref="EnsembleInjectionDetector"/> combines its detectors.</summary>
public enum EnsemblePolicy
{
    /// <summary>Score = the highest score; flagged when any detector's score reaches <see cref="EnsembleInjectionDetectorOptions.Threshold"/> or any detector flags.</summary>
    Max,

    /// <summary>Score = weighted mean of the scores (<see cref="EnsembleInjectionDetectorOptions.Weights"/>); flagged when it reaches the threshold.</summary>
    Weighted,

    /// <summary>Flagged when any detector flags by its own threshold; score = the highest score.</summary>
    EitherFlags,
}
