namespace SecureKernel;

/// <summary>
/// Combines several detectors (typically the rule detector and the ONNX model) under one <see cref="EnsemblePolicy"/>.
/// Every detector sees the same batch; each detector's findings are kept with its own name, so a rule hit and a model
/// score are reported separately. Thread-safe when the combined detectors are.
/// </summary>
public sealed class EnsembleInjectionDetector : IInjectionDetector
{
    private readonly IInjectionDetector[] _detectors;
    private readonly EnsembleInjectionDetectorOptions _options;
    private readonly double[] _weights;

    /// <summary>Creates the ensemble.</summary>
    /// <param name="detectors">At least one detector, e.g. the rule detector then the model.</param>
    /// <param name="options">The policy; null uses the defaults.</param>
    /// <exception cref="ArgumentException">No detectors, a null detector, or invalid options.</exception>
    public EnsembleInjectionDetector(IReadOnlyList<IInjectionDetector> detectors, EnsembleInjectionDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(detectors);
        if (detectors.Count == 0 || detectors.Any(d => d is null))
        {
            throw new ArgumentException("At least one detector is required and none may be null.", nameof(detectors));
        }

        _options = options ?? new EnsembleInjectionDetectorOptions();
        var errors = _options.Validate(detectors.Count);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid EnsembleInjectionDetectorOptions: " + string.Join(" ", errors), nameof(options));
        }

        _detectors = [.. detectors];
        _weights = _options.Weights is { } w ? [.. w] : Enumerable.Repeat(1.0, _detectors.Length).ToArray();
    }

    /// <summary>
    /// The detector a guard builds for <see cref="RetrievalGuardOptions.Model"/> and <see cref="RetrievalGuardOptions.AdditionalModels"/>:
    /// a new <see cref="RuleInjectionDetector"/> and the models under <see cref="EnsemblePolicy.Calibrated"/>, two or more
    /// models first averaged into one opinion (<see cref="EnsemblePolicy.CalibratedMean"/>), so the higher of the rules' and
    /// the models' calibrated score decides. Named <c>rules+</c> and the models' names.
    /// </summary>
    /// <param name="models">One or more model detectors (not disposed by the ensemble).</param>
    /// <exception cref="ArgumentException">No models, or a null one.</exception>
    public static EnsembleInjectionDetector WithRules(params IReadOnlyList<IInjectionDetector> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0 || models.Any(m => m is null)) throw new ArgumentException("At least one model is required and none may be null.", nameof(models));
        // a maximum over every model adds up their false positives (README, "Contextual classifier")
        IInjectionDetector combined = models.Count == 1
            ? models[0]
            : new EnsembleInjectionDetector(models, new EnsembleInjectionDetectorOptions { Policy = EnsemblePolicy.CalibratedMean, Name = "mean(" + string.Join('+', models.Select(m => m.Name)) + ")" });
        return new EnsembleInjectionDetector(
            [new RuleInjectionDetector(), combined],
            new EnsembleInjectionDetectorOptions { Policy = EnsemblePolicy.Calibrated, Name = "rules+" + string.Join('+', models.Select(m => m.Name)) });
    }

    /// <inheritdoc/>
    public string Name => _options.Name;

    /// <summary>How the detectors' results are combined.</summary>
    public EnsemblePolicy Policy => _options.Policy;

    /// <summary>The detectors, in order.</summary>
    public IReadOnlyList<IInjectionDetector> Detectors => _detectors;

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<InjectionScanResult>> ScanAsync(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        cancellationToken.ThrowIfCancellationRequested();
        if (requests.Count == 0)
        {
            return [];
        }

        var tasks = new Task<IReadOnlyList<InjectionScanResult>>[_detectors.Length];
        for (int d = 0; d < _detectors.Length; d++)
        {
            tasks[d] = Invoke(_detectors[d], requests, cancellationToken);
        }

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            // Individual failures are handled per detector below.
        }

        cancellationToken.ThrowIfCancellationRequested();
        var perDetector = new IReadOnlyList<InjectionScanResult>?[_detectors.Length];
        var failures = new string?[_detectors.Length];
        for (int d = 0; d < _detectors.Length; d++)
        {
            var t = tasks[d];
            if (t.IsCompletedSuccessfully && t.Result is { } r && r.Count == requests.Count && r.All(x => x is not null && !double.IsNaN(x.Score)))
            {
                perDetector[d] = r;
            }
            else
            {
                failures[d] = t.IsCompletedSuccessfully
                    ? $"detector {_detectors[d].Name} returned an invalid result"
                    : $"detector {_detectors[d].Name} failed ({t.Exception?.InnerException?.GetType().Name ?? "canceled"})";
            }
        }

        var results = new InjectionScanResult[requests.Count];
        for (int i = 0; i < requests.Count; i++)
        {
            results[i] = Combine(i, perDetector, failures);
        }

        return results;
    }

    private static Task<IReadOnlyList<InjectionScanResult>> Invoke(IInjectionDetector detector, IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken)
    {
        try
        {
            return detector.ScanAsync(requests, cancellationToken).AsTask();
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<InjectionScanResult>>(ex);
        }
    }

    private static double ThresholdOf(IInjectionDetector detector) => detector switch
    {
        RuleInjectionDetector r => r.Threshold,
        OnnxInjectionDetector o => o.Threshold,
        EnsembleInjectionDetector e => e._options.Policy is EnsemblePolicy.Calibrated or EnsemblePolicy.CalibratedMean ? e._options.Threshold : 0.5,
        _ => 0.5,
    };

    /// <summary>Maps a score so that <paramref name="threshold"/> lands on 0.5.</summary>
    internal static double Calibrate(double score, double threshold)
    {
        threshold = Math.Clamp(threshold, 1e-6, 1 - 1e-6);
        return score < threshold ? 0.5 * score / threshold : 0.5 + 0.5 * (score - threshold) / (1 - threshold);
    }

    private InjectionScanResult Combine(int i, IReadOnlyList<InjectionScanResult>?[] perDetector, string?[] failures)
    {
        var findings = new List<SecurityFinding>();
        double max = 0, weighted = 0, weightSum = 0, calibrated = 0, calibratedSum = 0;
        int answered = 0;
        bool anyFlag = false, anyFailure = false;
        int windows = 0, unscanned = 0;
        for (int d = 0; d < _detectors.Length; d++)
        {
            if (perDetector[d] is not { } list)
            {
                anyFailure = true;
                findings.Add(new SecurityFinding(FindingKind.DetectorFailure, failures[d]!, 1, _detectors[d].Name));
                continue;
            }

            var r = list[i];
            double score = Math.Clamp(r.Score, 0, 1);
            max = Math.Max(max, score);
            double mapped = Calibrate(score, ThresholdOf(_detectors[d]));
            calibrated = Math.Max(calibrated, mapped);
            calibratedSum += mapped;
            answered++;
            weighted += _weights[d] * score;
            weightSum += _weights[d];
            anyFlag |= r.Flagged;
            windows = Math.Max(windows, r.Windows);
            unscanned = Math.Max(unscanned, r.UnscannedChars);
            findings.AddRange(r.Findings);
        }

        double combined;
        bool flagged;
        switch (_options.Policy)
        {
            case EnsemblePolicy.Weighted:
                combined = weightSum > 0 ? weighted / weightSum : 0;
                flagged = combined >= _options.Threshold;
                break;
            case EnsemblePolicy.Max:
                combined = max;
                flagged = anyFlag || max >= _options.Threshold;
                break;
            case EnsemblePolicy.CalibratedMean:
                combined = answered > 0 ? calibratedSum / answered : 0;
                flagged = combined >= _options.Threshold;
                break;
            case EnsemblePolicy.Calibrated:
                combined = calibrated;
                flagged = combined >= _options.Threshold;
                break;
            default:
                combined = max;
                flagged = anyFlag;
                break;
        }

        if (anyFailure && _options.FailClosed)
        {
            flagged = true;
            combined = 1;
        }

        return new InjectionScanResult
        {
            Score = combined,
            Flagged = flagged,
            Findings = findings,
            Windows = windows,
            UnscannedChars = unscanned,
        };
    }
}
