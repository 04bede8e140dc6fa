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

    /// <summary>
    /// Each detector's score is mapped piecewise-linearly so that its own calibrated threshold lands on 0.5 (0→0, threshold→0.5,
    /// 1→1); score = the highest mapped score; flagged when it reaches <see cref="EnsembleInjectionDetectorOptions.Threshold"/>
    /// (0.5 = every detector's calibrated operating point). Puts detectors with very different score scales on one scale.
    /// </summary>
    Calibrated,

    /// <summary>
    /// Each detector's score is mapped as for <see cref="Calibrated"/>; score = the mean of the mapped scores (of the detectors
    /// that answered); flagged when it reaches <see cref="EnsembleInjectionDetectorOptions.Threshold"/>. Averages several
    /// models into one opinion instead of letting each add its own false positives; the guard uses it for two or more
    /// models, inside a <see cref="Calibrated"/> ensemble with the rule detector.
    /// </summary>
    CalibratedMean,
}
